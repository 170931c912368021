"""The forum's holidays; the pure date arithmetic (working days, time zones) lives in
msf_desk.model.dates and is re-exported here for older callers."""
from __future__ import annotations

import datetime as dt

from msf_desk.store import calendar as store


def holidays(db) -> list[dt.date]:
    return store.holidays(db)
