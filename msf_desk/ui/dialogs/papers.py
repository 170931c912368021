"""The paper dialog: a file to copy into the forum's storage, a reference, or a paper tabled at
the meeting; its disclosure and the agenda item it goes with."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from msf_desk.core import papers as core_papers
from msf_desk.core.attachments import size_text
from msf_desk.model.errors import ValidationError
from msf_desk.model.meetings import DISCLOSURES, AgendaItem, Paper, PaperVersion
from msf_desk.ui.dialogs.meetings import _text_edit
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets import board_book as book
from msf_desk.ui.widgets.fields import FieldForm
from msf_desk.ui.widgets.paper_versions import PaperVersionsBox
from msf_desk.ui.widgets.forms import combo as _combo, dialog_buttons as _buttons, form_layout as _form

DIALOGS_PAPERS = Context("DIALOGS_PAPERS")


class PaperDialog(QDialog):
    """A paper: a file to copy into the forum's storage, or a reference (link or citation)."""

    def __init__(self, meeting_id: int, items: list[AgendaItem], original: Paper | None = None,
                 item_id: int | None = None, parent=None, *, versions: list[PaperVersion] | None = None,
                 files_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paper_dialog")
        self.setWindowTitle(DIALOGS_PAPERS.tr("Edit paper") if original else DIALOGS_PAPERS.tr("Add a paper"))
        self.meeting_id, self.original = meeting_id, original
        self.paper: Paper | None = None
        self.source: Path | None = None
        p = original
        self.fields = FieldForm()
        form = _form()
        self.title = QLineEdit(p.title if p else "")
        self.item = QComboBox()
        self.item.addItem(DIALOGS_PAPERS.tr("No item (general paper)"), None)
        for n, it in enumerate([i for i in items if not i.is_break], start=1):
            self.item.addItem(f"{n}. {it.title}", it.id)
        wanted = p.item_id if p else item_id
        self.item.setCurrentIndex(max(0, self.item.findData(wanted)))
        self.disclosure = _combo(DISCLOSURES, p.disclosure if p else "public")
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file = QLineEdit(p.file_name if p else "")
        self.file.setPlaceholderText(DIALOGS_PAPERS.tr("No file"))
        self.file.setReadOnly(bool(p and p.stored_path))
        browse = QPushButton(DIALOGS_PAPERS.tr("Choose…"))
        browse.setObjectName("choose_file")
        browse.clicked.connect(self._choose)
        browse.setEnabled(not (p and p.stored_path))
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.reference = QLineEdit(p.reference if p else "")
        self.reference.setPlaceholderText(DIALOGS_PAPERS.tr("https://… or a citation"))
        self.summary = _text_edit(p.summary if p else "", 4)
        self.tabled = book.tabled_box(bool(p and p.tabled))
        self.fields.add(form, DIALOGS_PAPERS.tr("Title"), "title", self.title)
        self.fields.add(form, DIALOGS_PAPERS.tr("Agenda item"), "item_id", self.item)
        self.fields.add(form, DIALOGS_PAPERS.tr("Disclosure"), "disclosure", self.disclosure,
                        note=DIALOGS_PAPERS.tr("Withheld and confidential papers are listed in the public pack without content."))
        self.fields.add(form, DIALOGS_PAPERS.tr("File"), "file", file_row,
                        note=DIALOGS_PAPERS.tr("Copied into the forum's storage (at most 200 MB).") if not (p and p.stored_path)
                        else DIALOGS_PAPERS.tr("Stored; SHA-256 {sha256}…").format(sha256=p.sha256[:16]))
        self.fields.add(form, DIALOGS_PAPERS.tr("Reference"), "reference", self.reference)
        self.fields.add(form, "", "tabled", self.tabled, note=book.version_note(p.version, p.revised_on)
                        if p and p.is_revised else "")
        self.fields.add(form, DIALOGS_PAPERS.tr("Summary"), "summary", self.summary, note=DIALOGS_PAPERS.tr("Printed in the members' pack annex."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Every file circulated for the paper, earlier versions included, each to open.
        self.versions = PaperVersionsBox(p, versions, files_dir) if p and versions else None
        if self.versions is not None:
            layout.addWidget(self.versions)
        layout.addWidget(_buttons(self))
        self.resize(600, self.sizeHint().height())

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, DIALOGS_PAPERS.tr("Choose the paper's file"), str(Path.home()))
        if path:
            self.set_source(path)

    def set_source(self, path: str | Path) -> None:
        self.source = Path(path)
        self.file.setText(str(self.source))
        if not self.title.text().strip():
            self.title.setText(self.source.stem.replace("_", " ").replace("-", " "))

    def accept(self) -> None:
        problems: dict[str, str] = {}
        typed = self.file.text().strip()
        if typed and not (self.original and self.original.stored_path):
            self.source = Path(typed)
            if not self.source.is_file():
                problems["file"] = DIALOGS_PAPERS.tr("there is no file at {typed}").format(typed=typed)
            elif self.source.stat().st_size > core_papers.MAX_BYTES:
                problems["file"] = (DIALOGS_PAPERS.tr("{name} is {size_text}; papers can be at most 200 MB: give a link as the reference instead").format(name=self.source.name, size_text=size_text(self.source.stat().st_size)))
        elif not typed:
            self.source = None
        base = self.original or Paper(self.meeting_id, "")
        paper = dataclasses.replace(base, title=self.title.text().strip(), item_id=self.item.currentData(),
                                    disclosure=self.disclosure.currentData(),
                                    reference=self.reference.text().strip(), tabled=self.tabled.isChecked(),
                                    summary=self.summary.toPlainText().strip())
        try:
            core_papers.validate(paper)
        except ValidationError as exc:
            problems.update(exc.problems)
        if (self.source is None and not paper.reference and not paper.stored_path and not paper.tabled
                and "file" not in problems):
            problems["reference"] = DIALOGS_PAPERS.tr("attach a file or give a reference (a link or citation)")
        first = self.fields.show_problems(problems)
        if problems:
            if first is not None:
                first.setFocus()
            return
        self.paper = paper
        super().accept()


