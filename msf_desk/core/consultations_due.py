"""Consultations and when the answers to their contributions are due: the due dates kept in step
with the forum's working-day rule and holidays, and the open contributions due counted. What Today
and the checklist ask of the responses, apart from core.responses (which reads them from here) so
that the window's first page loads neither the contributions' records nor their rules."""
from __future__ import annotations

import datetime as dt

from msf_desk.core import forum
from msf_desk.core.calendar import holidays
from msf_desk.model.consultations import Consultation
from msf_desk.model.dates import add_working_days
from msf_desk.model.digests import sha256_hex
from msf_desk.store import consultations as store, forum as forum_store

DUE_SOON_WORKING_DAYS = 5


def list_consultations(db) -> list[Consultation]:
    return store.all_consultations(db)


def due_date(received: dt.date, working_days: int, holidays=()) -> dt.date:
    """When an answer is due: `working_days` after receipt, skipping weekends and holidays."""
    return add_working_days(received, working_days, holidays)


def due_rule(db) -> tuple[int, list[dt.date]]:
    return forum.load(db).response_working_days, holidays(db)


def refresh_due_dates(db) -> int:
    """Recompute due dates after the forum's holidays or working-day rule changed.

    Dates set by hand are kept. Returns how many contributions changed.
    """
    if getattr(db, "read_only", False):
        return 0  # a forum open read-only keeps the dates it has
    days, off = due_rule(db)
    basis = sha256_hex(f"{days}|{','.join(d.isoformat() for d in off)}".encode())
    if forum_store.get_setting(db, "responses.due_basis") == basis:
        return 0
    changed = store.recompute_due_dates(db, lambda received: due_date(received, days, off))
    forum_store.set_setting(db, "responses.due_basis", basis)
    return changed


def due_soon_limit(db, today: dt.date, within: int) -> dt.date:
    """The last day an answer counts as due soon: `within` working days after `today` (the list of
    contributions due soon in core.responses and Today's count both end there)."""
    _days, off = due_rule(db)
    return add_working_days(today, within, off)


def open_due_counts(db, today: dt.date, within: int = DUE_SOON_WORKING_DAYS) -> dict[tuple[int, str], tuple[int, dt.date]]:
    """What overdue() and due_soon() list, counted without reading the contributions: for each
    consultation, ("late" or "due") → (how many, the first due date). On a consultation of
    100,000 contributions Today needs only these figures."""
    refresh_due_dates(db)
    out: dict[tuple[int, str], tuple[int, dt.date]] = {}
    late = store.open_due_counts(db, before=today)
    soon = store.open_due_counts(db, before=due_soon_limit(db, today, within) + dt.timedelta(days=1), since=today)
    for severity, counts in (("late", late), ("due", soon)):
        for cid, (n, first) in counts.items():
            out[(cid, severity)] = (n, dt.date.fromisoformat(first[:10]))
    return out
