"""The Ethics page: compliance and reminders, the statement and its signatures, each
member's declarations of interest, conflicts on a meeting's agenda, the breach register."""
from __future__ import annotations

import datetime as dt
from msf_desk.model.records import record
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit,
                               QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from msf_desk.core import breaches as core_breaches
from msf_desk.core import ethics as core
from msf_desk.core.interests_in_force import declarations
from msf_desk.core.meetings import choosable_meetings
from msf_desk.core.members import list_members
from msf_desk.paths import forum_files_dir
from msf_desk.ui.pages.base import waits_for_fill, writes_documents
from msf_desk.ui.commands.ethics import (AddDeclaration, EditDeclaration, NewStatementVersion, RecordBreach,
                                         RemoveBreach, RemoveDeclaration, RemoveSignature, SignStatement)
from msf_desk.model.errors import UserError
from msf_desk.ui.dialogs.ethics import BreachDialog, DeclarationDialog, SignDialog, StatementDialog
from msf_desk.ui.dialogs.export import Document, ExportOffer
from msf_desk.ui.dialogs.mail import reminders_work, write_drafts
from msf_desk.ui.errors import show_error
from msf_desk.ui.i18n import Context, in_window_language, record_label, window_day
from msf_desk.ui.pages.base import PageBase, not_read_text
from msf_desk.ui.models.ethics import (BreachesModel, ComplianceFilter, ComplianceModel, DeclarationsModel,
                                       InterestsModel, SignaturesModel, StatementsModel)
from msf_desk.ui.widgets.conflicts import ConflictsPanel
from msf_desk.ui.widgets.tables import MIN_TEXT_WIDTH, fit_columns, record_table, select_row, text_toolbar
from msf_desk.ui.widgets import folders

PAGES_ETHICS = Context("PAGES_ETHICS")

TOPICS = ("ethics", "members", "forum", "meetings", "minutes")



@record
class EthicsReading:
    """What the page shows, read in one go (off the GUI thread when the window reads there)."""

    members: list
    report: core.ComplianceReport
    statements: list
    signatures: list
    covered: list               # the members the statement covers today
    breaches: list
    meetings: list              # the meetings whose agenda may be checked, newest first


def read_ethics(db, today: dt.date, within: int) -> EthicsReading:
    return EthicsReading(
        members=list_members(db), report=core.compliance(db, today, within), statements=core.statements(db),
        signatures=core.signatures(db), covered=core.covered_members(db, today),
        breaches=core_breaches.list_breaches(db),
        meetings=sorted(choosable_meetings(db), key=lambda m: m.starts_at, reverse=True))


def _table(model, name: str, text_columns: int | tuple[int, ...], *, optional: tuple[int, ...] = (),
           min_text: int = MIN_TEXT_WIDTH) -> QTableView:
    """A register's table: its text columns (names, organisations, texts) share the spare
    width, cut texts show whole in a tooltip; dates, states and counts fit their contents."""
    view = record_table(name, model, word_wrap=False)
    # The registers' cells are words with a colour at most (no icon, check box, font or size of
    # their own): a column is measured from its widest words (see RecordTable).
    view.measure_by_text = True
    return fit_columns(view, text_columns, optional=optional, min_text=min_text)


