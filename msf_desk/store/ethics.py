"""SQL for ethics: statements, signatures, declarations and interests, breaches; and the
reads conflicts need from agendas and minutes (items' subjects, recusals, decisions, presence)."""
from __future__ import annotations

import dataclasses

from msf_desk.model.dates import iso, parse_date
from msf_desk.model.ethics import Declaration, Interest, Signature, Statement
from msf_desk.store.db import transaction


# --- statements -----------------------------------------------------------------------------

def _statement(row: dict) -> Statement:
    return Statement(id=row["id"], version=row["version"], text=row["text"],
                     dated=parse_date(row["dated"]), note=row["note"])


def all_statements(db) -> list[Statement]:
    return [_statement(r) for r in db["ethics_statements"].rows_where(order_by="version")]


def get_statement(db, statement_id: int) -> Statement | None:
    rows = list(db["ethics_statements"].rows_where("id = ?", [statement_id]))
    return _statement(rows[0]) if rows else None


def _statement_row(s: Statement) -> dict:
    row = {"version": s.version, "text": s.text, "dated": iso(s.dated), "note": s.note}
    if s.id is not None:
        row["id"] = s.id
    return row


def insert_statement(db, statement: Statement) -> Statement:
    with transaction(db):
        new_id = db["ethics_statements"].insert(_statement_row(statement)).last_pk
    return dataclasses.replace(statement, id=new_id)


def delete_statement(db, statement_id: int) -> None:
    with transaction(db):
        db["ethics_statements"].delete(statement_id)


def restore_statement(db, statement: Statement) -> None:
    with transaction(db):
        db["ethics_statements"].insert(_statement_row(statement), replace=True)


# --- signatures -----------------------------------------------------------------------------

_SIG_COLUMNS = ("member_id", "statement_id", "signed_on", "method", "confirmation", "file_name",
                "stored_path", "sha256", "size")


def _signature(row: dict) -> Signature:
    values = {k: row[k] for k in _SIG_COLUMNS}
    values["signed_on"] = parse_date(values["signed_on"])
    return Signature(id=row["id"], statement_version=row.get("version"), **values)


def _signature_row(s: Signature) -> dict:
    row = {k: getattr(s, k) for k in _SIG_COLUMNS}
    row["signed_on"] = iso(s.signed_on)
    if s.id is not None:
        row["id"] = s.id
    return row


_SIG_SELECT = """SELECT g.*, s.version FROM ethics_signatures g
                 JOIN ethics_statements s ON s.id = g.statement_id"""


def signatures(db, member_id: int | None = None) -> list[Signature]:
    sql, params = _SIG_SELECT, []
    if member_id is not None:
        sql += " WHERE g.member_id = ?"
        params.append(member_id)
    sql += " ORDER BY s.version, g.signed_on, g.id"
    return [_signature(r) for r in db.query(sql, params)]


def signatures_of_statement(db, statement_id: int) -> list[Signature]:
    return [_signature(r) for r in db.query(_SIG_SELECT + " WHERE g.statement_id = ? ORDER BY g.id", [statement_id])]


def signature_of(db, member_id: int, statement_id: int) -> Signature | None:
    rows = list(db.query(_SIG_SELECT + " WHERE g.member_id = ? AND g.statement_id = ?", [member_id, statement_id]))
    return _signature(rows[0]) if rows else None


def insert_signature(db, signature: Signature) -> Signature:
    with transaction(db):
        new_id = db["ethics_signatures"].insert(_signature_row(signature)).last_pk
    return signatures_by_id(db, new_id)


def signatures_by_id(db, signature_id: int) -> Signature:
    return _signature(next(db.query(_SIG_SELECT + " WHERE g.id = ?", [signature_id])))


def delete_signature(db, signature_id: int) -> None:
    with transaction(db):
        db["ethics_signatures"].delete(signature_id)


def restore_signature(db, signature: Signature) -> None:
    with transaction(db):
        db["ethics_signatures"].insert(_signature_row(signature), replace=True)


# --- declarations and interests ---------------------------------------------------------

_INTEREST_COLUMNS = ("type", "organisation", "description", "from_date", "to_date", "visibility", "reason")


def _interest(row: dict) -> Interest:
    values = {k: row[k] for k in _INTEREST_COLUMNS}
    values["from_date"] = parse_date(values["from_date"])
    values["to_date"] = parse_date(values["to_date"])
    return Interest(id=row["id"], **values)


def _interest_row(interest: Interest, declaration_id: int, position: int) -> dict:
    row = {k: getattr(interest, k) for k in _INTEREST_COLUMNS}
    row["from_date"] = iso(interest.from_date)
    row["to_date"] = iso(interest.to_date)
    row.update(declaration_id=declaration_id, position=position)
    if interest.id is not None:
        row["id"] = interest.id
    return row


def _declaration(row: dict, interests: list[Interest]) -> Declaration:
    return Declaration(id=row["id"], member_id=row["member_id"], made_on=parse_date(row["made_on"]),
                       kind=row["kind"], nothing_to_declare=bool(row["nothing_to_declare"]),
                       note=row["note"], interests=interests)


