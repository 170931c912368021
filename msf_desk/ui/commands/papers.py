"""Undoable edits of the board book: a new version of a paper's file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from msf_desk.core import papers
from msf_desk.model.meetings import Paper
from msf_desk.ui.commands.base import said
from msf_desk.ui.commands.meetings import _AgendaCommand
from msf_desk.ui.i18n import Context

COMMANDS_PAPERS = Context("COMMANDS_PAPERS")


class RevisePaper(_AgendaCommand):
    """The paper's new file becomes its current version; the earlier one is kept for the record.
    Undo puts the earlier version back as current (the new file stays in storage, unused)."""

    def __init__(self, session, paper: Paper, source: str | Path, *, files_dir: Path | None,
                 today: dt.date | None = None) -> None:
        super().__init__(session, paper.meeting_id,
                         said(COMMANDS_PAPERS.tr("new version of the paper {title}"), title=paper.title), today)
        self.before, self.source, self.files_dir = paper, source, files_dir
        self.after: Paper | None = None

    def _redo(self) -> None:
        if self.after is None:
            self.after = papers.revise_paper(self.db, self.before.id, self.source, files_dir=self.files_dir,
                                             today=self.today)
        else:
            papers.redo_revision(self.db, self.before, self.after, today=self.today)

    def _undo(self) -> None:
        papers.undo_revision(self.db, self.before)
