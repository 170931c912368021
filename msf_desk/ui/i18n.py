"""The window's languages: how strings are marked, which language is used, loading it.

Marking a string (the one way; tests/ui/test_i18n_marking.py fails on an unmarked one)
-------------------------------------------------------------------------------------
Each module of msf_desk/ui (and msf_desk/app.py) that shows words declares, at its top, one
context in capitals, named after its path under msf_desk/ui (``pages/meetings.py`` →
``PAGES_MEETINGS``, ``main_window.py`` → ``MAIN_WINDOW``, ``app.py`` → ``APP``; the sidebar's
labels are ``SIDEBAR``)::

    from msf_desk.ui.i18n import Context

    PAGES_MEETINGS = Context("PAGES_MEETINGS")      # the name and the text are the same

and marks each string where it is written, with a string literal (never an f-string):

    QPushButton(PAGES_MEETINGS.tr("Add a meeting…"))
    PAGES_MEETINGS.tr("{name} was cancelled.").format(name=meeting.title)
    PAGES_MEETINGS.tr("%n meeting(s) shown", "", len(rows))       # plurals: %n and the count
    PAGES_MEETINGS.tr("Open", "verb, the File menu")                # same English, other sense

Words kept in a table and shown later (column headers, label tables, the sidebar) are marked
with ``QT_TRANSLATE_NOOP("MODELS_TODAY", "Due")`` from here (a str that remembers its
context) and passed through ``shown(label)`` where they are shown (headerData, data, ...).

Why this form: pyside6-lupdate takes the context of ``NAME.tr(...)`` from ``NAME``, so the
context is explicit and the same at run time whatever class, base class or function the
call sits in (``self.tr`` looks the string up under the *subclass's* name, and its plurals
are not found from a base-class method; ``QCoreApplication.translate`` loses the plural
mark in pyside6-lupdate when the count is a variable, and drops the call altogether when
the count is an expression). Keyword arguments are not seen by pyside6-lupdate: pass the
disambiguation and the count positionally.

After adding or changing strings: ``python tools/update_translations.py`` (re-extracts into
resources/i18n/msf_desk_*.ts and compiles the .qm files shipped beside them).

Choosing the language
---------------------
``msf-desk --language fr|es|ar|en`` > the choice saved from the Language menu (QSettings
``ui/language``) > the system's language, when we ship it > English. Arabic lays out the
whole application right to left.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from msf_desk import paths
from msf_desk.core import language as _documents
from msf_desk.core import messages as _messages

__all__ = ["Context", "QT_TRANSLATE_NOOP", "shown", "LANGUAGES", "SETTINGS_KEY", "choose", "install",
           "current", "system_language", "catalogue", "record_label", "window_day", "window_clock",
           "window_weekday_day", "window_weekday", "window_number", "window_month_year", "in_window_language"]

# The languages the window ships, each named in itself (as the Language menu shows them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})
SETTINGS_KEY = "ui/language"

# Translated languages whose translators have not finished yet: the completeness test
# (tests/ui/test_i18n_catalogue.py) fails for any other language with a string left
# untranslated. Take a language off this list when its .ts is complete.
UNFINISHED: frozenset[str] = frozenset()


class Context:
    """A translation context: ``NAME = Context("NAME")``, then ``"text"``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the window's language; with `n`, the plural form for n (``%n`` in text)."""
        shown_text = QCoreApplication.translate(self.name, text, disambiguation or None, n)
        if _current in RIGHT_TO_LEFT and shown_text != text:
            shown_text = right_to_left(shown_text)
        if shown_text != text and n < 0:
            _SOURCES[shown_text] = text
        return shown_text

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


RLM, FSI, PDI = "\u200f", "\u2068", "\u2069"
_PLACEHOLDER = re.compile(r"(?<!\{)\{\w*(?:[:!][^{}]*)?\}(?!\})")
_TAG = re.compile(r"(<[^>]*>)")
_LEADING_TAGS = re.compile(r"^(\s*(?:<[^>]*>\s*)*)")


