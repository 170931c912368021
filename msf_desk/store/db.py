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

from msf_desk.model.errors import NewerVersion, NotAForumFile, UserError
from msf_desk.paths import forum_files_dir
from msf_desk.store import audit as store_audit
from msf_desk.store.backups import before_name, copy_file
from msf_desk.store.lock import ForumLock
from msf_desk.store.migrations import SCHEMA_VERSION, migration
from msf_desk.model.messages import M_

audit = store_audit
# How long a write waits for another writer before saying the forum is busy.
BUSY_TIMEOUT_MS = int(os.environ.get("MSF_DESK_BUSY_TIMEOUT_MS", "5000"))
COMMAND_WAIT = 30.0  # seconds a command waits for another command's write to finish

# "MSFD" in ASCII: lets us tell our files from any other SQLite database.
APPLICATION_ID = 0x4D534644
SQLITE_MAGIC = b"SQLite format 3\x00"


def _inspect(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) without writing to the file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UserError(M_("Cannot read {path}: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    if len(head) == 0:
        raise NotAForumFile(M_("{name} is empty: it is not an MSF Desk forum file.").format(name=path.name))
    if not head.startswith(SQLITE_MAGIC):
        raise NotAForumFile(
            M_("{name} is not an MSF Desk forum file (it is not a database at all).").format(name=path.name)
        )
    # The header holds both numbers at fixed offsets (big-endian). Reading them directly
    # opens no connection, so a foreign file gains no -wal/-shm companions.
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    if Path(f"{path}-wal").exists():
        # The newest header may still sit in the -wal file: ask SQLite, read-only. (Without
        # a -wal file the main file's header is the newest, and asking SQLite would create
        # -wal/-shm companions beside a file we may yet refuse.)
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
            raise NotAForumFile(M_("{name} cannot be read as a database ({exc}).").format(name=path.name, exc=exc)) from None
    return application_id, user_version


def check_file(path: Path) -> int:
    """Raise unless `path` is an MSF Desk file this version can open; return its version."""
    application_id, version = _inspect(path)
    if application_id != APPLICATION_ID:
        raise NotAForumFile(
            M_("{name} is a database, but not an MSF Desk forum file. It was not changed.").format(name=path.name)
        )
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            M_("{name} was saved by a newer MSF Desk (file format version {version}); this MSF Desk reads up to version {schema_version}. Please update MSF Desk. The file was not changed.").format(name=path.name, version=version, schema_version=SCHEMA_VERSION)
        )
    return version


def check_is_forum(path: Path) -> None:
    """Raise unless `path` is an MSF Desk forum file (of any version). Only reads it."""
    path = Path(path)
    if path.is_dir():
        raise NotAForumFile(M_("{path} is a folder, not an MSF Desk forum file. It was not changed.").format(path=path))
    application_id, _ = _inspect(path)
    if application_id != APPLICATION_ID:
        raise NotAForumFile(
            M_("{name} is a database, but not an MSF Desk forum file. It was not changed.").format(name=path.name)
        )


# sqlite-utils is loaded only when a write or a schema helper needs it (inserts, updates,
# upserts, deletes, `transform`, ...): the reads the window and the commands start with
# (`execute`, `query`, `db[name].rows_where / get / count_where`) run on sqlite3 directly, as
# sqlite-utils runs them, so opening a forum does not import it (and click, dateutil, pluggy).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_NOT_A_QUERY = _TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}


def _first_keyword(sql: str) -> str:
    """The first keyword of a statement, uppercased, past spaces, comments, `;` and a BOM
    (what sqlite-utils looks at to decide whether a statement opened a transaction)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _keys(description) -> list[str]:
    keys = [d[0] for d in description]
    if len(set(keys)) != len(keys):
        from sqlite_utils.db import dedupe_keys   # only for a query naming a column twice

        keys = dedupe_keys(keys)
    return keys


def _quoted(identifier: str) -> str:
    return '"{}"'.format(identifier.replace('"', '""'))


class TableReads:
    """`db[name]`: a table's reads on sqlite3 directly (as sqlite-utils' Table runs them);
    everything else (insert, update, upsert, delete, columns, ...) is sqlite-utils' Table."""

    def __init__(self, db: "ForumDb", name: str) -> None:
        self.db = db
        self.name = name

    def rows_where(self, where: str | None = None, where_args=None, order_by: str | None = None,
                   select: str = "*", limit: int | None = None, offset: int | None = None) -> Iterator[dict]:
        sql = f"select {select} from {_quoted(self.name)}"
        if where is not None:
            sql += " where " + where
        if order_by is not None:
            sql += " order by " + order_by
        if limit is not None:
            sql += f" limit {limit}"
        if offset is not None:
            if limit is None:
                sql += " limit -1"
            sql += f" offset {offset}"
        return self._rows(sql, where_args or [])

    def _rows(self, sql: str, args) -> Iterator[dict]:
        try:
            cursor = self.db.execute(sql, args)
        except sqlite3.OperationalError as exc:
            if str(exc) == f"no such table: {self.name}":
                return            # sqlite-utils yields nothing from a table not made yet
            raise
        columns = _keys(cursor.description)
        for row in cursor:
            yield dict(zip(columns, row))

    def count_where(self, where: str | None = None, where_args=None) -> int:
        sql = f"select count(*) from {_quoted(self.name)}"
        if where is not None:
            sql += " where " + where
        return self.db.execute(sql, where_args or []).fetchone()[0]

    @property
    def pks(self) -> list[str]:
        info = self.db.execute(f"PRAGMA table_info({_quoted(self.name)})").fetchall()
        return [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])] or ["rowid"]

    def get(self, pk_values) -> dict:
        """The row with this primary key; sqlite-utils' NotFoundError when there is none."""
        if not isinstance(pk_values, (list, tuple)):
            pk_values = [pk_values]
        pks = self.pks
        if len(pks) == len(pk_values):
            where = " and ".join(f"{_quoted(pk)} = ?" for pk in pks)
            for row in self.rows_where(where, list(pk_values)):
                self.last_pk = pk_values[0] if len(pks) == 1 else pk_values
                return row
        return self._utils().get(pk_values)   # raises NotFoundError, as sqlite-utils does

    def exists(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                               [self.name]).fetchone() is not None

    def _utils(self):
        table = self.__dict__.get("_table")
        if table is None:
            table = self._table = self.db.utils()[self.name]
        return table

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._utils(), name)


