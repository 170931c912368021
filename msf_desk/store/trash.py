"""SQL for the trash: take a record out with everything its delete takes along, put it back.

What a delete takes along is read from the schema itself (the foreign keys), so tables
added by later migrations are covered: rows that point at the record with ON DELETE
CASCADE go into the trash with it (and, in turn, their own dependants); columns set to
NULL by ON DELETE SET NULL are remembered and set back. The full-text index of
contributions follows through its triggers, in both directions.
"""
from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass

from msf_desk.model.errors import UserError
from msf_desk.store.db import transaction


@dataclass(frozen=True)
class TrashRow:
    id: int
    kind: str
    record_id: int
    label: str
    deleted_at: str
    rows: int           # how many rows it holds (the record and what went with it)


@dataclass(frozen=True)
class Restored:
    kind: str
    record_id: int      # the id it has again (a new one if its old id was taken meanwhile)
    label: str


# --- reading the schema -----------------------------------------------------------------------
def _tables(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]


def _references(db) -> dict[str, list[tuple[str, str, str, str]]]:
    """parent table → [(child table, child column, parent column, on delete)]."""
    refs: dict[str, list[tuple[str, str, str, str]]] = {}
    for child in _tables(db):
        for fk in db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            parent, column, parent_column, on_delete = fk[2], fk[3], fk[4] or "id", fk[6].upper()
            refs.setdefault(parent, []).append((child, column, parent_column, on_delete))
    return refs


def _outgoing(db, table: str) -> list[tuple[str, str, str]]:
    """[(column, parent table, parent column)] of `table`'s own foreign keys."""
    return [(fk[3], fk[2], fk[4] or "id") for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()]


def _encode(values: dict) -> dict:
    return {k: ({"$bytes": base64.b64encode(v).decode()} if isinstance(v, bytes) else v) for k, v in values.items()}


def _decode(values: dict) -> dict:
    return {k: (base64.b64decode(v["$bytes"]) if isinstance(v, dict) else v) for k, v in values.items()}


# --- taking out ---------------------------------------------------------------------------------
def snapshot(db, table: str, record_id: int) -> dict:
    """The record and every row a delete of it would take or change, as JSON-ready data."""
    refs = _references(db)
    rows: list[dict] = []
    nulls: list[dict] = []
    seen: set[tuple[str, int]] = set()

    def take(tbl: str, rowid: int) -> None:
        if (tbl, rowid) in seen:
            return
        seen.add((tbl, rowid))
        cur = db.execute(f"SELECT rowid AS __rowid__, * FROM [{tbl}] WHERE rowid = ?", [rowid])
        names = [d[0] for d in cur.description]
        found = cur.fetchone()
        if found is None:
            return
        values = dict(zip(names, found))
        values.pop("__rowid__")
        rows.append({"table": tbl, "rowid": rowid, "values": _encode(values)})
        for child, column, parent_column, on_delete in refs.get(tbl, []):
            key = values.get(parent_column, rowid if parent_column == "id" else None)
            if key is None:
                continue
            hits = [r[0] for r in db.execute(f"SELECT rowid FROM [{child}] WHERE [{column}] = ?", [key])]
            if not hits:
                continue
            if on_delete == "CASCADE":
                for hit in hits:
                    take(child, hit)
            elif on_delete == "SET NULL":
                nulls.extend({"table": child, "rowid": hit, "column": column, "value": key, "parent": tbl}
                             for hit in hits)
            elif on_delete in ("NO ACTION", "RESTRICT"):
                raise UserError(
                    f"This record cannot be deleted: {len(hits)} record(s) in "
                    f"{child.replace('_', ' ')} still name it."
                )

    take(table, record_id)
    if not rows:
        raise UserError(f"There is no record no. {record_id} in {table.replace('_', ' ')} (already deleted?).")
    # A row that is itself going away needs no column set back.
    nulls = [n for n in nulls if (n["table"], n["rowid"]) not in seen]
    return {"table": table, "rows": rows, "nulls": nulls}


def move_to_trash(db, kind: str, table: str, record_id: int, label: str, deleted_at: str) -> int:
    """Take the record out of its tables into the trash, in one transaction; return the trash id."""
    with transaction(db):
        payload = snapshot(db, table, record_id)
        trash_id = db["trash"].insert({
            "kind": kind, "record_id": record_id, "label": label, "deleted_at": deleted_at,
            "payload": json.dumps(payload, ensure_ascii=False),
        }).last_pk
        # The database's own ON DELETE rules take the dependants and clear the references.
        db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [record_id])
    return trash_id