def right_to_left(text: str) -> str:
    """A right-to-left translation laid out right to left whatever is put into it (as the
    rules' own Arabic messages are): each ``{value}`` inserted later (a file name, a title, a
    date) is isolated (U+2068 … U+2069) so that it keeps its own direction without pulling
    the sentence along, and a sentence that begins with such a value or another left-to-right
    character starts with a right-to-left mark (U+200F). Inside rich text, tags and their
    attributes are left alone and the mark goes after the leading tags."""
    if not re.search("[\u0590-\u08ff]", text):
        return text
    parts = _TAG.split(text)
    text = "".join(part if i % 2 else _PLACEHOLDER.sub(lambda m: FSI + m.group(0) + PDI, part)
                   for i, part in enumerate(parts))
    lead = _LEADING_TAGS.match(text).group(1)
    rest = text[len(lead):]
    if rest and not rest.startswith(RLM) and unicodedata.bidirectional(rest[0]) not in ("AL", "R"):
        text = lead + RLM + rest
    return text


# What each translated text was in English, for code that reads a widget's words (the
# read-only guard tells reading buttons from editing ones by their English words).
_SOURCES: dict[str, str] = {}


def source_of(text: str) -> str:
    """The English text a translated label came from (the text itself when not translated)."""
    return _SOURCES.get(text, text)


class Marked(str):
    """English text marked for translation in `context`, to be shown through `shown()`."""

    __slots__ = ("context",)

    def __new__(cls, context: str, text: str) -> "Marked":
        marked = super().__new__(cls, text)
        marked.context = context
        return marked


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 (the name pyside6-lupdate reads)
    """Mark `text` (in a table of labels, column headers) for translation in `context`;
    ``shown(text)`` gives it in the window's language where it is shown."""
    return Marked(context, text)


def shown(text: object) -> object:
    """A label marked with QT_TRANSLATE_NOOP, in the window's language (other values as they are)."""
    if isinstance(text, Marked):
        result = QCoreApplication.translate(text.context, str(text))
        if result != text:
            _SOURCES[result] = str(text)
        return result
    return text


def catalogue(language: str) -> Path:
    """Our compiled translations for `language` (resources/i18n/msf_desk_<language>.qm)."""
    return paths.resources_dir() / "i18n" / f"msf_desk_{language}.qm"


def system_language() -> str | None:
    """The first of the system's preferred languages that we ship, or None."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return None


def choose(asked: str | None = None, settings: QSettings | None = None) -> str:
    """The language the window uses: `asked` (--language) > saved choice > system > English."""
    if asked:
        if asked not in LANGUAGES:
            raise ValueError(f"no window language {asked!r}; choose one of {', '.join(LANGUAGES)}")
        return asked
    if settings is not None:
        saved = str(settings.value(SETTINGS_KEY, "") or "")
        if saved in LANGUAGES:
            return saved
    return system_language() or SOURCE_LANGUAGE


_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_system_locale: QLocale | None = None   # the default locale before the first install


def current() -> str:
    """The language installed by `install` (English until then)."""
    return _current


_rtl_views = None


def _bidi_tables(app, on: bool) -> None:
    """In a right-to-left window, table cells in a left-to-right script keep their own
    direction (msf_desk/ui/widgets/bidi.py)."""
    global _rtl_views
    if on and _rtl_views is None:
        # Loaded for a right-to-left window only: it makes Qt build QStyle's many enumerations.
        from msf_desk.ui.widgets.bidi import RightToLeftViews

        _rtl_views = RightToLeftViews(app)
        app.installEventFilter(_rtl_views)
    elif not on and _rtl_views is not None:
        app.removeEventFilter(_rtl_views)
        _rtl_views = None


def install(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Use `language` in the application: our catalogue and Qt's own (standard buttons and
    dialogs), the direction of the layout and the default locale. Replaces the language
    installed before. Returns the files loaded. Install before building the window: what
    is already shown keeps its words."""
    global _current, _system_locale
    if language not in LANGUAGES:
        raise ValueError(f"no window language {language!r}")
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    # English: only our plural forms ("1 meeting", "3 meetings"); Qt's own words are English.
    wanted = [catalogue(language)] if language == SOURCE_LANGUAGE else [
        qt_dir / f"qtbase_{language}.qm", catalogue(language)]
    for path in wanted:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(path))
    _current = language
    # What the rules say (errors, the planner's notes) follows the window's language.
    _messages.set_message_language(language)
    if _system_locale is None:
        _system_locale = QLocale()
    # Dates and numbers shown by Qt follow the window's language; English keeps the system's.
    QLocale.setDefault(_system_locale if language == SOURCE_LANGUAGE else QLocale(language))
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        app.setLayoutDirection(Qt.RightToLeft if language in RIGHT_TO_LEFT else Qt.LeftToRight)
        _bidi_tables(app, language in RIGHT_TO_LEFT)
    return loaded


