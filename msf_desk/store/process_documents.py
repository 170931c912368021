"""SQL for process documents and the history of repository exports (migration 0013)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.model.process_documents import ProcessDocument
from msf_desk.store.db import transaction

_COLUMNS = ("id", "title", "doc_type", "issued_on", "language", "public", "file_name", "stored_path", "sha256",
            "size", "media_type", "note", "added_on")


def _row(r) -> ProcessDocument:
    values = dict(zip(_COLUMNS, r))
    values["issued_on"] = dt.date.fromisoformat(values["issued_on"][:10]) if values["issued_on"] else None
    values["public"] = bool(values["public"])
    return ProcessDocument(**values)


def _values(doc: ProcessDocument) -> dict:
    values = {name: getattr(doc, name) for name in _COLUMNS if name != "id"}
    values["issued_on"] = doc.issued_on.isoformat() if doc.issued_on else None
    values["public"] = 1 if doc.public else 0
    return values


def list_documents(db) -> list[ProcessDocument]:
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM process_documents "
                      "ORDER BY COALESCE(issued_on, ''), id").fetchall()
    return [_row(r) for r in rows]


def get_document(db, doc_id: int) -> ProcessDocument | None:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM process_documents WHERE id = ?", [doc_id]).fetchone()
    return _row(row) if row else None


def insert_document(db, doc: ProcessDocument) -> ProcessDocument:
    """Insert (with its id when it has one: an undo puts the same row back)."""
    values = _values(doc)
    if doc.id is not None:
        values["id"] = doc.id
    with transaction(db):
        new_id = db["process_documents"].insert(values).last_pk
    return dataclasses.replace(doc, id=doc.id if doc.id is not None else new_id)


def update_document(db, doc: ProcessDocument) -> None:
    with transaction(db):
        db["process_documents"].update(doc.id, _values(doc))


def delete_document(db, doc_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM process_documents WHERE id = ?", [doc_id])


# --- repository exports -----------------------------------------------------------------------

def add_export(db, on: dt.date, at: str, files: int, size: int, package_hash: str, added: int, changed: int,
               removed: int) -> None:
    with transaction(db):
        db.execute("INSERT INTO repository_exports (on_day, at, files, size, package_hash, added, changed, removed) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [on.isoformat(), at, files, size, package_hash, added,
                                                       changed, removed])


def export_days(db) -> list[tuple[dt.date, int]]:
    """(day, files added or changed) of every export, oldest first."""
    rows = db.execute("SELECT on_day, added + changed + removed FROM repository_exports "
                      "ORDER BY on_day, id").fetchall()
    return [(dt.date.fromisoformat(r[0][:10]), r[1]) for r in rows]