def declarations(db, member_id: int | None = None) -> list[Declaration]:
    where, params = ("member_id = ?", [member_id]) if member_id is not None else (None, [])
    rows = list(db["declarations"].rows_where(where, params, order_by="made_on, id"))
    by_decl: dict[int, list[Interest]] = {r["id"]: [] for r in rows}
    if rows:
        sql = "SELECT i.* FROM interests i JOIN declarations d ON d.id = i.declaration_id"
        if member_id is not None:
            sql += " WHERE d.member_id = ?"
        for r in db.query(sql + " ORDER BY i.declaration_id, i.position, i.id", params):
            by_decl[r["declaration_id"]].append(_interest(r))
    return [_declaration(r, by_decl[r["id"]]) for r in rows]


def get_declaration(db, declaration_id: int) -> Declaration | None:
    rows = list(db["declarations"].rows_where("id = ?", [declaration_id]))
    if not rows:
        return None
    interests = [_interest(r) for r in db["interests"].rows_where(
        "declaration_id = ?", [declaration_id], order_by="position, id")]
    return _declaration(rows[0], interests)


def _declaration_row(decl: Declaration) -> dict:
    row = {"member_id": decl.member_id, "made_on": iso(decl.made_on), "kind": decl.kind,
           "nothing_to_declare": int(bool(decl.nothing_to_declare)), "note": decl.note}
    if decl.id is not None:
        row["id"] = decl.id
    return row


def _write_interests(db, declaration_id: int, interests: list[Interest]) -> None:
    for position, interest in enumerate(interests, start=1):
        db["interests"].insert(_interest_row(interest, declaration_id, position))


def insert_declaration(db, decl: Declaration) -> Declaration:
    with transaction(db):
        row = _declaration_row(decl)
        row.pop("id", None)
        new_id = db["declarations"].insert(row).last_pk
        _write_interests(db, new_id, [dataclasses.replace(i, id=None) for i in decl.interests])
    return get_declaration(db, new_id)


def replace_declaration(db, decl: Declaration) -> None:
    """Rewrite a declaration and its interests (interest ids given are kept)."""
    with transaction(db):
        db["declarations"].update(decl.id, _declaration_row(decl))
        db.execute("DELETE FROM interests WHERE declaration_id = ?", [decl.id])
        _write_interests(db, decl.id, decl.interests)


def delete_declaration(db, declaration_id: int) -> None:
    with transaction(db):
        db["declarations"].delete(declaration_id)


def restore_declaration(db, decl: Declaration) -> None:
    with transaction(db):
        if db["declarations"].count_where("id = ?", [decl.id]):
            db["declarations"].update(decl.id, _declaration_row(decl))
            db.execute("DELETE FROM interests WHERE declaration_id = ?", [decl.id])
        else:
            db["declarations"].insert(_declaration_row(decl))
        _write_interests(db, decl.id, decl.interests)


# --- breaches -----------------------------------------------------------------------------

_BREACH_DATES = ("reported_on", "decided_on", "closed_on")


def breach_rows(db) -> list[dict]:
    out = []
    for r in db["breaches"].rows_where(order_by="reported_on, id"):
        r = dict(r)
        for k in _BREACH_DATES:
            r[k] = parse_date(r[k])
        out.append(r)
    return out


def write_breach(db, values: dict) -> int:
    row = dict(values)
    for k in _BREACH_DATES:
        row[k] = iso(row.get(k))
    with transaction(db):
        if row.get("id") is not None and db["breaches"].count_where("id = ?", [row["id"]]):
            db["breaches"].update(row["id"], row)
            return row["id"]
        if row.get("id") is None:
            row.pop("id", None)
        return db["breaches"].insert(row).last_pk


def delete_breach(db, breach_id: int) -> None:
    with transaction(db):
        db["breaches"].delete(breach_id)


# --- what conflicts read from agendas and minutes -----------------------------------------

def agenda_subjects(db, meeting_id: int) -> list[dict]:
    return list(db.query(
        "SELECT id, meeting_id, position, title, topics, organisations FROM agenda_items "
        "WHERE meeting_id = ? ORDER BY position, id", [meeting_id]))


def meeting_of_item(db, item_id: int) -> int | None:
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    return row[0] if row else None


def item_records(db, meeting_id: int) -> list[dict]:
    return list(db.query(
        "SELECT d.item_id, d.member_id, d.kind, d.note FROM item_declarations d "
        "JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ? ORDER BY d.id", [meeting_id]))


def decisions_of(db, meeting_id: int) -> list[dict]:
    return [{"id": r["id"], "item_id": r["item_id"], "text": r["text"], "deferred": bool(r["deferred"])}
            for r in db.query("SELECT id, item_id, text, deferred FROM decisions WHERE meeting_id = ? "
                              "ORDER BY position, id", [meeting_id])]


def present_members(db, meeting_id: int) -> set[int] | None:
    """Members present (in person or remotely); None when no attendance is recorded."""
    rows = db.execute("SELECT member_id, presence FROM attendance WHERE meeting_id = ?", [meeting_id]).fetchall()
    if not rows:
        return None
    return {member_id for member_id, presence in rows if member_id is not None and presence in ("in_person", "remote")}
