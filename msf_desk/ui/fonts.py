"""The bundled Noto fonts, registered with Qt so the window draws every script the PDFs do.

Without them a name in Devanagari, Ethiopic or Korean shows as empty boxes on a machine
that has no font for it. The families are added after the system's own font, in the order
the PDFs try them, so Qt falls back to them glyph by glyph on every platform.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from msf_desk.exports.faces import FACES
from msf_desk.paths import fonts_dir

_families: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to Qt's font database once; set the application font to fall
    back to them. Returns the families added (in order). Needs a QGuiApplication."""
    global _families
    if _families is None:
        families: list[str] = []
        for path in sorted(fonts_dir().glob("*.ttf"), key=_order):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in families:
                    families.append(family)
        _families = families
    app = QGuiApplication.instance()
    if app is not None and _families:
        font = QGuiApplication.font()
        wanted = [font.family()] + [f for f in _families if f != font.family()]
        if list(font.families())[:len(wanted)] != wanted:
            font = QFont(font)
            font.setFamilies(wanted)
            QGuiApplication.setFont(font)
    return list(_families)


def _order(path) -> tuple[int, str]:
    # Noto Sans (Latin, Greek, Cyrillic) first, the big CJK and emoji faces last, as in PDFs.
    stem = path.stem.split("-")[0]
    order = [face.family for face in FACES]
    return (order.index(stem) if stem in order else len(order), path.name)
