"""The bundled Noto fonts, registered with Qt so the window draws every script the PDFs do.

Without them a name in Devanagari, Ethiopic or Korean shows as empty boxes on a machine
that has no font for it. The families are added after the system's own font, in the order
the PDFs try them, so Qt falls back to them glyph by glyph on every platform.

At start-up (`start_in_background`, called by `app.run_gui` right after the application object
is made) the fonts are registered on a thread of their own while the window's thread loads its
modules; Qt's font database is thread-safe (its functions hold one lock) and registering a font
lets go of Python's lock, so the two run on both CPUs. Once registered, the same thread asks
Qt for the fonts of the scripts the window is about to show (the application font's request
for the Latin script, the language's script, and the scripts the first page showed last time),
which fills Qt's shared font database (fontconfig loaded, the fallback families of each script
found) before the window's thread lays out its first text. `register_bundled_fonts` waits for
the registration only; what the thread found is shared through Qt's own caches, never used by
us, so the window draws exactly what it drew when it did all of this itself. `finish` waits
for the thread (the application does before it quits).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from msf_desk.exports.faces import FACES
from msf_desk.paths import fonts_dir

_families: list[str] | None = None
_thread: threading.Thread | None = None
_registered = threading.Event()

# A letter of each script a bundled font draws (Qt looks fonts up by the script of each run of
# text). Asking on the font thread whether the application font has it finds the fonts of its
# script ahead, without shaping any text (which only the thread that draws would reuse).
SAMPLES: dict[str, str] = {
    "Latin": "A",
    "Greek": "Ω",
    "Cyrillic": "Ж",
    "Arabic": "ع",
    "Hebrew": "א",
    "Armenian": "Ա",
    "Georgian": "ა",
    "Devanagari": "क",
    "Bengali": "ক",
    "Thai": "ก",
    "Ethiopic": "ሀ",
    "Han": "中",
    "Hangul": "한",
}
# The scripts by the ranges of characters that hold them (those of SAMPLES but Latin).
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"), (0x3130, 0x318F, "Hangul"), (0xAC00, 0xD7AF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"), (0x2D80, 0x2DDF, "Ethiopic"),
    (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"),
)
LANGUAGE_SCRIPTS = {"ar": ("Arabic",)}


def scripts_of(texts: Iterable[str]) -> set[str]:
    """The scripts of SAMPLES (Latin aside) that some character of `texts` is written in."""
    found: set[str] = set()
    for text in texts:
        for ch in text:
            code = ord(ch)
            if code < 0x0370:
                continue
            for low, high, script in _RANGES:
                if low <= code <= high:
                    found.add(script)
                    break
    return found


SCRIPTS_KEY = "window/scripts_shown"   # the scripts of the first page shown at the last start


def remembered_scripts(settings) -> list[str]:
    """The scripts the first page showed at the last start (names of SAMPLES), from the settings."""
    value = settings.value(SCRIPTS_KEY, "")
    names = value if isinstance(value, list) else str(value or "").split(",")
    return [name for name in names if name in SAMPLES]


ROWS_LOOKED_AT = 500   # the rows of a table or list whose words are looked at


def remember_scripts(settings, page) -> list[str]:
    """Keep in the settings the scripts of the words `page` shows (its labels, buttons and the
    cells of the first ROWS_LOOKED_AT rows of its tables and lists), for the next start to look
    their fonts up ahead. Returns them. A table whose rows came with their scripts (a model's
    `shown_scripts`, worked out where the rows were read: Today's reading thread) is not read
    again here, on the window's thread."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

    texts: list[str] = []
    known: set[str] = set()
    for widget in [page, *page.findChildren(QWidget)] if page is not None else []:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            scripts = getattr(model, "shown_scripts", None)
            if scripts is not None:
                known.update(scripts)
                continue
            # (a list's model keeps columnCount to itself: one column)
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(min(model.rowCount(QModelIndex()), ROWS_LOOKED_AT)):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.DisplayRole)
                    if isinstance(value, str):
                        texts.append(value)
    found = sorted(scripts_of(texts) | known)
    if remembered_scripts(settings) != found or settings.value(SCRIPTS_KEY) is None:
        settings.setValue(SCRIPTS_KEY, ",".join(found))
    return found


def start_in_background(scripts: Iterable[str] = ()) -> None:
    """Register the bundled fonts on a thread of their own, then look up on it the fonts of the
    Latin script and of `scripts` (names of SAMPLES) for the application's font. Needs the
    QGuiApplication; does nothing if the fonts are registered or being registered."""
    global _thread
    if _families is not None or _thread is not None:
        return
    base = QFont(QGuiApplication.font())
    wanted = ["Latin"] + [s for s in dict.fromkeys(scripts) if s in SAMPLES and s != "Latin"]
    _thread = threading.Thread(target=_work, args=(base, wanted), name="msf-desk fonts", daemon=False)
    _thread.start()


def _work(base: QFont, scripts: list[str]) -> None:
    global _families
    try:
        _families = _register()
    finally:
        _registered.set()      # also on an error: the window's thread then registers them itself
    # Qt's caches of the families each script falls back to and of fontconfig are shared by every
    # thread; its font engines are each thread's own, so the window's thread makes its own.
    font = QFont(base)
    font.setFamilies(_wanted(base, _families))
    metrics = QFontMetrics(font)
    for script in scripts:
        metrics.inFontUcs4(ord(SAMPLES[script]))


def finish() -> None:
    """Wait for the font thread, if one was started (at most the time to look up a few scripts)."""
    thread = _thread
    if thread is not None:
        thread.join()


def _register() -> list[str]:
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf"), key=_order):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    return families


def _wanted(font: QFont, families: list[str]) -> list[str]:
    return [font.family()] + [f for f in families if f != font.family()]


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to Qt's font database once (or wait for the font thread to have
    added them); set the application font to fall back to them. Returns the families added (in
    order). Needs a QGuiApplication."""
    global _families
    if _thread is not None:
        _registered.wait()
    if _families is None:
        _families = _register()
    app = QGuiApplication.instance()
    if app is not None and _families:
        font = QGuiApplication.font()
        wanted = _wanted(font, _families)
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
