"""SQL for frozen records (table `record_locks`, migration 0007): one JSON snapshot per
meeting, kind ('minutes' | 'pack') and audience, written once and never changed."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

from msf_desk.model.errors import UserError
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_


def get(db, meeting_id: int, kind: str, audience: str) -> dict | None:
    row = db.execute(
        "SELECT meeting_id, kind, audience, as_of, taken_at, origin, format, content, sha256 FROM record_locks "
        "WHERE meeting_id = ? AND kind = ? AND audience = ?", [meeting_id, kind, audience]).fetchone()
    if row is None:
        return None
    keys = ("meeting_id", "kind", "audience", "as_of", "taken_at", "origin", "format", "content", "sha256")
    out = dict(zip(keys, row))
    if hashlib.sha256(out["content"].encode("utf-8")).hexdigest() != out["sha256"]:
        raise UserError(M_("The frozen {kind} of meeting {meeting_id} ({audience}) does not match its checksum: the forum file was changed outside MSF Desk. Restore it from a backup.").format(kind=kind, meeting_id=meeting_id, audience=audience))
    out["as_of"] = dt.date.fromisoformat(out["as_of"])
    return out


def kinds_of(db, meeting_id: int) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in db.execute(
        "SELECT kind, audience FROM record_locks WHERE meeting_id = ?", [meeting_id])}


def insert(db, meeting_id: int, kind: str, audience: str, *, as_of: dt.date, origin: str, content: str) -> None:
    taken_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        with transaction(db):
            db.execute(
                "INSERT INTO record_locks (meeting_id, kind, audience, as_of, taken_at, origin, content, sha256) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [meeting_id, kind, audience, as_of.isoformat(), taken_at, origin, content,
                 hashlib.sha256(content.encode("utf-8")).hexdigest()])
    except sqlite3.IntegrityError as exc:
        raise UserError(M_("The {kind} of meeting {meeting_id} are already frozen ({exc}).").format(kind=kind, meeting_id=meeting_id, exc=exc)) from None


def delete_pack(db, meeting_id: int) -> None:
    """Forget a pack's snapshot (undo of sending the notice); refused once the minutes are approved."""
    with transaction(db):
        db.execute("DELETE FROM record_locks WHERE meeting_id = ? AND kind = 'pack'", [meeting_id])
