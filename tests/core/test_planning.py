"""Plan a year: the chosen weekday and times are kept, public holidays and the first
working days of January are avoided, and the plan says which days and why (no Qt)."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import calendar, meetings
from msf_desk.model.errors import UserError
from msf_desk.core.meetings import check_regularity, plan_year
from msf_desk.model.meetings import Meeting

PARIS = "Europe/Paris"


def held(day: dt.date) -> Meeting:
    return Meeting.at("Forum meeting", day, dt.time(16), dt.time(19), PARIS, status="held")


def test_the_first_working_days_of_january_are_counted_after_the_holidays():
    assert calendar.new_year_days(2027) == [dt.date(2027, 1, d) for d in (1, 4, 5, 6, 7)]
    assert calendar.new_year_days(2027, {dt.date(2027, 1, 1)}) == [dt.date(2027, 1, d) for d in (4, 5, 6, 7, 8)]
    avoided = calendar.avoided_days([2027], {dt.date(2027, 5, 1), dt.date(2027, 1, 1)})
    assert avoided[dt.date(2027, 5, 1)] == avoided[dt.date(2027, 1, 1)] == "a public holiday"
    assert avoided[dt.date(2027, 1, 4)] == "one of the first working days of January"
    assert dt.date(2028, 1, 3) in avoided              # the next January, which a plan's last gap reaches


@pytest.mark.parametrize("weekday", range(5))
def test_every_meeting_keeps_the_chosen_weekday_and_times(weekday):
    proposals = plan_year(2027, target_months=2, existing=[held(dt.date(2026, 11, 20))], today=dt.date(2026, 11, 1),
                          weekday=weekday, start=dt.time(14, 30), end=dt.time(16, 45))
    assert len(proposals) == 6
    assert {p.day.weekday() for p in proposals} == {weekday}
    assert {(p.start, p.end) for p in proposals} == {(dt.time(14, 30), dt.time(16, 45))}
    planned = [Meeting.at("x", p.day, p.start, p.end, PARIS, status="planned") for p in proposals]
    report = check_regularity([held(dt.date(2026, 11, 20))] + planned, 2, dt.date(2026, 11, 1))
    assert [g for g in report.gaps if g.kind != "open"] == []


def test_a_meeting_in_the_first_days_of_january_moves_to_the_next_same_weekday_and_says_why():
    # Monthly, on Fridays: the second Friday of January 2027 is the 8th, the fifth working
    # day after New Year's Day.
    proposals = plan_year(2027, target_months=1, existing=[], holidays={dt.date(2027, 1, 1)},
                          today=dt.date(2026, 11, 1), weekday=4)
    january = proposals[0]
    assert january.day == dt.date(2027, 1, 15) and january.day.weekday() == 4
    assert "not 8 January 2027: one of the first working days of January" in january.note
    assert all(p.day not in calendar.new_year_days(2027, {dt.date(2027, 1, 1)}) for p in proposals)


def test_when_only_a_first_day_of_january_keeps_the_gap_the_plan_says_so():
    # The last meeting on 3 October 2027: a quarterly forum needs one by 3 January 2028, or
    # in the rest of that week (to Sunday 9 January), which is all first working days of January.
    proposals = plan_year(2028, target_months=3, existing=[held(dt.date(2027, 10, 3))], today=dt.date(2027, 11, 1))
    first = proposals[0]
    assert first.day == dt.date(2028, 1, 7)
    assert "7 January 2028 is one of the first working days of January, kept because no other working day" \
        in first.note
    assert "late in December" in first.note


def test_the_summary_names_the_days_avoided_and_why():
    text = calendar.avoided_summary(2027, [dt.date(2027, 5, 1), dt.date(2027, 12, 25), dt.date(2026, 12, 25)])
    assert "the 2 public holidays in the forum's holidays (1 May, 25 Dec)" in text
    assert "the first 5 working days of January (1–7 January 2027)" in text
    assert "offices reopen" in text
    assert "has none recorded for this year" in calendar.avoided_summary(2027, [])


def test_a_weekend_day_is_refused():
    with pytest.raises(UserError, match="weekday 5 is not Monday"):
        plan_year(2027, target_months=3, existing=[], today=dt.date(2026, 11, 1), weekday=5)


def test_the_forum_holidays_table_is_avoided(db):
    from msf_desk.store import calendar as store

    store.add_holiday(db, dt.date(2027, 2, 9), "A public holiday")
    proposals = meetings.plan_for(db, 2027, today=dt.date(2026, 11, 1))
    assert dt.date(2027, 2, 9) not in [p.day for p in proposals]
    assert dt.date(2027, 2, 2) in [p.day for p in proposals]


# --- how many meetings a year: N months a meeting is 12 / N a year ---------------------------------

def planned(proposals) -> list[Meeting]:
    return [Meeting.at("x", p.day, p.start, p.end, PARIS, status="planned") for p in proposals]


@pytest.mark.parametrize("weekday", range(5))
@pytest.mark.parametrize("target, count", [(1, 12), (2, 6), (3, 4), (4, 3), (6, 2), (12, 1)])
def test_year_after_year_a_target_of_n_months_plans_12_over_n_meetings_on_the_weekday(target, count, weekday):
    """Meetings on one weekday are whole weeks apart; a two-month target planned year after
    year (each year after the plan of the one before) gives six meetings a year, every gap
    within the target, the year's turn included."""
    existing: list[Meeting] = []
    for year in range(2026, 2034):
        proposals = plan_year(year, target_months=target, existing=existing, today=dt.date(2025, 9, 1),
                              weekday=weekday, holidays={dt.date(year, 1, 1), dt.date(year, 5, 1)})
        assert len(proposals) == count, (year, [p.day for p in proposals])
        assert {p.day.weekday() for p in proposals} == {weekday}
        assert all(p.day.year == year for p in proposals)
        existing += planned(proposals)
    report = check_regularity(existing, target, dt.date(2025, 9, 1))
    assert [g for g in report.gaps if g.kind != "open"] == []


