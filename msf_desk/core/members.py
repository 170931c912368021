"""Members, their seats and sides, alternates and selection rounds."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from msf_desk.core.addresses import is_email_address
from msf_desk.core.audit import check_unchanged, logged
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.members import SECTORS, SIDES, ROLES, STATUSES, METHODS, Member, SelectionRound
from msf_desk.store import members as store
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_, M_mark



def _lookup(value: str, table: dict[str, str]) -> str | None:
    """Match a key or a label, ignoring case, spaces, hyphens and slashes."""

    def norm(text: str) -> str:
        return re.sub(r"[\s_\-/]+", "", text.strip().lower())

    wanted = norm(value)
    for key, label in table.items():
        if wanted in (norm(key), norm(label)):
            return key
    return None


def sector_key(value: str) -> str | None:
    key = _lookup(value, SECTORS)
    if key is None and value.strip().lower() in ("international", "multilateral"):
        return "international"
    return key


def role_key(value: str) -> str | None:
    aliases = {"cochair": "co_chair", "chair": "co_chair", "substitute": "alternate"}
    return _lookup(value, ROLES) or aliases.get(re.sub(r"[\s_\-]+", "", value.lower()))


def side_key(value: str) -> str | None:
    aliases = {"gov": "government", "nongov": "non_government", "ngo": "non_government",
               "cso": "non_government", "nongovernmental": "non_government",
               "governmental": "government"}
    return _lookup(value, SIDES) or aliases.get(re.sub(r"[\s_\-]+", "", value.lower()))


def validate_member(member: Member, others: list[Member]) -> None:
    """Raise ValidationError naming each offending field. `others`: the rest of the forum."""
    problems: dict[str, str] = {}
    if not member.name.strip():
        problems["name"] = M_("a member needs a name")
    if member.sector not in SECTORS:
        problems["sector"] = M_("'{sector}' is not a sector").format(sector=member.sector)
    if member.side not in SIDES:
        problems["side"] = M_("choose government or non-government")
    if member.role not in ROLES:
        problems["role"] = M_("'{role}' is not a role").format(role=member.role)
    if member.status not in STATUSES:
        problems["status"] = M_("'{status}' is not a status").format(status=member.status)
    if member.term_start and member.term_end and member.term_end < member.term_start:
        problems["term_end"] = M_("the term ends before it starts")
    if member.email.strip() and not is_email_address(member.email.strip()):
        problems["email"] = M_("'{email}' is not an e-mail address").format(email=member.email)
    if member.role == "alternate":
        if member.alternate_for is None:
            problems["alternate_for"] = M_("an alternate covers a member's seat: choose whose")
        elif member.alternate_for == member.id:
            problems["alternate_for"] = M_("a member cannot be their own alternate")
        else:
            holder = next((o for o in others if o.id == member.alternate_for), None)
            if holder is None:
                problems["alternate_for"] = M_("the member whose seat this covers is not in the forum")
            elif holder.role == "alternate":
                problems["alternate_for"] = M_("{name} is an alternate; an alternate covers a seat holder").format(name=holder.name)
    same = [o for o in others if o.id != member.id and _same_person(o, member)]
    if same and "name" not in problems:
        problems["name"] = M_("{name} of {organisation} is already a member").format(
                name=member.name, organisation=member.organisation or M_("no organisation"))
    if problems:
        raise ValidationError(problems)


def _same_person(a: Member, b: Member) -> bool:
    return (
        " ".join(a.name.lower().split()) == " ".join(b.name.lower().split())
        and a.organisation.strip().lower() == b.organisation.strip().lower()
        and a.role == b.role
        and a.status == b.status == "active"
    )


# --- operations on the forum file (the GUI and the CLI both call these) ---------------

def list_members(db) -> list[Member]:
    return store.all_members(db)


def get_member(db, member_id: int) -> Member:
    member = store.get_member(db, member_id)
    if member is None:
        raise UserError(M_("There is no member with id {member_id}.").format(member_id=member_id))
    return member


@logged("Added member {member.name}", action="add")
def add_member(db, member: Member) -> Member:
    validate_member(member, store.all_members(db))
    return store.insert_member(db, member)


@logged("Changed member {member.name}")
def update_member(db, member: Member, *, loaded: Member | None = None) -> Member:
    """Save a member's record. With `loaded` (the record as the editor loaded it), refuse
    when someone changed it since (StaleRecord) rather than overwrite their change."""
    if member.id is None:
        raise UserError(M_("This member has not been saved yet."))
    check_unchanged(db, "members", member.id, loaded, store.get_member(db, member.id), member.name)
    validate_member(member, store.all_members(db))
    store.update_member(db, member)
    return member


@logged(lambda db, member_id: f"Deleted member {get_member(db, member_id).name}", action="delete")
def remove_member(db, member_id: int) -> None:
    """Delete a member entered by mistake (leaving the forum is a status, not a deletion).

    A member named in other records (meetings, attendance, actions …) is refused: deleting
    them would lose or break those records.
    """
    check_removable(db, member_id)
    store.delete_member(db, member_id)


def check_removable(db, member_id: int) -> None:
    """Raise UserError, in plain words, when other records name this member."""
    used = store.references_to_member(db, member_id)
    if used:
        member = get_member(db, member_id)
        where = ", ".join(
            M_("{count} {records}").format(count=count, records=M_(_RECORD_WORDS[table]) if table in _RECORD_WORDS
                                           else M_("records in {table}").format(table=table.replace('_', ' ')))
            for table, count in sorted(used.items(), key=lambda kv: -kv[1])
        )
        raise UserError(
            M_("{name} cannot be deleted: other records name them — {where}. To record that they left the forum, edit them and set their status (term ended, resigned or removed) with the date.").format(name=member.name, where=where)
        )


# How the tables that name a member read in a sentence ("8 attendance records").
_RECORD_WORDS = {
    "meetings": M_mark("meetings chaired"),
    "agenda_approvals": M_mark("agenda approvals"),
    "attendance": M_mark("attendance records"),
    "item_declarations": M_mark("declarations on agenda items"),
    "actions": M_mark("actions"),
    "ethics_signatures": M_mark("ethics statement signatures"),
    "declarations": M_mark("declarations of interest"),
    "breaches": M_mark("breach records"),
}


def alternates_of(db, member_id: int) -> list[int]:
    """Ids of the alternates who cover this member's seat."""
    return store.alternates_of(db, member_id)


