"""The Meetings page's board-book actions: a break on the agenda, a new version of a paper.

(The page's own module holds adding, editing and removing items and papers; the export of the
board book goes through the page's pack export with "bind the papers" ticked.)"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from msf_desk.ui.commands.meetings import AddItem
from msf_desk.ui.commands.papers import RevisePaper
from msf_desk.ui.dialogs.meetings import ItemDialog
from msf_desk.ui.i18n import Context

PAGES_MEETINGS_BOARD = Context("PAGES_MEETINGS_BOARD")


class BoardBookActions:
    """Adds "Add break…" to the agenda's toolbar and "New version…" to the papers' toolbar of
    the page's agenda editor; each is enabled exactly when its neighbour (Add item…, Remove) is."""

    def __init__(self, page) -> None:
        self.page = page
        e = page.editor
        self.break_action = QAction(PAGES_MEETINGS_BOARD.tr("Add break…"), e)
        self.break_action.setObjectName("add_break")
        self.break_action.setToolTip(PAGES_MEETINGS_BOARD.tr(
            "A timed pause (coffee, lunch) after the selected item: no number, paper or decision"))
        self.revise_action = QAction(PAGES_MEETINGS_BOARD.tr("New version…"), e)
        self.revise_action.setObjectName("revise_paper")
        self.revise_action.setToolTip(PAGES_MEETINGS_BOARD.tr(
            "Replace the selected paper's file with a new version; the earlier one is kept for the record "
            "and the pack says “revised”"))
        e.agenda_bar.insertAction(e.edit_item_action, self.break_action)
        e.papers_bar.insertAction(e.remove_paper_action, self.revise_action)
        e.add_item_action.changed.connect(lambda: self.break_action.setEnabled(e.add_item_action.isEnabled()))
        e.add_paper_action.changed.connect(lambda: self.revise_action.setEnabled(e.add_paper_action.isEnabled()))
        self.break_action.setEnabled(e.add_item_action.isEnabled())
        self.revise_action.setEnabled(e.add_paper_action.isEnabled())
        self.break_action.triggered.connect(self.add_break)
        self.revise_action.triggered.connect(lambda: self.revise_paper())

    def add_break(self) -> ItemDialog | None:
        page = self.page
        if page.filling:                  # on the agenda as it is now, once the page shows it
            page.when_filled(self.add_break)
            return None
        m = page.current()
        if m is None:
            return None
        dialog = ItemDialog(m.id, parent=page)
        dialog.is_break.setChecked(True)
        dialog.title.setText(PAGES_MEETINGS_BOARD.tr("Break"))
        dialog.duration.setValue(15)
        selected = page._item_at_selection()
        position = selected.position + 1 if selected is not None else 0

        def done(d: ItemDialog) -> None:
            page._run(AddItem(page.session, dataclasses.replace(d.item, position=position), page.today),
                      PAGES_MEETINGS_BOARD.tr("Cannot add the break"))

        page._open(dialog, done)
        return dialog

    def revise_paper(self, source: str | Path | None = None) -> bool:
        """Give the selected paper a new version of its file (chosen in a file dialog unless given)."""
        page = self.page
        if page.filling:
            page.when_filled(lambda: self.revise_paper(source))
            return False
        paper = page._paper_at_selection()
        if paper is None:
            page._say(PAGES_MEETINGS_BOARD.tr("Choose a paper in the list first."))
            return False
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                page, PAGES_MEETINGS_BOARD.tr("Choose the new version of the paper"), str(Path.home()))
            if not source:
                return False
        return bool(page._run(RevisePaper(page.session, paper, source, files_dir=page.files_dir(),
                                          today=page.today),
                              PAGES_MEETINGS_BOARD.tr("Cannot add the new version")))
