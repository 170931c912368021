"""SQL for minutes: the minutes row, attendance, item notes, breakouts, declarations,
decisions, actions and amendments.

The lock on approved minutes lives in the schema (triggers in 0004_minutes); a write the
triggers refuse comes back here as sqlite3.IntegrityError and leaves as a UserError in
plain words.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import contextmanager
from typing import Iterator

from msf_desk.model.actions import Action
from msf_desk.model.dates import iso, parse_date
from msf_desk.model.errors import UserError
from msf_desk.model.minutes import Attendee, Decision, Votes
from msf_desk.store.db import transaction
# The minutes' status and the actions of earlier meetings live in store.minutes_reads (a pack reads them).
from msf_desk.store.minutes_reads import (  # noqa: F401  (offered here too)
    _MINUTES_DATES, action_of as _action, actions_before, all_actions, get_minutes, item_titles,
    open_actions_before, status_of)
from msf_desk.model.messages import M_, M_mark

LOCKED_MESSAGE = M_mark("These minutes are approved and locked; record a dated amendment instead.")


@contextmanager
def write(db) -> Iterator[None]:
    """One transaction; the lock triggers' refusal becomes a UserError."""
    try:
        with transaction(db):
            yield
    except sqlite3.IntegrityError as exc:
        if LOCKED_MESSAGE in str(exc):
            raise UserError(M_(LOCKED_MESSAGE)) from None
        raise


def now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _touch(db, meeting_id: int) -> None:
    db.execute("UPDATE minutes SET updated = ? WHERE meeting_id = ? AND status IN ('draft', 'circulated')",
               [now_text(), meeting_id])


# --- the minutes row ------------------------------------------------------------------



def all_minutes(db) -> list[dict]:
    out = []
    for row in db["minutes"].rows_where(order_by="meeting_id"):
        for name in _MINUTES_DATES:
            row[name] = parse_date(row[name])
        out.append(row)
    return out


def insert_minutes(db, meeting_id: int, roll: list[Attendee]) -> None:
    with write(db):
        db["minutes"].insert({"meeting_id": meeting_id, "updated": now_text()})
        for a in roll:
            db["attendance"].insert(_attendee_row(a))


def add_to_roll(db, roll: list[Attendee]) -> None:
    with write(db):
        for a in roll:
            db["attendance"].insert(_attendee_row(a))


def set_minutes_fields(db, meeting_id: int, **values) -> None:
    row = {k: (iso(v) if isinstance(v, dt.date) else v) for k, v in values.items()}
    with write(db):
        if "updated" not in row and status_of(db, meeting_id) in ("draft", "circulated"):
            row["updated"] = now_text()
        db["minutes"].update(meeting_id, row)


def delete_minutes(db, meeting_id: int) -> None:
    """Remove a draft's minutes with everything recorded in them (undo of starting them)."""
    with write(db):
        for table in ("decisions", "actions", "attendance", "amendments"):
            db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
        items = "SELECT id FROM agenda_items WHERE meeting_id = ?"
        db.execute(f"DELETE FROM breakout_points WHERE breakout_id IN "
                   f"(SELECT id FROM breakouts WHERE item_id IN ({items}))", [meeting_id])
        for table in ("breakouts", "item_declarations", "item_minutes"):
            db.execute(f"DELETE FROM {table} WHERE item_id IN ({items})", [meeting_id])
        db.execute("DELETE FROM minutes WHERE meeting_id = ?", [meeting_id])


# --- attendance -----------------------------------------------------------------------

def _attendee_row(a: Attendee) -> dict:
    row = dataclasses.asdict(a)
    row["publish_name"] = int(bool(row["publish_name"]))
    if row["id"] is None:
        del row["id"]
    return row


def _attendee(row: dict) -> Attendee:
    row = dict(row)
    row["publish_name"] = bool(row["publish_name"])
    return Attendee(**row)


def attendance_of(db, meeting_id: int) -> list[Attendee]:
    return [_attendee(r) for r in db["attendance"].rows_where("meeting_id = ?", [meeting_id], order_by="id")]


def get_attendee(db, attendee_id: int) -> Attendee | None:
    rows = list(db["attendance"].rows_where("id = ?", [attendee_id]))
    return _attendee(rows[0]) if rows else None


def insert_attendee(db, a: Attendee) -> Attendee:
    with write(db):
        new_id = db["attendance"].insert(_attendee_row(a)).last_pk
        _touch(db, a.meeting_id)
    return dataclasses.replace(a, id=new_id)


def update_attendee(db, a: Attendee) -> None:
    with write(db):
        db["attendance"].update(a.id, _attendee_row(a))
        _touch(db, a.meeting_id)


