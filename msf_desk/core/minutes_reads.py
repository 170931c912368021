"""The minutes of a meeting as a record, read without the minutes' rules (agendas, attendance,
decisions): what the forum's standing (Today, the checklist) reads at start-up."""
from __future__ import annotations

from msf_desk.model.minutes_status import Minutes
from msf_desk.store import minutes_reads as store


def get_minutes(db, meeting_id: int) -> Minutes | None:
    row = store.get_minutes(db, meeting_id)
    return Minutes(**row) if row else None
