"""Copies of a forum file that can be trusted: SQLite's backup API, checked, then renamed.

Every copy is written under a temporary name (`….partial`), checked with
`PRAGMA quick_check`, switched to a single-file journal mode, and only then renamed to
its final name: a copy that was interrupted (power cut, killed process) never sits under
a name that looks like a backup. Rolling backups live in a folder beside the forum
(`forum.backups/`); copies made before an upgrade or before the demo replaced a forum sit
beside the forum itself.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from msf_desk.model.records import record
from pathlib import Path

from msf_desk.model.errors import DamagedFile, UserError
from msf_desk.model.messages import M_

PARTIAL = ".partial"
_STAMP = "%Y-%m-%d-%H%M%S"
# Patterns as text: compiled when first used (by re's own cache), not as every command loads this module.
_ROLLING = r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-(?P<n>\d+))?$"
_BESIDE = r"^(?P<stem>.+)\.(?P<why>v\d+-backup|before-demo)-(?P<stamp>\d{8}-\d{6})$"


@record(frozen=True)
class Backup:
    """One finished backup of a forum file, as its name and size say."""

    path: Path
    taken: dt.datetime          # local time, from the name
    size: int
    kind: str                   # "rolling", "before_upgrade" or "before_demo"

    @property
    def kind_label(self) -> str:
        return {"rolling": "automatic", "before_upgrade": "before an upgrade",
                "before_demo": "before the demo replaced it"}[self.kind]


def backups_dir(forum_path: Path) -> Path:
    """The folder of rolling backups beside a forum: `forum.msf` → `forum.backups/`."""
    forum_path = Path(forum_path)
    return forum_path.with_name(forum_path.stem + ".backups")


# --- checking ----------------------------------------------------------------------------
def _check(conn: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file. When no -wal file exists (no window has the
    forum open) the file is read as it stands, so checking it leaves no -wal/-shm behind."""
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _open_for_copy(path: Path) -> sqlite3.Connection:
    """A connection that only reads, opened so that SQLite tidies its -wal/-shm away when
    it closes (a read-only connection cannot). Read-only files fall back to read-only."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        return _open_read_only(path)


def problems(path: Path, *, full: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with the file at `path` (empty: no damage).

    `full` runs `integrity_check` (every index against its table; slower), otherwise
    `quick_check`. The file is only read.
    """
    try:
        conn = _open_read_only(Path(path))
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _check(conn, "integrity_check" if full else "quick_check")
    finally:
        conn.close()


def connection_problems(conn: sqlite3.Connection) -> list[str]:
    """quick_check through a connection already open (a worker's own)."""
    return _check(conn, "quick_check")


# --- copying -----------------------------------------------------------------------------
def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind `source` to `target`, checked, via a temporary name.

    `source` may be any connection to the forum (read-only is enough); other connections
    may keep writing meanwhile: the copy is one consistent moment. Raises DamagedFile
    (and leaves nothing under `target`) when the copy fails its check.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + PARTIAL)
    _remove_db_files(tmp)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            # The copy is synced to disk once, below, before it takes its name: SQLite's own
            # syncs while it writes the temporary file (a .partial is never used) only cost time.
            dest.execute("PRAGMA synchronous = OFF")
            source.backup(dest)
            # A single self-contained file: no -wal to forget when it is copied again.
            dest.execute("PRAGMA journal_mode = DELETE")
            found = _check(dest, "quick_check")
        finally:
            dest.close()
        if found:
            raise DamagedFile(
                M_("The copy of the forum failed its check, so it was not kept: {found}. The forum file itself may be damaged.").format(found='; '.join(found[:5]))
            )
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_db_files(tmp)
        raise
    return target


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_file(source_path: Path, target: Path) -> Path:
    """A consistent, checked copy of the database file at `source_path` (which may be open
    in a window) to `target`. Nothing is written to the source."""
    try:
        conn = _open_for_copy(Path(source_path))
    except sqlite3.Error as exc:
        raise UserError(M_("Cannot read {name}: {exc}.").format(name=Path(source_path).name, exc=exc)) from None
    try:
        return copy_database(conn, target)
    except sqlite3.OperationalError as exc:
        raise UserError(M_("Cannot copy {name} to {target}: {exc}.").format(name=Path(source_path).name, target=target, exc=exc)) from None
    finally:
        conn.close()


