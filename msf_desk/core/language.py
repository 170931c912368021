"""The language a document is written in: its fixed words, its dates, times and numbers.

A forum publishes in the document languages of its profile (``document_languages``, first
preferred). Every export runs inside ``using(code)``; while it runs, ``_()`` gives a fixed word
in that language (gettext catalogues compiled from resources/locale/<code>/LC_MESSAGES/
documents.po, extracted with pybabel from the exporters and core.audience) and ``day()``,
``weekday_day()``, ``clock()`` and ``number()`` write dates, times and numbers the way the
language does (Babel's CLDR data). What people typed is never translated.

Numbers in Arabic: Babel's ``ar`` locale writes 0-9 (CLDR's default numbering system for
Arabic, the digits of official documents across the Maghreb and most Gulf administrations),
with Arabic month names (يناير، فبراير، مارس ...). We follow it rather than pick a country.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import gettext as _gettext
import re
import threading
from contextlib import contextmanager
from typing import Iterator

from msf_desk.model.dates import clock as _english_clock
from msf_desk.model.dates import human as _english_day
from msf_desk.model.errors import UserError
from msf_desk.paths import resources_dir
from msf_desk.model.messages import M_

DOMAIN = "documents"
# The document languages MSF Desk ships; English is the source of every catalogue.
SHIPPED = ("en", "fr", "es", "ar")
SOURCE = "en"
# Each language in its own words (what a reader of that language looks for in an index).
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
# Names people write in a profile's free text, and the codes they stand for.
NAMES = {"english": "en", "anglais": "en", "inglés": "en", "ingles": "en",
         "french": "fr", "français": "fr", "francais": "fr", "francés": "fr", "frances": "fr",
         "spanish": "es", "español": "es", "espanol": "es", "castellano": "es", "espagnol": "es",
         "arabic": "ar", "arabe": "ar", "árabe": "ar", "العربية": "ar"}
RTL = {"ar"}

_current: contextvars.ContextVar[str] = contextvars.ContextVar("msf_document_language", default=SOURCE)
_lock = threading.Lock()
_catalogues: dict[str, _gettext.NullTranslations] = {}


def locale_dir():
    return resources_dir() / "locale"


def catalogue(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of one language (English: the words as written)."""
    found = _catalogues.get(code)
    if found is not None:
        return found
    with _lock:
        if code not in _catalogues:
            if code == SOURCE:
                _catalogues[code] = _gettext.NullTranslations()
            else:
                _catalogues[code] = _gettext.translation(DOMAIN, str(locale_dir()), languages=[code])
        return _catalogues[code]


def current() -> str:
    return _current.get()


def is_rtl(code: str | None = None) -> bool:
    return (code or current()) in RTL


@contextmanager
def using(code: str | None) -> Iterator[str]:
    """Write documents in ``code`` inside the block (this thread only; a worker sets its own)."""
    code = code or SOURCE
    if code not in SHIPPED:
        raise UserError(M_("MSF Desk cannot write documents in '{code}': it ships {shipped}.").format(code=code, shipped=', '.join(SHIPPED)))
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def activate(code: str) -> None:
    """Write documents in ``code`` from now on in this context (the command line, per command)."""
    with using(code):
        pass
    _current.set(code)


