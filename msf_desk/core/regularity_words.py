"""The regularity of forum meetings in words: one gap between meetings longer than the forum's
rule, and the summary of a regularity check. Each sentence is written once, here, and said
through a catalogue:

- ``person()``: the person's messages (resources/locale/<code>/LC_MESSAGES/messages.po), in the
  language of the window or of the command line's ``--language``;
- ``document()``: the documents' words (documents.po), in the language the document is being
  written in (a compliance report can be French while the person works in English).

The sentences are marked with ``said``/``said_n``, which tools/core_messages.py and
tools/document_words.py both extract, so each catalogue holds them and the tests require them
translated in fr, es and ar in both.
"""
from __future__ import annotations

import datetime as dt
import gettext

from msf_desk.core import language, messages
from msf_desk.model.dates import add_months
from msf_desk.model.records import record


@record(frozen=True)
class Voice:
    """A language and the catalogue its sentences come from."""

    code: str
    catalogue: gettext.NullTranslations

    def said(self, text: str) -> str:
        return self.catalogue.gettext(text)

    def said_n(self, singular: str, plural: str, n: int) -> str:
        return self.catalogue.ngettext(singular, plural, n)

    def day(self, value: dt.date) -> str:
        with language.using(self.code):
            return language.day(value)


def person() -> Voice:
    """The person's language and messages (the window's, or the command line's)."""
    code = messages.message_language()
    return Voice(code, messages.catalogue(code))


def document() -> Voice:
    """The language of the document being written, and the documents' catalogue."""
    code = language.current()
    return Voice(code, language.catalogue(code))


def months_and_days(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Whole calendar months from `start` to `end`, then the days left over."""
    months = 0
    while add_months(start, months + 1) <= end:
        months += 1
    return months, (end - add_months(start, months)).days


def months(n: int, voice: Voice) -> str:
    """'3 months', '3 mois', '3 meses', '3 أشهر'."""
    return voice.said_n("{n} month", "{n} months", n).format(n=n)


def length(start: dt.date, end: dt.date, voice: Voice) -> str:
    """'5 months and 3 days' from `start` to `end`."""
    whole, days = months_and_days(start, end)
    parts = ([months(whole, voice)] if whole else []) + (
        [voice.said_n("{n} day", "{n} days", days).format(n=days)] if days or not whole else [])
    if len(parts) == 2:
        return voice.said("{months} and {days}").format(months=parts[0], days=parts[1])
    return parts[0]


def gap_sentence(gap, voice: Voice) -> str:
    """One gap between forum meetings longer than the rule (core.meetings.Gap)."""
    limit = months(gap.target_months, voice)
    span = length(gap.start, gap.end, voice)
    if gap.kind == "open":
        return voice.said("No forum meeting held or planned since {start}: {length} so far, more than {limit}.").format(
            start=voice.day(gap.start), length=span, limit=limit)
    text = (voice.said("{start} to {end}: {length} went by between forum meetings, more than {limit}.")
            if gap.kind == "past" else
            voice.said("{start} to {end}: {length} will go by between forum meetings, more than {limit}."))
    return text.format(start=voice.day(gap.start), end=voice.day(gap.end), length=span, limit=limit)


def regularity_summary(report, voice: Voice) -> str:
    """The summary of a regularity check (core.meetings.RegularityReport)."""
    limit = months(report.target_months, voice)
    if not report.counted:
        return voice.said("No forum meeting is recorded as held or planned.")
    if not report.gaps:
        return voice.said("Every gap between forum meetings is {limit} or less.").format(limit=limit)
    return voice.said_n("{n} gap longer than {limit}.", "{n} gaps longer than {limit}.",
                        len(report.gaps)).format(n=len(report.gaps), limit=limit)
