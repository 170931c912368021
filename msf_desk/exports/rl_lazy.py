"""reportlab, loaded without what a document may not need.

Loading reportlab is a good part of a command-line PDF export. Three things it loads at once
are needed by some documents only:

- Pillow (``PIL.Image``), imported at the top of ``reportlab.lib.utils``: only for pictures
  (charts, images in a document);
- HarfBuzz (``uharfbuzz``), imported at the top of ``reportlab.pdfbase.ttfonts``: only for
  text that is shaped (Arabic, Hebrew, Indic scripts, Thai, emoji: exports/faces.py);
- a regular expression for web addresses in ``reportlab.platypus.paragraph`` (a twentieth of
  a second to compile: case-insensitive ranges over all of Unicode), used only when hyphenating,
  and ``reportlab.lib.textsplit``'s pattern for wide characters (a few thousandths), used only
  by its ``cjkwrap``.

No stand-in is given for a module of the standard library (``pickle``, ``tempfile``, which
``reportlab.lib.utils`` also loads): other code, on other threads too, imports those while
reportlab loads, and an older reportlab subclasses from ``tempfile`` as it loads (through
``urllib``); a stand-in would break them for a few milliseconds saved.

Here reportlab is given a stand-in for each that loads (or compiles) the real one the first
time any of its names is used: a document that needs it gets the very same module, one that
does not never pays for it. A stand-in is given only for a module that is installed, so
reportlab sees HarfBuzz as present exactly when it is (its shaping switches on that).

Import this module before any reportlab module (exports/fonts.py and bidi_lines.py do), and
load the paragraph module through :func:`platypus` (pdf_writer.py and pdf_frags.py do). When
reportlab was loaded before (by other code in the same process), nothing changes.
"""
from __future__ import annotations

import contextlib
import importlib
import importlib.util
import re
import sys
import threading
import types

_lock = threading.Lock()


class LaterModule(types.ModuleType):
    """Stands for the module ``name`` until one of its names is used, then loads it and
    answers from it (and keeps its names, so later uses go straight to them)."""

    def __getattr__(self, attr: str):
        module = importlib.import_module(self.__name__)
        if module is self:  # still standing in (never: the stand-in is only there while reportlab loads)
            raise AttributeError(attr)
        for key, value in module.__dict__.items():
            if key not in ("__name__", "__spec__", "__loader__", "__package__"):
                self.__dict__.setdefault(key, value)
        return getattr(module, attr)


@contextlib.contextmanager
def _standing_in(name: str):
    """While the block runs, ``import name`` gives a LaterModule (when ``name`` is installed
    and not loaded yet)."""
    if name in sys.modules or importlib.util.find_spec(name.split(".")[0]) is None:
        yield
        return
    later = sys.modules[name] = LaterModule(name)
    try:
        yield
    finally:
        if sys.modules.get(name) is later:
            del sys.modules[name]


class LaterPattern:
    """A regular expression compiled the first time it is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._msf_args = (pattern, flags)

    def __getattr__(self, attr: str):
        compiled = self.__dict__.get("_msf_compiled")
        if compiled is None:
            compiled = self._msf_compiled = re.compile(*self._msf_args)
        return getattr(compiled, attr)


# The start of reportlab's pattern for web addresses (reportlab.platypus.paragraph.uri_pat).
_URI_PATTERN = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
# reportlab.lib.textsplit's pattern for wide (CJK) characters, used only by its cjkwrap.
_WIDE_PATTERN = "([\u2e80-\uffff])"
# Other patterns reportlab compiles as it loads for what only some documents use (each used only
# through its own methods, which LaterPattern answers): hyphenation's (paragraph: a word's leading
# and trailing punctuation, its letters, soft hyphens), dates given as text (normalDate), Python
# code coloured in a preformatted block (PyFontify), and the check of an expression given to
# reportlab to evaluate (rl_safe_eval). Some 3 ms of compiling, a hundredth of a pack's export.
_LATER_EXACT = frozenset({
    _WIDE_PATTERN,
    "^['\"([{\xbf\u2018\u201a\u201c\u201e]+", "[]'\")}?!.,;:\u2019\u201b\u201d\u201f]+$",
    "\\{(m{1,5}|yyyy|yy|d{1,4})\\}", r"(\d\d\d\d|\d\d)-(\d\d)-(\d\d)",
    "[ \t]*[A-Za-z_][A-Za-z_0-9.]*",
})
_LATER_STARTS = (_URI_PATTERN, "^[A-Za-z\xc0-\xd6", "^[-\xadA-Za-z\xc0-\xd6", "#[^\\n]*|(^|[^a-zA-Z0-9_.")


def _later(pattern) -> bool:
    if not isinstance(pattern, str):
        return False
    return (pattern in _LATER_EXACT or pattern.startswith(_LATER_STARTS)
            or (pattern.startswith("\\b(?:") and "co_varnames" in pattern and "__globals__" in pattern))


@contextlib.contextmanager
def _patterns_later():
    real = re.compile

    def compile_later(pattern, flags=0):
        if _later(pattern):
            return LaterPattern(pattern, flags)
        return real(pattern, flags)

    re.compile = compile_later
    try:
        yield
    finally:
        re.compile = real


def platypus() -> types.ModuleType:
    """reportlab's paragraph module (and with it reportlab.platypus), its web-address pattern
    (and the others of _later) compiled when first used."""
    name = "reportlab.platypus.paragraph"
    if name not in sys.modules:
        with _lock, _patterns_later():
            importlib.import_module(name)
    return sys.modules[name]


with _lock:
    if "reportlab.lib.utils" not in sys.modules or "reportlab.pdfbase.ttfonts" not in sys.modules:
        with _standing_in("PIL.Image"), _standing_in("uharfbuzz"), _patterns_later():
            importlib.import_module("reportlab.lib.utils")
            importlib.import_module("reportlab.pdfbase.ttfonts")
