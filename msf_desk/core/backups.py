"""Rolling backups: which to keep and when the next is due (pure rules), and taking one.

`to_keep`, `to_delete` and `due` are pure functions of times; `take_backup` and `rotate`
apply them to the files the store lists, copies and deletes.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Iterable

from msf_desk.store import backups as store

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
