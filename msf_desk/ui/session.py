"""The open forum as the window sees it: the database, its undo stack, change notices."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from msf_desk.core import forum as core_forum
from msf_desk.core.audit import recorded
from msf_desk.core import language
from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context
from msf_desk.ui.workers import ExportJob, forum_work, interruptible

SESSION = Context("SESSION")

HEARTBEAT_MS = 60_000

# From this many rows moved (a consultation's contributions to the trash and back, contributions
# deleted or restored, an import undone), an edit runs in a worker (run_slow): the window stays usable.
SLOW_FROM = 5_000
# Deleting contributions one trash entry each costs about a hundred times a consultation's row
# (10-15 ms each on a 100,000-contribution forum): from this many.
SLOW_ENTRIES_FROM = 200


class ForumSession(QObject):
    """One open forum file. Pages read through core with `db`; edits go through `push`.

    `changed(topic)` tells pages which part of the records moved ("forum", "members",
    "meetings", …) so each refreshes only what it shows.

    A session on a forum opened read-only (someone else edits it, or the file cannot be
    written here) refuses every command with `read_only_reason`.
    """

    changed = Signal(str)

    def __init__(self, db, path: Path, parent: QObject | None = None, *, in_use_by: str = "",
                 slow_from: int = SLOW_FROM, slow_entries_from: int = SLOW_ENTRIES_FROM) -> None:
        super().__init__(parent)
        self.db = db
        # How many rows (trash entries) make an edit slow enough for a worker: see SlowCommand.
        self.slow_from = slow_from
        self.slow_entries_from = slow_entries_from
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
        # A slow edit running in a worker holds the forum's write lock: every other edit waits for it.
        job = self.holding(getattr(command, "topics", ())) or self.running("edit")
        if job is not None:
            error = UserError(SESSION.tr(
                "{job} is still running and writes these records. Wait until it ends (or cancel it in the "
                "status bar), then try again. Nothing was changed.").format(job=job.title))
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

    def undo(self, parent=None) -> UserError | None:
        """Undo the last edit, unless a running job writes the records it would change (an
        import into the consultation): then nothing is undone and the refusal is returned. A slow
        edit is undone in a worker (run_slow) when `parent`, the window, can show its progress."""
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo, parent=parent, refusal=SESSION.tr(
            "“{edit}” cannot be undone now: {job} is still running and writes these records. Wait until it "
            "ends (or cancel it in the status bar), then undo again. Nothing was changed."))

    def redo(self, parent=None) -> UserError | None:
        """Redo the next edit, refused in the same way as undo while a job writes its records."""
        return self._step(self.undo_stack.index(), self.undo_stack.redo, parent=parent, refusal=SESSION.tr(
            "“{edit}” cannot be redone now: {job} is still running and writes these records. Wait until it "
            "ends (or cancel it in the status bar), then redo again. Nothing was changed."))

    def _step(self, index: int, step, refusal: str, parent=None) -> UserError | None:
        if index < 0 or index >= self.undo_stack.count():
            return None
        command = self.undo_stack.command(index)
        job = self.holding(getattr(command, "topics", ())) or self.running("edit")
        if job is not None:
            return UserError(refusal.format(edit=command.text(), job=job.title))
        if self.read_only:
            return UserError(SESSION.tr("{read_only_reason} Nothing was changed.").format(
                read_only_reason=self.read_only_reason))
        if getattr(command, "slow", False) and parent is not None:
            self.run_slow(command, parent, "undo" if step == self.undo_stack.undo else "redo")
            return None
        step()
        return None

    def run_slow(self, command, parent, step: str = "do"):
        """Run a slow edit's work (msf_desk.ui.commands.base.SlowCommand) in a worker, on a
        connection of its own, in one transaction recorded in the forum's history; the undo stack
        moves when it is written. While it runs, edits of what it writes (its topics), and every
        undo and redo, are refused in words. Cancel, pressed before the work is written, leaves
        the forum as it was. Returns the job (None when refused: `command.error` says why)."""
        job = self.holding(command.topics) or self.running("edit")
        if job is not None or self.read_only:
            command.error = UserError(
                SESSION.tr("{job} is still running. Wait until it ends, then try again. Nothing was changed.").format(
                    job=job.title) if job is not None else SESSION.tr("{read_only_reason} Nothing was changed.").format(
                    read_only_reason=self.read_only_reason))
            return None
        words = {"do": command.recorded_text, "undo": f"Undid: {command.recorded_text}",
                 "redo": f"Redid: {command.recorded_text}"}[step]
        work_step = command.work_undo if step == "undo" else command.work_redo

        def work(db, progress):
            progress.check()
            with interruptible(db, progress):   # Cancel stops SQLite too, inside a long statement
                with recorded(db, words, action={"do": "change", "undo": "undo", "redo": "redo"}[step]):
                    work_step(db, progress)
                    progress.check()   # Cancel pressed meanwhile: the transaction is rolled back
            return True

        label = {"do": SESSION.tr("Doing: {edit}…"), "undo": SESSION.tr("Undoing: {edit}…"),
                 "redo": SESSION.tr("Redoing: {edit}…")}[step].format(edit=command.text())
        job = ExportJob(parent, label, forum_work(self.path, work), title=command.text(), session=self,
                        holds=tuple(command.topics), kind="edit")
        job.finished.connect(lambda _result: self._slow_written(command, step))
        job.start()
        return job

    def _slow_written(self, command, step: str) -> None:
        command.done_elsewhere = True
        if step == "do":
            self.undo_stack.push(command)
        elif step == "undo":
            self.undo_stack.undo()
        else:
            self.undo_stack.redo()
        command.done_elsewhere = False

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