# --- Words and dates that come from the records (model/ label tables, model.dates) ---------
# They are translated once, in the documents' catalogue (resources/locale/<code>/LC_MESSAGES/
# documents.po): the window looks them up there for its own language, explicitly (the
# document language of exports is left alone). English shows them exactly as written.

def record_label(text: str) -> str:
    """A label from a model/ label table ("Held", "Government", "Co-chair") in the window's
    language, from the documents' catalogue; as written when the catalogue lacks it."""
    code = _current
    if not text or code == SOURCE_LANGUAGE or code not in _documents.SHIPPED:
        return text
    return _documents.catalogue(code).gettext(text)


def window_day(value, short: bool = False) -> str:
    """A date in the window's language: '12 March 2026' / '12 mars 2026' (``short``: the
    tables' '01 Aug 2025' / '1er août 2025'). Empty for None.

    Kept once written, per language and day: a table sizing its columns asks for every row's
    dates many times (the Members page of 420 members: 64,000 calls, seconds of the window)."""
    if not value:
        return ""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    key = (code, value, short, type(value))
    text = _days_written.get(key)
    if text is None:
        with _documents.using(code):   # only for this call: exports keep their own language
            text = _documents.short_day(value) if short else _documents.day(value)
        if len(_days_written) > 20_000:
            _days_written.clear()
        _days_written[key] = text
    return text


_days_written: dict[tuple, str] = {}


def window_clock(value) -> str:
    """A time in the window's language: '4pm' in English (as today), '16:00' in French."""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    with _documents.using(code):
        return _documents.clock(value)


def window_weekday_day(value) -> str:
    """'Friday 4 December 2026' / 'vendredi 4 décembre 2026' in the window's language."""
    if not value:
        return ""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    with _documents.using(code):
        return _documents.weekday_day(value)


def window_number(value) -> str:
    """A number as the window's language writes it."""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    with _documents.using(code):
        return _documents.number(value)


class _InLanguage:
    """A context that may be entered more than once (a reading in a worker enters it for each
    part written in words), each time in the language chosen when it was made."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._entered: list = []

    def __enter__(self):
        context = _documents.using(self.code)
        self._entered.append(context)
        return context.__enter__()

    def __exit__(self, *exc):
        return self._entered.pop().__exit__(*exc)


def in_window_language():
    """Inside this block, words the rules write with the documents' catalogue (record labels,
    quorum lines) come in the window's language; exports keep their own (they set theirs)."""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    return _InLanguage(code)


def window_weekday(value) -> str:
    """The day of the week ('Friday', 'vendredi', 'viernes', 'الجمعة') in the window's language."""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        return value.strftime("%A")
    return _documents._babel().dates.format_date(value, "EEEE", locale=code)   # babel, loaded on first use


def window_month_year(value) -> str:
    """'Mar 2026' / 'mars 2026' (chart axes) in the window's language."""
    code = _current if _current in _documents.SHIPPED else SOURCE_LANGUAGE
    with _documents.using(code):
        return _documents.month_year(value)
