"""iCalendar files: the forum's public calendar and the invitation to one meeting.

Each meeting keeps the random uid it was given at creation, so re-exporting updates the
events in subscribers' calendars instead of adding copies; SEQUENCE follows the meeting's
revision counter; times carry their time zone (TZID with a VTIMEZONE).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from msf_desk.core.language import _
from msf_desk import __version__
from msf_desk.model.dates import zone
from msf_desk.model.meetings import Meeting
from msf_desk.exports.atomic import Progress, write_all

PRODID = f"-//MSF Desk//MSF Desk {__version__}//EN"
UID_DOMAIN = "msf-desk"
_STATUS = {"planned": "TENTATIVE", "notice_sent": "CONFIRMED", "held": "CONFIRMED",
           "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


def uid_of(meeting: Meeting) -> str:
    return f"{meeting.uid}@{UID_DOMAIN}"


def _event(meeting: Meeting, forum_name: str, *, description: str, location: str, now: dt.datetime) -> icalendar.Event:
    tz = zone(meeting.timezone)
    event = icalendar.Event()
    event.add("uid", uid_of(meeting))
    event.add("dtstamp", now)
    event.add("sequence", int(meeting.sequence))
    summary = f"{forum_name}: {meeting.title}"
    if meeting.status == "postponed":
        summary = _("Postponed — {summary}").format(summary=summary)
    event.add("summary", summary)
    event.add("dtstart", meeting.starts_at.astimezone(tz))
    event.add("dtend", meeting.ends_at.astimezone(tz))
    event.add("status", _STATUS.get(meeting.status, "TENTATIVE"))
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    event.add("categories", [_(meeting.kind_label)])
    return event


def _public_description(meeting: Meeting) -> str:
    lines = [_(meeting.kind_label) + "."]
    if meeting.status in ("cancelled", "postponed") and meeting.status_reason:
        lines.append(meeting.status_reason)
    if meeting.remote_offered:
        lines.append(_("Remote participation is offered; ask the secretariat how to join."))
    return "\n".join(lines)


def _calendar(name: str, events: list[icalendar.Event], meetings: list[Meeting], *, method: str = "") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(event)
    if meetings:
        first = min(m.starts_at for m in meetings).date() - dt.timedelta(days=366)
        last = max(m.ends_at for m in meetings).date() + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


def public_calendar(meetings: list[Meeting], forum_name: str, *, now: dt.datetime | None = None) -> bytes:
    """All public meetings, cancelled ones included as CANCELLED so subscribers see it."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    shown = [m for m in meetings if m.public]
    events = [_event(m, forum_name, description=_public_description(m), location=m.location, now=now)
              for m in sorted(shown, key=lambda m: m.starts_at)]
    return _calendar(f"{forum_name} — meetings", events, shown)


def write_public_calendar(db, path: str | Path) -> tuple[Path, int]:
    """Write the forum's public calendar; return the path and the number of events."""
    from msf_desk.core import forum
    from msf_desk.core.meetings import list_meetings

    meetings = list_meetings(db)
    data = public_calendar(meetings, forum.load(db).name)
    return write_file(path, data), sum(1 for m in meetings if m.public)


def write_file(path: str | Path, data: bytes, progress: Progress | None = None) -> Path:
    """One calendar file, through the staging writer like every export."""
    target = Path(path)

    def write(staged: Path, _step) -> Path:
        staged.write_bytes(data)
        return staged

    [written] = write_all(target.parent, target.stem, ["ics"], {"ics": write}, progress,
                          names={"ics": target.name})
    return written


def invitation(meeting: Meeting, forum_name: str, *, description: str, organiser_email: str = "",
               organiser_name: str = "", now: dt.datetime | None = None) -> bytes:
    """One meeting as an invitation (METHOD:REQUEST) for members, with the remote details."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    location = meeting.location
    if meeting.remote_offered and meeting.remote_details:
        location = f"{location} / {meeting.remote_details}" if location else meeting.remote_details
    event = _event(meeting, forum_name, description=description, location=location, now=now)
    if organiser_email:
        organizer = icalendar.vCalAddress(f"mailto:{organiser_email}")
        if organiser_name:
            organizer.params["cn"] = organiser_name
        event["organizer"] = organizer
    method = "CANCEL" if meeting.status == "cancelled" else "REQUEST"
    return _calendar(f"{forum_name}: {meeting.title}", [event], [meeting], method=method)
