"""SQL for members, selection rounds and candidates."""
from __future__ import annotations

import dataclasses

from msf_desk.model.dates import iso, parse_date
from msf_desk.model.members import Candidate, Member, SelectionRound
from msf_desk.store.db import transaction

_MEMBER_DATES = ("term_start", "term_end", "status_date")
_MEMBER_BOOLS = ("side_overridden", "voting", "high_level", "publish_name")
_ROUND_DATES = ("call_opened", "call_closed", "result_date")


def _member_from_row(row: dict) -> Member:
    values = dict(row)
    for name in _MEMBER_DATES:
        values[name] = parse_date(values[name])
    for name in _MEMBER_BOOLS:
        values[name] = bool(values[name])
    return Member(**values)


def _member_to_row(member: Member) -> dict:
    row = dataclasses.asdict(member)
    for name in _MEMBER_DATES:
        row[name] = iso(row[name])
    for name in _MEMBER_BOOLS:
        row[name] = int(bool(row[name]))
    if row["id"] is None:
        del row["id"]
    return row


def all_members(db) -> list[Member]:
    return [_member_from_row(r) for r in db["members"].rows_where(order_by="name COLLATE NOCASE, id")]


def get_member(db, member_id: int) -> Member | None:
    rows = list(db["members"].rows_where("id = ?", [member_id]))
    return _member_from_row(rows[0]) if rows else None


def insert_member(db, member: Member) -> Member:
    with transaction(db):
        new_id = db["members"].insert(_member_to_row(member)).last_pk
    return dataclasses.replace(member, id=new_id)


def insert_members(db, members: list[Member]) -> list[Member]:
    """Insert many at once, in one transaction (imports are all-or-nothing)."""
    saved = []
    with transaction(db):
        for member in members:
            new_id = db["members"].insert(_member_to_row(member)).last_pk
            saved.append(dataclasses.replace(member, id=new_id))
    return saved


def update_member(db, member: Member) -> None:
    with transaction(db):
        row = _member_to_row(member)
        db["members"].update(member.id, row)


def delete_member(db, member_id: int) -> None:
    with transaction(db):
        db["members"].delete(member_id)


def restore_member(db, member: Member) -> None:
    """Write `member` back exactly as given, keeping its id (insert if it was deleted)."""
    with transaction(db):
        row = _member_to_row(member)
        if db["members"].count_where("id = ?", [member.id]):
            db["members"].update(member.id, row)
        else:
            db["members"].insert(row)


def references_to_member(db, member_id: int) -> dict[str, int]:
    """Rows of other tables that name this member (alternates aside), counted by table.

    Read from the schema itself so that tables added by later migrations count too.
    """
    found: dict[str, int] = {}
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            target, column = fk[2], fk[3]
            if target != "members" or (table, column) == ("members", "alternate_for"):
                continue
            count = db.execute(f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?", [member_id]).fetchone()[0]
            if count:
                found[table] = found.get(table, 0) + count
    return found


def delete_round(db, round_id: int) -> None:
    with transaction(db):
        db["selection_rounds"].delete(round_id)


def set_alternate_for(db, member_ids: list[int], holder_id: int | None) -> None:
    with transaction(db):
        for member_id in member_ids:
            db["members"].update(member_id, {"alternate_for": holder_id})


def alternates_of(db, member_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM members WHERE alternate_for = ?", [member_id])]


def _round_from_row(db, row: dict) -> SelectionRound:
    values = dict(row)
    for name in _ROUND_DATES:
        values[name] = parse_date(values[name])
    candidates = [
        Candidate(**{k: v for k, v in c.items() if k != "round_id"})
        for c in db["candidates"].rows_where("round_id = ?", [row["id"]], order_by="id")
    ]
    return SelectionRound(candidates=candidates, **values)


def all_rounds(db) -> list[SelectionRound]:
    return [_round_from_row(db, r) for r in db["selection_rounds"].rows_where(order_by="call_opened, id")]


def insert_round(db, selection: SelectionRound) -> SelectionRound:
    row = dataclasses.asdict(selection)
    candidates = row.pop("candidates")
    for name in _ROUND_DATES:
        row[name] = iso(row[name])
    if row["id"] is None:
        del row["id"]
    with transaction(db):
        round_id = db["selection_rounds"].insert(row).last_pk
        for cand in candidates:
            cand = {k: v for k, v in cand.items() if k != "id"}
            db["candidates"].insert({**cand, "round_id": round_id})
    return _round_from_row(db, db["selection_rounds"].get(round_id))
