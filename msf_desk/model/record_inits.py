"""The ``__init__`` templates of the program's record shapes (made by tools/record_inits.py;
see msf_desk/model/records.py). Generated: do not edit."""


def _F_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_):
        self._rec_f0_ = _rec_F[0]() if _rec_a0_ is _rec_S else _rec_a0_
    return __init__


def _PFFFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_F[1]() if _rec_a1_ is _rec_S else _rec_a1_
        self._rec_f2_ = _rec_F[2]() if _rec_a2_ is _rec_S else _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
    return __init__


def _PFFP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_F[1]() if _rec_a1_ is _rec_S else _rec_a1_
        self._rec_f2_ = _rec_F[2]() if _rec_a2_ is _rec_S else _rec_a2_
        self._rec_f3_ = _rec_a3_
    return __init__


def _PFPFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_F[1]() if _rec_a1_ is _rec_S else _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
    return __init__


def _PFP_p(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_F[1]() if _rec_a1_ is _rec_S else _rec_a1_
        self._rec_f2_ = _rec_a2_
        self.__post_init__()
    return __init__


def _PPFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_F[2]() if _rec_a2_ is _rec_S else _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
    return __init__


def _PPF_p(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_F[2]() if _rec_a2_ is _rec_S else _rec_a2_
        self.__post_init__()
    return __init__


def _PPPFFFFFPFFFFPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_F[10]() if _rec_a10_ is _rec_S else _rec_a10_
        self._rec_f11_ = _rec_F[11]() if _rec_a11_ is _rec_S else _rec_a11_
        self._rec_f12_ = _rec_F[12]() if _rec_a12_ is _rec_S else _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
    return __init__


def _PPPFFPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
    return __init__


def _PPPFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
    return __init__


def _PPPFPFPPPFPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_F[3]() if _rec_a3_ is _rec_S else _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
    return __init__


def _PPPPFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
    return __init__


def _PPPPFPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
    return __init__


def _PPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_F[4]() if _rec_a4_ is _rec_S else _rec_a4_
    return __init__


def _PPPPPFFFFFFPPPPPPPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self._rec_f8_ = _rec_F[8]() if _rec_a8_ is _rec_S else _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_F[10]() if _rec_a10_ is _rec_S else _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_a20_
        self._rec_f21_ = _rec_F[21]() if _rec_a21_ is _rec_S else _rec_a21_
    return __init__


def _PPPPPFFF_p(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self.__post_init__()
    return __init__


def _PPPPPFPFFFP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self._rec_f8_ = _rec_F[8]() if _rec_a8_ is _rec_S else _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_a10_
    return __init__


def _PPPPPFPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
    return __init__


def _PPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_
    return __init__


def _PPPPPF_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
        _rec_object.__setattr__(self, '_rec_f3_', _rec_a3_)
        _rec_object.__setattr__(self, '_rec_f4_', _rec_a4_)
        _rec_object.__setattr__(self, '_rec_f5_', _rec_F[5]() if _rec_a5_ is _rec_S else _rec_a5_)
    return __init__


def _PPPPPPFFPFPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
    return __init__


def _PPPPPPFPPFPFFFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_F[11]() if _rec_a11_ is _rec_S else _rec_a11_
        self._rec_f12_ = _rec_F[12]() if _rec_a12_ is _rec_S else _rec_a12_
        self._rec_f13_ = _rec_F[13]() if _rec_a13_ is _rec_S else _rec_a13_
        self._rec_f14_ = _rec_F[14]() if _rec_a14_ is _rec_S else _rec_a14_
    return __init__


def _PPPPPPFPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
    return __init__


def _PPPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_F[6]() if _rec_a6_ is _rec_S else _rec_a6_
    return __init__


def _PPPPPPPFPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
    return __init__


def _PPPPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_F[7]() if _rec_a7_ is _rec_S else _rec_a7_
    return __init__


def _PPPPPPPPFPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_F[8]() if _rec_a8_ is _rec_S else _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
    return __init__


def _PPPPPPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_F[9]() if _rec_a9_ is _rec_S else _rec_a9_
    return __init__


def _PPPPPPPPPPFPFFFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_F[10]() if _rec_a10_ is _rec_S else _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_F[12]() if _rec_a12_ is _rec_S else _rec_a12_
        self._rec_f13_ = _rec_F[13]() if _rec_a13_ is _rec_S else _rec_a13_
        self._rec_f14_ = _rec_F[14]() if _rec_a14_ is _rec_S else _rec_a14_
        self._rec_f15_ = _rec_F[15]() if _rec_a15_ is _rec_S else _rec_a15_
    return __init__


def _PPPPPPPPPPFP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_F[10]() if _rec_a10_ is _rec_S else _rec_a10_
        self._rec_f11_ = _rec_a11_
    return __init__


def _PPPPPPPPPPPF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_F[11]() if _rec_a11_ is _rec_S else _rec_a11_
    return __init__


def _PPPPPPPPPPPPPFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_F[13]() if _rec_a13_ is _rec_S else _rec_a13_
        self._rec_f14_ = _rec_F[14]() if _rec_a14_ is _rec_S else _rec_a14_
    return __init__


def _PPPPPPPPPPPPPPPFFP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_F[15]() if _rec_a15_ is _rec_S else _rec_a15_
        self._rec_f16_ = _rec_F[16]() if _rec_a16_ is _rec_S else _rec_a16_
        self._rec_f17_ = _rec_a17_
    return __init__


def _PPPPPPPPPPPPPPPPPFPPFPFFFPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_, _rec_a22_, _rec_a23_, _rec_a24_, _rec_a25_, _rec_a26_, _rec_a27_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_F[17]() if _rec_a17_ is _rec_S else _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_F[20]() if _rec_a20_ is _rec_S else _rec_a20_
        self._rec_f21_ = _rec_a21_
        self._rec_f22_ = _rec_F[22]() if _rec_a22_ is _rec_S else _rec_a22_
        self._rec_f23_ = _rec_F[23]() if _rec_a23_ is _rec_S else _rec_a23_
        self._rec_f24_ = _rec_F[24]() if _rec_a24_ is _rec_S else _rec_a24_
        self._rec_f25_ = _rec_a25_
        self._rec_f26_ = _rec_a26_
        self._rec_f27_ = _rec_a27_
    return __init__


def _PPPPPPPPPPPPPPPPPFPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_, _rec_a22_, _rec_a23_, _rec_a24_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_F[17]() if _rec_a17_ is _rec_S else _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_a20_
        self._rec_f21_ = _rec_a21_
        self._rec_f22_ = _rec_a22_
        self._rec_f23_ = _rec_a23_
        self._rec_f24_ = _rec_a24_
    return __init__


def _PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPFFF_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_, _rec_a22_, _rec_a23_, _rec_a24_, _rec_a25_, _rec_a26_, _rec_a27_, _rec_a28_, _rec_a29_, _rec_a30_, _rec_a31_, _rec_a32_, _rec_a33_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_a20_
        self._rec_f21_ = _rec_a21_
        self._rec_f22_ = _rec_a22_
        self._rec_f23_ = _rec_a23_
        self._rec_f24_ = _rec_a24_
        self._rec_f25_ = _rec_a25_
        self._rec_f26_ = _rec_a26_
        self._rec_f27_ = _rec_a27_
        self._rec_f28_ = _rec_a28_
        self._rec_f29_ = _rec_a29_
        self._rec_f30_ = _rec_a30_
        self._rec_f31_ = _rec_F[31]() if _rec_a31_ is _rec_S else _rec_a31_
        self._rec_f32_ = _rec_F[32]() if _rec_a32_ is _rec_S else _rec_a32_
        self._rec_f33_ = _rec_F[33]() if _rec_a33_ is _rec_S else _rec_a33_
    return __init__


def _PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_, _rec_a22_, _rec_a23_, _rec_a24_, _rec_a25_, _rec_a26_, _rec_a27_, _rec_a28_, _rec_a29_, _rec_a30_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_a20_
        self._rec_f21_ = _rec_a21_
        self._rec_f22_ = _rec_a22_
        self._rec_f23_ = _rec_a23_
        self._rec_f24_ = _rec_a24_
        self._rec_f25_ = _rec_a25_
        self._rec_f26_ = _rec_a26_
        self._rec_f27_ = _rec_a27_
        self._rec_f28_ = _rec_a28_
        self._rec_f29_ = _rec_a29_
        self._rec_f30_ = _rec_a30_
    return __init__


def _PPPPPPPPPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_, _rec_a20_, _rec_a21_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self._rec_f20_ = _rec_a20_
        self._rec_f21_ = _rec_a21_
    return __init__


def _PPPPPPPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
    return __init__


def _PPPPPPPPPPPPPPPPPPPP_p(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_, _rec_a17_, _rec_a18_, _rec_a19_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
        self._rec_f17_ = _rec_a17_
        self._rec_f18_ = _rec_a18_
        self._rec_f19_ = _rec_a19_
        self.__post_init__()
    return __init__


def _PPPPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_, _rec_a16_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
        self._rec_f16_ = _rec_a16_
    return __init__


def _PPPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_, _rec_a15_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
        self._rec_f15_ = _rec_a15_
    return __init__


def _PPPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_, _rec_a14_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
        self._rec_f14_ = _rec_a14_
    return __init__


def _PPPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_, _rec_a13_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
        self._rec_f13_ = _rec_a13_
    return __init__


def _PPPPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_, _rec_a11_, _rec_a12_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
        self._rec_f11_ = _rec_a11_
        self._rec_f12_ = _rec_a12_
    return __init__


def _PPPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_, _rec_a10_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
        self._rec_f10_ = _rec_a10_
    return __init__


def _PPPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_, _rec_a9_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
        self._rec_f9_ = _rec_a9_
    return __init__


def _PPPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_, _rec_a8_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
        self._rec_f8_ = _rec_a8_
    return __init__


def _PPPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_, _rec_a7_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
        self._rec_f7_ = _rec_a7_
    return __init__


def _PPPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
        self._rec_f6_ = _rec_a6_
    return __init__


def _PPPPPPP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_, _rec_a6_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
        _rec_object.__setattr__(self, '_rec_f3_', _rec_a3_)
        _rec_object.__setattr__(self, '_rec_f4_', _rec_a4_)
        _rec_object.__setattr__(self, '_rec_f5_', _rec_a5_)
        _rec_object.__setattr__(self, '_rec_f6_', _rec_a6_)
    return __init__


def _PPPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
        self._rec_f5_ = _rec_a5_
    return __init__


def _PPPPPP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_, _rec_a5_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
        _rec_object.__setattr__(self, '_rec_f3_', _rec_a3_)
        _rec_object.__setattr__(self, '_rec_f4_', _rec_a4_)
        _rec_object.__setattr__(self, '_rec_f5_', _rec_a5_)
    return __init__


def _PPPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
        self._rec_f4_ = _rec_a4_
    return __init__


def _PPPPP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_, _rec_a4_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
        _rec_object.__setattr__(self, '_rec_f3_', _rec_a3_)
        _rec_object.__setattr__(self, '_rec_f4_', _rec_a4_)
    return __init__


def _PPPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
        self._rec_f3_ = _rec_a3_
    return __init__


def _PPPP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_, _rec_a3_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
        _rec_object.__setattr__(self, '_rec_f3_', _rec_a3_)
    return __init__


def _PPP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
        self._rec_f2_ = _rec_a2_
    return __init__


def _PPP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_, _rec_a2_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
        _rec_object.__setattr__(self, '_rec_f2_', _rec_a2_)
    return __init__


def _PP_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_):
        self._rec_f0_ = _rec_a0_
        self._rec_f1_ = _rec_a1_
    return __init__


def _PP_z(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_, _rec_a1_):
        _rec_object.__setattr__(self, '_rec_f0_', _rec_a0_)
        _rec_object.__setattr__(self, '_rec_f1_', _rec_a1_)
    return __init__


def _P_(_rec_S, _rec_F, _rec_object):
    def __init__(self, _rec_a0_):
        self._rec_f0_ = _rec_a0_
    return __init__


def __(_rec_S, _rec_F, _rec_object):
    def __init__(self):
        pass
    return __init__
