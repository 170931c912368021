"""Words the compliance check writes in the document language: lists of days and the gaps
between forum meetings (shared by the 2017 indicators and the 2021 requirements)."""
from __future__ import annotations

import datetime as dt

from msf_desk.core.language import _, is_rtl, ngettext
from msf_desk.core.language import day as human
from msf_desk.core.meetings import months_and_days


def dates_text(days: list[dt.date], limit: int = 6) -> str:
    shown = ("، " if is_rtl() else ", ").join(human(d) for d in days[:limit])
    return _("{dates} and {n} more").format(dates=shown, n=len(days) - limit) if len(days) > limit else shown


def gap_text(g) -> str:
    """A gap between forum meetings longer than the rule, in the document language."""
    months, days = months_and_days(g.start, g.end)
    parts = ([ngettext("{n} month", "{n} months", months).format(n=months)] if months else []) + (
        [ngettext("{n} day", "{n} days", days).format(n=days)] if days or not months else [])
    length = _("{months} and {days}").format(months=parts[0], days=parts[1]) if len(parts) == 2 else parts[0]
    limit = ngettext("{n} month", "{n} months", g.target_months).format(n=g.target_months)
    if g.kind == "open":
        return _("No forum meeting held or planned since {start}: {length} so far, more than {limit}.").format(
            start=human(g.start), length=length, limit=limit)
    text = (_("{start} to {end}: {length} between forum meetings, more than {limit}.") if g.kind == "past" else
            _("{start} to {end}: {length} will pass between forum meetings, more than {limit}."))
    return text.format(start=human(g.start), end=human(g.end), length=length, limit=limit)
