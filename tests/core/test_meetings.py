"""Meetings: status, deadlines, the regularity check, the year planner, the demo's meetings."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from msf_desk.core import agendas, forum, meetings, papers
from msf_desk.model.dates import add_months
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import Meeting
from msf_desk.core.meetings import check_regularity, plan_year

from tests.conftest import DEMO_TODAY

PARIS = "Europe/Paris"


def m(day: dt.date, status: str = "held", kind: str = "regular", id: int | None = None) -> Meeting:
    return Meeting.at("Forum meeting", day, dt.time(16), dt.time(19), PARIS, status=status, kind=kind, id=id)


# --- regularity --------------------------------------------------------------------------

def test_exactly_three_months_is_within_a_quarterly_target():
    report = check_regularity([m(dt.date(2026, 1, 15)), m(dt.date(2026, 4, 15))], 3, dt.date(2026, 4, 20))
    assert report.ok and report.gaps == []


def test_a_week_more_than_three_months_is_flagged_with_dates_and_length():
    report = check_regularity([m(dt.date(2026, 1, 15), id=1), m(dt.date(2026, 4, 22), id=2)], 3,
                              dt.date(2026, 4, 25))
    [gap] = report.gaps
    assert (gap.start, gap.end, gap.days) == (dt.date(2026, 1, 15), dt.date(2026, 4, 22), 97)
    assert gap.length == "3 months and 7 days"
    assert (gap.after_meeting_id, gap.before_meeting_id, gap.kind) == (1, 2, "past")
    assert "15 January 2026 to 22 April 2026" in gap.message()


def test_the_rest_of_the_week_three_months_on_is_on_time():
    # Meetings kept on one weekday are whole weeks apart: the second Thursday of January
    # (15th) and of April (16th) are a quarter apart, and so is the 21st (six days more).
    for day in (dt.date(2026, 4, 15), dt.date(2026, 4, 16), dt.date(2026, 4, 21)):
        assert check_regularity([m(dt.date(2026, 1, 15)), m(day)], 3, dt.date(2026, 4, 25)).gaps == []
    assert meetings.next_due(dt.date(2026, 1, 15), 3) == dt.date(2026, 4, 21)


def test_month_end_clamps_as_the_calendar_does():
    # 30 November + 3 months is 28 February (2027 is not a leap year), then the rest of that week.
    ok = check_regularity([m(dt.date(2026, 11, 30)), m(dt.date(2027, 3, 6))], 3, dt.date(2027, 3, 8))
    late = check_regularity([m(dt.date(2026, 11, 30)), m(dt.date(2027, 3, 7))], 3, dt.date(2027, 3, 8))
    assert ok.gaps == [] and len(late.gaps) == 1


def test_cancelled_working_group_and_unrecorded_meetings_do_not_count():
    today = dt.date(2026, 9, 1)
    meetings_ = [
        m(dt.date(2026, 1, 10)),
        m(dt.date(2026, 3, 10), status="cancelled"),
        m(dt.date(2026, 3, 20), kind="working_group"),
        m(dt.date(2026, 4, 1), status="planned"),  # past, never recorded as held
        m(dt.date(2026, 6, 1)),
    ]
    [gap] = check_regularity(meetings_, 3, today).gaps
    assert (gap.start, gap.end) == (dt.date(2026, 1, 10), dt.date(2026, 6, 1))


def test_a_gap_reaching_a_planned_meeting_and_an_open_gap():
    today = dt.date(2026, 5, 1)
    report = check_regularity([m(dt.date(2026, 3, 1)), m(dt.date(2026, 8, 1), status="planned")], 3, today)
    assert [g.kind for g in report.gaps] == ["planned"]
    open_ = check_regularity([m(dt.date(2025, 12, 1))], 3, dt.date(2026, 3, 8))
    [gap] = open_.gaps
    assert gap.kind == "open" and gap.before_meeting_id is None and gap.end == dt.date(2026, 3, 8)
    # Three months later and in the rest of that week nothing is late yet.
    assert check_regularity([m(dt.date(2025, 12, 1))], 3, dt.date(2026, 3, 7)).gaps == []


def test_monthly_target_and_no_meetings():
    report = check_regularity([m(dt.date(2026, 1, 5)), m(dt.date(2026, 2, 12))], 1, dt.date(2026, 2, 13))
    assert len(report.gaps) == 1 and report.gaps[0].length == "1 month and 7 days"
    empty = check_regularity([], 3, dt.date(2026, 1, 1))
    assert not empty.ok and "No forum meeting" in empty.summary()


def test_profile_target_is_monthly_while_the_action_plan_is_developed(db):
    profile = forum.replace(forum.load(db), frequency_months=3, action_plan_in_development=True)
    forum.save(db, profile)
    meetings.add_meeting(db, m(dt.date(2026, 1, 6), status="planned"))
    meetings.add_meeting(db, m(dt.date(2026, 3, 3), status="planned"))
    report = meetings.regularity(db, today=dt.date(2026, 1, 1))
    assert report.target_months == 1 and len(report.gaps) == 1


# --- the planner ---------------------------------------------------------------------------

def _all_gaps(existing, proposals, target, today):
    planned = [m(p.day, status="planned") for p in proposals]
    return check_regularity(existing + planned, target, today).gaps


def test_planner_proposes_one_meeting_a_quarter_on_working_days():
    holidays = {dt.date(2027, 5, 11)}  # the Tuesday the planner would pick in May 2027
    proposals = plan_year(2027, target_months=3, existing=[m(dt.date(2026, 12, 1))], holidays=holidays,
                          today=dt.date(2026, 11, 1))
    assert len(proposals) == 4
    for p in proposals:
        assert p.day.weekday() < 5 and p.day not in holidays and p.day.year == 2027
    # The holiday's meeting keeps its weekday: the Tuesday a week earlier, and says why.
    spring = [p for p in proposals if dt.date(2027, 4, 1) <= p.day <= dt.date(2027, 6, 30)]
    assert spring and spring[0].day == dt.date(2027, 5, 4)
    assert "not 11 May 2027: a public holiday" in spring[0].note
    assert [p.day.weekday() for p in proposals] == [1, 1, 1, 1]  # Tuesdays
    assert _all_gaps([m(dt.date(2026, 12, 1))], proposals, 3, dt.date(2026, 11, 1)) == []


def test_planner_brings_a_meeting_forward_to_keep_the_gap_and_skips_covered_periods():
    existing = [m(dt.date(2026, 10, 20)), m(dt.date(2027, 7, 6), status="planned")]
    proposals = plan_year(2027, target_months=3, existing=existing, today=dt.date(2026, 11, 1))
    assert proposals[0].day <= dt.date(2027, 1, 26)       # 20 January, or the rest of that week
    assert "brought forward" in proposals[0].note
    assert len(proposals) == 3
    assert not any(dt.date(2027, 7, 1) <= p.day <= dt.date(2027, 9, 30) for p in proposals)
    assert _all_gaps(existing, proposals, 3, dt.date(2026, 11, 1)) == []


def test_planner_closes_a_long_gap_between_two_fixed_meetings():
    existing = [m(dt.date(2027, 1, 5), status="planned"), m(dt.date(2027, 12, 14), status="planned")]
    proposals = plan_year(2027, target_months=3, existing=existing, today=dt.date(2026, 12, 1))
    assert _all_gaps(existing, proposals, 3, dt.date(2026, 12, 1)) == []


def test_planner_monthly_never_proposes_before_the_notice_can_go_out():
    today = dt.date(2027, 3, 20)
    proposals = plan_year(2027, target_months=1, existing=[], today=today, notice_days=10)
    assert all(p.day > today + dt.timedelta(days=10) for p in proposals)
    assert {p.day.month for p in proposals} == set(range(3, 13))  # 31 March is still possible
    assert _all_gaps([], proposals, 1, today) == []


@pytest.mark.parametrize("seed", range(40))
def test_planner_leaves_no_gap_it_could_close(seed):
    rng = random.Random(seed)
    target = rng.choice([1, 2, 3, 4, 6])
    today = dt.date(2026, 12, 1)
    existing = [m(dt.date(2026, 10, rng.randint(1, 28)))]
    for _ in range(rng.randint(0, 4)):
        existing.append(m(dt.date(2027, rng.randint(1, 12), rng.randint(1, 28)), status="planned"))
    holidays = {dt.date(2027, rng.randint(1, 12), rng.randint(1, 28)) for _ in range(15)}
    proposals = plan_year(2027, target_months=target, existing=existing, holidays=holidays, today=today)
    assert all(p.day.weekday() < 5 and p.day not in holidays for p in proposals)
    # A gap is the 2027 plan's to close when a working day of 2027 could have closed it.
    def closable(gap):
        first = max(dt.date(2027, 1, 1), gap.start + dt.timedelta(days=1))
        last = min(dt.date(2027, 12, 31), add_months(gap.start, target))
        days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
        return any(d.weekday() < 5 and d not in holidays for d in days)

    gaps = [g for g in _all_gaps(existing, proposals, target, today) if g.kind != "open" and closable(g)]
    assert gaps == []


def test_planner_alternates_the_cochairs_and_apply_creates_meetings(db):
    from msf_desk.model.members import Member
    from msf_desk.core.members import add_member

    gov = add_member(db, Member("Nino Beridze", "national_government", "Ministry of Justice", role="co_chair",
                                term_start=dt.date(2025, 1, 1)))
    cs = add_member(db, Member("Amara Okafor", "civil_society", "Open Budget Coalition", role="co_chair",
                               term_start=dt.date(2025, 1, 1)))
    proposals = meetings.plan_for(db, 2027, today=dt.date(2026, 11, 1))
    assert [p.chair_id for p in proposals] == [gov.id, cs.id, gov.id, cs.id]
    proposals[1].accepted = False
    created = meetings.apply_plan(db, proposals, location="Room 4")
    assert len(created) == 3
    assert all(c.status == "planned" and c.location == "Room 4" and c.timezone == "UTC" for c in created)
    # New meetings start with the standing items.
    assert [i.standing for i in agendas.items_of(db, created[0].id)][:2] == ["welcome", "declarations"]
    # Plan again: every quarter but the dropped one is covered now.
    again = meetings.plan_for(db, 2027, today=dt.date(2026, 11, 1))
    assert all(p.day.month in (4, 5, 6) for p in again) and again


# --- status and deadlines ----------------------------------------------------------------

def test_validation_names_the_fields():
    bad = Meeting.at(" ", dt.date(2026, 1, 5), dt.time(16), dt.time(15), PARIS, kind="party")
    with pytest.raises(ValidationError) as err:
        meetings.validate(bad)
    assert {"title", "kind", "ends_at"} <= set(err.value.problems)


def test_times_are_stored_in_utc_and_shown_in_the_meeting_zone(db):
    saved = meetings.add_meeting(db, Meeting.at("Summer", dt.date(2026, 7, 7), dt.time(16), dt.time(19), PARIS))
    row = db.execute("SELECT starts_at, timezone FROM meetings WHERE id = ?", [saved.id]).fetchone()
    assert row == ("2026-07-07T14:00:00+00:00", PARIS)
    assert saved.local_start.hour == 16 and saved.when_text() == "Tuesday 7 July 2026, 4pm–7pm (Europe/Paris)"
    assert len(saved.uid) == 32


def test_status_transitions(db):
    past = meetings.add_meeting(db, m(dt.date(2026, 1, 6), status="planned"))
    future = meetings.add_meeting(db, m(dt.date(2026, 9, 8), status="planned"))
    today = dt.date(2026, 6, 1)
    with pytest.raises(UserError, match="before then"):
        meetings.set_status(db, future.id, "held", today=today)
    with pytest.raises(ValidationError):
        meetings.set_status(db, future.id, "cancelled", " ", today=today)
    assert meetings.set_status(db, past.id, "held", today=today).status == "held"
    with pytest.raises(UserError, match="cannot become"):
        meetings.set_status(db, past.id, "planned", today=today)
    cancelled = meetings.set_status(db, future.id, "cancelled", "No quorum", today=today)
    assert cancelled.status_reason == "No quorum" and cancelled.sequence > future.sequence
    with pytest.raises(UserError, match="cancel it"):
        meetings.remove_meeting(db, past.id)


def test_notice_and_papers_deadlines_fall_on_working_days():
    meeting = m(dt.date(2026, 6, 29), status="planned")  # a Monday
    # 10 days before is Friday 19 June; 14 days before is Monday 15 June.
    assert meetings.notice_deadline(meeting, 10) == dt.date(2026, 6, 19)
    # 9 days before is Saturday 20 June: brought forward to Friday.
    assert meetings.notice_deadline(meeting, 9) == dt.date(2026, 6, 19)
    assert meetings.notice_deadline(meeting, 10, {dt.date(2026, 6, 19)}) == dt.date(2026, 6, 18)
    assert meetings.papers_deadline(meeting, 10) == dt.date(2026, 6, 16)


def test_overdue_work_lists_late_notices_and_unrecorded_meetings():
    today = dt.date(2026, 6, 15)
    late = m(dt.date(2026, 6, 19), status="planned", id=1)
    fine = m(dt.date(2026, 7, 20), status="planned", id=2)
    sent = m(dt.date(2026, 6, 18), status="notice_sent", id=3)
    unrecorded = m(dt.date(2026, 6, 1), status="notice_sent", id=4)
    work = meetings.overdue_work([late, fine, sent, unrecorded], 10, [], today)
    assert [(w.meeting.id, w.what) for w in work] == [(4, "record"), (1, "notice")]
    assert meetings.next_meeting([late, fine, sent], dt.datetime(2026, 6, 15, tzinfo=dt.timezone.utc)).id == 3


def test_changes_after_the_notice_are_dated_revisions(db):
    meeting = meetings.add_meeting(db, m(dt.date(2026, 9, 8), status="planned"))
    # Sent as far as the records go (the approval path is tested with agendas).
    db.execute("UPDATE meetings SET agenda_status = 'sent', status = 'notice_sent' WHERE id = ?", [meeting.id])
    moved = meetings.get_meeting(db, meeting.id)
    moved.location = "Room 12"
    saved = meetings.update_meeting(db, moved, today=dt.date(2026, 8, 30))
    [(on, text)] = agendas.revisions(db, meeting.id)
    assert on == dt.date(2026, 8, 30) and "Room 12" in text
    assert saved.sequence >= meeting.sequence + 1 and saved.uid == meeting.uid


# --- the demo ----------------------------------------------------------------------------------

def test_demo_meetings_give_other_steps_their_ids(tmp_path):
    from msf_desk.demo import DemoContext
    from msf_desk.demo import meetings as demo_meetings
    from msf_desk.demo import members as demo_members
    from msf_desk.store.db import create_forum

    db = create_forum(tmp_path / "d.msf")
    ctx = DemoContext(today=DEMO_TODAY)
    demo_members.populate(db, ctx)
    demo_meetings.populate(db, ctx)
    ids = ctx.ids["meetings"]
    held = [meetings.get_meeting(db, i) for i in ids["held"]]
    assert len(held) >= 6 and all(h.status == "held" and h.day < DEMO_TODAY for h in held)
    assert [h.starts_at for h in held] == sorted(h.starts_at for h in held)
    nxt = meetings.get_meeting(db, ids["next"])
    assert nxt.agenda_status == "approved" and nxt.day > DEMO_TODAY
    assert meetings.get_meeting(db, ids["cancelled"]).status == "cancelled"
    assert not meetings.get_meeting(db, ids["closed"]).public
    all_ = meetings.list_meetings(db)
    assert min(x.day for x in all_) <= DEMO_TODAY - dt.timedelta(days=450)
    assert max(x.day for x in all_) >= DEMO_TODAY + dt.timedelta(days=220)
    report = meetings.regularity(db, today=DEMO_TODAY)
    [gap] = report.gaps
    assert gap.kind == "past" and gap.days > 92
    disclosures = {p.disclosure for p in papers.papers_of(db, nxt.id)}
    assert disclosures == {"public", "withheld", "confidential"}
    overdue = meetings.overdue_work(all_, forum.load(db).notice_days, [], DEMO_TODAY)
    assert [w.meeting.id for w in overdue] == [ids["overdue"]]
