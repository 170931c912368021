"""The one shape every undoable edit takes."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from msf_desk.core.audit import recorded
from msf_desk.model.errors import UserError


class CoreCommand(QUndoCommand):
    """An edit done by core functions, announced to the pages that show it.

    The first redo may be refused by core: the refusal is kept in `error` and the command
    marks itself obsolete, so the undo stack drops it instead of offering to undo something
    that never happened. A refusal on a later redo (after an undo) is a real error.
    """

    topics: tuple[str, ...] = ()

    def __init__(self, session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.error: UserError | None = None
        self.done_once = False

    @property
    def db(self):
        return self.session.db

    def redo(self) -> None:
        try:
            if self.done_once:
                with recorded(self.db, f"Redid: {QUndoCommand.text(self)}", action="redo"):
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
        with recorded(self.db, f"Undid: {QUndoCommand.text(self)}", action="undo"):
            self._undo()
        self._notify()

    def _notify(self) -> None:
        for topic in self.topics:
            self.session.notify(topic)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def run(session, command: CoreCommand) -> UserError | None:
    """Push `command`; return core's refusal, if any (the stack has then dropped it)."""
    session.push(command)
    return command.error
