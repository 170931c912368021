"""What the Meetings page shows, read from the forum: the meetings, what is late, and the chosen
meeting's agenda, papers and conflicts. Only core calls: the page may run these off the GUI
thread (see ui/pages/base.py, read_then_show)."""
from __future__ import annotations

import datetime as dt
from msf_desk.model.records import record

from msf_desk.core import agendas as core_agendas
from msf_desk.core import calendar as core_calendar
from msf_desk.core import forum as core_forum
from msf_desk.core import meetings as core_meetings
from msf_desk.model.meetings import Meeting
from msf_desk.ui.widgets.conflicts import read_conflicts


@record
class MeetingDetails:
    """One meeting as the agenda editor and the conflicts tab show it."""
    meeting: Meeting
    locked: bool
    items: list
    papers: list
    table: object
    approval: dict
    deadlines: tuple
    chair: str
    conflicts: tuple = ((), ())


@record
class MeetingsReading:
    profile: object
    holidays: object
    meetings: list[Meeting]
    deadlines: dict
    overdue: list
    details: MeetingDetails | None = None


def start_of(day: dt.date) -> dt.datetime:
    # "Next meeting" counts a meeting later today as still to come.
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc)


def meeting_to_show(meetings: list[Meeting], keep: int | None, today: dt.date) -> int | None:
    """The meeting chosen (if still there), else the next one, else the last."""
    if keep is not None and any(m.id == keep for m in meetings):
        return keep
    upcoming = core_meetings.next_meeting(meetings, start_of(today))
    return upcoming.id if upcoming else (meetings[-1].id if meetings else None)


def read_details(db, m: Meeting, profile, holidays, today: dt.date) -> MeetingDetails:
    from msf_desk.core import papers as core_papers

    items = core_agendas.items_of(db, m.id)
    chair = ""
    if m.chair_id is not None:
        from msf_desk.core.members import get_member

        try:
            member = get_member(db, m.chair_id)
            chair = f"{member.name} ({member.organisation})" if member.organisation else member.name
        except Exception:  # a chair deleted meanwhile is simply not shown
            chair = ""
    return MeetingDetails(
        meeting=m, locked=core_meetings.is_locked(db, m.id), items=items, papers=core_papers.papers_of(db, m.id),
        table=core_agendas.timings(m, items), approval=core_agendas.approval_status(db, m.id, on=today),
        deadlines=(core_meetings.papers_deadline(m, profile.notice_days, holidays),
                   core_meetings.notice_deadline(m, profile.notice_days, holidays)),
        chair=chair, conflicts=read_conflicts(db, m.id))


def read_meetings(db, today: dt.date, keep: int | None) -> MeetingsReading:
    """The page's reading: the meetings and, for the one it will show (`keep`, or the next),
    its details."""
    profile = core_forum.load(db)
    holidays = core_calendar.holidays(db)
    meetings = core_meetings.list_meetings(db)
    deadlines = {m.id: core_meetings.notice_deadline(m, profile.notice_days, holidays) for m in meetings}
    overdue = core_meetings.overdue_work(meetings, profile.notice_days, holidays, today)
    reading = MeetingsReading(profile, holidays, meetings, deadlines, overdue)
    shown = meeting_to_show(meetings, keep, today)
    if shown is not None:
        reading.details = read_details(db, next(m for m in meetings if m.id == shown), profile, holidays, today)
    return reading
