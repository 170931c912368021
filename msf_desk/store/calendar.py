"""The forum's holidays (days off for planning meetings and counting working days)."""
from __future__ import annotations

import datetime as dt

from msf_desk.store.db import transaction


def holidays(db) -> list[dt.date]:
    return [dt.date.fromisoformat(r[0]) for r in db.execute("SELECT day FROM holidays ORDER BY day")]


def add_holiday(db, day: dt.date, name: str = "") -> None:
    with transaction(db):
        db["holidays"].upsert({"day": day.isoformat(), "name": name}, pk="day")




def named_holidays(db) -> list[tuple[dt.date, str]]:
    return [(dt.date.fromisoformat(r[0]), r[1]) for r in db.execute("SELECT day, name FROM holidays ORDER BY day")]


def remove_holiday(db, day: dt.date) -> None:
    with transaction(db):
        db.execute("DELETE FROM holidays WHERE day = ?", [day.isoformat()])
