"""Which language MSF Desk speaks to the person (its errors, notes and other sentences).

The window calls ``set_message_language`` with its own language when it starts
(msf_desk.ui.i18n.install); the command line with ``msf-desk --language CODE`` when given,
else the system's (``system_language``: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext
programs read them). The marking functions live in msf_desk.model.messages so that the
store and the records' own checks can mark their messages too.
"""
from __future__ import annotations

import datetime as dt
import gettext
import os
import threading
from typing import Mapping

from msf_desk.core import language as _documents
from msf_desk.model import messages as _said
from msf_desk.paths import resources_dir

DOMAIN = "messages"
SHIPPED = ("en", "fr", "es", "ar")
SOURCE = _said.SOURCE

_lock = threading.Lock()
_loaded: dict[str, gettext.NullTranslations] = {}


def catalogue(code: str) -> gettext.NullTranslations:
    """The compiled messages of one language (English: the messages as written)."""
    with _lock:
        if code not in _loaded:
            if code == SOURCE:
                _loaded[code] = gettext.NullTranslations()
            else:
                _loaded[code] = gettext.translation(DOMAIN, str(resources_dir() / "locale"), languages=[code],
                                                    fallback=True)
        return _loaded[code]


def set_message_language(code: str | None) -> str:
    """Say every message in `code` from now on, for the whole program (English when `code`
    is None or not a language MSF Desk speaks). Returns the language used."""
    code = (code or SOURCE).strip().lower()
    if code not in SHIPPED:
        code = SOURCE
    _said.use(code, catalogue(code))
    return code


def message_language() -> str:
    return _said.language()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, when MSF Desk speaks it; else English.

    The first of LANGUAGE (a list: ``fr:en``), LC_ALL, LC_MESSAGES, LANG that is set decides;
    "C" and "POSIX" are English."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (environ.get(name) or "").strip()
        if not value:
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in SHIPPED:
                return code
        return SOURCE
    return SOURCE


def message_day(value: dt.date | None) -> str:
    """A date inside a message, written the way the message's language writes it
    ('12 March 2026', '12 mars 2026', '12 de marzo de 2026', '12 مارس 2026')."""
    with _documents.using(message_language()):
        return _documents.day(value)


def message_label(label: str) -> str:
    """A label of the records ("Held", "Cancelled", "Government") inside a message, in the
    message's language (the documents' catalogue holds them, translated once)."""
    code = message_language()
    if not label or code == SOURCE:
        return label
    return _documents.catalogue(code).gettext(label)


def message_weekday(index: int) -> str:
    """A weekday's name inside a message (0 = Monday): 'Tuesday', 'mardi', 'martes', 'الثلاثاء'."""
    code = message_language()
    if code == SOURCE:
        return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[index]
    return _documents._babel().dates.get_day_names("wide", locale=code)[index]


def message_month_year(value: dt.date) -> str:
    """'March 2026', 'mars 2026', 'marzo de 2026', 'مارس 2026' inside a message."""
    code = message_language()
    if code == SOURCE:
        return value.strftime("%B %Y")
    return _documents._babel().dates.format_skeleton("yMMMM", value, locale=code)


def message_number(value: int | float) -> str:
    """A count inside a message, grouped as the message's language writes it (10,000 / 10 000 /
    10.000), as the documents write it: a count of contributions reaches tens of thousands."""
    with _documents.using(message_language()):
        return _documents.number(value)


def message_day_month(value: dt.date) -> str:
    """'14 Mar' in English, '14 mars', '14 mar', '14 مارس' inside a message."""
    code = message_language()
    if code == SOURCE:
        return value.strftime("%d %b").lstrip("0")
    return _documents.first_of_month(_documents._babel().dates.format_skeleton("dMMM", value, locale=code), value, code)


def message_list(items: list[str]) -> str:
    """Items inside a message: 'a, b, c' in English (as MSF Desk always wrote them), the
    language's own list otherwise ('a, b et c', 'a, b y c', 'a وb وc')."""
    code = message_language()
    if code == SOURCE or len(items) < 2:
        return ", ".join(items)
    import babel.lists  # noqa: F401 (loaded on first use, like the dates: not at every start)

    return _documents._babel().lists.format_list(list(items), locale=code)
