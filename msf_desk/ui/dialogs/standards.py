"""Dialogs for the records the standards read: an action plan, an outreach activity, a process
document. Each returns the record typed; the page pushes the undoable command."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from msf_desk.core import process_documents
from msf_desk.model.errors import UserError
from msf_desk.model.process_documents import DOCUMENT_TYPES, ProcessDocument
from msf_desk.model.standards import OUTREACH_KINDS, ActionPlan, OutreachActivity
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets.fields import DateField, FieldForm
from msf_desk.ui.widgets.forms import combo, dialog_buttons, form_layout

DIALOGS_STANDARDS = Context("DIALOGS_STANDARDS")

_PLAN_DATES = ("cocreation_starts", "cocreation_ends", "implementation_starts", "implementation_ends",
               "timeline_published_on")


class _RecordDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = FieldForm()
        self.form = form_layout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = dialog_buttons(self, DIALOGS_STANDARDS.tr("Save"))
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        try:
            self.result_record = self.record()
        except UserError as exc:
            problems = getattr(exc, "problems", None) or {getattr(exc, "field", None) or self.first: str(exc)}
            self.fields.show_problems(problems)
            return
        super().accept()


class PlanDialog(_RecordDialog):
    first = "name"

    def __init__(self, plan: ActionPlan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(DIALOGS_STANDARDS.tr("Action plan") if plan is None or plan.id is None
                         else DIALOGS_STANDARDS.tr("Change the action plan"), parent)
        self.plan = plan or ActionPlan()
        self.name = QLineEdit(self.plan.name)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Name:"), "name", self.name)
        labels = (DIALOGS_STANDARDS.tr("Co-creation &starts:"), DIALOGS_STANDARDS.tr("Co-creation &ends:"),
                  DIALOGS_STANDARDS.tr("&Implementation starts:"), DIALOGS_STANDARDS.tr("Implementation e&nds:"),
                  DIALOGS_STANDARDS.tr("&Timeline published on:"))
        notes = (DIALOGS_STANDARDS.tr("The day co-creation began."),
                 DIALOGS_STANDARDS.tr("The day the plan was submitted."), "", "",
                 DIALOGS_STANDARDS.tr("The day the co-creation timeline went online (due two weeks before "
                                      "co-creation starts)."))
        for name, label, note in zip(_PLAN_DATES, labels, notes):
            field = DateField()
            field.set_date(getattr(self.plan, name))
            self.fields.add(self.form, label, name, field, note=note)
        self.url = QLineEdit(self.plan.timeline_url)
        self.url.setPlaceholderText(DIALOGS_STANDARDS.tr("https://"))
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("Timeline &address:"), "timeline_url", self.url)

    def record(self) -> ActionPlan:
        values, problems = self.fields.dates(_PLAN_DATES)
        if problems:
            from msf_desk.model.errors import ValidationError
            raise ValidationError(problems)
        if not self.name.text().strip():
            raise UserError(DIALOGS_STANDARDS.tr("Give the action plan a name."), field="name")
        url = self.url.text().strip()
        if url and not url.lower().startswith(("http://", "https://")):
            raise UserError(DIALOGS_STANDARDS.tr("The timeline address should start with https://."),
                            field="timeline_url")
        return ActionPlan(self.plan.id, self.name.text().strip(), *(values[n] for n in _PLAN_DATES), url)


class OutreachDialog(_RecordDialog):
    first = "description"

    def __init__(self, activity: OutreachActivity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(DIALOGS_STANDARDS.tr("Outreach activity"), parent)
        self.activity = activity or OutreachActivity()
        self.day = DateField()
        self.day.set_date(self.activity.held_on)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Held on:"), "held_on", self.day)
        self.kind = combo(OUTREACH_KINDS, self.activity.kind)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Kind:"), "kind", self.kind)
        self.description = QPlainTextEdit(self.activity.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&What was done:"), "description", self.description,
                        note=DIALOGS_STANDARDS.tr("Who was reached, and how (published in the compliance report)."))

    def record(self) -> OutreachActivity:
        values, problems = self.fields.dates(("held_on",))
        if problems:
            raise UserError(problems["held_on"], field="held_on")
        if values["held_on"] is None:
            raise UserError(DIALOGS_STANDARDS.tr("Give the day the activity took place."), field="held_on")
        if not self.description.toPlainText().strip():
            raise UserError(DIALOGS_STANDARDS.tr("Describe the activity."), field="description")
        return OutreachActivity(self.activity.id, values["held_on"], self.kind.currentData(),
                                self.description.toPlainText().strip())


class DocumentDialog(_RecordDialog):
    """A process document: a new one with its file, or what is said of an existing one."""

    first = "title"

    def __init__(self, doc: ProcessDocument | None = None, parent: QWidget | None = None) -> None:
        super().__init__(DIALOGS_STANDARDS.tr("Process document") if doc is None
                         else DIALOGS_STANDARDS.tr("Change the process document"), parent)
        self.doc = doc or ProcessDocument("")
        self.path = QLineEdit()
        if doc is None:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.path, 1)
            choose = QPushButton(DIALOGS_STANDARDS.tr("C&hoose…"))
            choose.setObjectName("choose_file")
            choose.clicked.connect(self._choose)
            box.addWidget(choose)
            self.path.setObjectName("file")
            self.fields.add(self.form, DIALOGS_STANDARDS.tr("&File:"), "file", row,
                            note=DIALOGS_STANDARDS.tr("A copy is kept with the forum's files."))
            self.fields.widgets["file"] = self.path
        self.title = QLineEdit(self.doc.title)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Title:"), "title", self.title)
        self.kind: QComboBox = combo(DOCUMENT_TYPES, self.doc.doc_type)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("T&ype:"), "doc_type", self.kind)
        self.day = DateField()
        self.day.set_date(self.doc.issued_on)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Date:"), "issued_on", self.day,
                        note=DIALOGS_STANDARDS.tr("The date the document bears (published, adopted or issued)."))
        self.language = QLineEdit(self.doc.language or "en")
        self.language.setMaximumWidth(120)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("&Language:"), "language", self.language,
                        note=DIALOGS_STANDARDS.tr("A language tag: en, fr, es, pt-BR …"))
        self.public = QCheckBox(DIALOGS_STANDARDS.tr("&Publish it in the repository"))
        self.public.setChecked(self.doc.public)
        self.fields.add(self.form, "", "public", self.public)
        self.note = QLineEdit(self.doc.note)
        self.fields.add(self.form, DIALOGS_STANDARDS.tr("N&ote:"), "note", self.note,
                        note=DIALOGS_STANDARDS.tr("For the secretariat; never published."))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, DIALOGS_STANDARDS.tr("Choose the document's file"),
                                              str(Path.home()))
        if path:
            self.path.setText(path)
            if not self.title.text().strip():
                self.title.setText(Path(path).stem)

    def source(self) -> str | None:
        text = self.path.text().strip()
        return text or None

    def record(self) -> ProcessDocument:
        values, problems = self.fields.dates(("issued_on",))
        if problems:
            raise UserError(problems["issued_on"], field="issued_on")
        if self.doc.id is None and not self.source():
            raise UserError(DIALOGS_STANDARDS.tr("Choose the document's file."), field="file")
        doc = ProcessDocument(self.title.text().strip(), self.kind.currentData(), values["issued_on"],
                              self.language.text().strip(), self.public.isChecked(), note=self.note.text().strip(),
                              id=self.doc.id)
        process_documents.validate(doc)  # each problem shown on its field
        return doc