def restore_attendee(db, a: Attendee) -> None:
    with write(db):
        if db["attendance"].count_where("id = ?", [a.id]):
            db["attendance"].update(a.id, _attendee_row(a))
        else:
            db["attendance"].insert({**_attendee_row(a), "id": a.id})
        _touch(db, a.meeting_id)


def delete_attendee(db, attendee_id: int) -> None:
    with write(db):
        db["attendance"].delete(attendee_id)


# --- item notes, breakouts, declarations ------------------------------------------------

def discussion_of(db, item_id: int) -> str:
    row = db.execute("SELECT discussion FROM item_minutes WHERE item_id = ?", [item_id]).fetchone()
    return row[0] if row else ""


def discussions_of(db, meeting_id: int) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT im.item_id, im.discussion FROM item_minutes im JOIN agenda_items ai ON ai.id = im.item_id "
        "WHERE ai.meeting_id = ?", [meeting_id])}


def set_discussion(db, item_id: int, meeting_id: int, text: str) -> None:
    with write(db):
        db["item_minutes"].upsert({"item_id": item_id, "discussion": text}, pk="item_id")
        _touch(db, meeting_id)


def breakouts_of(db, item_id: int) -> list[dict]:
    """Groups of one item, each with its points (dicts, in order)."""
    groups = list(db["breakouts"].rows_where("item_id = ?", [item_id], order_by="position, id"))
    for g in groups:
        g["points"] = list(db["breakout_points"].rows_where("breakout_id = ?", [g["id"]], order_by="position, id"))
    return groups


def replace_breakouts(db, item_id: int, meeting_id: int, groups: list[dict]) -> None:
    """Write the item's breakout groups afresh (one transaction)."""
    with write(db):
        db.execute("DELETE FROM breakout_points WHERE breakout_id IN (SELECT id FROM breakouts WHERE item_id = ?)",
                   [item_id])
        db.execute("DELETE FROM breakouts WHERE item_id = ?", [item_id])
        for gpos, g in enumerate(groups, start=1):
            bid = db["breakouts"].insert({"item_id": item_id, "position": gpos, "session": g.get("session", ""),
                                          "group_name": g["group_name"],
                                          "facilitator": g.get("facilitator", "")}).last_pk
            for ppos, p in enumerate(g.get("points", []), start=1):
                db["breakout_points"].insert({"breakout_id": bid, "position": ppos,
                                              "heading_kind": p.get("heading_kind", "theme"),
                                              "heading": p.get("heading", ""), "point": p["point"]})
        _touch(db, meeting_id)


def declarations_of(db, item_id: int) -> list[dict]:
    return list(db["item_declarations"].rows_where("item_id = ?", [item_id], order_by="id"))


def declarations_for_meeting(db, meeting_id: int) -> list[dict]:
    return [dict(zip(("id", "item_id", "member_id", "kind", "note"), r)) for r in db.execute(
        "SELECT d.id, d.item_id, d.member_id, d.kind, d.note FROM item_declarations d "
        "JOIN agenda_items ai ON ai.id = d.item_id WHERE ai.meeting_id = ? ORDER BY ai.position, d.id",
        [meeting_id])]


def insert_declaration(db, meeting_id: int, row: dict) -> int:
    with write(db):
        new_id = db["item_declarations"].insert(row).last_pk
        _touch(db, meeting_id)
    return new_id


def get_declaration(db, declaration_id: int) -> dict | None:
    rows = list(db["item_declarations"].rows_where("id = ?", [declaration_id]))
    return rows[0] if rows else None


def delete_declaration(db, declaration_id: int) -> None:
    with write(db):
        db["item_declarations"].delete(declaration_id)