def _selected(view: QTableView):
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    index = rows[0]
    model = view.model()
    if hasattr(model, "mapToSource"):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model.row_at(index.row())


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class EthicsPage(PageBase, QWidget):
    # The one way of every page (ui/pages/base.py), under the names this page always used.
    _open, _run, _status = PageBase.open_dialog, PageBase.run_command, PageBase.say
    # Built with later=True by the window: the registers are read off the GUI thread (seconds on
    # a large forum) and the page fills in when the reading comes back (see PageBase.read_then_show).
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self.read = False          # something read is on screen (the actions need it)
        self.signatures: list = []
        self.covered: list = []
        self.names: dict[int, str] = {}
        self._conflicts_meeting = None   # the meeting the Conflicts tab shows once it is opened
        self.today = dt.date.today()
        self.dialog = None
        self.confirm_box: QMessageBox | None = None
        self.job = None
        self.last_written: list[Path] = []
        self.members = []
        self.report: core.ComplianceReport | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._compliance_tab(), PAGES_ETHICS.tr("Compliance"))
        self.tabs.addTab(self._statement_tab(), PAGES_ETHICS.tr("Ethics statement"))
        self.tabs.addTab(self._declarations_tab(), PAGES_ETHICS.tr("Declarations"))
        self.tabs.addTab(self._conflicts_tab(), PAGES_ETHICS.tr("Conflicts"))
        self.tabs.addTab(self._breaches_tab(), PAGES_ETHICS.tr("Breaches"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._show_conflicts())
        session.changed.connect(self._on_changed)
        self.fill_failed.connect(lambda exc: self.compliance_summary.setText(not_read_text(exc)))
        if later:
            self.compliance_summary.setText(PAGES_ETHICS.tr("Reading the ethics records…"))
            self._update_actions()
        self.reload()

    # --- tabs -------------------------------------------------------------------------------
    def _compliance_tab(self) -> QWidget:
        self.within = QSpinBox()
        self.within.setObjectName("within_days")
        self.within.setRange(0, 365)
        self.within.setValue(core.DEFAULT_WITHIN_DAYS)
        self.within.setSuffix(PAGES_ETHICS.tr(" days"))
        self.within.valueChanged.connect(lambda _v: self.reload_compliance())
        self.only_reminders = QCheckBox(PAGES_ETHICS.tr("Only members to remind"))
        self.only_reminders.setObjectName("only_reminders")
        self.copy_action = QAction(PAGES_ETHICS.tr("Copy reminder list"), self, triggered=self.copy_reminders)
        self.email_action = QAction(PAGES_ETHICS.tr("E-mail reminders…"), self, triggered=lambda: self.email_reminders())
        self.email_action.setObjectName("email_reminders")
        self.summary_action = QAction(PAGES_ETHICS.tr("Compliance summary…"), self, triggered=self.export_summary)
        self.register_action = QAction(PAGES_ETHICS.tr("Register of interests…"), self, triggered=self.export_register)
        bar = text_toolbar(self.copy_action, self.email_action, None, self.summary_action, self.register_action)
        self.compliance_bar = bar
        self.compliance_summary = QLabel()
        self.compliance_summary.setObjectName("compliance_summary")
        self.compliance_summary.setWordWrap(True)
        self.compliance_model = ComplianceModel(self)
        self.compliance_proxy = ComplianceFilter(self)
        self.compliance_proxy.setSourceModel(self.compliance_model)
        self.compliance_table = _table(self.compliance_proxy, "compliance_table", (0, 1), optional=(2,))
        self.compliance_table.setSortingEnabled(True)
        self.compliance_table.sortByColumn(0, Qt.AscendingOrder)
        self.compliance_table.doubleClicked.connect(self._open_member_declarations)
        self.only_reminders.toggled.connect(self.compliance_proxy.set_only_reminders)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(PAGES_ETHICS.tr("Declarations due within")))
        controls.addWidget(self.within)
        controls.addSpacing(16)
        controls.addWidget(self.only_reminders)
        controls.addStretch(1)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(bar)
        box.addWidget(self.compliance_summary)
        box.addLayout(controls)
        box.addWidget(self.compliance_table, 1)
        legend = QLabel(PAGES_ETHICS.tr("<span style='background:#d6efd8'>&nbsp;Green&nbsp;</span> up to date &nbsp; "
                        "<span style='background:#fde7b0'>&nbsp;Amber&nbsp;</span> to sign or due soon &nbsp; "
                        "<span style='background:#f6c1bd'>&nbsp;Red&nbsp;</span> missing or overdue. "
                        "Double-click a member to see their declarations."))
        legend.setWordWrap(True)
        box.addWidget(legend)
        return tab

    def _statement_tab(self) -> QWidget:
        self.new_version_action = QAction(PAGES_ETHICS.tr("New version…"), self, triggered=self.new_version)
        self.sign_action = QAction(PAGES_ETHICS.tr("Record a signature…"), self, triggered=self.record_signature)
        self.unsign_action = QAction(PAGES_ETHICS.tr("Remove signature…"), self, triggered=self.remove_signature)
        self.unsign_action.setToolTip(PAGES_ETHICS.tr("For a signature entered by mistake."))
        bar = text_toolbar(self.new_version_action, self.sign_action, self.unsign_action)
        self.statements_model = StatementsModel(self)
        self.statements_table = _table(self.statements_model, "statements_table", 3)
        self.statements_table.selectionModel().selectionChanged.connect(self._show_statement)
        self.statement_text = QPlainTextEdit()
        self.statement_text.setObjectName("statement_text")
        self.statement_text.setReadOnly(True)
        self.signatures_model = SignaturesModel(self)
        self.signatures_table = _table(self.signatures_model, "signatures_table", (0, 2))
        self.signatures_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.unsigned_label = QLabel()
        self.unsigned_label.setObjectName("unsigned")
        self.unsigned_label.setWordWrap(True)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(PAGES_ETHICS.tr("Versions")))
        box.addWidget(self.statements_table, 1)
        box.addWidget(_heading(PAGES_ETHICS.tr("Signatures of the chosen version")))
        box.addWidget(self.signatures_table, 2)
        box.addWidget(self.unsigned_label)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(PAGES_ETHICS.tr("Text")))
        box.addWidget(self.statement_text)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(bar)
        box.addWidget(splitter, 1)
        return tab

    def _declarations_tab(self) -> QWidget:
        self.new_declaration_action = QAction(PAGES_ETHICS.tr("New declaration…"), self, triggered=self.new_declaration)
        self.edit_declaration_action = QAction(PAGES_ETHICS.tr("Edit…"), self, triggered=self.edit_declaration)
        self.remove_declaration_action = QAction(PAGES_ETHICS.tr("Remove…"), self, triggered=self.remove_declaration)
        self.form_action = QAction(PAGES_ETHICS.tr("Declaration form…"), self, triggered=self.export_form)
        self.form_action.setToolTip(PAGES_ETHICS.tr("A form pre-filled with what is on record, to print and sign."))
        bar = text_toolbar(self.new_declaration_action, self.edit_declaration_action, self.remove_declaration_action,
                       None, self.form_action)
        self.people_model = ComplianceModel(self)
        self.people_table = _table(self.people_model, "declaration_members", (0, 4))   # a status may be long
        for column in (1, 2, 3):
            self.people_table.hideColumn(column)
        self.people_table.selectionModel().selectionChanged.connect(self._show_member)
        self.declarations_model = DeclarationsModel(self)
        self.declarations_table = _table(self.declarations_model, "declarations_table", 2)
        self.declarations_table.selectionModel().selectionChanged.connect(self._show_declaration)
        self.declarations_table.doubleClicked.connect(lambda _i: self.edit_declaration())
        self.interests_model = InterestsModel(self)
        self.interests_table = _table(self.interests_model, "interests_table", (1, 2), optional=(4, 3))
        self.declaration_note = QLabel()
        self.declaration_note.setWordWrap(True)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(PAGES_ETHICS.tr("Declarations (newest last)")))
        box.addWidget(self.declarations_table, 1)
        box.addWidget(_heading(PAGES_ETHICS.tr("Interests declared")))
        box.addWidget(self.interests_table, 2)
        box.addWidget(self.declaration_note)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.people_table)
        splitter.addWidget(right)
        splitter.setSizes([400, 600])   # the interests' columns need the wider side
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(bar)
        box.addWidget(splitter, 1)
        return tab

    def _conflicts_tab(self) -> QWidget:
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("conflict_meeting")
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.conflicts = ConflictsPanel(self.session, can_record=True, later=self.later)
        self.conflicts.setObjectName("conflicts_panel")
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._conflicts_chosen())
        row = QHBoxLayout()
        row.addWidget(QLabel(PAGES_ETHICS.tr("Meeting")))
        row.addWidget(self.meeting_combo)
        row.addStretch(1)
        note = QLabel(PAGES_ETHICS.tr("Found by matching the organisations and topics each agenda item names against the "
                      "interests members have declared (not their seat's organisation). Recusals, waivers and "
                      "declarations made at the meeting are recorded in its minutes."))
        note.setWordWrap(True)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(row)
        box.addWidget(note)
        box.addWidget(self.conflicts, 1)
        self.conflicts_tab = tab
        return tab

    def _conflicts_chosen(self) -> None:
        self._conflicts_meeting = self.meeting_combo.currentData()
        self._show_conflicts()

    def _breaches_tab(self) -> QWidget:
        self.add_breach_action = QAction(PAGES_ETHICS.tr("Record a breach…"), self, triggered=self.add_breach)
        self.edit_breach_action = QAction(PAGES_ETHICS.tr("Edit…"), self, triggered=self.edit_breach)
        self.remove_breach_action = QAction(PAGES_ETHICS.tr("Remove…"), self, triggered=self.remove_breach)
        bar = text_toolbar(self.add_breach_action, self.edit_breach_action, self.remove_breach_action)
        self.breaches_model = BreachesModel(self)
        self.breaches_table = _table(self.breaches_model, "breaches_table", (2, 3, 5), optional=(3,))
        self.breaches_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.breaches_table.doubleClicked.connect(lambda _i: self.edit_breach())
        note = QLabel(PAGES_ETHICS.tr("Allegations that a member broke the ethics statement, how they were handled and the "
                      "sanction under the forum's rules. A removal ends the member's term."))
        note.setWordWrap(True)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(bar)
        box.addWidget(note)
        box.addWidget(self.breaches_table, 1)
        return tab

    # --- reading ------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.reload()

    def reload(self) -> None:
        """Everything again from the records: read (off the GUI thread when the page was built
        with later=True), then shown."""
        today, within = self.today, self.within.value()
        self.read_then_show(lambda db: read_ethics(db, today, within), self._show)

    def reload_compliance(self) -> None:
        self.reload()

    def _show(self, reading: EthicsReading) -> None:
        self.read = True
        self.members = reading.members
        self.names = {m.id: m.name for m in self.members}
        self.signatures, self.covered = reading.signatures, reading.covered
        self._show_compliance(reading.report)
        statement_id = _selected(self.statements_table).id if _selected(self.statements_table) else None
        signed: dict[int, int] = {}
        for s in reading.signatures:
            signed[s.statement_id] = signed.get(s.statement_id, 0) + 1
        self.statements_model.set_statements(reading.statements, signed)
        self._select_row(self.statements_table, self.statements_model,
                         lambda s: s.id == statement_id, fallback=0)
        self._show_statement()
        breach_id = _selected(self.breaches_table).id if _selected(self.breaches_table) else None
        self.breaches_model.set_breaches(reading.breaches, self.names)
        self._select_row(self.breaches_table, self.breaches_model, lambda b: b.id == breach_id)
        self._show_meetings(reading.meetings)
        self._update_actions()

    def _show_compliance(self, report: core.ComplianceReport) -> None:
        self.report = report
        self.compliance_model.set_rows(self.report.rows)
        with in_window_language():
            lines = self.report.summary_lines()
        n = len(self.report.reminders)
        lines.append(PAGES_ETHICS.tr("%n member(s) to remind.", "", n) if n else PAGES_ETHICS.tr("Nobody needs a reminder."))
        self.compliance_summary.setText("\n".join(lines))
        member_id = self.selected_member_id()
        self.people_model.set_rows(sorted(self.report.rows, key=lambda r: r.name.casefold()))
        self._select_row(self.people_table, self.people_model, lambda r: r.member_id == member_id, fallback=0)
        self._show_member()

    def _show_meetings(self, meetings: list) -> None:
        current = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in meetings:
            self.meeting_combo.addItem(f"{window_day(m.day, short=True)} — {m.title} ({record_label(m.status_label).lower()})", m.id)
        if current is None and meetings:
            # The next meeting to come, else the latest held.
            coming = [m for m in meetings if m.day >= self.today and m.is_open]
            current = (coming[-1] if coming else meetings[0]).id
        index = self.meeting_combo.findData(current)
        self.meeting_combo.setCurrentIndex(max(0, index))
        self.meeting_combo.blockSignals(False)
        self._conflicts_meeting = self.meeting_combo.currentData()
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        """The Conflicts tab reads its meeting's agenda against every member's interests (a
        second or more on a large forum): only once the tab is opened, and again when its
        meeting changes."""
        if self.tabs.currentWidget() is not self.conflicts_tab:
            return
        meeting_id = self._conflicts_meeting
        if meeting_id != self.conflicts.meeting_id:
            self.conflicts.set_meeting(meeting_id)

    def _select_row(self, view: QTableView, model, match, fallback: int | None = None) -> None:
        for row, r in enumerate(model.rows):
            if match(r):
                index = model.index(row, 0)
                proxy = view.model()
                if hasattr(proxy, "mapFromSource"):
                    index = proxy.mapFromSource(index)
                select_row(view, index.row())
                return
        if fallback is not None and model.rows:
            select_row(view, fallback)

    def selected_member_id(self) -> int | None:
        row = _selected(self.people_table)
        return row.member_id if row else None

    def select_member(self, member_id: int) -> None:
        """Select the member on the Declarations tab; asked for while the page is still reading
        (from Today), once what is read is shown."""
        self.when_filled(lambda: self._select_row(self.people_table, self.people_model,
                                                  lambda r: r.member_id == member_id))

    def _open_member_declarations(self, index) -> None:
        row = _selected(self.compliance_table)
        if row is not None:
            self.tabs.setCurrentIndex(2)
            self.select_member(row.member_id)

    def _show_statement(self, *_args) -> None:
        statement = _selected(self.statements_table)
        if statement is None:
            if not self.read:
                return             # still reading: nothing to say about the statement yet
            self.statement_text.setPlainText(PAGES_ETHICS.tr("The forum has not adopted an ethics statement yet. "
                                             "Choose “New version…” to start from MSF Desk's text."))
            self.signatures_model.set_signatures([], self.names)
            self.unsigned_label.setText("")
            return
        self.statement_text.setPlainText(statement.text)
        sigs = [s for s in self.signatures if s.statement_id == statement.id]
        self.signatures_model.set_signatures(sigs, self.names)
        signed = {s.member_id for s in sigs}
        missing = [m.name for m in self.covered if m.id not in signed]
        self.unsigned_label.setText(
            PAGES_ETHICS.tr("Not signed by: {names}.").format(names=', '.join(sorted(missing, key=str.casefold))) if missing
            else PAGES_ETHICS.tr("Signed by every member."))
        self._update_actions()

    def _show_member(self, *_args) -> None:
        member_id = self.selected_member_id()
        decls = declarations(self.session.db, member_id) if member_id is not None else []
        keep = _selected(self.declarations_table)
        self.declarations_model.set_rows(decls)
        self._select_row(self.declarations_table, self.declarations_model,
                         lambda d: keep is not None and d.id == keep.id, fallback=len(decls) - 1 if decls else None)
        self._show_declaration()

    def _show_declaration(self, *_args) -> None:
        decl = _selected(self.declarations_table)
        self.interests_model.set_rows(decl.interests if decl else [])
        if decl is None:
            self.declaration_note.setText(PAGES_ETHICS.tr("No declaration on record: choose “New declaration…”.")
                                          if self.selected_member_id() is not None else "")
        elif decl.nothing_to_declare:
            self.declaration_note.setText(PAGES_ETHICS.tr("Nothing to declare."))
        else:
            private = sum(1 for i in decl.interests if not i.is_public)
            self.declaration_note.setText(
                PAGES_ETHICS.tr("%n interest(s) kept within the forum (never published).", "", private)
                if private else PAGES_ETHICS.tr("All these interests appear in the public register."))
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        has_member = self.selected_member_id() is not None
        has_decl = _selected(self.declarations_table) is not None
        self.new_declaration_action.setEnabled(has_member)
        self.form_action.setEnabled(has_member)
        self.edit_declaration_action.setEnabled(has_decl)
        self.remove_declaration_action.setEnabled(has_decl)
        self.sign_action.setEnabled(bool(self.statements_model.rows))
        self.unsign_action.setEnabled(_selected(self.signatures_table) is not None)
        has_breach = _selected(self.breaches_table) is not None
        self.edit_breach_action.setEnabled(has_breach)
        self.remove_breach_action.setEnabled(has_breach)
        # What needs the registers read waits for them (never a reminder list of nobody, or a
        # new version that does not know the current one).
        for action in (self.copy_action, self.email_action, self.summary_action, self.register_action,
                       self.new_version_action, self.add_breach_action):
            action.setEnabled(self.read)
        self.within.setEnabled(self.read)

    # --- dialogs ------------------------------------------------------------------------------
    def _confirm(self, title: str, text: str, button: str, then) -> None:
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(button)
        self.confirm_box = box

        def finished(_result, b=box):
            self.confirm_box = None
            ok = b.clickedButton() is b.button(QMessageBox.Yes)
            b.deleteLater()
            if ok:
                then()

        box.finished.connect(finished)
        box.open()

    @waits_for_fill
    def new_version(self) -> None:
        current = core.current_statement(self.session.db)
        self._open(StatementDialog(current, self.today, self), lambda d: self._run(
            NewStatementVersion(self.session, *d.result_values), PAGES_ETHICS.tr("Cannot adopt the new version")))

    @waits_for_fill
    def record_signature(self) -> None:
        statement = _selected(self.statements_table)
        members = core.covered_members(self.session.db, self.today)
        dialog = SignDialog(self.session.db, members, core.statements(self.session.db), self.today,
                            forum_files_dir(self.session.path), parent=self)
        if statement is not None:
            index = dialog.statement.findData(statement.id)
            dialog.statement.setCurrentIndex(max(0, index))
        self._open(dialog, lambda d: self._run(
            SignStatement(self.session, member_name=self.names.get(d.values["member_id"], ""), **d.values),
            PAGES_ETHICS.tr("Cannot record the signature")))

    @waits_for_fill
    def remove_signature(self) -> None:
        signature = _selected(self.signatures_table)
        if signature is None:
            return
        name = self.names.get(signature.member_id, "this member")
        self._confirm(PAGES_ETHICS.tr("Remove signature"), PAGES_ETHICS.tr("Remove {name}'s signature of version {statement_version}?\n\nUse this for a signature "
                "entered by mistake. You can undo it with Edit ▸ Undo.").format(name=name, statement_version=signature.statement_version), PAGES_ETHICS.tr("Remove"),
                      lambda: self._run(RemoveSignature(self.session, signature), PAGES_ETHICS.tr("Cannot remove the signature")))

    @waits_for_fill
    def new_declaration(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        draft = core.prefill_declaration(self.session.db, member_id, self.today)
        self._open(DeclarationDialog(draft, self.names.get(member_id, ""), parent=self), lambda d: self._run(
            AddDeclaration(self.session, d.declaration), PAGES_ETHICS.tr("Cannot save the declaration")))

    @waits_for_fill
    def edit_declaration(self) -> None:
        decl = _selected(self.declarations_table)
        if decl is None:
            return
        self._open(DeclarationDialog(decl, self.names.get(decl.member_id, ""), editing=True, parent=self),
                   lambda d: d.declaration != decl and self._run(
                       EditDeclaration(self.session, decl, d.declaration), PAGES_ETHICS.tr("Cannot save the declaration")))

    @waits_for_fill
    def remove_declaration(self) -> None:
        decl = _selected(self.declarations_table)
        if decl is None:
            return
        self._confirm(PAGES_ETHICS.tr("Remove declaration"),
                      PAGES_ETHICS.tr("Remove the declaration of {made_on} made by {member_id}?\n\nUse this for a declaration "
                              "entered by mistake; a change of interests is a new declaration. It goes to the trash "
                              "for 30 days (File ▸ Trash…); you can also undo it with Edit ▸ Undo.").format(made_on=window_day(decl.made_on), member_id=self.names.get(decl.member_id, 'this member')),
                      PAGES_ETHICS.tr("Remove"), lambda: self._run(RemoveDeclaration(self.session, decl),
                                                  PAGES_ETHICS.tr("Cannot remove the declaration")))

    @waits_for_fill
    def add_breach(self) -> None:
        self._open(BreachDialog(self.members, None, self.today, self),
                   lambda d: self._run(RecordBreach(self.session, d.breach), PAGES_ETHICS.tr("Cannot record the breach")))

    @waits_for_fill
    def edit_breach(self) -> None:
        breach = _selected(self.breaches_table)
        if breach is None:
            return
        self._open(BreachDialog(self.members, breach, self.today, self), lambda d: d.breach != breach and self._run(
            RecordBreach(self.session, d.breach, before=breach), PAGES_ETHICS.tr("Cannot save the breach")))

    @waits_for_fill
    def remove_breach(self) -> None:
        breach = _selected(self.breaches_table)
        if breach is None:
            return
        self._confirm(PAGES_ETHICS.tr("Remove breach"), PAGES_ETHICS.tr("Remove this entry from the breach register?\n\nUse this for an entry made "
                      "by mistake; a removal already applied to the member stays (edit the member to reinstate "
                      "them). You can undo it with Edit ▸ Undo."), PAGES_ETHICS.tr("Remove"),
                      lambda: self._run(RemoveBreach(self.session, breach), PAGES_ETHICS.tr("Cannot remove the breach")))

    # --- reminders and exports ------------------------------------------------------------------
    def reminder_text(self) -> str:
        """The reminder list as plain text, to paste into an e-mail to the members concerned."""
        if self.report is None or not self.report.reminders:
            return PAGES_ETHICS.tr("Nobody needs a reminder.")
        lines = [PAGES_ETHICS.tr("Ethics reminders, {today}:").format(today=window_day(self.today))]
        with in_window_language():
            lines += [f"- {r.name}: {'; '.join(r.reminders())}" for r in self.report.reminders]
        return "\n".join(lines)

    @waits_for_fill
    def email_reminders(self, folder=None):
        """E-mail drafts to the members to remind (Open in mail client)."""
        return write_drafts(self, reminders_work(self.today), folder=folder,
                            title=PAGES_ETHICS.tr("E-mail reminders"),
                            label=PAGES_ETHICS.tr("Writing the reminders…"))

    @waits_for_fill
    def copy_reminders(self) -> None:
        QGuiApplication.clipboard().setText(self.reminder_text())
        self._status(PAGES_ETHICS.tr("Copied the reminder list (%n member(s)).", "", len(self.report.reminders) if self.report else 0))

    def _default_folder(self) -> str:
        return str(folders.start_folder("ethics", self.session.path))


    def _export(self, title: str, formats: tuple[str, ...], prepare, *, audiences: bool = False, subject: str = ""):
        offer = ExportOffer(title, Path(self._default_folder()), [Document("document", title, formats)],
                            audiences={"public": PAGES_ETHICS.tr("The public: public interests only, names as the "
                                                                 "privacy settings allow"),
                                       "members": PAGES_ETHICS.tr("Members of the forum: includes interests kept "
                                                                  "within the forum")} if audiences else {},
                            audience="public", subject=subject,
                            name="export_ethics_dialog")
        return self.open_export(offer, lambda c: self._start_prepared(prepare, c))

    def _start_prepared(self, prepare, choice):
        try:   # read in start_export, in the documents' language
            return self.start_export(lambda: prepare(choice.audience or "public"), choice.formats, str(choice.folder))
        except UserError as exc:
            show_error(self, exc, PAGES_ETHICS.tr("Cannot export"))
            return None

    @waits_for_fill
    def export_register(self):
        from msf_desk.exports.interests import REGISTER_FORMATS, prepare_register

        return self._export(PAGES_ETHICS.tr("Register of interests"), REGISTER_FORMATS,
                            lambda audience: prepare_register(self.session.db, audience, self.today), audiences=True)

    @waits_for_fill
    def export_summary(self):
        from msf_desk.exports.interests import DOCUMENT_FORMATS, prepare_compliance_summary

        return self._export(PAGES_ETHICS.tr("Ethics compliance summary"), DOCUMENT_FORMATS,
                            lambda _audience: prepare_compliance_summary(self.session.db, self.today,
                                                                         self.within.value()))

    @waits_for_fill
    def export_form(self):
        from msf_desk.exports.interests import DOCUMENT_FORMATS, prepare_declaration_form

        member_id = self.selected_member_id()
        if member_id is None:
            return None
        return self._export(PAGES_ETHICS.tr("Declaration form"), DOCUMENT_FORMATS,
                            lambda _audience: prepare_declaration_form(self.session.db, member_id, self.today))

    @writes_documents
    def start_export(self, prepared, formats: list[str], folder: str):
        """Write a prepared document in the background; progress in the status area, Cancel there."""
        from msf_desk.exports.interests import write_prepared

        if callable(prepared):  # read here, in the documents' language
            prepared = prepared()
        folders.remember("ethics", self.session.path, folder)
        return self.run_export_job(PAGES_ETHICS.tr("Writing the {title}…").format(title=prepared.document.title.lower()),
                                   lambda progress: write_prepared(prepared, formats, folder, progress),
                                   self._exported, title=prepared.document.title)

    def _exported(self, paths) -> None:
        self.last_written = list(paths)
        names = ", ".join(p.name for p in paths)
        self._status(PAGES_ETHICS.tr("Wrote {names} in {parent}").format(names=names, parent=paths[0].parent) if paths else PAGES_ETHICS.tr("Nothing written."))
