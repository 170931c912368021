"""The words MSF Desk says to the person using it, in the language they chose.

Errors the user can fix (``UserError``), the meeting planner's notes and the other sentences
the rules build to be shown in the window or printed by the command line are marked here and
translated from the gettext catalogue ``messages`` (resources/locale/<code>/LC_MESSAGES/
messages.po, extracted by tools/core_messages.py). The documents' fixed words are another
catalogue (``documents``, msf_desk.core.language); the window's own words are Qt's.

Marking (tests/core/test_messages_marked.py fails on a ``UserError("...")`` left unmarked)::

    from msf_desk.model.messages import M_, M_n, M_mark

    raise UserError(M_("Row {row}: the e-mail {email} is not valid.").format(row=row, email=email))
    M_n("{count} member was imported.", "{count} members were imported.", n).format(count=n)
    KINDS = {"x": M_mark("…")}        # marked where defined, shown later through M_(text)

Placeholders are named (``{row}``), filled with ``.format()`` AFTER the lookup: never an
f-string inside ``M_()`` (the catalogue would hold a sentence that never matches). Plural
sentences always go through ``M_n`` (Arabic has six forms).

One language for the whole process (the person's): the window sets it when it starts
(msf_desk.ui.i18n.install), the command line from ``--language`` or the system
(msf_desk.core.messages). English, the source, until then. What is written into a record
(the forum's history, a title the planner proposes) is never translated.
"""
from __future__ import annotations

import gettext

SOURCE = "en"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE


def use(code: str, translations: gettext.NullTranslations | None) -> None:
    """Say everything in `code` from now on (msf_desk.core.messages loads the catalogue)."""
    global _translations, _language
    _translations = translations or gettext.NullTranslations()
    _language = code


def language() -> str:
    """The language messages are said in (en, fr, es, ar)."""
    return _language


def M_(text: str) -> str:  # noqa: N802 (a gettext keyword, like _)
    """`text` in the person's language (English when it has no translation)."""
    return _translations.gettext(text)


def M_n(singular: str, plural: str, n: int) -> str:  # noqa: N802
    """The plural form of a sentence for `n`, in the person's language."""
    return _translations.ngettext(singular, plural, n)


def M_mark(text: str) -> str:  # noqa: N802
    """Marks `text` for the catalogue where it is defined; it is shown later through M_(text)."""
    return text
