"""Writing a PDF's objects: reportlab's own formatting, with fewer steps for what comes back.

When a document is saved, reportlab formats some 3,600 values of some 140 objects (page
dictionaries, font dictionaries, the widths of every glyph of every font subset) through one
function, ``pdfdoc.format``, which asks each value in turn whether it is a PDF object, a
number, bytes or text, and encodes every piece of text, a dictionary's keys included, through
a character map of its own (``extpdfdoc``); each key is also made a PDF name character by
character (``PDFName``) every time a dictionary is written. :func:`install` puts in their
place:
- ``format`` that answers numbers, bytes and text by their exact type first (the same
  bytes: a number is ``fp_str``'s digits, which the character map leaves as they are; text
  still goes through the character map) and hands everything else to reportlab's;
- dictionaries' keys made into names once per process (a key's name depends on the key only);
- text of printable ASCII characters (nearly all a pack's text objects: names of fonts, the
  document's information, outline titles in Latin letters, the pages' labels) encoded as ASCII:
  the character map gives those characters their ASCII codes, but looks each one up in a
  Python dictionary (some 300 instructions a character, 14 million a pack); anything else
  (other characters, control characters, which the map refuses) still goes through the map.
  Used only when the map gives these 95 characters their ASCII codes (checked as it loads).
The same bytes: tests/exports/test_pdf_fast_paths.py compares them value by value and whole
documents written both ways.
"""
from __future__ import annotations

from msf_desk.exports import rl_lazy

rl_lazy.platypus()

from collections import OrderedDict  # noqa: E402

from reportlab import rl_config  # noqa: E402
from reportlab.lib.rl_accel import fp_str  # noqa: E402
from reportlab.pdfbase import pdfdoc  # noqa: E402

_rl_format = pdfdoc.format
_rl_dict_format = pdfdoc.PDFDictionary.format
_rl_name = pdfdoc.PDFName
_rl_pdfdoc_enc = pdfdoc.pdfdocEnc
_PRINTABLE = "".join(map(chr, range(32, 127)))
try:
    _ASCII_KEPT = _PRINTABLE.encode("extpdfdoc") == _PRINTABLE.encode("ascii")
except (LookupError, UnicodeError):  # another reportlab's map: every text goes through it
    _ASCII_KEPT = False
# Each key's "/Name" as written (bytes), made once.
_names: dict[str, bytes] = {}


def pdfdoc_bytes(text: str) -> bytes:
    """``text.encode("extpdfdoc")``: the same bytes (or the same error)."""
    if _ASCII_KEPT and text.isascii() and text.isprintable():
        return text.encode("ascii")
    return text.encode("extpdfdoc")


def pdfdoc_enc(x):
    """pdfdoc.pdfdocEnc: text encoded through the character map (see pdfdoc_bytes), else as given."""
    return pdfdoc_bytes(x) if isinstance(x, str) else x


def format(element, document, toplevel=0):  # noqa: A001 (reportlab's name)
    """pdfdoc.format(element, document, toplevel): the same bytes."""
    kind = type(element)
    if kind is bytes:
        return element
    if kind is float or kind is int:
        # digits, '.' and '-': the character map keeps them. The number is given in a tuple:
        # fp_str first asks its one argument for its length, and a number answers with an error
        # (made and dropped, some 2,000 instructions each time); a tuple of one number is formatted
        # the same way.
        return fp_str((element,)).encode("ascii")
    if kind is str:
        return pdfdoc_bytes(element)
    return _rl_format(element, document, toplevel)


def _name(key) -> bytes:
    name = _names.get(key)
    if name is None:
        name = _rl_format(_rl_name(key), None)
        if type(key) is str and len(_names) < 4096:
            _names[key] = name
    return name


def dictionary_format(self, document, IND=b"\n "):  # noqa: N803 (reportlab's names)
    """PDFDictionary.format: the same bytes, each key's name made once."""
    items = self.dict
    keys = list(items.keys())
    if not isinstance(items, OrderedDict):
        keys.sort()
    fmt = format
    parts = [_name(k) + b" " + fmt(items[k], document) for k in keys]
    if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
        joined = IND.join(parts)
    else:
        insert = parts.insert
        for i in reversed(range(6, len(parts), 6)):
            insert(i, b"\n ")
        joined = b" ".join(parts)
    return b"<<\n" + joined + b"\n>>"


def install() -> None:
    """Put the quicker formatting in reportlab's place (once; the same bytes)."""
    if pdfdoc.format is not format:
        pdfdoc.format = format
    if pdfdoc.PDFDictionary.format is not dictionary_format:
        pdfdoc.PDFDictionary.format = dictionary_format
    if pdfdoc.pdfdocEnc is _rl_pdfdoc_enc:
        pdfdoc.pdfdocEnc = pdfdoc_enc


def uninstall() -> None:
    """reportlab's own formatting again (the tests compare the two)."""
    pdfdoc.format = _rl_format
    pdfdoc.PDFDictionary.format = _rl_dict_format
    pdfdoc.pdfdocEnc = _rl_pdfdoc_enc
