"""Dates and the pure date arithmetic: ISO 8601 text in storage, plain words on screen,
working days, time zones and the clock as packs print it. Imports nothing of ours but errors."""
from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Iterable

from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_


def parse_date(value: object, *, field: str = "date") -> dt.date | None:
    """Parse YYYY-MM-DD (or a date/datetime); empty means None; anything else is a UserError."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[10:11] in ("", "T", " ") else dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(M_("'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).").format(text=text), field=field) from None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def human(value: dt.date | None) -> str:
    """'14 March 2026', as a secretariat writes it."""
    if not value:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, days_in_month(year, month)))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days in a month (1-12) of the Gregorian calendar, as
    `calendar.monthrange(year, month)[1]` gives it (that module is not loaded at start-up for
    this one number)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def is_working_day(day: dt.date, holidays: Iterable[dt.date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def add_working_days(start: dt.date, days: int, holidays: Iterable[dt.date] = ()) -> dt.date:
    """The date `days` working days after `start` (start itself never counts).

    20 working days after a Friday receipt is four weeks later, on a Friday,
    when no holiday falls in between.
    """
    off = set(holidays)
    day = start
    remaining = days
    step = 1 if days >= 0 else -1
    while remaining:
        day += dt.timedelta(days=step)
        if day.weekday() < 5 and day not in off:
            remaining -= step
    return day


def working_days_between(start: dt.date, end: dt.date, holidays: Iterable[dt.date] = ()) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    off = set(holidays)
    if end <= start:
        return 0
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            count += 1
    return count


def zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UserError(M_("'{name}' is not a time zone name (e.g. Europe/Paris).").format(name=name)) from None


def to_utc(local: dt.datetime, zone_name: str) -> dt.datetime:
    """A wall-clock time in the forum's zone → an aware UTC time for storage."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone(zone_name))
    return local.astimezone(dt.timezone.utc)


def to_local(utc: dt.datetime, zone_name: str) -> dt.datetime:
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=dt.timezone.utc)
    return utc.astimezone(zone(zone_name))


def clock(time: dt.datetime | dt.time) -> str:
    """As real packs print times: 4pm, 4:05pm, 10:30am, 12pm."""
    hour, minute = time.hour, time.minute
    suffix = "am" if hour < 12 else "pm"
    h12 = hour % 12 or 12
    return f"{h12}{suffix}" if minute == 0 else f"{h12}:{minute:02d}{suffix}"
