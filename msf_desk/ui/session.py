"""The open forum as the window sees it: the database, its undo stack, change notices."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from msf_desk.core import forum as core_forum
from msf_desk.core import language
from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context

SESSION = Context("SESSION")

HEARTBEAT_MS = 60_000


class ForumSession(QObject):
    """One open forum file. Pages read through core with `db`; edits go through `push`.

    `changed(topic)` tells pages which part of the records moved ("forum", "members",
    "meetings", …) so each refreshes only what it shows.

    A session on a forum opened read-only (someone else edits it, or the file cannot be
    written here) refuses every command with `read_only_reason`.
    """

    changed = Signal(str)

    def __init__(self, db, path: Path, parent: QObject | None = None, *, in_use_by: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.in_use_by = in_use_by  # the sentence saying who edits it, when opened read-only for that
        self.undo_stack = QUndoStack(self)
        self._before_close: list = []
        self.jobs: list = []          # long work running off the GUI thread (msf_desk.ui.workers)
        self.closed = False
        self._heartbeat = None
        if getattr(db, "lock", None) is not None:
            # Tells other machines (whose drives may not pass OS locks) that we are still here.
            self._heartbeat = QTimer(self)
            self._heartbeat.setInterval(HEARTBEAT_MS)
            self._heartbeat.timeout.connect(db.lock.heartbeat)
            self._heartbeat.start()

    # --- the language documents are written in -------------------------------------------
    _document_language: str = ""

    def document_languages(self) -> list[str]:
        """The forum's document languages, first the default (its profile)."""
        return language.document_languages(core_forum.load(self.db))

    @property
    def document_language(self) -> str:
        """The language exports from this window are written in: the one chosen in
        Settings → Documents in (while it is one of the forum's), else the forum's first."""
        codes = self.document_languages()
        return self._document_language if self._document_language in codes else codes[0]

    @document_language.setter
    def document_language(self, code: str) -> None:
        self._document_language = code

    def writing(self):
        """`with session.writing():` around an export's preparation and the start of its job:
        the documents' words, dates and numbers in the chosen language (the job's worker
        inherits it)."""
        return language.using(self.document_language)

    def before_close(self, fn) -> None:
        """Run `fn()` when the session closes, before its connection does (last added, first run)."""
        self._before_close.append(fn)

    @property
    def read_only(self) -> bool:
        return getattr(self.db, "access", "write") == "read"

    @property
    def read_only_reason(self) -> str:
        if not self.read_only:
            return ""
        if self.in_use_by:
            return self.in_use_by
        return getattr(self.db, "read_only_reason", "") or SESSION.tr("{name} is open read-only.").format(name=self.path.name)

    def job_started(self, job) -> None:
        self.jobs.append(job)

    def job_ended(self, job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)

    def running(self, kind: str | None = None):
        """The first job still running (of that kind: "export", "import"…), or None."""
        return next((j for j in self.jobs if kind is None or j.kind == kind), None)

    def holding(self, topics) -> object | None:
        """The running job that holds one of `topics` (an import writing the contributions), or None."""
        wanted = set(topics or ())
        return next((j for j in self.jobs if wanted & set(j.holds)), None)

    def push(self, command) -> None:
        """Run an undoable command (its redo() runs now); refused when read-only, and while a
        job writing the same records runs (an import into the consultation, say)."""
        job = self.holding(getattr(command, "topics", ()))
        if job is not None:
            error = UserError(f"{job.title} is still running and writes these records. Wait until it ends "
                              "(or cancel it in the status bar), then try again. Nothing was changed.")
            if hasattr(command, "error"):
                command.error = error
                return
            raise error
        if self.read_only:
            error = UserError(SESSION.tr("{read_only_reason} Nothing was changed.").format(read_only_reason=self.read_only_reason))
            if hasattr(command, "error"):
                command.error = error
                return
            raise error
        self.undo_stack.push(command)

    def undo(self) -> UserError | None:
        """Undo the last edit, unless a running job writes the records it would change (an
        import into the consultation): then nothing is undone and the refusal is returned."""
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo, SESSION.tr(
            "“{edit}” cannot be undone now: {job} is still running and writes these records. Wait until it "
            "ends (or cancel it in the status bar), then undo again. Nothing was changed."))

    def redo(self) -> UserError | None:
        """Redo the next edit, refused in the same way as undo while a job writes its records."""
        return self._step(self.undo_stack.index(), self.undo_stack.redo, SESSION.tr(
            "“{edit}” cannot be redone now: {job} is still running and writes these records. Wait until it "
            "ends (or cancel it in the status bar), then redo again. Nothing was changed."))

    def _step(self, index: int, step, refusal: str) -> UserError | None:
        if index < 0 or index >= self.undo_stack.count():
            return None
        command = self.undo_stack.command(index)
        job = self.holding(getattr(command, "topics", ()))
        if job is not None:
            return UserError(refusal.format(edit=command.text(), job=job.title))
        if self.read_only:
            return UserError(SESSION.tr("{read_only_reason} Nothing was changed.").format(
                read_only_reason=self.read_only_reason))
        step()
        return None

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)

    def close(self) -> None:
        self.closed = True
        while self._before_close:
            self._before_close.pop()()
        if self._heartbeat is not None:
            self._heartbeat.stop()
        self.undo_stack.clear()
        try:
            self.db.close()
        except Exception:  # closing twice is harmless
            pass