# --- putting back -------------------------------------------------------------------------------
def restore(db, trash_id: int) -> Restored:
    """Put a trashed record back with everything that went with it, then empty its trash entry.

    Ids are kept where still free; a row whose id was taken meanwhile gets a new one and the
    rows pointing at it follow. Refused in words (nothing written) when a record it belongs to
    is no longer in the forum.
    """
    found = db.execute("SELECT kind, record_id, label, payload FROM trash WHERE id = ?", [trash_id]).fetchone()
    if found is None:
        raise UserError("That item is no longer in the trash (restored or emptied meanwhile).")
    kind, record_id, label, payload = found
    data = json.loads(payload)
    rows = data["rows"]
    with transaction(db):
        # New ids for rows whose id another record has taken since.
        remap: dict[tuple[str, int], int] = {}
        next_free: dict[str, int] = {}
        for row in rows:
            tbl, rowid = row["table"], row["rowid"]
            if db.execute(f"SELECT 1 FROM [{tbl}] WHERE rowid = ?", [rowid]).fetchone():
                if tbl not in next_free:
                    next_free[tbl] = (db.execute(f"SELECT max(rowid) FROM [{tbl}]").fetchone()[0] or 0) + 1
                    next_free[tbl] = max([next_free[tbl]] + [r["rowid"] + 1 for r in rows if r["table"] == tbl])
                remap[(tbl, rowid)] = next_free[tbl]
                next_free[tbl] += 1
        inside = {(r["table"], r["rowid"]) for r in rows}
        missing: list[str] = []
        prepared: list[tuple[str, int, dict]] = []
        for row in rows:
            tbl, rowid = row["table"], row["rowid"]
            values = _decode(row["values"])
            for column, parent, parent_column in _outgoing(db, tbl):
                value = values.get(column)
                if value is None or parent_column != "id":
                    continue
                if (parent, value) in inside:
                    values[column] = remap.get((parent, value), value)
                elif not db.execute(f"SELECT 1 FROM [{parent}] WHERE rowid = ?", [value]).fetchone():
                    missing.append(f"{parent.replace('_', ' ')} no. {value}")
            new_rowid = remap.get((tbl, rowid), rowid)
            if "id" in values:
                values["id"] = new_rowid
            prepared.append((tbl, new_rowid, values))
        if missing:
            raise UserError(
                f"“{label}” cannot be restored: it belongs to records no longer in the forum "
                f"({', '.join(sorted(set(missing)))}). Restore those first if they are in the trash."
            )
        db.execute("PRAGMA defer_foreign_keys = ON")   # rows of one entry may point at each other
        for tbl, new_rowid, values in prepared:
            if "id" not in values:
                values = {"rowid": new_rowid, **values}
            columns = list(values)
            try:
                db.execute(
                    f"INSERT INTO [{tbl}] ({', '.join(f'[{c}]' for c in columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})",
                    [values[c] for c in columns],
                )
            except sqlite3.IntegrityError as exc:
                raise UserError(
                    f"“{label}” cannot be restored: the forum already holds the same record again "
                    f"({tbl.replace('_', ' ')}: {exc}). Nothing was changed."
                ) from None
        for n in data.get("nulls", []):
            value = remap.get((n["parent"], n["value"]), n["value"])
            db.execute(f"UPDATE [{n['table']}] SET [{n['column']}] = ? WHERE rowid = ? AND [{n['column']}] IS NULL",
                       [value, n["rowid"]])
        db.execute("DELETE FROM trash WHERE id = ?", [trash_id])
    return Restored(kind, remap.get((data["table"], record_id), record_id), label)


# --- listing and emptying -----------------------------------------------------------------------
def list_trash(db, since: str | None = None) -> list[TrashRow]:
    """What is in the trash, newest first (only what was deleted at or after `since`)."""
    sql = ("SELECT id, kind, record_id, label, deleted_at, json_array_length(payload, '$.rows') FROM trash "
           + ("WHERE deleted_at >= ? " if since else "") + "ORDER BY deleted_at DESC, id DESC")
    return [TrashRow(*r) for r in db.execute(sql, [since] if since else [])]


def purge_before(db, cutoff: str) -> int:
    """Empty what was deleted before `cutoff` (UTC ISO text); return how many went."""
    with transaction(db):
        cur = db.execute("DELETE FROM trash WHERE deleted_at < ?", [cutoff])
    return cur.rowcount


def trash_entry(db, trash_id: int) -> TrashRow | None:
    r = db.execute("SELECT id, kind, record_id, label, deleted_at, json_array_length(payload, '$.rows') "
                   "FROM trash WHERE id = ?", [trash_id]).fetchone()
    return TrashRow(*r) if r else None

