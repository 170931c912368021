"""Long work (exports, imports, restoring a backup) off the GUI thread; the window stays usable.

Usage (pages go through msf_desk.ui.pages.base: `run_job`, `run_export`):
    job = ExportJob(page, "Writing the pack…", lambda progress: export_pack(pack, out, fmts, progress))
    job.finished.connect(on_done)   # the function's return value
    job.start()

The function receives `progress(done, total)`; exporters writing several documents also call
`progress.document(name, n, count)` when they start the n-th. Both raise
msf_desk.exports.atomic.Cancelled once Cancel was pressed, so the exporters' row loops stop
at their next report; exporters write atomically, so a cancelled export leaves no file.

Progress shows in the window's status area (msf_desk.ui.widgets.jobs_bar.JobsBar), one line
per document, with a Cancel button; nothing is window-modal except restoring a backup
(`modal=True`), which replaces the file the window works on.

Work that reads or writes the forum goes through `forum_work(path, work)`: `work(db, progress)`
runs on a connection of its own, opened in the worker, and reads the forum as it stood when the
job started (one snapshot), so edits made in the window meanwhile never change a document
half-way. A job that writes may hold topics (`holds=("responses",)`): while it runs, the
session refuses in words commands touching them (msf_desk.ui.session.ForumSession.push).
"""
from __future__ import annotations

import contextvars
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from msf_desk.core.forum import read_off_thread, worker_db
from msf_desk.exports.atomic import Cancelled
from msf_desk.ui.errors import show_error
from msf_desk.ui.i18n import Context

WORKERS = Context("WORKERS")


class _Signals(QObject):
    progress = Signal(int, int)
    document = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Progress:
    """What the work is handed: `progress(done, total)` and `progress.document(name, n, count)`.
    Either raises Cancelled once the job was asked to stop."""

    def __init__(self, signals: _Signals, stop: threading.Event) -> None:
        self.signals, self.stop = signals, stop

    def check(self) -> None:
        if self.stop.is_set():
            raise Cancelled()

    def __call__(self, done: int, total: int) -> None:
        self.check()
        self.signals.progress.emit(int(done), int(total))

    def document(self, name: str, n: int = 0, count: int = 0) -> None:
        self.check()
        self.signals.document.emit(str(name), int(n), int(count))


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.fn, self.signals, self.stop = fn, signals, stop
        # The context of the GUI thread when the job starts: the document language it was
        # started in (session.writing()) is the one the worker writes in.
        self.context = contextvars.copy_context()
        self.setAutoDelete(True)

    def run(self) -> None:
        progress = Progress(self.signals, self.stop)
        try:
            progress.check()
            result = self.context.run(self.fn, progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def forum_work(path: str | Path, work: Callable[[Any, Progress], Any]) -> Callable[[Progress], Any]:
    """The one way a worker touches the forum: `work(db, progress)` on a connection of its own,
    opened in the worker's thread, reading one snapshot of the forum until the work writes."""
    path = Path(path)

    def run(progress: Progress):
        with worker_db(path, one_snapshot=True) as db:
            return work(db, progress)

    return run


@contextmanager
def interruptible(db, progress: Progress):
    """`with interruptible(db, progress):` around a worker's writing: Cancel stops SQLite too,
    inside one long statement (a search index filled, 100,000 rows deleted), and the work
    raises Cancelled; the transaction it was in is rolled back, so nothing is written."""
    db.conn.set_progress_handler(lambda: 1 if progress.stop.is_set() else 0, 20_000)
    try:
        yield
    except sqlite3.OperationalError:
        if progress.stop.is_set():
            raise Cancelled() from None
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


class ExportJob(QObject):
    """One run of `fn(progress)` in the thread pool, shown in the window's status area.

    Signals (on the GUI thread): finished(result), failed(exception), cancelled(), and
    ended() after any of them; progressed(done, total) and document(name, n, count) while it
    runs. A failure is shown with show_error unless `show_errors` is False. `session` (the
    open forum) knows the job while it runs: it refuses commands on the topics in `holds`,
    and the window asks before closing the forum under it.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()
    progressed = Signal(int, int)
    document = Signal(str, int, int)

    def __init__(self, parent: QWidget | None, label: str, fn: Callable[[Progress], Any], *,
                 title: str = "MSF Desk", show_errors: bool = True, pool: QThreadPool | None = None,
                 session=None, holds: tuple[str, ...] = (), kind: str = "job", modal: bool = False) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.label = label
        self.fn = fn
        self.title = title
        self.show_errors = show_errors
        self.pool = pool or QThreadPool.globalInstance()
        self.session = session if session is not None else getattr(parent, "session", None)
        self.holds = tuple(holds)
        self.kind = kind
        self.stop = threading.Event()
        self.running = False
        self.done = 0
        self.total = 0
        self.current = ""          # the document being written, when the work says
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        if modal:
            self.dialog = QProgressDialog(label, WORKERS.tr("Cancel"), 0, 0, parent)
            self.dialog.setObjectName("job_progress")
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumDuration(400)  # short work ends before it would flash up
            self.dialog.canceled.connect(self.cancel)
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.document.connect(self._on_document)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.running = True
        if self.dialog is not None:
            self.dialog.setValue(0)
        if self.session is not None and hasattr(self.session, "job_started"):
            self.session.job_started(self)
        bar = _jobs_bar(self.parent_widget)
        if bar is not None:
            bar.watch(self)
        self.pool.start(_Runnable(self.fn, self.signals, self.stop))

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report (the exporters report every few
        hundred rows, so within a fraction of a second)."""
        if not self.running or self.stop.is_set():
            return
        self.stop.set()
        self.document.emit(WORKERS.tr("Cancelling…"), 0, 0)
        if self.dialog is not None:
            self.dialog.setLabelText(WORKERS.tr("Cancelling…"))

    @property
    def cancelling(self) -> bool:
        return self.stop.is_set()

    def _on_progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            return
        self.done, self.total = done, total
        self.progressed.emit(done, total)
        if self.dialog is not None:
            if self.dialog.maximum() != total:
                self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    def _on_document(self, name: str, n: int, count: int) -> None:
        if self.stop.is_set():
            return
        self.current = name
        self.document.emit(name, n, count)

    def _close(self) -> None:
        self.running = False
        if self.session is not None and hasattr(self.session, "job_ended"):
            self.session.job_ended(self)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.result = result
        self.finished.emit(result)
        self.ended.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        self.error = exc
        if self.show_errors:
            show_error(self.parent_widget, exc, self.title)
        self.failed.emit(exc)
        self.ended.emit()

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
        self.ended.emit()


def _jobs_bar(widget: QWidget | None):
    if widget is None:
        return None
    return getattr(widget.window(), "jobs_bar", None)


class Reading(QObject):
    """A read of the forum off the GUI thread for a page to show when it comes: `work(db)` on a
    connection of its own (see forum_work). No progress, no Cancel and no line in the status
    area: a page's read is short, and a newer one supersedes it. Signals (on the GUI thread):
    finished(result), failed(exception)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, path: str | Path, work: Callable[[Any], Any]) -> None:
        super().__init__(parent)
        # Not a child of this object: the worker may still report after the page (and this
        # object with it) was closed; the report then reaches nobody.
        self.signals = _Signals()
        self.signals.finished.connect(self.finished)
        self.signals.failed.connect(self.failed)
        # On a reading connection (no change-log triggers; see read_off_thread).
        self.runnable = _Runnable(lambda _progress: read_off_thread(path, work), self.signals, threading.Event())

    def start(self) -> "Reading":
        QThreadPool.globalInstance().start(self.runnable)
        return self
