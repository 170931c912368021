"""Long work (exports, imports) off the GUI thread, with a progress dialog that can cancel it.

Usage:
    job = ExportJob(parent, "Writing the pack…", lambda progress: export_pack(pack, out, fmts, progress))
    job.finished.connect(on_done)   # the function's return value
    job.start()

The function receives `progress(done, total)`. Pressing Cancel makes the next call of
`progress` raise msf_desk.exports.atomic.Cancelled inside the worker; exporters write
atomically, so a cancelled export leaves no half-written file. Read what the job needs from
the database on the GUI thread before starting: the worker should only render and write.
"""
from __future__ import annotations

import contextvars
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from msf_desk.exports.atomic import Cancelled
from msf_desk.ui.errors import show_error
from msf_desk.ui.i18n import Context

WORKERS = Context("WORKERS")


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.fn, self.signals, self.stop = fn, signals, stop
        # The context of the GUI thread when the job starts: the document language it was
        # started in (session.writing()) is the one the worker writes in.
        self.context = contextvars.copy_context()
        self.setAutoDelete(True)

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.stop.is_set():
                raise Cancelled()
            self.signals.progress.emit(int(done), int(total))

        try:
            if self.stop.is_set():
                raise Cancelled()
            result = self.context.run(self.fn, progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class ExportJob(QObject):
    """One run of `fn(progress)` in the thread pool, watched by a cancellable progress dialog.

    Signals (on the GUI thread): finished(result), failed(exception), cancelled(), and
    ended() after any of them. A failure is shown with show_error unless `show_errors` is False.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget | None, label: str, fn: Callable[[Callable[[int, int], None]], Any], *,
                 title: str = "MSF Desk", show_errors: bool = True, pool: QThreadPool | None = None,
                 minimum_duration_ms: int = 400) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.fn = fn
        self.title = title
        self.show_errors = show_errors
        self.pool = pool or QThreadPool.globalInstance()
        self.stop = threading.Event()
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(label, WORKERS.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Short exports finish before the dialog would flash up.
        self.dialog.setMinimumDuration(minimum_duration_ms)
        self.dialog.canceled.connect(self.cancel)
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        self.pool.start(_Runnable(self.fn, self.signals, self.stop))

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report."""
        self.stop.set()
        self.dialog.setLabelText(WORKERS.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close(self) -> None:
        self.running = False
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
