"""The one shape every undoable edit takes."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from msf_desk.core.audit import recorded
from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import record_label, source_of


class Said(str):
    """What an edit did, in the words the forum's history records (English, like every
    summary the rules write) — the str itself — and in the window's language (`shown`), for
    Edit → Undo/Redo. Made with `said()`."""

    shown: str

    def __new__(cls, recorded_text: str, shown_text: str | None = None) -> "Said":
        text = super().__new__(cls, recorded_text)
        text.shown = recorded_text if shown_text is None else shown_text
        return text


def said(pattern: str, english: str | None = None, **values) -> Said:
    """An undo description from a marked pattern: ``said(COMMANDS_MEMBERS.tr("add {name}"),
    name=member.name)``. The history records the English pattern filled in; the window shows
    the translated one. A plural pattern (``tr("plan %n meeting(s)", "", n)``) gives its
    English words as `english` (the count is already in both)."""
    shown_text = pattern.format(**{k: getattr(v, "shown", v) for k, v in values.items()})
    recorded_text = english if english is not None else source_of(pattern).format(**{k: str(v) for k, v in values.items()})
    return Said(recorded_text, shown_text)


def label(english: str, lower: bool = False) -> Said:
    """A record label ("Held", "Recused") inside an undo description: English in the history,
    the window's language on screen."""
    shown_text = record_label(english)
    return Said(english.lower(), shown_text.lower()) if lower else Said(english, shown_text)


class CoreCommand(QUndoCommand):
    """An edit done by core functions, announced to the pages that show it.

    The first redo may be refused by core: the refusal is kept in `error` and the command
    marks itself obsolete, so the undo stack drops it instead of offering to undo something
    that never happened. A refusal on a later redo (after an undo) is a real error.
    """

    topics: tuple[str, ...] = ()

    def __init__(self, session, text: str) -> None:
        super().__init__(getattr(text, "shown", text))
        self.recorded_text = str(text)    # the words the forum's history keeps (see Said)
        self.session = session
        self.error: UserError | None = None
        self.done_once = False

    @property
    def db(self):
        return self.session.db

    def redo(self) -> None:
        try:
            if self.done_once:
                with recorded(self.db, f"Redid: {self.recorded_text}", action="redo"):
                    self._redo()
            else:
                self._redo()
        except UserError as exc:
            if self.done_once:
                raise
            self.error = exc
            self.setObsolete(True)
            return
        self.done_once = True
        self._notify()

    def undo(self) -> None:
        with recorded(self.db, f"Undid: {self.recorded_text}", action="undo"):
            self._undo()
        self._notify()

    def describe(self, text: str) -> None:
        """Change what the edit says it did (a `Said`, or plain words)."""
        self.recorded_text = str(text)
        self.setText(getattr(text, "shown", text))

    def _notify(self) -> None:
        for topic in self.topics:
            self.session.notify(topic)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class SlowCommand(CoreCommand):
    """An edit whose work may take many seconds (a consultation of 100,000 contributions to the
    trash and back, thousands of contributions deleted, a large import undone). When `slow` is
    set (the command decides from the rows it moves and the session's `slow_from`), the session
    runs `work_redo(db, progress)` and `work_undo(db, progress)` in a worker on a connection of
    its own (ForumSession.run_slow) and moves the undo stack once the work is written;
    `_redo`/`_undo` then only tell the pages. Otherwise they run here, without progress."""

    slow = False
    done_elsewhere = False   # set by the session: the worker already wrote this step

    def work_redo(self, db, progress=None) -> None:
        raise NotImplementedError

    def work_undo(self, db, progress=None) -> None:
        raise NotImplementedError

    def _redo(self) -> None:
        if self.done_elsewhere:
            self.done_elsewhere = False
            return
        self.work_redo(self.db)

    def _undo(self) -> None:
        if self.done_elsewhere:
            self.done_elsewhere = False
            return
        self.work_undo(self.db)


def run(session, command: CoreCommand) -> UserError | None:
    """Push `command`; return core's refusal, if any (the stack has then dropped it)."""
    session.push(command)
    return command.error