def _(message: str) -> str:
    """A fixed word of a document, in the current document language."""
    if not message:
        return message
    return catalogue(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return catalogue(current()).ngettext(singular, plural, n)


def commas(items) -> str:
    """Words of ours in a list, with the language's comma ("، " in Arabic)."""
    return _(", ").join(items)


def semicolons(items) -> str:
    """Parts of ours in a list, with the language's semicolon (" ; " in French, "؛ " in Arabic)."""
    return _("; ").join(items)


# A typed value (a meeting's title, a name, an organisation) set inside a sentence of the
# document's own words: in a right-to-left document it is isolated (FIRST STRONG ISOLATE …
# POP DIRECTIONAL ISOLATE), so that its brackets and full stop stay with it and the sentence's
# own stay with the sentence ("محضر الاجتماع: Budget review (draft 2).").
FSI, PDI = "\u2068", "\u2069"


def typed(value: object) -> str:
    """``value`` as typed, isolated from the words around it in a right-to-left document; as
    typed in any other. The characters typed are never changed."""
    text = "" if value is None else str(value)
    if not text or not is_rtl():
        return text
    return FSI + text + PDI


def N_(message: str) -> str:  # noqa: N802 (gettext's name)
    """Marks a fixed word for the catalogue where it is defined; translated where it is written."""
    return message


# Babel (CLDR) writes the dates and numbers of the other languages. It is loaded when one is
# first written: English, the window's start and the commands in English never need it.
def _babel():
    import babel.dates  # noqa: F401 (loaded on first use: a fiftieth of a second at every start)
    import babel.numbers  # noqa: F401

    return babel


def babel_locale(code: str | None = None):
    return _babel().Locale.parse(code or current())


# French writes the first day of a month as an ordinal, "1er décembre" ("le 1er", premier);
# CLDR (and so Babel) writes "1 décembre". Every other day is a cardinal in French.
_FRENCH_FIRST = r"(?<![\d.,/])1(?=[\s\u00a0\u202f])"  # compiled when first used (re's own cache)


def first_of_month(text: str, value: dt.date, code: str) -> str:
    """A date written in words, with the first of the month as French writes it ("1er")."""
    if code == "fr" and value.day == 1:
        return re.sub(_FRENCH_FIRST, "1er", text, count=1)
    return text


def _date_text(value: dt.date | None, english, babel_format: str) -> str:
    """A date in the current language: English as MSF Desk always wrote it, others by CLDR."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    code = current()
    if code == SOURCE:
        return english(value)
    return first_of_month(_babel().dates.format_date(value, babel_format, locale=code), value, code)


def day(value: dt.date | None) -> str:
    """'14 March 2026', '14 mars 2026', '14 de marzo de 2026', '14 مارس 2026'."""
    return _date_text(value, _english_day, "long")


def short_day(value: dt.date | None) -> str:
    """'01 Aug 2025' (tables), '1er août 2025', '1 ago 2025', '01‏/08‏/2025'."""
    return _date_text(value, lambda d: d.strftime("%d %b %Y"), "medium")


def weekday_day(value: dt.date) -> str:
    """'Tuesday 14 March 2026', 'mardi 14 mars 2026', 'martes, 14 de marzo de 2026'."""
    if isinstance(value, dt.datetime):
        value = value.date()
    code = current()
    if code == SOURCE:
        return f"{value.strftime('%A')} {_english_day(value)}"
    return first_of_month(_babel().dates.format_date(value, "full", locale=code), value, code)


def month_year(value: dt.date) -> str:
    """'Mar 2026', 'mars 2026' (chart axes)."""
    code = current()
    if code == SOURCE:
        return value.strftime("%b %Y")
    return _babel().dates.format_skeleton("yMMM", value, locale=code)


def clock(time: dt.datetime | dt.time) -> str:
    """'4pm' (as English packs print it), '16:00', '16:00', '4:00 م'."""
    code = current()
    if code == SOURCE:
        return _english_clock(time)
    if isinstance(time, dt.datetime):
        time = time.time()
    return _babel().dates.format_time(time, "short", locale=code)


def number(value: int | float) -> str:
    """A number as the language writes it: 1,234 / 1 234 / 1234 / 1,234."""
    code = current()
    if code == SOURCE:
        return f"{value:,}" if isinstance(value, int) and abs(value) >= 10000 else str(value)
    return _babel().numbers.format_decimal(value, locale=code)


def parse_codes(text: str) -> tuple[list[str], list[str]]:
    """'English, French' / 'en fr' → (['en', 'fr'], words not understood as a language)."""
    codes: list[str] = []
    unknown: list[str] = []
    for word in re.split(r"[,;/\s]+|\s+and\s+", text or ""):
        word = word.strip().lower()
        if not word or word == "and":
            continue
        code = NAMES.get(word) or (word if word in SHIPPED else None)
        if code is None:
            unknown.append(word)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def document_languages(profile) -> list[str]:
    """The forum's document languages, first preferred (English when none is set)."""
    codes = [c for c in re.split(r"[,\s]+", getattr(profile, "document_languages", "") or "") if c]
    return codes or [SOURCE]


def check_choice(codes: list[str]) -> list[str]:
    """Refuse, in words, a list of document languages MSF Desk cannot write."""
    if not codes:
        raise UserError(M_("Give at least one document language (one of {shipped}).").format(shipped=", ".join(SHIPPED)))
    wrong = [c for c in codes if c not in SHIPPED]
    if wrong:
        raise UserError(M_("MSF Desk writes documents in {shipped} only; '{wrong}' is not one of them.").format(shipped=', '.join(SHIPPED), wrong=', '.join(wrong)))
    if len(set(codes)) != len(codes):
        raise UserError(M_("Each document language may appear only once: {codes}.").format(codes=" ".join(codes)))
    return codes


def for_export(profile, asked: str | None) -> str:
    """The language an export is written in: the one asked for (it must be one of the forum's
    document languages), else the forum's first."""
    mine = document_languages(profile)
    if not asked:
        return mine[0]
    asked = asked.strip().lower()
    if asked not in SHIPPED:
        raise UserError(M_("--language {asked}: MSF Desk writes documents in {shipped} only.").format(asked=asked, shipped=', '.join(SHIPPED)))
    if asked not in mine:
        raise UserError(M_("--language {asked}: this forum's document languages are {mine}. Add {asked} to them first (msf-desk forum languages {mine2} --db FILE, or the Forum page).").format(asked=asked, mine=', '.join(mine), mine2=' '.join(mine + [asked])))
    return asked