class WriteNeeded(RuntimeError):
    """Work on a reading connection ("reader") came to a write. SQLite refused it (the
    connection is `query_only` and has none of the change log's triggers); the work must be
    done again on a connection that may write (msf_desk.core.forum.worker_db does)."""


def _is_refused_write(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc)


class ForumDb:
    """An open forum: the SQLite connection and how this process may write to it.

    `access` is one of
      "edit"  - the window holds the forum's lock for the whole session;
      "write" - each transaction takes the lock for its own length (the command line,
                scripts, tests); a window editing the forum refuses it at once;
      "edit_shared" - a worker's connection writing under the lock its window holds;
      "read"  - nothing may be written (someone else edits it, or the file or its folder
                is read-only); `read_only_reason` says why in words;
      "reader" - a page's reading off the GUI thread: SQLite refuses every write on it
                (`query_only`), so it needs none of the change log's triggers; a write
                tried on it raises WriteNeeded.

    It reads as a sqlite-utils `Database` does (`execute`, `query`, `db[name]`); any other
    sqlite-utils call is passed to a `Database` over the same connection, made when first needed.
    """

    path: Path
    access: str = "write"
    lock: ForumLock | None = None
    read_only_reason: str = ""
    in_snapshot: bool = False
    _depth: int = 0
    _summaries: list[tuple[str, str]]
    _utils = None

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # As sqlite-utils does for every Database: triggers fire from within triggers.
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def read_only(self) -> bool:
        return self.access == "read"

    def utils(self):
        """The sqlite-utils Database over this connection (plugins not loaded: looking for them
        scans every installed package's entry points)."""
        if self._utils is None:
            import sqlite_utils   # the write and schema helpers: loaded when first used

            self._utils = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """sqlite-utils' execute: a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception as exc:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if self.access == "reader" and _is_refused_write(exc):
                raise WriteNeeded(f"A reading connection to {self.path.name} cannot write.") from exc
            raise
        if (not was_in_transaction and self.conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params=None) -> Iterator[dict]:
        keyword = _first_keyword(sql)
        if keyword in _NOT_A_QUERY or keyword == "PRAGMA":
            return self.utils().query(sql, params)
        args = (params,) if params is not None else ()
        # In a savepoint, as sqlite-utils does, so a statement that returns no rows is undone.
        self.conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError("query() can only be used with SQL that returns rows - "
                                 "use execute() for other statements")
            keys = _keys(cursor.description)
            try:
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
            except sqlite3.OperationalError:
                fetched = cursor.fetchall()
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return (dict(zip(keys, row)) for row in fetched)
            return (dict(zip(keys, row)) for row in cursor)
        finally:
            if not released and self.conn.in_transaction:
                self.conn.execute('ROLLBACK TO "sqlite_utils_query"')
                self.conn.execute('RELEASE "sqlite_utils_query"')

    def __getitem__(self, name: str) -> TableReads:
        return TableReads(self, name)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("select name from sqlite_master where type = 'table'").fetchall()]

    def enable_wal(self) -> None:
        if self.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.utils().enable_wal()

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _tune(db: ForumDb) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _connect(path: Path, access: str = "write", reason: str = "") -> ForumDb:
    if access == "read":
        uri = path.absolute().as_uri() + "?mode=ro"
        if reason and not Path(f"{path}-wal").exists():
            # Nobody can be writing to a file we may not write to; `immutable` keeps SQLite
            # from creating -wal/-shm companions beside it.
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=True)
    else:
        # A connection belongs to the thread that opened it (the window's to the GUI thread);
        # work off that thread opens its own (msf_desk.core.forum.worker_db).
        conn = sqlite3.connect(str(path), check_same_thread=True)
    # Writes that do not go through transaction() still begin IMMEDIATE, so that waiting
    # for another writer goes through the busy timeout instead of failing at once.
    conn.isolation_level = "IMMEDIATE"
    db = ForumDb(conn)
    db.path, db.access, db.read_only_reason = Path(path), access, reason
    db._summaries = []
    _tune(db)
    if access in ("read", "reader"):
        # A reader opens a file the window has open (in WAL mode already); nothing written
        # through it could escape the change log, because nothing can be written through it.
        db.execute("PRAGMA query_only = ON")
    else:
        db.enable_wal()
    return db


def read_only_reason(path: Path) -> str:
    """Why the forum at `path` cannot be written here, in words; '' when it can.

    The write permission bits count even for an administrator, who could write anyway:
    a file someone marked read-only is treated as read-only.
    """
    folder = path.absolute().parent
    if not os.access(folder, os.W_OK) or not os.stat(folder).st_mode & 0o222:
        return (f"{path.name} is in a folder you cannot write to ({folder}), so it is open read-only. "
                "To change it, copy it to a folder of your own (File → Save a copy…).")
    if path.exists() and (not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222):
        return (f"{path.name} is a read-only file, so it is open read-only. To change it, "
                "make it writable or save a copy (File → Save a copy…).")
    return ""


def backup_path(path: Path, from_version: int, now: dt.datetime | None = None) -> Path:
    return before_name(path, f"v{from_version}-backup", now or dt.datetime.now())


def save_copy(db: ForumDb, target: Path, source: Path | None = None) -> Path:
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


def _migrate(db: ForumDb, current: int, upto: int | None = None) -> None:
    for number in range(current + 1, (SCHEMA_VERSION if upto is None else min(upto, SCHEMA_VERSION)) + 1):
        # Each step is one transaction: a failure leaves the file at the last good version.
        try:
            with transaction(db, audit=False):
                migration(number)(db)
                db.execute(f"PRAGMA user_version = {number}")
        except sqlite3.Error as exc:
            # What the file holds stopped the upgrade (a damaged trash entry, say): said in
            # words, with SQLite's reason for whoever supports the forum.
            raise _plain(exc, db) or UserError(
                M_("{name} could not be upgraded for this version of MSF Desk: step {step} of the upgrade stopped on what the file holds ({reason}). Nothing was changed: the file stays as it was saved (format version {version}), and the version of MSF Desk that saved it can still open it.").format(
                    name=getattr(db, "path", Path("The forum")).name, step=number, reason=exc, version=number - 1)
            ) from exc


def open_forum(path: str | Path, *, create: bool = False, access: str = "write") -> ForumDb:
    """Open (and upgrade if needed) the forum at `path`.

    With `create=True` a missing file is created as a new, empty forum.
    An older file is upgraded after a backup copy is written beside it.
    `access` is "write" (each transaction takes the lock), "edit" (take the lock now and
    hold it: the window), "worker" (work off the GUI thread: writes under the lock this
    process's window holds, else as "write"), "reader" (a page's reading off the GUI thread:
    refuses every write, so it gets no change-log triggers), "reading" ("reader" when the file
    is at this version, else "write": it is upgraded first) or "read"; see ForumDb. A forum that cannot be written here
    (read-only file or folder) opens as "read" whatever was asked, with the reason in
    `read_only_reason`; writing to it then raises a UserError in those words.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise UserError(M_("There is no forum file at {path}.").format(path=path))
        return create_forum(path, access=access)
    version = check_file(path)
    if access == "reading":
        # A command that only reads (cli.common.read_db): a reading connection when the file is
        # at this version; an older one is upgraded first, as for any command (that writes).
        access = "reader" if version == SCHEMA_VERSION else "write"
    if access == "worker":
        # A worker of this process's window writes under the window's lock.
        access = "edit_shared" if ForumLock.held_here(path) else "write"
    reason = read_only_reason(path)
    if reason:
        access = "read"
    lock = None
    if access == "edit":
        lock = ForumLock(path, "window")
        lock.acquire()
    try:
        if version < SCHEMA_VERSION:
            if access in ("read", "reader"):
                raise UserError(
                    M_("{name} was saved by an older MSF Desk and must be upgraded before it can be opened, which needs it to be writable and not open elsewhere. {value}").format(name=path.name, value=reason or M_("Open it for editing when nobody else has it open."))
                )
            # Written under a temporary name and renamed once checked: a backup cut short
            # never sits under the final name.
            copy_file(path, backup_path(path, version))
        db = _connect(path, access, reason)
        db.lock = lock
        if version < SCHEMA_VERSION:
            _migrate(db, version)
            audit.install(db)
            with transaction(db, f"Upgraded the forum file from version {version} to {SCHEMA_VERSION}",
                             action="upgrade"):
                pass
        else:
            audit.install(db)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return db


