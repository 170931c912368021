"""What every page does the same way: open a dialog, run an undoable command, run a job off
the GUI thread, and say something to the user.

A page mixes this in before QWidget (`class MeetingsPage(PageBase, QWidget)`) and uses:
- `open_dialog(dialog, done)`: open() rather than exec(), so the window stays responsive and
  tests can drive the dialog; `done(dialog)` runs when it is accepted. The dialog open now is
  `self.dialog` (None when closed).
- `run_command(command, title)`: push an undoable command; core's refusal is shown in a
  dialog titled `title` and False returned. `run_slow_or_here(command, title)` for an edit that
  may take long (a SlowCommand): in a worker when the command says it is slow.
- `@writes_documents` on a method that prepares and starts an export: the documents are in the
  language chosen for the forum's documents (msf_desk.ui.session.ForumSession.writing).
- `run_job(label, work, done, title=…)`: `work(progress)` in a worker (msf_desk.ui.workers.ExportJob),
  shown in the status area with Cancel; `done(result)` on the GUI thread. With `forum=True`
  the work is `work(db, progress)` on a connection of its own (msf_desk.ui.workers.forum_work);
  `holds` names the topics it writes, refused to commands meanwhile.
- `open_export(offer, start)`: the one export dialog (msf_desk.ui.dialogs.export), not modal;
  `start(choice)` calls `run_export_job(label, work, title=…)`, which refuses a second export while
  one runs and otherwise is `run_job` for an export.
- `read_then_show(work, show)`: `work(db)` reads what the page shows and `show(result)` puts it
  on screen, then the page's `filled` signal is emitted. A page built with `later=True` (the
  window does that for pages with FILLS_LATER = True, see MainWindow._make_page) reads on a
  connection of its own off the GUI thread, so a large forum does not freeze the window; a newer
  reading drops an older one that comes back late; a failed reading is `fill_failed(exc)`.
  Off the GUI thread a reading starts at the next turn of the event loop, once for all asked
  in this turn (the newest): an edit tells the pages once per topic it touched, and Today,
  which reads after every change, read the forum twice after each restore from the trash.
  `when_filled(fn)` runs `fn` now, or after the reading under way is shown (a record to select
  that the page has not read yet). `work` must use only `db` (it may run on another thread).
  A `show` may itself ask for a newer reading (a part of the page read by itself): the page is
  filled, and what waits runs, once that one is shown.
  `@waits_for_fill` on a page method that acts on what the page shows (edit the chosen record,
  export what is listed): while a reading is under way it runs once the reading is shown.
- `say(text)`: in the page's message line (`self.message`, if it has one) and the window's
  status bar; both are cleared when the user goes to another page or forum (`clear_message`).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMainWindow

from msf_desk.model.errors import UserError
from msf_desk.ui.errors import show_error
from msf_desk.ui.i18n import Context
from msf_desk.ui.workers import ExportJob, Reading, forum_work

if TYPE_CHECKING:
    from msf_desk.ui.dialogs.export import ExportDialog, ExportOffer

PAGES_BASE = Context("PAGES_BASE")

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


def waits_for_fill(method):
    """A page method that acts on what the page shows: while a reading is under way (after an
    edit, or on the page's first show) it runs once the reading is shown, on the records as they
    are now, never on the ones read before (or on none). It then returns None."""

    # Qt passes a slot what its signal carries (an action's `checked`) when the slot takes it:
    # the method is given no more positional arguments than it takes, as it would be unwrapped.
    code = method.__code__
    takes = None if code.co_flags & 0x04 else code.co_argcount - 1     # 0x04: it has *args

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if takes is not None:
            args = args[:takes]
        if self.filling:
            self.when_filled(lambda: method(self, *args, **kwargs))
            return None
        return method(self, *args, **kwargs)

    return wrapper


def not_read_text(exc: BaseException) -> str:
    """What a page says in place of what it could not read (fill_failed; the window says more)."""
    return PAGES_BASE.tr("This page could not be read from the forum file: {error}").format(error=exc)


class PageBase:
    dialog: QDialog | None = None
    export_dialog: ExportDialog | None = None
    job: ExportJob | None = None
    later: bool = False            # read off the GUI thread (see read_then_show)
    _reading: int = 0              # the newest reading asked for
    _shown_reading: int = 0        # the newest reading on screen
    _after_fill: list | None = None
    _asked: tuple | None = None    # the newest reading asked for in this turn of the event loop, not started

    # --- reading what the page shows ---------------------------------------------------
    def read_then_show(self, work, show) -> None:
        self._reading += 1
        if not self.later:
            try:
                show(work(self.session.db))
            except BaseException:
                self._gave_up(self._reading)    # the page is not left waiting for ever
                raise
            self._filled(self._reading)
            return
        first = self._asked is None
        self._asked = (self._reading, work, show)
        if first:
            QTimer.singleShot(0, self, self._start_reading)

    def _start_reading(self) -> None:
        asked, self._asked = self._asked, None
        if asked is None or asked[0] != self._reading:
            return
        if getattr(self.session, "closed", False):
            self._gave_up(asked[0])             # the forum was closed meanwhile: nothing to read
            return
        reading, work, show = asked
        job = Reading(self, self.session.path, work)
        job.finished.connect(lambda result: self._reading_came(reading, show, result))
        job.failed.connect(lambda exc: reading == self._reading and not self._closed_meanwhile(reading)
                           and self._reading_failed(reading, exc))
        job.start()

    def _closed_meanwhile(self, reading: int) -> bool:
        """The forum was closed while this reading ran: what it read is shown to nobody (and
        what shows it would ask the closed forum for more)."""
        if not getattr(self.session, "closed", False):
            return False
        self._gave_up(reading)
        return True

    def _reading_came(self, reading: int, show, result) -> None:
        if reading != self._reading or self._closed_meanwhile(reading):
            return                          # a newer reading is under way (it will be shown), or no forum
        try:
            show(result)
        except BaseException:
            self._gave_up(reading)
            raise
        self._filled(reading)

    def _gave_up(self, reading: int) -> None:
        """Nothing more will come of this reading: what waited for it is dropped, and what is
        asked next runs at once (on what the page shows)."""
        self._shown_reading = max(self._shown_reading, reading)
        self._after_fill = None

    def _reading_failed(self, reading: int, exc: BaseException) -> None:
        self._gave_up(reading)
        self.fill_failed.emit(exc)

    def _filled(self, reading: int) -> None:
        if reading < self._shown_reading:
            return                          # a newer reading, asked for while this one was shown, is on screen
        self._shown_reading = reading
        if self.filling:
            # Showing this reading asked for a newer one (the Meetings page reads the meeting it
            # chose then): what waits, waits for that one.
            return
        waiting, self._after_fill = self._after_fill or [], None
        while waiting:
            waiting.pop(0)()
            if self.filling:
                # What waited asked for a newer reading (a meeting chosen from Today, read then):
                # the rest waits for that one.
                self._after_fill = waiting + (self._after_fill or [])
                return
        self.filled.emit()

    @property
    def filling(self) -> bool:
        """A reading is under way whose result is not on screen yet."""
        return self._shown_reading < self._reading

    def when_filled(self, fn) -> None:
        if not self.filling:
            fn()
        else:
            self._after_fill = (self._after_fill or []) + [fn]

    def open_dialog(self, dialog: QDialog, done) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._dialog_closed(d, result, done))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog, result: int, done) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result == QDialog.Accepted:
            done(dialog)

    # A page that shows core's refusals in its message line, in red, rather than in a dialog.
    inline_refusals = False
    # A page that refreshes itself after its own commands: their change notices are ignored meanwhile
    # (it reads `self._quiet` in its change handler).
    quiet_commands = False
    _quiet = False

    def run_command(self, command, title: str = "") -> bool:
        if self.quiet_commands:
            self._quiet = True
        try:
            from msf_desk.ui.commands.base import run   # loaded with the first edit

            error = run(self.session, command)
        finally:
            if self.quiet_commands:
                self._quiet = False
        if error is not None:
            self.refuse(error, title)
            return False
        message = getattr(self, "message", None)
        if self.inline_refusals and message is not None:
            message.clear()
        return True

    def run_slow_or_here(self, command, title: str = ""):
        """An edit that may be slow (msf_desk.ui.commands.base.SlowCommand): in a worker with
        progress and Cancel in the status area when `command.slow` (the window stays usable and
        the undo stack moves once it is written), else here like run_command. Returns the job,
        True when done here, or None/False when refused (said in words)."""
        if not command.slow:
            return self.run_command(command, title)
        job = self.session.run_slow(command, self.window())
        if job is None:
            self.refuse(command.error, title)
        return job

    def refuse(self, error: Exception, title: str = "") -> None:
        """Core's refusal, in words: in the message line of a page that says them there, else a dialog."""
        message = getattr(self, "message", None)
        if self.inline_refusals and message is not None:
            from msf_desk.ui.widgets.fields import ERROR_STYLE   # the form widgets load with the first form

            message.setStyleSheet(ERROR_STYLE)
            message.setText(str(error))
        else:
            show_error(self, error, title)

    def run_job(self, label: str, work, done=None, *, title: str, show_errors: bool = True, forum: bool = False,
                holds: tuple[str, ...] = (), kind: str = "job") -> ExportJob:
        if forum:
            work = forum_work(self.session.path, work)
        job = ExportJob(self, label, work, title=title, show_errors=show_errors, session=self.session,
                        holds=holds, kind=kind)
        if done is not None:
            job.finished.connect(done)
        self.job = job
        job.start()
        return job

    def clear_message(self) -> None:
        """The window left this page (or its forum): what it said is no longer news."""
        message = getattr(self, "message", None)
        if message is not None:
            message.setText("")
    def open_export(self, offer: ExportOffer, start) -> ExportDialog:
        """The export dialog, not modal: the window stays usable while it is open and while it runs."""
        # Loaded when a page first exports: the window's start (Today) never needs it.
        from msf_desk.ui.dialogs.export import ExportDialog

        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog.deleteLater()
        dialog = ExportDialog(offer, start, self)
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def run_export_job(self, label: str, work, done=None, *, title: str, forum: bool = False) -> ExportJob | None:
        """An export in the background: refused in words while another export of this forum runs."""
        running = self.session.running("export") if self.session is not None else None
        if running is not None:
            show_error(self, UserError(PAGES_BASE.tr("{what} is still running. Wait until it ends, or cancel it in "
                                                     "the status bar, then export again.").format(what=running.title)),
                       title)
            return None
        job = self.run_job(label, work, done, title=title, forum=forum, kind="export")
        job.cancelled.connect(lambda: self.say(PAGES_BASE.tr("Export cancelled: no file was written.")))
        return job

    def say(self, text: str, ms: int = SAY_MS) -> None:
        message = getattr(self, "message", None)
        if message is not None:
            message.setStyleSheet("")
            message.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, ms)