def recused_members(db, item_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT member_id FROM item_declarations WHERE item_id = ? AND kind = 'recusal'", [item_id])]


# --- decisions --------------------------------------------------------------------------

_VOTE_FIELDS = [f.name for f in dataclasses.fields(Votes)]


def _decision(row: dict) -> Decision:
    row = dict(row)
    votes = Votes(**{k: row.pop(k) for k in _VOTE_FIELDS})
    row["deferred"] = bool(row["deferred"])
    row["vote_held"] = bool(row["vote_held"])
    return Decision(votes=votes, **row)


def _decision_row(d: Decision) -> dict:
    row = dataclasses.asdict(d)
    row.update(row.pop("votes"))
    row["deferred"] = int(bool(row["deferred"]))
    row["vote_held"] = int(bool(row["vote_held"]))
    if row["id"] is None:
        del row["id"]
    return row


def decisions_of(db, meeting_id: int) -> list[Decision]:
    """In the order of the agenda, then as entered."""
    return [_decision(dict(zip(cols, r))) for cols, r in _rows(db, (
        "SELECT d.* FROM decisions d LEFT JOIN agenda_items ai ON ai.id = d.item_id "
        "WHERE d.meeting_id = ? ORDER BY coalesce(ai.position, 100000), d.position, d.id"), [meeting_id])]


def all_decisions(db) -> list[Decision]:
    return [_decision(dict(zip(cols, r))) for cols, r in _rows(db, (
        "SELECT d.* FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
        "LEFT JOIN agenda_items ai ON ai.id = d.item_id "
        "ORDER BY m.starts_at, m.id, coalesce(ai.position, 100000), d.position, d.id"), [])]


def _rows(db, sql: str, params: list):
    cursor = db.execute(sql, params)
    cols = [c[0] for c in cursor.description]
    for r in cursor.fetchall():
        yield cols, r


def get_decision(db, decision_id: int) -> Decision | None:
    rows = list(db["decisions"].rows_where("id = ?", [decision_id]))
    return _decision(rows[0]) if rows else None


def next_decision_position(db, meeting_id: int) -> int:
    row = db.execute("SELECT coalesce(max(position), 0) + 1 FROM decisions WHERE meeting_id = ?",
                     [meeting_id]).fetchone()
    return row[0]


def insert_decision(db, d: Decision) -> Decision:
    with write(db):
        new_id = db["decisions"].insert(_decision_row(d)).last_pk
        _touch(db, d.meeting_id)
    return dataclasses.replace(d, id=new_id)


def update_decision(db, d: Decision) -> None:
    with write(db):
        db["decisions"].update(d.id, _decision_row(d))
        _touch(db, d.meeting_id)


def restore_decision(db, d: Decision) -> None:
    with write(db):
        db["decisions"].insert({**_decision_row(d), "id": d.id}, replace=True)
        _touch(db, d.meeting_id)


def delete_decision(db, decision_id: int) -> None:
    with write(db):
        db["decisions"].delete(decision_id)


# --- actions ----------------------------------------------------------------------------

def _action_row(a: Action) -> dict:
    row = dataclasses.asdict(a)
    row["due"] = iso(a.due)
    row["closed_on"] = iso(a.closed_on)
    if row["id"] is None:
        del row["id"]
    return row


def actions_of(db, meeting_id: int) -> list[Action]:
    return [_action(r) for r in db["actions"].rows_where("meeting_id = ?", [meeting_id], order_by="id")]


def get_action(db, action_id: int) -> Action | None:
    rows = list(db["actions"].rows_where("id = ?", [action_id]))
    return _action(rows[0]) if rows else None


def insert_action(db, a: Action) -> Action:
    with write(db):
        new_id = db["actions"].insert(_action_row(a)).last_pk
        _touch(db, a.meeting_id)
    return dataclasses.replace(a, id=new_id)


def update_action(db, a: Action) -> None:
    with write(db):
        db["actions"].update(a.id, _action_row(a))
        _touch(db, a.meeting_id)


def restore_action(db, a: Action) -> None:
    with write(db):
        db["actions"].insert({**_action_row(a), "id": a.id}, replace=True)


def delete_action(db, action_id: int) -> None:
    with write(db):
        db["actions"].delete(action_id)


# --- amendments and approval --------------------------------------------------------------

def amendments_of(db, meeting_id: int) -> list[dict]:
    out = []
    for r in db["amendments"].rows_where("meeting_id = ?", [meeting_id], order_by="made_on, id"):
        r["made_on"] = parse_date(r["made_on"])
        out.append(r)
    return out


def insert_amendment(db, meeting_id: int, made_on: dt.date, text: str, agreed_at: int | None) -> int:
    with write(db):
        return db["amendments"].insert({"meeting_id": meeting_id, "made_on": iso(made_on), "text": text,
                                        "agreed_at_meeting_id": agreed_at}).last_pk


def approve(db, meeting_id: int, *, at_meeting_id: int, on: dt.date, quorum_text: str,
            verdicts: dict[int, tuple[str, str, str]], names: dict[int, tuple[str, str]]) -> None:
    """Freeze what was computed, then lock: one transaction, in that order (the triggers
    refuse the freezing writes once the status says approved)."""
    with write(db):
        for decision_id, (rule, outcome, text) in verdicts.items():
            db["decisions"].update(decision_id, {"rule_applied": rule, "outcome": outcome, "verdict_text": text})
        for attendee_id, (name, organisation) in names.items():
            db["attendance"].update(attendee_id, {"name": name, "organisation": organisation})
        db["minutes"].update(meeting_id, {
            "quorum_text": quorum_text, "updated": now_text(), "status": "approved",
            "approved_at_meeting_id": at_meeting_id, "approved_on": iso(on)})
