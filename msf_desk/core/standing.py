"""The forum as it stands on a day: what Today and the new forum's checklist read, gathered once.

`read(db, on)` reads the forum's profile, members, meetings with their minutes, holidays,
consultations, the ethics compliance report and the last repository export. It reads neither
the contributions nor the selection rounds nor who attended how: only the standards'
indicators need those, and `core.compliance.gather` reads them on top of this. Today and the
checklist load this and the rules they ask (not the compliance check, the repository's plan
or the charts), so the window's first page reads quickly, also on a forum of 100,000
contributions.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core import calendar, consultations_due, ethics, forum
from msf_desk.core.export_record import last_export
from msf_desk.core.meetings import list_meetings
from msf_desk.core.members import list_members
from msf_desk.core.minutes_reads import get_minutes
from msf_desk.store.forum import get_setting
from msf_desk.model.records import record

MINUTES_WITHIN_DAYS = 120  # the next meeting approves them (about three months), then a month to publish
SETTING_MINUTES_DAYS = "compliance.minutes_within_days"
REPOSITORY_MONTHS = 6      # the repository is exported again at least every six months


@record
class Standing:
    """What the forum's records say on `today` (see the module's notes)."""

    today: dt.date
    profile: object
    members: list
    meetings: list
    minutes: dict  # meeting id -> Minutes
    consultations: list
    holidays: list
    ethics: object | None  # ethics.ComplianceReport
    last_export: object | None  # export_record.ExportRecord
    minutes_within_days: int = MINUTES_WITHIN_DAYS


def read(db, today: dt.date, *, pending_export=None) -> Standing:
    """Read the forum as it stands. `pending_export` stands in for the export being written."""
    meetings = list_meetings(db)
    minutes = {}
    for m in meetings:
        record = get_minutes(db, m.id)
        if record is not None:
            minutes[m.id] = record
    consultations_due.refresh_due_dates(db)
    consultations = consultations_due.list_consultations(db)
    try:
        within = int(get_setting(db, SETTING_MINUTES_DAYS) or MINUTES_WITHIN_DAYS)
    except ValueError:
        within = MINUTES_WITHIN_DAYS
    return Standing(
        today=today, profile=forum.load(db), members=list_members(db), meetings=meetings, minutes=minutes,
        consultations=consultations, holidays=calendar.holidays(db), ethics=ethics.compliance(db, today),
        last_export=pending_export or last_export(db), minutes_within_days=within,
    )


def published_on(r, meeting) -> dt.date | None:
    """When the minutes of `meeting` became public: their publication date, or the export that
    carried them. `r`: a Standing, or the compliance check's Records."""
    minutes = r.minutes.get(meeting.id)
    if minutes is None or minutes.status not in ("approved", "published"):
        return None
    if minutes.published_on:
        return minutes.published_on
    last = r.last_export
    if last is not None and meeting.id in last.minutes:
        return last.on
    return None
