"""SQL for consultations and for their contributions' due dates: what Today and the checklist
read of the responses (the consultations, the due dates kept up to date, the open contributions
due counted), apart from store.responses so that they load neither the contributions' records
nor their SQL."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable

from msf_desk.model.consultations import Consultation
from msf_desk.model.dates import iso, parse_date
from msf_desk.store.db import transaction


# --- consultations -------------------------------------------------------------------------
def _consultation_from_row(row: dict) -> Consultation:
    return Consultation(
        id=row["id"], name=row["name"], stage=row["stage"],
        opens_on=parse_date(row["opens_on"]), closes_on=parse_date(row["closes_on"]),
        channels=[c for c in row["channels"].split(";") if c], document=row["document"],
        description=row["description"],
    )


def _consultation_to_row(c: Consultation) -> dict:
    row = {
        "name": c.name, "stage": c.stage, "opens_on": iso(c.opens_on), "closes_on": iso(c.closes_on),
        "channels": ";".join(c.channels), "document": c.document, "description": c.description,
    }
    if c.id is not None:
        row["id"] = c.id
    return row


def all_consultations(db) -> list[Consultation]:
    return [_consultation_from_row(r) for r in
            db["consultations"].rows_where(order_by="coalesce(opens_on, '9999'), id")]


def get_consultation(db, consultation_id: int) -> Consultation | None:
    rows = list(db["consultations"].rows_where("id = ?", [consultation_id]))
    return _consultation_from_row(rows[0]) if rows else None


def insert_consultation(db, c: Consultation) -> Consultation:
    with transaction(db):
        new_id = db["consultations"].insert(_consultation_to_row(c)).last_pk
    return dataclasses.replace(c, id=new_id)


def update_consultation(db, c: Consultation) -> None:
    with transaction(db):
        db["consultations"].update(c.id, _consultation_to_row(c))


def delete_consultation(db, consultation_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM consultations WHERE id = ?", [consultation_id])


def recompute_due_dates(db, rule: Callable[[dt.date], dt.date]) -> int:
    """Apply `rule(received) -> due` to every contribution whose date was not set by hand."""
    changed = 0
    days = [r[0] for r in db.execute("SELECT DISTINCT received_on FROM contributions WHERE due_set_by_hand = 0")]
    with transaction(db):
        for day in days:
            due = rule(dt.date.fromisoformat(day)).isoformat()
            cur = db.execute("UPDATE contributions SET due_on = ? WHERE received_on = ? AND due_set_by_hand = 0 "
                             "AND due_on != ?", [due, day, due])
            changed += cur.rowcount
    return changed


# Open (no final answer, not withdrawn) and due before a day (store.responses lists the same ones).
OPEN_DUE_BEFORE = "answered_on IS NULL AND withdrawn_on IS NULL AND due_on < ?"


def open_due_counts(db, before: dt.date, since: dt.date | None = None) -> dict[int, tuple[int, str]]:
    """Per consultation: how many of the contributions `open_contributions_due(db, before)` lists
    (and, with `since`, due on or after it) and the first one's due date, without reading them."""
    where, params = OPEN_DUE_BEFORE, [before.isoformat()]
    if since is not None:
        where, params = where + " AND due_on >= ?", params + [since.isoformat()]
    return {cid: (n, first) for cid, n, first in db.execute(
        f"SELECT consultation_id, COUNT(*), MIN(due_on) FROM contributions WHERE {where} GROUP BY consultation_id",
        params)}
