"""The forum's holidays and the days a meeting is not planned on (the pure date arithmetic,
working days and time zones, lives in msf_desk.model.dates)."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from msf_desk.core.audit import logged
from msf_desk.core.messages import message_day, message_day_month, message_list, message_month_year
from msf_desk.model.dates import human, is_working_day
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_, M_mark, M_n
from msf_desk.store import calendar as store
from msf_desk.model.records import record

# Offices reopen slowly after the year-end break, and the papers of a meeting in the
# first days of January would have to be prepared and sent over the holidays.
NEW_YEAR_WORKING_DAYS = 5
NEW_YEAR_REASON = M_mark("one of the first working days of January")
HOLIDAY_REASON = M_mark("a public holiday")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def holidays(db) -> list[dt.date]:
    return store.holidays(db)


@record(frozen=True)
class Holiday:
    """A day the forum's offices are closed: no meeting is planned on it and it is not a
    working day when answers are due."""

    day: dt.date
    name: str = ""


def list_holidays(db) -> list[Holiday]:
    return [Holiday(day, name) for day, name in store.named_holidays(db)]


def _holiday_words(db, holiday: Holiday, **_) -> str:
    return f"{human(holiday.day)}" + (f" ({holiday.name})" if holiday.name else "")


@logged(lambda db, holiday, **_: f"Added the holiday {_holiday_words(db, holiday)}", action="add")
def add_holiday(db, holiday: Holiday) -> Holiday:
    """Add a day to the forum's holidays; refuse, in words, a day that is one already."""
    if not 1900 <= holiday.day.year <= 2200:
        raise UserError(M_("{day} is not a day to mark as a holiday: choose a year from 1900 to 2200.").format(
            day=message_day(holiday.day)))
    known = {h.day: h for h in list_holidays(db)}
    if holiday.day in known:
        name = known[holiday.day].name
        raise UserError(M_("{day} is already one of the forum's holidays ({name}).").format(
            day=message_day(holiday.day), name=name) if name else
            M_("{day} is already one of the forum's holidays.").format(day=message_day(holiday.day)))
    store.add_holiday(db, holiday.day, holiday.name.strip())
    return Holiday(holiday.day, holiday.name.strip())


@logged(lambda db, holiday, **_: f"Removed the holiday {_holiday_words(db, holiday)}", action="delete")
def remove_holiday(db, holiday: Holiday) -> None:
    if holiday.day not in set(store.holidays(db)):
        raise UserError(M_("{day} is not one of the forum's holidays.").format(day=message_day(holiday.day)))
    store.remove_holiday(db, holiday.day)


def new_year_days(year: int, holidays: Iterable[dt.date] = ()) -> list[dt.date]:
    """The first NEW_YEAR_WORKING_DAYS working days of January of `year`."""
    off = set(holidays)
    days, day = [], dt.date(year, 1, 1)
    while len(days) < NEW_YEAR_WORKING_DAYS:
        if is_working_day(day, off):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def avoided_days(years: Iterable[int], holidays: Iterable[dt.date] = ()) -> dict[dt.date, str]:
    """Working days no meeting is planned on, each with the reason: the forum's public
    holidays and the first working days of January (of `years` and the year after, which
    a plan's last gap may reach)."""
    off = set(holidays)
    avoided = {day: HOLIDAY_REASON for day in off}
    for year in sorted(set(years)):
        for y in (year, year + 1):
            for day in new_year_days(y, off):
                avoided.setdefault(day, NEW_YEAR_REASON)
    return avoided


def avoided_summary(year: int, holidays: Iterable[dt.date] = ()) -> str:
    """What the planner avoids in `year` and why, in one sentence for the plan's preview."""
    off = sorted(d for d in set(holidays) if d.year == year)
    january = new_year_days(year, off)
    parts = []
    if off:
        shown = message_list([message_day_month(d) for d in off[:8]]) + (" …" if len(off) > 8 else "")
        holidays_part = M_n("the {count} public holiday in the forum's holidays ({days})",
                            "the {count} public holidays in the forum's holidays ({days})", len(off)).format(
                                count=len(off), days=shown)
    else:
        holidays_part = M_("public holidays (the forum has none recorded for this year: mark the ones to avoid)")
    january_part = M_("the first {count} working days of January ({days}), when offices reopen after the year-end "
                      "break and papers would have to be prepared over the holidays").format(
                          count=NEW_YEAR_WORKING_DAYS, days=_span(january))
    return M_("Avoided: {holidays} and {january}. Meetings keep the chosen weekday; one moves to another day only "
              "when that is the only way to keep the gap between meetings within the target.").format(
                  holidays=holidays_part, january=january_part)



def _span(days: list[dt.date]) -> str:
    first, last = days[0], days[-1]
    return M_("{first}–{last} {month}").format(first=first.day, last=last.day, month=message_month_year(last)) \
        if first.month == last.month else \
        f"{message_day(first)} – {message_day(last)}"


def place_on_weekday(day: dt.date, weekday: int, avoided: dict[dt.date, str], *, floor: dt.date,
                     latest: dt.date) -> tuple[dt.date | None, str]:
    """The chosen `weekday` nearest `day` within [floor, latest] that is a working day and not
    avoided: on or before `day` first (gaps between meetings only shrink), else after it.
    Returns (day, why it moved: '' when it did not), or (None, '') when that weekday has no
    free day in the window."""
    def free(d: dt.date) -> bool:
        return d.weekday() == weekday and d.weekday() < 5 and d not in avoided

    back = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    while back >= floor:
        if back <= latest and free(back):
            return back, _why(day, back, weekday, avoided)
        back -= dt.timedelta(days=7)
    ahead = day + dt.timedelta(days=(weekday - day.weekday()) % 7)
    while ahead <= latest:
        if ahead >= floor and free(ahead):
            return ahead, _why(day, ahead, weekday, avoided)
        ahead += dt.timedelta(days=7)
    return None, ""


def place_any_day(day: dt.date, avoided: dict[dt.date, str], *, floor: dt.date,
                  latest: dt.date) -> tuple[dt.date | None, str]:
    """The working day nearest `day` (earlier first) in [floor, latest] not avoided; for when
    the chosen weekday cannot keep the gap."""
    for step in range((latest - floor).days + 1):
        for d in (day - dt.timedelta(days=step), day + dt.timedelta(days=step)):
            if floor <= d <= latest and d.weekday() < 5 and d not in avoided:
                return d, ""
    return None, ""


def _why(wanted: dt.date, got: dt.date, weekday: int, avoided: dict[dt.date, str]) -> str:
    if got == wanted:
        return ""
    skipped = sorted(d for d in avoided if d.weekday() == weekday and min(wanted, got) <= d <= max(wanted, got)
                     and d != got)
    if wanted in avoided and wanted not in skipped:
        skipped.insert(0, wanted)
    if not skipped:
        return ""
    return "; ".join(M_("not {day}: {reason}").format(day=message_day(d), reason=M_(avoided[d])) for d in skipped)