@logged("Put back member {member.name} as recorded before", action="undo")
def restore_member(db, member: Member, alternates: list[int] | tuple = ()) -> None:
    """Put a member back exactly as recorded before (undo): same id, and the alternates
    who covered their seat point at them again. No checks: this state was valid before."""
    with transaction(db):
        store.restore_member(db, member)
        if alternates:
            store.set_alternate_for(db, list(alternates), member.id)


def end_membership(member: Member, status: str, on: dt.date) -> Member:
    """A member resigns, is removed or reaches the end of term: the term ends the day before."""
    if status not in STATUSES or status == "active":
        raise UserError(M_("'{status}' is not a way of leaving the forum.").format(status=status))
    ended = dataclasses.replace(member, status=status, status_date=on)
    if ended.term_end is None or ended.term_end >= on:
        ended.term_end = on - dt.timedelta(days=1)
    if ended.term_start and ended.term_end < ended.term_start:
        ended.term_end = ended.term_start
    return ended


def list_rounds(db) -> list[SelectionRound]:
    return store.all_rounds(db)


def validate_round(selection: SelectionRound) -> None:
    """Raise ValidationError naming each offending field of a selection round."""
    problems = {}
    if not selection.title.strip():
        problems["title"] = M_("a selection round needs a title")
    if selection.method not in METHODS:
        problems["method"] = M_("'{method}' is not a selection method").format(method=selection.method)
    if selection.call_opened and selection.call_closed and selection.call_closed < selection.call_opened:
        problems["call_closed"] = M_("the call closes before it opens")
    if problems:
        raise ValidationError(problems)


@logged("Added selection round {selection.title}", action="add")
def add_round(db, selection: SelectionRound) -> SelectionRound:
    validate_round(selection)
    return store.insert_round(db, selection)


@logged("Deleted a selection round", action="delete")
def remove_round(db, round_id: int) -> None:
    """Delete a selection round (undo of adding one); members chosen in it keep their seats."""
    store.delete_round(db, round_id)