def rolling_name(forum_path: Path, taken: dt.datetime) -> Path:
    folder = backups_dir(forum_path)
    stem, suffix = Path(forum_path).stem, Path(forum_path).suffix or ".msf"
    base = f"{stem}-{taken.strftime(_STAMP)}"
    path, n = folder / f"{base}{suffix}", 2
    while path.exists():
        path, n = folder / f"{base}-{n}{suffix}", n + 1
    return path


def write_rolling_backup(source: sqlite3.Connection, forum_path: Path, taken: dt.datetime) -> Path:
    """One checked backup of the forum into its backups folder."""
    return copy_database(source, rolling_name(forum_path, taken))


def before_name(forum_path: Path, why: str, taken: dt.datetime) -> Path:
    """`forum.v3-backup-20261124-101500.msf` or `forum.before-demo-20261124-101500.msf`."""
    forum_path = Path(forum_path)
    return forum_path.with_name(f"{forum_path.stem}.{why}-{taken.strftime('%Y%m%d-%H%M%S')}{forum_path.suffix}")


# --- listing and rotating -----------------------------------------------------------------
def list_backups(forum_path: Path) -> list[Backup]:
    """Every finished backup of this forum, newest first: the rolling ones in its backups
    folder and those written beside it before an upgrade or a demo. Temporary files of an
    interrupted copy (`….partial`) are never listed."""
    forum_path = Path(forum_path)
    stem, suffix = forum_path.stem, forum_path.suffix or ".msf"
    found: list[tuple[int, Backup]] = []
    folder = backups_dir(forum_path)
    candidates = [(p, "rolling") for p in folder.glob(f"*{suffix}")] if folder.is_dir() else []
    candidates += [(p, "beside") for p in forum_path.parent.glob(f"{stem}.*{suffix}")]
    for path, where in candidates:
        if not path.is_file() or path.name.endswith(PARTIAL):
            continue
        if where == "rolling":
            m = re.match(_ROLLING, path.stem)
            if not m or m["stem"] != stem:
                continue
            taken, kind, n = _taken(m["stamp"]), "rolling", int(m["n"] or 1)
        else:
            m = re.match(_BESIDE, path.stem)
            if not m or m["stem"] != stem:
                continue
            taken = _taken(m["stamp"])
            kind, n = ("before_demo" if m["why"] == "before-demo" else "before_upgrade"), 1
        found.append((n, Backup(path, taken, path.stat().st_size, kind)))
    found.sort(key=lambda nb: (nb[1].taken, nb[0]), reverse=True)
    return [b for _, b in found]


def _taken(stamp: str) -> dt.datetime:
    """The time in a backup's name (`2026-11-24-101500` or `20261124-101500`, digits checked by
    the patterns above); a date that does not exist raises ValueError, as strptime did. Read by
    hand: strptime's first use builds its locale tables (about 10 ms on the opening backup)."""
    digits = stamp.replace("-", "")
    return dt.datetime(int(digits[:4]), int(digits[4:6]), int(digits[6:8]),
                       int(digits[8:10]), int(digits[10:12]), int(digits[12:14]))


def leftover_partials(forum_path: Path) -> list[Path]:
    """Temporary files left by an interrupted copy (safe to delete: never a whole backup)."""
    forum_path = Path(forum_path)
    found = list(forum_path.parent.glob(f"{forum_path.stem}.*{PARTIAL}"))
    folder = backups_dir(forum_path)
    if folder.is_dir():
        found += list(folder.glob(f"*{PARTIAL}"))
    return sorted(found)


def delete_backups(paths: list[Path]) -> None:
    for path in paths:
        _remove_db_files(Path(path))