@pytest.mark.parametrize("last", [dt.date(2026, 10, 20), dt.date(2026, 11, 10), dt.date(2026, 12, 15)])
def test_across_the_new_year_a_two_month_plan_is_still_six(last):
    # Whatever the last meeting of the year before, the year gets six: the first one
    # brought forward (or as early as January allows) is still January's.
    proposals = plan_year(2027, target_months=2, existing=[held(last)], today=dt.date(2026, 10, 1))
    assert len(proposals) == 6
    assert [p.day.month for p in proposals][1:] == [3, 5, 7, 9, 11]
    assert proposals[0].day not in calendar.new_year_days(2027) or "kept because" in proposals[0].note


def test_a_plan_started_mid_month_counts_only_the_periods_left():
    # On 10 March 2027 with ten days' notice: March–April to November–December are left.
    today = dt.date(2027, 3, 10)
    proposals = plan_year(2027, target_months=2, existing=[held(dt.date(2027, 2, 9))], today=today, notice_days=10)
    assert len(proposals) == 5
    assert all(p.day > today + dt.timedelta(days=10) for p in proposals)
    assert proposals[0].day <= meetings.next_due(dt.date(2027, 2, 9), 2)
    report = check_regularity([held(dt.date(2027, 2, 9))] + planned(proposals), 2, today)
    assert [g for g in report.gaps if g.kind != "open"] == []


def test_a_holiday_moves_a_meeting_a_week_and_keeps_the_count():
    plain = plan_year(2027, target_months=2, existing=[], today=dt.date(2026, 10, 1))
    may = next(p.day for p in plain if p.day.month == 5)
    moved = plan_year(2027, target_months=2, existing=[], today=dt.date(2026, 10, 1), holidays={may})
    assert len(plain) == len(moved) == 6
    other = next(p for p in moved if abs((p.day - may).days) == 7)
    assert other.day.weekday() == may.weekday() and f"not {may.day} May 2027: a public holiday" in other.note
    assert check_regularity(planned(moved), 2, dt.date(2026, 10, 1)).gaps == []
