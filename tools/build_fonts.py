"""How the bundled fonts were made (run once by a maintainer; the results are committed).

Static Regular/Bold TrueType files come unmodified from Debian's ``fonts-noto-core``
(20201225): Noto Sans (Latin, Greek, Cyrillic), Arabic, Hebrew, Armenian, Georgian,
Devanagari, Bengali, Thai, Ethiopic and Symbols 2.

reportlab embeds only TrueType (glyf) outlines, and Debian's Noto CJK fonts are CFF. The
Google Fonts builds of Noto Sans SC / KR and the monochrome Noto Emoji are TrueType
variable fonts (PyPI wheels ``justmytype-intl-cjk`` 0.1.0 and ``manimgx-fonts``
2026.9.26.post1 carry them unmodified). This script fixes their weight axis (static
instances) and keeps only what MSF Desk needs:

- NotoSansSC-Regular.ttf: every character of Noto Sans SC (Han ideographs incl. extension A,
  kana, CJK punctuation), weight 400. No bold file: bold Chinese text is drawn regular.
- NotoSansKR-Regular/Bold.ttf: Hangul only (syllables, jamo, compatibility jamo, circled
  Hangul), weights 400 and 700. Hanja in Korean names are drawn by Noto Sans SC.
- NotoEmoji-Regular.ttf: monochrome Noto Emoji, weight 400.

Needs ``pip install -e ".[fonts]"`` (fontTools). Usage:
    python tools/build_fonts.py NotoSansSC.ttf NotoSansKR.ttf NotoEmoji.ttf
(the three variable fonts, in that order); writes into resources/fonts/.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

HERE = Path(__file__).resolve().parent.parent / "resources" / "fonts"
HANGUL = ("0020,00A0,1100-11FF,3000-3003,3130-318F,A960-A97F,AC00-D7A3,D7B0-D7FF,"
          "3200-321E,3260-327E,FFA0-FFDC")


def parse(ranges: str) -> set[int]:
    out: set[int] = set()
    for part in ranges.split(","):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def static(src: str, weight: int, out: str, keep: set[int] | None = None) -> None:
    font = instancer.instantiateVariableFont(TTFont(src), {"wght": weight}, updateFontNames=True)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep if keep is not None else font.getBestCmap().keys())
    subsetter.subset(font)
    font.save(HERE / out)


def main(sc: str, kr: str, emoji: str) -> None:
    static(sc, 400, "NotoSansSC-Regular.ttf")
    static(kr, 400, "NotoSansKR-Regular.ttf", parse(HANGUL))
    static(kr, 700, "NotoSansKR-Bold.ttf", parse(HANGUL))
    static(emoji, 400, "NotoEmoji-Regular.ttf")


if __name__ == "__main__":
    main(*sys.argv[1:4])
