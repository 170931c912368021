"""Words the window writes around the values the rules return: a meeting's day and hours,
a decision rule, the forum's meeting frequency (the gaps between meetings are core's own sentences:
core.regularity_words).

Core returns values (dates, keys, counts); these helpers put them into the window's
language (its catalogue for the sentences, ``record_label`` for the record labels,
``window_day``/``window_clock`` for dates and times). The documents write their own words
(core.audience); what people typed stays as typed.
"""
from __future__ import annotations


from msf_desk.core.decisions import resolve_rule
from msf_desk.model.forum import DECISION_RULES
from msf_desk.ui.i18n import Context, record_label, window_clock, window_day, window_weekday_day

WORDS = Context("WORDS")


def meeting_when(meeting) -> str:
    """'Friday 4 December 2026, 10am–12pm (Europe/Paris)' / 'vendredi 4 décembre 2026,
    10:00–12:00 (Europe/Paris)': the meeting's local day and hours in the window's language."""
    start, end = meeting.local_start, meeting.local_end
    day = window_weekday_day(start.date())
    if end.date() != start.date():
        return WORDS.tr("{day}, {start} to {end_day}, {end} ({zone})").format(
            day=day, start=window_clock(start), end_day=window_weekday_day(end.date()),
            end=window_clock(end), zone=meeting.timezone)
    return WORDS.tr("{day}, {start}–{end} ({zone})").format(
        day=day, start=window_clock(start), end=window_clock(end), zone=meeting.timezone)


def frequency(profile) -> str:
    """'At least every 3 months' / 'Au moins tous les 3 mois' (the forum's target)."""
    if profile.action_plan_in_development:
        return WORDS.tr("Monthly while the Action Plan is in development")
    return WORDS.tr("At least every %n month(s)", "", int(profile.frequency_months))


def rule_words(rule: str, profile) -> str:
    """A decision rule in words (core.decisions.rule_text, in the window's language)."""
    resolved = resolve_rule(rule, profile)
    if resolved == "qualified_majority":
        base = (WORDS.tr("members present") if profile.qualified_base == "present"
                else WORDS.tr("all active members"))
        return WORDS.tr("Qualified majority ({fraction} of {base})").format(
            fraction=profile.qualified_fraction, base=base)
    return {"consensus": WORDS.tr("Consensus"), "majority": WORDS.tr("Majority"),
            "mixed": WORDS.tr("Mixed (consensus; vote by exception)")}.get(
        resolved, record_label(DECISION_RULES.get(resolved, resolved)))


def lower_first(text: str) -> str:
    """'At least every 3 months' inside a sentence: 'at least every 3 months'."""
    return text[:1].lower() + text[1:]


def overdue(work) -> str:
    """What the secretariat is late with for a meeting (core.meetings.OverdueWork)."""
    m = work.meeting
    if work.what == "notice":
        return WORDS.tr("The pack for “{title}” ({day}) has not been sent; the notice was due by {due}.").format(
            title=m.title, day=window_day(m.day), due=window_day(work.since))
    if work.what == "record":
        return WORDS.tr("“{title}” ({day}) is past: record it as held, cancelled or postponed.").format(
            title=m.title, day=window_day(m.day))
    return work.message
