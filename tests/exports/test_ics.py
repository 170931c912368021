"""iCalendar exports parsed back: stable UIDs, SEQUENCE, time zones, cancelled and closed meetings."""
from __future__ import annotations

import datetime as dt

import icalendar

from msf_desk.core import meetings
from msf_desk.exports.ics import invitation, public_calendar, write_public_calendar


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_two_exports_keep_the_same_uids_and_a_change_raises_sequence(demo_db, tmp_path):
    first_path, count = write_public_calendar(demo_db, tmp_path / "calendar.ics")
    first = events(first_path.read_bytes())
    assert len(first) == count > 10

    changed = next(m for m in meetings.list_meetings(demo_db) if m.status == "planned" and m.public)
    changed.location = "Town Hall, Room 2"
    meetings.update_meeting(demo_db, changed)
    second = events(write_public_calendar(demo_db, tmp_path / "calendar.ics")[0].read_bytes())

    assert set(first) == set(second)
    uid = f"{changed.uid}@msf-desk"
    assert int(second[uid]["sequence"]) == int(first[uid]["sequence"]) + 1
    assert str(second[uid]["location"]) == "Town Hall, Room 2"
    untouched = [u for u in first if u != uid]
    assert all(int(first[u]["sequence"]) == int(second[u]["sequence"]) for u in untouched)


def test_events_carry_their_time_zone_and_status(demo_db):
    all_ = meetings.list_meetings(demo_db)
    data = public_calendar(all_, "National Open Government Forum")
    cal = icalendar.Calendar.from_ical(data)
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    parsed = events(data)
    for meeting in all_:
        uid = f"{meeting.uid}@msf-desk"
        if not meeting.public:
            assert uid not in parsed  # a closed meeting stays off the public calendar
            continue
        event = parsed[uid]
        assert event["dtstart"].params["TZID"] == "Europe/Paris"
        assert event.decoded("dtstart") == meeting.starts_at
        assert event.decoded("dtstart").hour == meeting.local_start.hour
        expected = {"cancelled": "CANCELLED", "held": "CONFIRMED", "notice_sent": "CONFIRMED"}.get(
            meeting.status, "TENTATIVE")
        assert str(event["status"]) == expected
    assert b"meet.example.gov" not in data  # the remote link is for members only


def test_an_invitation_for_members_has_the_remote_details(demo_db):
    meeting = next(m for m in meetings.list_meetings(demo_db) if m.agenda_status == "approved")
    data = invitation(meeting, "Forum", description="Agenda…", organiser_email="opengov@example.gov",
                      now=dt.datetime(2026, 6, 15, tzinfo=dt.timezone.utc))
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["method"]) == "REQUEST"
    [event] = cal.walk("VEVENT")
    assert str(event["uid"]) == f"{meeting.uid}@msf-desk"
    assert "meet.example.gov" in str(event["location"])
    assert str(event["organizer"]) == "mailto:opengov@example.gov"
