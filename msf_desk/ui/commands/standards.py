"""Choosing the framework(s) the forum is assessed against, undoably."""
from __future__ import annotations

from msf_desk.core import standards
from msf_desk.ui.commands.base import CoreCommand


class ChooseFrameworks(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, keys: list[str]) -> None:
        super().__init__(session, "Choose the standards")
        self.keys = list(keys)
        self.before: str | None = None
        self.read_before = False

    def _redo(self) -> None:
        if not self.read_before:
            # As stored: undo puts back "no choice yet" too, not the default written out.
            self.before, self.read_before = standards.stored_choice(self.db), True
        standards.choose(self.db, self.keys)

    def _undo(self) -> None:
        standards.restore_choice(self.db, self.before)
