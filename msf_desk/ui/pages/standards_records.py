"""The records the standards read, on the Repository page's second tab: the forum's OGP website,
its action plans (co-creation timeline and its publication), outreach activities and the
process documents (action plan, self-assessments, IRM reports …). Every change is an undoable
command; the check on the first tab reads them again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget)

from msf_desk.model.records import record
from msf_desk.core import process_documents, standards
from msf_desk.ui.commands.standards import (AddDocument, EditDocument, RemoveDocument, RemoveOutreach, RemovePlan,
                                            SaveOutreach, SavePlan, SetWebsite)
from msf_desk.ui.dialogs.standards import DocumentDialog, OutreachDialog, PlanDialog
from msf_desk.ui.i18n import Context
from msf_desk.ui.models.standards import SORT_ROLE, DocumentsModel, OutreachModel, PlansModel
from msf_desk.ui.pages.base import PageBase, waits_for_fill

PAGES_STANDARDS_RECORDS = Context("PAGES_STANDARDS_RECORDS")


def _table(name: str, model, stretch: int) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.setSortingEnabled(True)
    table.setMinimumHeight(110)
    table.setMaximumHeight(200)  # three tables on one tab: none takes the others' room
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)  # the text takes the spare width
    return table, proxy


@record
class RecordsReading:
    website: str
    plans: list
    outreach: list
    documents: list


def read_records(db) -> RecordsReading:
    """What the tab shows (only core calls: it may run off the GUI thread)."""
    return RecordsReading(standards.get_website(db), standards.list_plans(db), standards.list_outreach(db),
                          process_documents.list_documents(db))


class StandardsRecords(PageBase, QWidget):
    """The tab of the Repository page (`page`), which reads what it shows with the standards'
    check (off the GUI thread when the page reads there) and reads it again after each change;
    what acts on the rows shown waits for the page's reading under way."""

    def __init__(self, session, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.message: QLabel | None = None

        intro = QLabel(PAGES_STANDARDS_RECORDS.tr("What the OGP standards look at beyond meetings, members and consultations. Changes "
                         "here count in the check at once; each can be undone (Edit → Undo)."))
        intro.setWordWrap(True)

        website_box = QGroupBox(PAGES_STANDARDS_RECORDS.tr("OGP website"))
        self.website = QLineEdit()
        self.website.setObjectName("website")
        self.website.setPlaceholderText(PAGES_STANDARDS_RECORDS.tr("https://"))
        self.website.setAccessibleName(PAGES_STANDARDS_RECORDS.tr("The address of the forum's OGP website or webpage"))
        self.website_button = QPushButton(PAGES_STANDARDS_RECORDS.tr("Save the &address"))
        self.website_button.setObjectName("save_website")
        self.website_button.clicked.connect(self.save_website)
        self.website.returnPressed.connect(self.save_website)
        row = QHBoxLayout(website_box)
        row.addWidget(QLabel(PAGES_STANDARDS_RECORDS.tr("Address:")))
        row.addWidget(self.website, 1)
        row.addWidget(self.website_button)

        self.plans_model, self.outreach_model, self.documents_model = PlansModel(self), OutreachModel(self), \
            DocumentsModel(self)
        self.plans, self.plans_proxy = _table("plans", self.plans_model, 0)
        self.outreach, self.outreach_proxy = _table("outreach", self.outreach_model, 2)
        self.documents, self.documents_proxy = _table("documents", self.documents_model, 2)
        self.plans.doubleClicked.connect(lambda *_: self.edit_plan())
        self.outreach.doubleClicked.connect(lambda *_: self.edit_outreach())
        self.documents.doubleClicked.connect(lambda *_: self.edit_document())

        self.buttons: dict[str, QPushButton] = {}
        groups = []
        for key, title, table, actions in (
                ("plans", PAGES_STANDARDS_RECORDS.tr("Action plans: co-creation, its timeline, implementation"), self.plans,
                 ((PAGES_STANDARDS_RECORDS.tr("Add an action plan…"), self.add_plan), (PAGES_STANDARDS_RECORDS.tr("Change…"), self.edit_plan),
                  (PAGES_STANDARDS_RECORDS.tr("Remove"), self.remove_plan))),
                ("outreach", PAGES_STANDARDS_RECORDS.tr("Outreach and awareness activities"), self.outreach,
                 ((PAGES_STANDARDS_RECORDS.tr("Add an activity…"), self.add_outreach), (PAGES_STANDARDS_RECORDS.tr("Change…"), self.edit_outreach),
                  (PAGES_STANDARDS_RECORDS.tr("Remove"), self.remove_outreach))),
                ("documents", PAGES_STANDARDS_RECORDS.tr("Process documents (published in the repository when marked so)"), self.documents,
                 ((PAGES_STANDARDS_RECORDS.tr("Add a document…"), self.add_document), (PAGES_STANDARDS_RECORDS.tr("Change…"), self.edit_document),
                  (PAGES_STANDARDS_RECORDS.tr("Remove"), self.remove_document)))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            line = QHBoxLayout()
            for n, (label, slot) in enumerate(actions):
                button = QPushButton(label)
                button.setObjectName(f"{key}_{('add', 'edit', 'remove')[n]}")
                button.clicked.connect(slot)
                self.buttons[button.objectName()] = button
                line.addWidget(button)
            line.addStretch(1)
            inner.addLayout(line)
            groups.append(box)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addWidget(website_box)
        for box in groups:
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def db(self):
        return self.session.db

    # The page reads for this tab: it is filling while the page is.
    @property
    def filling(self) -> bool:
        return self.page.filling

    def when_filled(self, fn) -> None:
        self.page.when_filled(fn)

    def files_dir(self) -> Path:
        from msf_desk.paths import forum_files_dir

        return forum_files_dir(self.session.path)

    def show_records(self, r: RecordsReading) -> None:
        if not self.website.isModified():      # an address being typed is left alone
            self.website.setText(r.website)
        self.plans_model.set_rows(r.plans)
        self.outreach_model.set_rows(r.outreach)
        self.documents_model.set_rows(r.documents)
        self._enable()

    def show_reading(self) -> None:
        """While the page reads: no rows, nothing to change or remove."""
        for model in (self.plans_model, self.outreach_model, self.documents_model):
            model.set_rows([])
        self._enable()

    def _enable(self) -> None:
        for key, table in (("plans", self.plans), ("outreach", self.outreach), ("documents", self.documents)):
            has = table.model().rowCount() > 0
            self.buttons[f"{key}_edit"].setEnabled(has)
            self.buttons[f"{key}_remove"].setEnabled(has)

    def _selected(self, table: QTableView, model):
        index = table.currentIndex()
        if not index.isValid():
            if table.model().rowCount() != 1:
                return None
            index = table.model().index(0, 0)
        source = table.model().mapToSource(index)
        return model.row_at(source.row())

    # --- website ------------------------------------------------------------------------------
    @waits_for_fill
    def save_website(self) -> None:
        url = self.website.text().strip()
        self.website.setModified(False)
        if url == standards.get_website(self.db):
            return
        if self.run_command(SetWebsite(self.session, url), PAGES_STANDARDS_RECORDS.tr("Cannot record the address")):
            self.say(PAGES_STANDARDS_RECORDS.tr("OGP website recorded."))

    # --- plans ---------------------------------------------------------------------------------
    def add_plan(self) -> None:
        self.open_dialog(PlanDialog(parent=self), lambda d: self.run_command(
            SavePlan(self.session, d.result_record), PAGES_STANDARDS_RECORDS.tr("Cannot save the action plan")))

    @waits_for_fill
    def edit_plan(self) -> None:
        plan = self._selected(self.plans, self.plans_model)
        if plan is None:
            return
        self.open_dialog(PlanDialog(plan, parent=self), lambda d: self.run_command(
            SavePlan(self.session, d.result_record), PAGES_STANDARDS_RECORDS.tr("Cannot save the action plan")))

    @waits_for_fill
    def remove_plan(self) -> None:
        plan = self._selected(self.plans, self.plans_model)
        if plan is not None:
            self.run_command(RemovePlan(self.session, plan.id), PAGES_STANDARDS_RECORDS.tr("Cannot remove it"))

    # --- outreach ------------------------------------------------------------------------------
    def add_outreach(self) -> None:
        self.open_dialog(OutreachDialog(parent=self), lambda d: self.run_command(
            SaveOutreach(self.session, d.result_record), PAGES_STANDARDS_RECORDS.tr("Cannot save the activity")))

    @waits_for_fill
    def edit_outreach(self) -> None:
        activity = self._selected(self.outreach, self.outreach_model)
        if activity is None:
            return
        self.open_dialog(OutreachDialog(activity, parent=self), lambda d: self.run_command(
            SaveOutreach(self.session, d.result_record), PAGES_STANDARDS_RECORDS.tr("Cannot save the activity")))

    @waits_for_fill
    def remove_outreach(self) -> None:
        activity = self._selected(self.outreach, self.outreach_model)
        if activity is not None:
            self.run_command(RemoveOutreach(self.session, activity.id), PAGES_STANDARDS_RECORDS.tr("Cannot remove it"))

    # --- process documents -----------------------------------------------------------------------
    def add_document(self) -> None:
        self.open_dialog(DocumentDialog(parent=self), lambda d: self.run_command(
            AddDocument(self.session, d.result_record, files_dir=self.files_dir(), source=d.source()),
            PAGES_STANDARDS_RECORDS.tr("Cannot add the document")))

    @waits_for_fill
    def edit_document(self) -> None:
        doc = self._selected(self.documents, self.documents_model)
        if doc is None:
            return
        self.open_dialog(DocumentDialog(doc, parent=self), lambda d: self.run_command(
            EditDocument(self.session, doc, d.result_record), PAGES_STANDARDS_RECORDS.tr("Cannot change the document")))

    @waits_for_fill
    def remove_document(self) -> None:
        doc = self._selected(self.documents, self.documents_model)
        if doc is None:
            return
        if self.run_command(RemoveDocument(self.session, doc.id, self.files_dir()),
                            PAGES_STANDARDS_RECORDS.tr("Cannot remove the document")):
            self.say(PAGES_STANDARDS_RECORDS.tr("Removed “{title}”: the next repository export no longer "
                                                "publishes it (Edit → Undo puts it back).").format(title=doc.title))
