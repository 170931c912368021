"""Keeping the open forum's file safe while the window works: off the GUI thread.

- After each change, once the window has been idle for `idle_ms` (1 s), the WAL is
  checkpointed into the .msf, so the file on disk alone holds every committed edit within
  about two seconds (a copy of the .msf made then, without its -wal, is complete).
- On opening, the forum is checked (`quick_check`); if it is sound a rolling backup is
  written into `forum.backups/` and old ones rotated away; while editing, a new one at most
  every 15 minutes. A damaged forum is never backed up (it would push good backups out).
  The opening check is the backup's own: the forum is copied page for page (SQLite's backup
  API) and the copy checked before it is kept, so a sound copy shows the forum sound; only
  when the copy fails is the forum itself checked, to say what is wrong with it. One check of
  the file instead of two (on a 100 MB forum, about a second of work less at every opening).
- On closing, pending work finishes and the WAL is folded into the file. The window starts the
  opening check once its first page is shown (so that on a large forum the check and backup
  do not compete with the first reading); a keeper closed before it started runs it then.

Every job runs in one background thread, one after the other, each with its own SQLite
connection; results come back as signals on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from msf_desk.core import backups as core_backups
from msf_desk.core.forum import worker_db
from msf_desk.model.errors import DamagedFile
from msf_desk.ui.i18n import Context

KEEPER = Context("KEEPER")

log = logging.getLogger("msf_desk")


class _Signals(QObject):
    done = Signal(str, object)      # job name, result
    failed = Signal(str, object)    # job name, exception


class _Job(QRunnable):
    def __init__(self, name: str, path: Path, fn: Callable[[sqlite3.Connection], object], signals: _Signals,
                 began: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.name, self.path, self.fn, self.signals, self.began = name, path, fn, signals, began
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.began is not None:
            self.began()              # taken off the queue: closing can no longer drop it
        try:
            with worker_db(self.path, plain=True) as conn:
                result = self.fn(conn)
        except BaseException as exc:  # noqa: BLE001 — reported on the GUI thread
            self.signals.failed.emit(self.name, exc)
        else:
            self.signals.done.emit(self.name, result)


def _checkpoint(conn: sqlite3.Connection) -> bool:
    """Copy the WAL's committed pages into the main file. PASSIVE never waits for (or blocks)
    the window's connection; True when every committed page is now in the .msf."""
    return core_backups.checkpoint(conn)


class ForumKeeper(QObject):
    """Checkpoints, backups and the damage check for one open forum (see the module notes).

    Signals: `checkpointed(complete)`, `checked(problems)` (an empty list: no damage),
    `backed_up(path)`, `failed(what, message)`.
    """

    checkpointed = Signal(bool)
    checked = Signal(list)
    backed_up = Signal(object)
    failed = Signal(str, str)

    def __init__(self, session, parent: QObject | None = None, *, idle_ms: int = 1000,
                 backup_every: dt.timedelta = core_backups.EVERY, backups: bool = True,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self.session = session
        self.path = Path(session.path)
        self.backup_every = backup_every
        self.backups = backups
        self.clock = clock
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)          # one job at a time, in order
        self.signals = _Signals()
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self._on_idle)
        self.changes = 0                 # changes since the last complete checkpoint was asked
        self.changed_since_backup = False
        self.last_backup: dt.datetime | None = None
        self.damaged: list[str] = []
        self.closed = False
        self.started = False             # the opening check and backup have been asked for
        self.opening_ran = False         # ... and have begun (set by the job, off the GUI thread)
        session.changed.connect(self.note_change)
        session.undo_stack.indexChanged.connect(self.note_change)
        session.before_close(self.close)

    # --- what the window calls ------------------------------------------------------------
    @property
    def idle_ms(self) -> int:
        return self.idle.interval()

    @idle_ms.setter
    def idle_ms(self, value: int) -> None:
        self.idle.setInterval(int(value))

    def start(self) -> None:
        """After opening: check the file, then (if sound) take the opening backup."""
        if self.started or self.closed:
            return
        self.started = True
        self.pool.start(self._opening_job())

    def note_change(self, *_: object) -> None:
        """Something was written: checkpoint once the window has been idle a moment."""
        if self.closed:
            return
        self.changes += 1
        self.changed_since_backup = True
        self.idle.start()

    def close(self) -> None:
        """Before the session's connection closes: finish what is running, fold the WAL in."""
        if self.closed:
            return
        self.closed = True
        self.idle.stop()
        for signal in (self.session.changed, self.session.undo_stack.indexChanged):
            try:
                signal.disconnect(self.note_change)
            except (RuntimeError, TypeError):
                pass
        self.pool.clear()                 # queued jobs are dropped; the running one finishes
        if not self.opening_ran:          # never asked for, or still queued (dropped just now): not skipped
            self.started = True
            self.pool.start(self._opening_job())
        self.pool.waitForDone(60_000)
        try:
            core_backups.fold_in(self.session.db)
        except sqlite3.Error as exc:      # e.g. a read-only forum: nothing of ours to fold in
            log.info("No checkpoint on close: %s", exc)

    # --- jobs ------------------------------------------------------------------------------
    def _submit(self, name: str, fn: Callable[[sqlite3.Connection], object]) -> None:
        if not self.closed:
            self.pool.start(_Job(name, self.path, fn, self.signals))

    def _on_idle(self) -> None:
        self.changes = 0
        self._submit("checkpoint", _checkpoint)
        now = self.clock()
        if (self.backups and self.changed_since_backup and not self.damaged
                and core_backups.due(self.last_backup, now, self.backup_every)):
            self.changed_since_backup = False
            self._submit("backup", lambda conn: core_backups.take_backup(conn, self.path, self.clock()))

    def _opening_job(self) -> _Job:
        return _Job("check", self.path, self._check_then_backup, self.signals,
                    began=lambda: setattr(self, "opening_ran", True))

    def _check_then_backup(self, conn: sqlite3.Connection) -> tuple[list[str], Path | None]:
        if not self.backups:
            return core_backups.connection_problems(conn), None
        try:
            # The copy is checked before it is kept (and before any old backup is rotated away).
            return [], core_backups.take_backup(conn, self.path, self.clock())
        except DamagedFile:
            found = core_backups.connection_problems(conn)   # what is wrong with the forum itself
            if found:
                return found, None
            raise        # the forum is sound but its copy was not: the backup failed (reported)

    def _on_done(self, name: str, result: object) -> None:
        if name == "checkpoint":
            complete = bool(result)
            if not complete and not self.closed:
                self.idle.start()         # a reader was in the way: try again shortly
            self.checkpointed.emit(complete)
        elif name == "check":
            found, path = result
            self.damaged = list(found)
            self.checked.emit(list(found))
            if path is not None:
                self._backed_up(path)
        elif name == "backup":
            self._backed_up(result)

    def _backed_up(self, path: Path) -> None:
        self.last_backup = self.clock()
        self.backed_up.emit(Path(path))

    def _on_failed(self, name: str, exc: object) -> None:
        what = {"checkpoint": KEEPER.tr("Saving to the file"), "check": KEEPER.tr("Checking the forum"),
                "backup": KEEPER.tr("The automatic backup")}.get(name, name)
        log.warning("%s failed: %s", what, exc)
        if name == "backup":
            self.changed_since_backup = True    # try again at the next change
        self.failed.emit(what, str(exc))
