"""One place for date arithmetic: working days, the forum's holidays, time zones."""
from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Iterable


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


def next_working_day(day: dt.date, holidays: Iterable[dt.date] = ()) -> dt.date:
    off = set(holidays)
    while day.weekday() >= 5 or day in off:
        day += dt.timedelta(days=1)
    return day


def zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        from msf_desk.core.errors import UserError

        raise UserError(f"'{name}' is not a time zone name (e.g. Europe/Paris).") from None


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


def holidays(db) -> list[dt.date]:
    from msf_desk.store import calendar as store

    return store.holidays(db)
