"""The Members page: the membership table, selection rounds and the parity panel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import forum as core_forum
from msf_desk.core import members as core_members
from msf_desk.core.parity import projection
from msf_desk.model.errors import ImportFailed, UserError
from msf_desk.model.members import OUTCOMES, ROLES, SIDES, STATUSES, Member
from msf_desk.ui import shortcuts
from msf_desk.ui.commands.members import AddMember, AddRound, EditMember, ImportMembers, RemoveMember
from msf_desk.ui.commands.base import run
from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from msf_desk.ui.dialogs.members import MemberDialog, RoundDialog
from msf_desk.ui.errors import show_error
from msf_desk.ui.models.members import ID_ROLE, MembersFilter, MembersModel, RoundsModel
from msf_desk.ui.pages.base import PageBase
from msf_desk.ui.widgets.parity_panel import PROJECTION_DAYS, ParityPanel
from msf_desk.ui.widgets.forms import esc as _esc
from msf_desk.ui.widgets.tables import fit_columns, record_table, select_row
from msf_desk.ui.workers import interruptible
from msf_desk.ui.i18n import Context, record_label, window_day

PAGES_MEMBERS = Context("PAGES_MEMBERS")


def _filter_combo(name: str, everyone: str, items: dict[str, str], first: tuple | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    if first:
        combo.addItem(*first)
    combo.addItem(everyone, "")
    for key, label in items.items():
        combo.addItem(record_label(label), key)
    combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
    return combo


def read_members(db, day: dt.date | None = None):
    """What the page shows, read from the forum: the members, the selection rounds, the
    forum's profile (its seats, for the parity panel) and, given the parity panel's `day`, the
    coming changes of the balance from that day (`(day, changes)`, else None). Only core: it may
    run off the GUI thread."""
    members = core_members.list_members(db)
    coming = (day, projection(members, day, PROJECTION_DAYS)) if day is not None else None
    return members, core_members.list_rounds(db), core_forum.load(db), coming


class MembersPage(PageBase, QWidget):
    # The window builds this page with later=True (see MainWindow._make_page): it reads the
    # members off the GUI thread and fills in when the reading comes back.
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self.today = dt.date.today()
        self.members: list[Member] = []
        self.shown_once = False            # the first reading is on screen
        self.dialog: MemberDialog | RoundDialog | None = None
        self.confirm_box: QMessageBox | None = None

        # --- members tab -----------------------------------------------------------
        self.model = MembersModel(self)
        self.proxy = MembersFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("members_table", self.proxy, word_wrap=False)
        # A member's cells are words on one line (no icon, font or check box of their own): the
        # columns are measured from the widest words (the same widths as measuring every row).
        self.table.measure_by_text = True
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MembersModel.NAME, Qt.AscendingOrder)
        self.table.doubleClicked.connect(self._edit_at)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.add_action = QAction(PAGES_MEMBERS.tr("Add member…"), self, triggered=self.add_member)
        self.edit_action = QAction(PAGES_MEMBERS.tr("Edit…"), self, triggered=self.edit_member)
        self.remove_action = QAction(PAGES_MEMBERS.tr("Remove…"), self, triggered=self.remove_member)
        # Delete works in the table only; Ctrl+N stays File > New forum.
        self.remove_action.setToolTip(PAGES_MEMBERS.tr("Delete a member entered by mistake. "
                                      "A member who leaves keeps their record: edit their status instead."))
        shortcuts.bind(self.remove_action, "remove_member", self.table)
        shortcuts.bind(self.add_action, "add_member", self)
        self.import_action = QAction(PAGES_MEMBERS.tr("Import members…"), self, triggered=self.import_members)
        self.import_action.setToolTip(PAGES_MEMBERS.tr("Import members from a .csv or .xlsx file (or drop it on this page): "
                                      "you see them as they will be stored first; all or nothing; undoable."))
        for action in (self.add_action, self.edit_action, self.remove_action, self.import_action):
            self.toolbar.addAction(action)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(PAGES_MEMBERS.tr("Search name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.side_filter = _filter_combo("side_filter", PAGES_MEMBERS.tr("All sides"), SIDES)
        self.role_filter = _filter_combo("role_filter", PAGES_MEMBERS.tr("All roles"), ROLES)
        self.status_filter = _filter_combo("status_filter", PAGES_MEMBERS.tr("All statuses"), STATUSES,
                                           first=(PAGES_MEMBERS.tr("Active only"), MembersFilter.ACTIVE))
        # "Active" is the same as "Active only"; keep one of them.
        self.status_filter.removeItem(self.status_filter.findData("active"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.side_filter.currentIndexChanged.connect(lambda: self._filter(side=self.side_filter.currentData()))
        self.role_filter.currentIndexChanged.connect(lambda: self._filter(role=self.role_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filter(status=self.status_filter.currentData()))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.side_filter)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.status_filter)
        legend = QLabel(PAGES_MEMBERS.tr("<span style='background:#fde7b0'>&nbsp;Amber&nbsp;</span> term ends within 90 days"))
        members_tab = QWidget()
        box = QVBoxLayout(members_tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.toolbar)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        foot.addWidget(legend)
        box.addLayout(foot)

        # --- selection rounds tab --------------------------------------------------
        self.rounds_model = RoundsModel(self)
        self.rounds_table = record_table("rounds_table", self.rounds_model, word_wrap=False)
        self.rounds_table.setToolTip(PAGES_MEMBERS.tr("Hover a round to see its candidates and outcomes."))
        rounds_bar = QToolBar()
        rounds_bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.add_round_action = QAction(PAGES_MEMBERS.tr("Add selection round…"), self, triggered=self.add_round)
        rounds_bar.addAction(self.add_round_action)
        self.rounds_toolbar = rounds_bar
        rounds_tab = QWidget()
        box = QVBoxLayout(rounds_tab)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(rounds_bar)
        note = QLabel(PAGES_MEMBERS.tr("How seats were filled: open calls, elections in electoral colleges, appointments. "
                      "Non-government seats should be filled through a process the non-government side leads."))
        note.setWordWrap(True)
        box.addWidget(note)
        box.addWidget(self.rounds_table, 1)
        self.round_details = QLabel(PAGES_MEMBERS.tr("Choose a round to see its candidates."))
        self.round_details.setObjectName("round_details")
        self.round_details.setWordWrap(True)
        self.round_details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.round_details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        details = QScrollArea()
        details.setWidget(self.round_details)
        details.setWidgetResizable(True)
        box.addWidget(details, 2)
        self.rounds_table.selectionModel().selectionChanged.connect(self._show_round)

        self.tabs = QTabWidget()
        self.tabs.addTab(members_tab, PAGES_MEMBERS.tr("Members"))
        self.tabs.addTab(rounds_tab, PAGES_MEMBERS.tr("Selection rounds"))

        # --- parity panel: below the table, so that every column of the table fits ------------
        self.parity = ParityPanel()
        self.parity.setObjectName("parity_panel")
        # In a scroll area, so that on a small screen the table can take more of the height.
        parity_scroll = QScrollArea()
        parity_scroll.setWidget(self.parity)
        parity_scroll.setWidgetResizable(True)
        parity_scroll.setFrameShape(QScrollArea.NoFrame)
        parity_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(parity_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        self.setAcceptDrops(True)
        self._size_columns()
        if later:
            self.count_label.setText(PAGES_MEMBERS.tr("Reading the members…"))
            self.round_details.setText(PAGES_MEMBERS.tr("Reading the selection rounds…"))
            self.parity.show_reading(PAGES_MEMBERS.tr("Reading the members…"))
        self.fill_failed.connect(self._read_failed)
        self._selection_changed()          # nothing chosen yet: nothing to edit or remove
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            # First show: the parity panel gets the height it needs, up to half the page.
            self._sized = True
            total = self.splitter.height()
            panel = min(self.parity.sizeHint().height() + 4, total // 2)
            self.splitter.setSizes([total - panel, panel])

    # --- reading ----------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in ("members", "forum"):
            self.reload()

    def reload(self) -> None:
        """Read the members again and show them (off the GUI thread when built with later=True);
        what needs them (editing, removing, selecting, importing) waits until they are shown."""
        day = self.parity.day        # the coming changes from the panel's date are worked out in the reading
        self.read_then_show(lambda db: read_members(db, day), self._show)

    def _show(self, reading) -> None:
        members, rounds, profile, coming = reading
        self.shown_once = True
        selected = self.selected_id()
        self.members = members
        self.model.set_members(self.members, self.today)
        self.rounds_model.set_rounds(rounds)
        self._show_round()
        self.parity.show_members(self.members, profile, coming=coming)
        if selected is not None:
            self._select(selected)
        self._update_count()
        self._selection_changed()

    def _read_failed(self, _exc) -> None:
        # The window says what went wrong (damage: in its own message); the page says it has nothing.
        if not self.shown_once:
            self.count_label.setText(PAGES_MEMBERS.tr("The members could not be read."))
            self.round_details.setText(PAGES_MEMBERS.tr("The selection rounds could not be read."))

    def _size_columns(self) -> None:
        """Names and organisations share the spare width (cut ones show whole in a tooltip);
        dates, side, role and status fit their contents. On a narrow window the voting
        column, the term's start and the sector give way first (the member's dialog and the
        parity panel show them)."""
        mm, rm = MembersModel, RoundsModel
        fit_columns(self.table, (mm.NAME, mm.ORGANISATION), optional=(mm.VOTING, mm.TERM_START, mm.SECTOR),
                    min_text=200)
        fit_columns(self.rounds_table, (rm.TITLE, rm.RESULT), optional=(rm.CANDIDATES, rm.CALL_OPENED, rm.METHOD))

    def _filter(self, **changes) -> None:
        self.proxy.set_filters(**changes)
        if self.shown_once:                # else the count still says the members are being read
            self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(PAGES_MEMBERS.tr("{shown} of %n member(s) shown", "", total).format(shown=shown))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_member(self, member_id: int) -> bool:
        """Select the member in the table (False when there is none, or the filters hide them).
        While the page reads, the member is selected once it is shown (and True is returned)."""
        if self.filling:
            self.when_filled(lambda: self._select(member_id))
            return True
        return self._select(member_id)

    def _select(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        select_row(self.table, index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args) -> None:
        has = self.selected_id() is not None
        self.edit_action.setEnabled(has)
        self.remove_action.setEnabled(has)

    def _show_round(self, *_args) -> None:
        rows = self.rounds_table.selectionModel().selectedRows()
        if not rows:
            self.round_details.setText(PAGES_MEMBERS.tr("Choose a round to see its candidates."))
            return
        r = self.rounds_model.rounds[rows[0].row()]
        facts = [(PAGES_MEMBERS.tr("Method"), record_label(r.method_label)), (PAGES_MEMBERS.tr("Advertised"), r.advertised), (PAGES_MEMBERS.tr("Led by"), r.led_by),
                 (PAGES_MEMBERS.tr("Result"), r.result + (f" ({window_day(r.result_date)})" if r.result_date else "")),
                 (PAGES_MEMBERS.tr("Notes"), r.notes)]
        html = f"<b>{_esc(r.title)}</b><table cellpadding='2'>"
        html += "".join(f"<tr><td><i>{k}</i></td><td>{_esc(v)}</td></tr>" for k, v in facts if v.strip())
        html += "</table>"
        if r.candidates:
            html += ("<table cellpadding='3' border='0'><tr>"
                     + "".join(f"<th align='{align}'>{_esc(head)}</th>" for head, align in (
                         (PAGES_MEMBERS.tr("Candidate"), "left"), (PAGES_MEMBERS.tr("Organisation"), "left"),
                         (PAGES_MEMBERS.tr("Outcome"), "left"), (PAGES_MEMBERS.tr("Votes"), "right")))
                     + "</tr>")
            for c in r.candidates:
                outcome = record_label(OUTCOMES.get(c.outcome, c.outcome))
                votes = "" if c.votes is None else str(c.votes)
                html += (f"<tr><td>{_esc(c.name)}</td><td>{_esc(c.organisation)}</td>"
                         f"<td>{_esc(outcome)}</td><td align='right'>{votes}</td></tr>")
            html += "</table>"
        else:
            html += PAGES_MEMBERS.tr("<p>No candidates recorded.</p>")
        self.round_details.setText(html)

    # --- editing ----------------------------------------------------------------------
    def _rounds(self):
        return self.rounds_model.rounds

    def add_member(self) -> None:
        # The dialog checks the new member against the others: it waits for them to be read.
        self.when_filled(lambda: self._open_dialog(MemberDialog(self.members, None, self._rounds(), self)))

    def _edit_at(self, index) -> None:
        select_row(self.table, index.row())
        self.edit_member()

    def edit_member(self) -> None:
        if self.filling:                   # edit the record as it is now, once it is shown
            self.when_filled(self.edit_member)
            return
        member_id = self.selected_id()
        if member_id is None:
            return
        member = next(m for m in self.members if m.id == member_id)
        self._open_dialog(MemberDialog(self.members, member, self._rounds(), self))

    def _open_dialog(self, dialog: MemberDialog) -> None:
        # open() rather than exec(): the window stays responsive and tests can drive it.
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._member_dialog_done(d, result))
        dialog.open()

    def _member_dialog_done(self, dialog: MemberDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != MemberDialog.Accepted or dialog.member is None:
            return
        if dialog.original is None:
            command = AddMember(self.session, dialog.member)
        elif dialog.member == dialog.original:
            return
        else:
            command = EditMember(self.session, dialog.original, dialog.member)
        error = run(self.session, command)
        if error is not None:
            show_error(self, error, PAGES_MEMBERS.tr("Cannot save the member"))
            return
        member_id = command.member_id if isinstance(command, AddMember) else dialog.original.id
        # Selected once the page shows the members as saved (read again after the change).
        self.when_filled(lambda: self._select_saved(member_id, dialog.member.name))

    def _select_saved(self, member_id: int, name: str) -> None:
        window = self.window()
        if not self.select_member(member_id) and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                PAGES_MEMBERS.tr("Saved {name}; the filters hide them from the table.").format(name=name), 6000)

    def remove_member(self) -> None:
        if self.filling:
            self.when_filled(self.remove_member)
            return
        member_id = self.selected_id()
        if member_id is None:
            return
        member = next(m for m in self.members if m.id == member_id)
        try:
            core_members.check_removable(self.session.db, member_id)
        except UserError as exc:
            # Say so before asking anything: most members are named in meetings or minutes.
            box = QMessageBox(QMessageBox.Information, PAGES_MEMBERS.tr("Remove member"), str(exc), QMessageBox.Close, self)
            edit = box.addButton(PAGES_MEMBERS.tr("Edit status…"), QMessageBox.AcceptRole)
            self.confirm_box = box
            box.finished.connect(lambda _r, b=box, e=edit: self._refused_remove(b, e))
            box.open()
            return
        box = QMessageBox(
            QMessageBox.Question, PAGES_MEMBERS.tr("Remove member"),
            PAGES_MEMBERS.tr("Remove {name} from the forum's records?\n\nUse this for a member entered by mistake. A "
                    "member who resigned, was removed or reached the end of their term keeps their record: "
                    "edit their status instead.\n\nThe record goes to the trash for 30 days (File ▸ Trash…); "
                    "you can also undo this with Edit ▸ Undo.").format(name=member.name),
            QMessageBox.Yes | QMessageBox.Cancel, self,
        )
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(PAGES_MEMBERS.tr("Remove"))
        self.confirm_box = box
        box.finished.connect(lambda _r, b=box, i=member_id: self._confirm_remove(b, i))
        box.open()

    def _refused_remove(self, box: QMessageBox, edit_button) -> None:
        self.confirm_box = None
        wants_edit = box.clickedButton() is edit_button
        box.deleteLater()
        if wants_edit:
            self.edit_member()

    def _confirm_remove(self, box: QMessageBox, member_id: int) -> None:
        self.confirm_box = None
        confirmed = box.clickedButton() is box.button(QMessageBox.Yes)
        box.deleteLater()
        if not confirmed:
            return
        error = run(self.session, RemoveMember(self.session, member_id))
        if error is not None:
            show_error(self, error, PAGES_MEMBERS.tr("Cannot remove the member"))

    def add_round(self) -> None:
        dialog = RoundDialog(self)
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._round_dialog_done(d, result))
        dialog.open()

    def _round_dialog_done(self, dialog: RoundDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != RoundDialog.Accepted or dialog.selection is None:
            return
        error = run(self.session, AddRound(self.session, dialog.selection))
        if error is not None:
            show_error(self, error, PAGES_MEMBERS.tr("Cannot add the selection round"))

    # --- importing a members file ----------------------------------------------------
    IMPORTABLE = (".csv", ".xlsx", ".xlsm", ".txt")

    def import_members(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, PAGES_MEMBERS.tr("Import members"), str(Path.home()),
                                              PAGES_MEMBERS.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.start_import(path)

    def import_preview(self, path: str, outcome=None) -> ImportPreviewDialog:
        """Every row checked, nothing written: the members as they will be stored, or the problems.
        `outcome` is the check already made (in a worker: start_import), else it is made here."""
        from msf_desk.core import member_import

        if outcome is None:
            try:
                outcome = member_import.import_members(self.session.db, path, dry_run=True)
            except ImportFailed as exc:
                outcome = exc
        if isinstance(outcome, ImportFailed):
            exc = outcome
            return ImportPreviewDialog(title=PAGES_MEMBERS.tr("Import members: nothing can be imported yet"),
                                       summary=PAGES_MEMBERS.tr("{source}: every row was checked; nothing was written.").format(source=exc.source)
                                               + (f" {exc.advice}" if exc.advice else ""),
                                       problems=exc.problems, parent=self)
        result = outcome
        dialog = ImportPreviewDialog(
            title=PAGES_MEMBERS.tr("Import members: check before importing"),
            summary=PAGES_MEMBERS.tr("{source}: %n member(s) to add, all or nothing. Nothing is written until you press "
                    "Import; Edit ▸ Undo removes them afterwards.", "", result.count).format(source=result.source)
                    + "".join(f" {note}" for note in result.notes),
            rows=result.preview(), unused=result.unused_columns, parent=self)
        dialog.result_count = result.count
        dialog.source = result.source
        return dialog

    def start_import(self, path: str):
        """Read the file and check every row in a worker (nothing written; progress and Cancel in
        the status area), then show the members as they will be stored, or the problems."""
        if self.filling:                   # a file dropped while the page reads: checked once it is shown
            self.when_filled(lambda: self.start_import(path))
            return None

        def work(db, progress):
            from msf_desk.core import member_import

            try:
                return member_import.import_members(db, path, dry_run=True, progress=progress)
            except ImportFailed as exc:      # shown in the preview, not as an error
                return exc

        job = self.run_job(PAGES_MEMBERS.tr("Reading and checking the members file…"), work,
                           lambda outcome: self._previewed(path, outcome), title=PAGES_MEMBERS.tr("Import members"),
                           forum=True, kind="import")
        job.cancelled.connect(lambda: self.say(PAGES_MEMBERS.tr("Import cancelled: nothing was written.")))
        return job

    def _previewed(self, path: str, outcome) -> None:
        dialog = self.import_preview(path, outcome)
        if dialog.exec() == QDialog.Accepted:
            self.run_import(path, dialog)

    def run_import(self, path: str, dialog: ImportPreviewDialog):
        """Write the members in a worker, all or nothing: Cancel (in the status area) or a failure
        writes none of them; meanwhile edits of the members are refused in words. Undoable once written."""
        count, source = dialog.result_count, dialog.source

        def work(db, progress):
            from msf_desk.core import member_import

            with interruptible(db, progress):     # Cancel: rolled back, nothing written
                return member_import.import_members(db, path, progress=progress)

        job = self.run_job(PAGES_MEMBERS.tr("Importing %n member(s)…", "", count), work,
                           lambda result: self._imported(path, count, source, result),
                           title=PAGES_MEMBERS.tr("Import members"), forum=True, holds=("members",), kind="import")
        job.cancelled.connect(lambda: self.say(PAGES_MEMBERS.tr("Import cancelled: nothing was written.")))
        return job

    def _imported(self, path: str, count: int, source: str, result) -> None:
        command = ImportMembers(self.session, path, count, source, result=result)
        if run(self.session, command) is not None:
            show_error(self, command.error, PAGES_MEMBERS.tr("Import members"))
            return
        self.import_notice = PAGES_MEMBERS.tr("Imported %n member(s) from {source}.", "", len(command.saved)).format(source=source)
        self.say(self.import_notice)

    def _dropped_file(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].lower().endswith(self.IMPORTABLE) else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.start_import(path)
