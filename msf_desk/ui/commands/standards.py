"""Choosing the framework(s) the forum is assessed against, undoably."""
from __future__ import annotations

from msf_desk.core import standards
from msf_desk.ui.commands.base import CoreCommand


class ChooseFrameworks(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, keys: list[str]) -> None:
        super().__init__(session, "Choose the standards")
        self.keys = list(keys)
        self.before: list[str] | None = None

    def _redo(self) -> None:
        if self.before is None:
            self.before = standards.chosen(self.db)
        standards.choose(self.db, self.keys)

    def _undo(self) -> None:
        standards.choose(self.db, self.before)
