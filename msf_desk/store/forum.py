"""Reading and writing the forum profile row and the small settings table."""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.model import consumed
from msf_desk.model.forum import ForumProfile
from msf_desk.store.db import transaction

_BOOLS = {f.name for f in dataclasses.fields(ForumProfile) if f.type in ("bool", bool)}
_INTS = {f.name for f in dataclasses.fields(ForumProfile) if f.type in ("int", int)}


def load_profile(db) -> ForumProfile:
    """The forum's profile; watched (each field read noted) while a document's reads are recorded
    (msf_desk.model.consumed)."""
    with consumed.loading("forum"):
        row = db["forum"].get(1)
    values = {}
    for name in ForumProfile.field_names():
        value = row[name]
        if name in _BOOLS:
            value = bool(value)
        values[name] = value
    return consumed.watch_fields("forum", ForumProfile(**values))


def save_profile(db, profile: ForumProfile) -> None:
    row = dataclasses.asdict(profile)
    for name in _BOOLS:
        row[name] = int(bool(row[name]))
    for name in _INTS:
        row[name] = int(row[name])
    row["updated"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with transaction(db):
        db["forum"].update(1, row)


def get_setting(db, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db, key: str, value: str) -> None:
    with transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def delete_setting(db, key: str) -> None:
    with transaction(db):
        db.execute("DELETE FROM settings WHERE key = ?", [key])


def profile_updated(db) -> str:
    """When the profile was last saved (UTC, ISO); '' if never."""
    row = db.execute("SELECT updated FROM forum WHERE id = 1").fetchone()
    return row[0] if row and row[0] else ""
