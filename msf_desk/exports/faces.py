"""The bundled font faces, in the order PDFs (and the window) try them.

Kept apart from fonts.py so that the window can register them with Qt without loading
reportlab.
"""
from __future__ import annotations


from msf_desk.paths import fonts_dir
from msf_desk.model.records import record


@record(frozen=True)
class Face:
    """One bundled font family and the scripts it draws."""

    family: str  # the file names' stem: NotoSansHebrew -> NotoSansHebrew-Regular.ttf
    scripts: str  # in words, for people
    rtl: bool = False  # written right to left: words are laid out in visual order
    shaped: bool = False  # needs HarfBuzz (joining, reordering, marks, emoji sequences)
    has_bold: bool = True
    own_spaces: bool = True  # spaces between two of its runs are drawn in it (emoji: too wide)

    def font_name(self, bold: bool = False) -> str:
        return f"{self.family}-{'Bold' if bold and self.has_bold else 'Regular'}"

    def path(self, bold: bool = False):
        return fonts_dir() / f"{self.font_name(bold)}.ttf"


FACES: tuple[Face, ...] = (
    Face("NotoSans", "Latin, Greek and Cyrillic"),
    Face("NotoSansArabic", "Arabic", rtl=True, shaped=True),
    Face("NotoSansHebrew", "Hebrew", rtl=True, shaped=True),
    Face("NotoSansArmenian", "Armenian"),
    Face("NotoSansGeorgian", "Georgian"),
    Face("NotoSansDevanagari", "Devanagari", shaped=True),
    Face("NotoSansBengali", "Bengali", shaped=True),
    Face("NotoSansThai", "Thai", shaped=True),
    Face("NotoSansEthiopic", "Ethiopic"),
    Face("NotoSansSC", "Chinese (and Japanese kana)", has_bold=False),
    Face("NotoSansKR", "Korean Hangul"),
    Face("NotoSansSymbols2", "symbols and arrows", has_bold=False),
    Face("NotoEmoji", "emoji (drawn in one colour)", shaped=True, has_bold=False, own_spaces=False),
)
