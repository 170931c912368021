"""What every page does the same way: open a dialog, run an undoable command, run a job off
the GUI thread, and say something to the user.

A page mixes this in before QWidget (`class MeetingsPage(PageBase, QWidget)`) and uses:
- `open_dialog(dialog, done)`: open() rather than exec(), so the window stays responsive and
  tests can drive the dialog; `done(dialog)` runs when it is accepted. The dialog open now is
  `self.dialog` (None when closed).
- `run_command(command, title)`: push an undoable command; core's refusal is shown in a
  dialog titled `title` and False returned.
- `run_job(label, work, done, title=…)`: `work(progress)` in a worker with a cancellable
  progress dialog (msf_desk.ui.workers.ExportJob); `done(result)` on the GUI thread.
  Work that reads the forum opens its own connection: msf_desk.core.forum.worker_db.
- `@writes_documents` on a method that prepares and starts an export: the documents are in the
  language chosen for the forum's documents (msf_desk.ui.session.ForumSession.writing).
- `say(text)`: in the page's message line (`self.message`, if it has one) and the window's
  status bar; both are cleared when the user goes to another page or forum (`clear_message`).
"""
from __future__ import annotations

import functools

from PySide6.QtWidgets import QDialog, QMainWindow

from msf_desk.ui.commands.base import run
from msf_desk.ui.errors import show_error
from msf_desk.ui.workers import ExportJob

SAY_MS = 8000


def writes_documents(method):
    """A page method that prepares and starts an export: it runs in the document language
    chosen for the forum (Settings → Documents in; the forum's first by default), and so does
    the job it starts (the worker inherits the language). The one place exports get it."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        session = getattr(self, "session", None)
        if session is None or not hasattr(session, "writing"):
            return method(self, *args, **kwargs)
        with session.writing():
            return method(self, *args, **kwargs)

    return wrapper


class PageBase:
    dialog: QDialog | None = None

    def open_dialog(self, dialog: QDialog, done) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._dialog_closed(d, result, done))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog, result: int, done) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result == QDialog.Accepted:
            done(dialog)

    def run_command(self, command, title: str) -> bool:
        error = run(self.session, command)
        if error is not None:
            show_error(self, error, title)
            return False
        return True

    def run_job(self, label: str, work, done, *, title: str, show_errors: bool = True) -> ExportJob:
        job = ExportJob(self, label, work, title=title, show_errors=show_errors)
        job.finished.connect(done)
        self.job = job
        job.start()
        return job

    def clear_message(self) -> None:
        """The window left this page (or its forum): what it said is no longer news."""
        message = getattr(self, "message", None)
        if message is not None:
            message.setText("")

    def say(self, text: str, ms: int = SAY_MS) -> None:
        message = getattr(self, "message", None)
        if message is not None:
            message.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, ms)
