"""The breach register: an allegation against a member, how it was handled, the sanction.

A removal ends the member's term (status 'removed' from the day it was decided), so
parity and every list of members show it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core import members
from msf_desk.core.language import N_, _, day
from msf_desk.core.members import get_member
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.store import ethics as store
from msf_desk.store.db import transaction
from msf_desk.core.messages import message_label
from msf_desk.model.messages import M_
from msf_desk.model.records import record

SANCTIONS = {
    "none": N_("No sanction"),
    "warning": N_("Warning"),
    "suspension": N_("Suspension"),
    "removal": N_("Removal from the forum"),
}


@record
class Breach:
    member_id: int
    allegation: str
    reported_on: dt.date | None
    handled_by: str = ""
    sanction: str = "none"
    outcome: str = ""
    decided_on: dt.date | None = None
    closed_on: dt.date | None = None
    id: int | None = None

    @property
    def sanction_label(self) -> str:
        return SANCTIONS.get(self.sanction, self.sanction)

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def state_text(self) -> str:
        if self.closed_on:
            return _("Closed on {day}").format(day=day(self.closed_on))
        if self.decided_on:
            return _("Decided on {day}").format(day=day(self.decided_on))
        return _("Open")

    def to_json(self) -> dict:
        data = dataclasses.asdict(self)
        for key in ("reported_on", "decided_on", "closed_on"):
            data[key] = data[key].isoformat() if data[key] else None
        data["sanction_label"] = self.sanction_label
        return data


def validate(breach: Breach) -> None:
    problems = {}
    if not breach.allegation.strip():
        problems["allegation"] = M_("describe what is alleged")
    if breach.reported_on is None:
        problems["reported_on"] = M_("give the date it was reported")
    if breach.sanction not in SANCTIONS:
        problems["sanction"] = M_("'{sanction}' is not a sanction").format(sanction=breach.sanction)
    elif breach.sanction != "none" and breach.decided_on is None:
        problems["decided_on"] = M_("a sanction needs the date it was decided")
    if breach.reported_on and breach.decided_on and breach.decided_on < breach.reported_on:
        problems["decided_on"] = M_("the decision comes before the report")
    if breach.reported_on and breach.closed_on and breach.closed_on < breach.reported_on:
        problems["closed_on"] = M_("the case closes before it was reported")
    if breach.decided_on and breach.closed_on and breach.closed_on < breach.decided_on:
        problems.setdefault("closed_on", "the case closes before the decision")
    if problems:
        raise ValidationError(problems)


def _from_row(row: dict) -> Breach:
    return Breach(**row)


def list_breaches(db) -> list[Breach]:
    return [_from_row(r) for r in store.breach_rows(db)]


def get_breach(db, breach_id: int) -> Breach:
    found = next((b for b in list_breaches(db) if b.id == breach_id), None)
    if found is None:
        raise UserError(M_("There is no breach with id {breach_id}.").format(breach_id=breach_id))
    return found


def _apply_removal(db, breach: Breach):
    """End the member's term when the sanction is removal; return the member as they were
    (for undo), or None when nothing changed."""
    if breach.sanction != "removal":
        return None
    member = members.get_member(db, breach.member_id)
    if member.status == "removed":
        return None
    if member.status != "active":
        raise UserError(M_("{name} already left the forum ({status_label}); record the breach without the removal.").format(name=member.name, status_label=message_label(member.status_label).lower()), field="sanction")
    ended = members.end_membership(member, "removed", breach.decided_on)
    members.update_member(db, ended)
    return member


def record_breach(db, breach: Breach):
    """Add or update a breach; with a removal, end the member's term in the same transaction.

    Returns (saved breach, member before the removal or None).
    """
    get_member(db, breach.member_id)
    validate(breach)
    with transaction(db):
        before = _apply_removal(db, breach)
        new_id = store.write_breach(db, dataclasses.asdict(breach))
    return get_breach(db, new_id), before


def remove_breach(db, breach_id: int) -> None:
    store.delete_breach(db, breach_id)


def restore_breach(db, breach: Breach) -> None:
    """Write a breach back as it was (undo), without touching the member."""
    store.write_breach(db, dataclasses.asdict(breach))


def undo_record_breach(db, saved: Breach, before: Breach | None, member_before) -> None:
    """Take back record_breach in one transaction: the breach as it was (or gone) and the
    member as they were before a removal ended their term."""
    with transaction(db):
        if before is None:
            remove_breach(db, saved.id)
        else:
            restore_breach(db, before)
        if member_before is not None:
            members.restore_member(db, member_before)
