"""Parsing and showing dates: ISO 8601 text in storage, plain words on screen."""
from __future__ import annotations

import datetime as dt


def parse_date(value: object, *, field: str = "date") -> dt.date | None:
    """Parse YYYY-MM-DD (or a date/datetime); empty means None; anything else is a UserError."""
    from msf_desk.core.errors import UserError

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
        raise UserError(f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).", field=field) from None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def human(value: dt.date | None) -> str:
    """'14 March 2026', as a secretariat writes it."""
    if not value:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    import calendar

    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))
