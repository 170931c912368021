"""Rolling backups: which to keep and when the next is due (pure rules), and taking one.

`to_keep`, `to_delete` and `due` are pure functions of times; `take_backup` and `rotate`
apply them to the files the store lists, copies and deletes.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Iterable

from msf_desk.model.errors import DamagedFile, UserError
from msf_desk.paths import forum_files_dir
from msf_desk.store import backups as store
from msf_desk.store import db as db_store
from msf_desk.model.messages import M_

KEEP_LAST = 10          # the newest backups, whatever their age
KEEP_DAYS = 30          # and the newest backup of each of the last 30 days
EVERY = dt.timedelta(minutes=15)


def to_keep(taken: Iterable[dt.datetime], now: dt.datetime, *,
            last: int = KEEP_LAST, days: int = KEEP_DAYS) -> set[dt.datetime]:
    """The times (of those given) whose backups are kept.

    Kept: the `last` newest, and the newest one of each calendar day from `now`'s day back
    to `days - 1` days before it (so `days` days in all, today included). Anything else is
    deleted. A backup dated after `now` (the clock was changed) counts among the newest and
    is never deleted for being old. Duplicated times are one backup.
    """
    times = sorted(set(taken), reverse=True)
    keep = set(times[:max(last, 0)])
    if days <= 0:
        return keep
    first_day = now.date() - dt.timedelta(days=days - 1)
    newest_of_day: dict[dt.date, dt.datetime] = {}
    for t in times:                      # newest first: the first seen per day wins
        if first_day <= t.date() <= now.date():
            newest_of_day.setdefault(t.date(), t)
    keep.update(newest_of_day.values())
    keep.update(t for t in times if t.date() > now.date())
    return keep


def to_delete(taken: Iterable[dt.datetime], now: dt.datetime, **kwargs) -> list[dt.datetime]:
    """The times whose backups a rotation deletes, oldest first."""
    times = set(taken)
    keep = to_keep(times, now, **kwargs)
    return sorted(times - keep)


def due(last_backup: dt.datetime | None, now: dt.datetime, every: dt.timedelta = EVERY) -> bool:
    """True when a backup should be written now: none yet, the last is `every` old, or the
    last is dated in the future (a clock put back must not stop backups for hours)."""
    if last_backup is None:
        return True
    return now - last_backup >= every or last_backup > now


def rotate(forum_path: Path, now: dt.datetime) -> list[Path]:
    """Delete the rolling backups the rules above do not keep; return what was deleted.
    Backups written before an upgrade or a demo are never rotated away."""
    rolling = [b for b in store.list_backups(forum_path) if b.kind == "rolling"]
    doomed = set(to_delete([b.taken for b in rolling], now))
    paths = [b.path for b in rolling if b.taken in doomed]
    store.delete_backups(paths)
    return paths


def take_backup(source: sqlite3.Connection, forum_path: Path, now: dt.datetime) -> Path:
    """Write one checked rolling backup through `source` (a connection of its own, off the
    GUI thread), then rotate. A copy that fails its check raises and rotates nothing away."""
    path = store.write_rolling_backup(source, forum_path, now)
    rotate(forum_path, now)
    return path


def last_rolling(forum_path: Path) -> dt.datetime | None:
    rolling = [b.taken for b in store.list_backups(forum_path) if b.kind == "rolling"]
    return max(rolling) if rolling else None


def newest_sound(forum_path: Path) -> store.Backup | None:
    """The newest backup that passes SQLite's quick check now (checked newest first)."""
    for backup in store.list_backups(forum_path):
        if not store.problems(backup.path):
            return backup
    return None


def restore(backup: Path, target: Path, forum_path: Path) -> Path:
    """Write the forum as it was in `backup` into the NEW file `target`, with the attached
    files beside it. The open forum and the backup are not changed; an existing file is
    never written over."""
    backup, target, forum_path = Path(backup), Path(target), Path(forum_path)
    if target.exists():
        raise UserError(M_("{name} already exists: a backup is only restored into a new file. Choose another name.").format(name=target.name))
    if target.resolve() == forum_path.resolve() or target.resolve() == backup.resolve():
        raise UserError(M_("Restore into a new file, not over the open forum or the backup itself."))
    found = store.problems(backup)
    if found:
        raise DamagedFile(M_("The backup {name} is damaged ({found}); choose an older one.").format(name=backup.name, found='; '.join(found[:3])))
    store.copy_file(backup, target)
    files = forum_files_dir(forum_path)
    if files.is_dir():
        # Attached files are stored under their SHA-256 and never removed, so the forum's
        # folder holds every file the backup names.
        shutil.copytree(files, forum_files_dir(target), dirs_exist_ok=True)
    return target


def available(forum_path: Path) -> list[store.Backup]:
    """Every finished backup of the forum, newest first (see store.backups.list_backups)."""
    return store.list_backups(forum_path)


def check(path: Path) -> list[str]:
    """What SQLite's quick check finds wrong with the file (empty: no damage)."""
    return store.problems(path)


def folder(forum_path: Path) -> Path:
    return store.backups_dir(forum_path)


def connection_problems(conn: sqlite3.Connection) -> list[str]:
    """quick_check through a connection of the caller's own (a worker's)."""
    return store.connection_problems(conn)


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Fold the WAL's committed pages into the .msf without waiting for (or blocking) the
    window's connection; True when every committed page is now in the main file."""
    busy, frames, copied = db_store.checkpoint(conn, "PASSIVE")
    return busy == 0 and frames == copied


def fold_in(db) -> None:
    """On closing: everything into the .msf and the WAL emptied."""
    db_store.checkpoint(db.conn, "TRUNCATE")
