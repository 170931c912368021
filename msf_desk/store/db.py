"""Open an MSF Desk forum file safely.

A file is checked read-only before anything is written to it, so that a file
that is not ours (or is from a newer MSF Desk) is left byte-for-byte untouched.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from msf_desk.model.errors import NewerVersion, NotAForumFile, UserError
from msf_desk.paths import forum_files_dir
from msf_desk.store.backups import before_name, copy_file
from msf_desk.store.migrations import MIGRATIONS

# "MSFD" in ASCII: lets us tell our files from any other SQLite database.
APPLICATION_ID = 0x4D534644
SCHEMA_VERSION = len(MIGRATIONS)
SQLITE_MAGIC = b"SQLite format 3\x00"


def _inspect(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) without writing to the file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(head) == 0:
        raise NotAForumFile(f"{path.name} is empty: it is not an MSF Desk forum file.")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAForumFile(
            f"{path.name} is not an MSF Desk forum file (it is not a database at all)."
        )
    # The header holds both numbers at fixed offsets (big-endian). Reading them directly
    # opens no connection, so a foreign file gains no -wal/-shm companions.
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    wal_mode = len(head) > 19 and head[18] == 2
    if wal_mode or Path(f"{path}-wal").exists():
        # In WAL mode the newest header may still sit in the -wal file: ask SQLite, read-only.
        try:
            # With no -wal beside it nothing is pending: read the file as it stands
            # (immutable), so that looking leaves no -wal/-shm companions behind.
            mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
            conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
            try:
                application_id = conn.execute("PRAGMA application_id").fetchone()[0]
                user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise NotAForumFile(f"{path.name} cannot be read as a database ({exc}).") from None
    return application_id, user_version


def check_file(path: Path) -> int:
    """Raise unless `path` is an MSF Desk file this version can open; return its version."""
    application_id, version = _inspect(path)
    if application_id != APPLICATION_ID:
        raise NotAForumFile(
            f"{path.name} is a database, but not an MSF Desk forum file. It was not changed."
        )
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            f"{path.name} was saved by a newer MSF Desk (file format version {version}); "
            f"this MSF Desk reads up to version {SCHEMA_VERSION}. Please update MSF Desk. "
            "The file was not changed."
        )
    return version


def check_is_forum(path: Path) -> None:
    """Raise unless `path` is an MSF Desk forum file (of any version). Only reads it."""
    path = Path(path)
    if path.is_dir():
        raise NotAForumFile(f"{path} is a folder, not an MSF Desk forum file. It was not changed.")
    application_id, _ = _inspect(path)
    if application_id != APPLICATION_ID:
        raise NotAForumFile(
            f"{path.name} is a database, but not an MSF Desk forum file. It was not changed."
        )


def _connect(path: Path) -> sqlite_utils.Database:
    # A connection belongs to the thread that opened it (the window's to the GUI thread); work
    # off that thread opens its own (msf_desk.core.forum.worker_db). SQLite's check says so loudly.
    conn = sqlite3.connect(str(path), check_same_thread=True)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    db.execute("PRAGMA busy_timeout = 5000")
    return db


def backup_path(path: Path, from_version: int, now: dt.datetime | None = None) -> Path:
    return before_name(path, f"v{from_version}-backup", now or dt.datetime.now())


def save_copy(db: sqlite_utils.Database, target: Path, source: Path | None = None) -> Path:
    """Write a consistent copy of the open forum to `target` (SQLite's backup API).

    With `source` (the open file's path), the attached files folder beside it is
    copied too, so papers and scans travel with the copy.
    """
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    if source is not None:
        files = forum_files_dir(source)
        if files.is_dir():
            shutil.copytree(files, forum_files_dir(target), dirs_exist_ok=True)
    return target


def _migrate(db: sqlite_utils.Database, current: int, upto: int | None = None) -> None:
    for number, migration in enumerate(MIGRATIONS, start=1):
        if number <= current or (upto is not None and number > upto):
            continue
        # Each step is one transaction: a failure leaves the file at the last good version.
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")


def open_forum(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (and upgrade if needed) the forum at `path`.

    With `create=True` a missing file is created as a new, empty forum.
    An older file is upgraded after a backup copy is written beside it.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise UserError(f"There is no forum file at {path}.")
        return create_forum(path)
    version = check_file(path)
    if version < SCHEMA_VERSION:
        # Written under a temporary name and renamed once checked: a backup cut short
        # never sits under the final name.
        copy_file(path, backup_path(path, version))
    db = _connect(path)
    if version < SCHEMA_VERSION:
        _migrate(db, version)
    return db


def create_forum(path: str | Path, *, upto: int | None = None) -> sqlite_utils.Database:
    """Create a new, empty forum. `upto` stops at an older version (for tests of upgrades)."""
    path = Path(path)
    if path.exists():
        raise UserError(f"{path} already exists; choose another name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _migrate(db, 0, upto)
    # Put the header (application id, version) into the main file straight away.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write, one transaction: a failure inside leaves the file as it was."""
    with db.atomic():
        yield db


def plain_connection(path: str | Path) -> sqlite3.Connection:
    """A bare connection for copying and checkpointing a forum that is open elsewhere (no
    checks, no migration): waits up to 5 s for the window's writes instead of failing."""
    conn = sqlite3.connect(str(path), check_same_thread=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def checkpoint(conn: sqlite3.Connection, mode: str = "PASSIVE") -> tuple[int, int, int]:
    """Copy the WAL's committed pages into the main file: (busy, frames in the WAL, frames copied).
    PASSIVE never waits for other connections; TRUNCATE also empties the WAL file."""
    if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
        raise ValueError(mode)
    return tuple(conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone())