def create_forum(path: str | Path, *, upto: int | None = None, access: str = "write") -> ForumDb:
    """Create a new, empty forum. `upto` stops at an older version (for tests of upgrades)."""
    path = Path(path)
    if path.exists():
        raise UserError(M_("{path} already exists; choose another name.").format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if access == "read":
        access = "write"
    lock = ForumLock(path, "window") if access == "edit" else None
    if lock is not None:
        lock.acquire()
    db = _connect(path, access)
    db.lock = lock
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _migrate(db, 0, upto)
    # Put the header (application id, version) into the main file straight away.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    audit.install(db)
    return db


def _plain(exc: sqlite3.Error, db: ForumDb) -> UserError | None:
    """A SQLite failure the user can act on, in words (None: not one of those)."""
    name = getattr(db, "path", None)
    name = name.name if name else "The forum"
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return UserError(
            M_("{name} is busy: another program kept it locked for more than {seconds} seconds. Nothing was changed; try again in a moment.").format(name=name, seconds=BUSY_TIMEOUT_MS // 1000)
        )
    if "disk is full" in text or "database or disk is full" in text:
        return UserError(
            M_("There is no room left to save to {name} (the disk is full, or the file reached its size limit). Nothing was changed: free some space and try again.").format(name=name)
        )
    if "readonly" in text or "read-only" in text:
        reason = getattr(db, "read_only_reason", "")
        return UserError(M_("{reason} Nothing was changed.").format(reason=reason) if reason else
                         M_("{name} cannot be written to (it is read-only). Nothing was changed.").format(name=name))
    if "disk i/o error" in text:
        return UserError(M_("The disk holding {name} failed to write it. Nothing was changed; check the disk (or the network drive) and try again.").format(name=name))
    return None


def plain_error(exc: sqlite3.Error, db: ForumDb | None = None) -> UserError | None:
    return _plain(exc, db)


def _refuse_if_read_only(db) -> None:
    if getattr(db, "access", "write") != "read":
        return
    reason = db.read_only_reason or (
        f"{db.path.name} is open read-only" + (
            f": {db.lock_holder_sentence}" if getattr(db, "lock_holder_sentence", "") else ".")
    )
    raise UserError(M_("{reason} Nothing was changed.").format(reason=reason))


@contextmanager
def snapshot(db) -> Iterator:
    """Read the forum as it stands now, whatever other connections write meanwhile (the file is
    in WAL mode: a read transaction keeps its view), until this connection's first write
    (`transaction` ends the snapshot first, so that write sees the newest forum)."""
    db.conn.execute("BEGIN")
    db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the view is taken at the first read
    db.in_snapshot = True
    try:
        yield db
    finally:
        if db.in_snapshot and db.conn.in_transaction:
            db.conn.execute("ROLLBACK")   # nothing was written inside it
        db.in_snapshot = False


@contextmanager
def transaction(db: ForumDb, summary: str | None = None, *, action: str = "",
                audit: bool = True) -> Iterator[ForumDb]:
    """One write, one transaction: a failure inside leaves the file as it was.

    The outermost transaction begins IMMEDIATE (it waits for another writer through the
    busy timeout instead of failing at once), takes the forum's lock for its length when
    the forum is opened for "write", and, at commit, records what changed in the audit log:
    `summary` says it in a sentence ("Changed the quorum rule"); nested transactions may
    add theirs. Records that changed are found by the log's own triggers, so a write that
    forgets its sentence is still logged, with one made from the tables it touched.
    """
    if getattr(db, "access", "") == "reader":
        # A reading connection (no change-log triggers): refused before its snapshot ends.
        raise WriteNeeded(f"A reading connection to {db.path.name} cannot write.")
    if summary:
        if not hasattr(db, "_summaries"):
            db._summaries = []
        db._summaries.append((action, summary))
    if getattr(db, "in_snapshot", False) and db.conn.in_transaction:
        db.conn.execute("COMMIT")   # a worker reading one snapshot starts writing: the snapshot ends here
        db.in_snapshot = False
    if db.conn.in_transaction:
        # Nested: a savepoint, so a failure here undoes only this part (the outer step decides).
        name = f"msf_{os.urandom(8).hex()}"  # what secrets.token_hex(8) gives, without loading it
        db.conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                db.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            db.conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    _refuse_if_read_only(db)
    lock = None
    if getattr(db, "access", "") == "write":
        lock = ForumLock(db.path, "command")
        lock.acquire(wait=COMMAND_WAIT)
    try:
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise (_plain(exc, db) or exc) from None
        try:
            if audit:
                store_audit.begin(db)
            yield db
            if audit:
                store_audit.commit(db, getattr(db, "_summaries", []))
            db.conn.execute("COMMIT")
        except BaseException as exc:
            if db.conn.in_transaction:
                db.conn.rollback()
            if isinstance(exc, sqlite3.Error):
                plain = _plain(exc, db)
                if plain is not None:
                    raise plain from None
            raise
    finally:
        if hasattr(db, "_summaries"):
            db._summaries.clear()
        if lock is not None:
            lock.release()


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
