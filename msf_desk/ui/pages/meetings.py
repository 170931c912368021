"""The Meetings page: what is next and what is late, a month view and the list of meetings,
and the agenda editor with the papers of the chosen meeting."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QCalendarWidget, QCheckBox, QHBoxLayout,
                               QLabel, QMenu, QMessageBox, QSplitter, QToolBar,
                               QToolButton, QVBoxLayout, QWidget)

from msf_desk.core import agendas as core_agendas
from msf_desk.core.audience import pack as audience_pack
from msf_desk.core import meetings as core_meetings
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Meeting
from msf_desk.ui import shortcuts
from msf_desk.ui.pages.base import waits_for_fill, writes_documents
from msf_desk.ui.commands.meetings import (AddItem, AddMeeting, AddPaper, AddStandingItems, ApplyPlan,
                                           ApproveAgenda, CopyAgenda, EditItem, EditMeeting, EditPaper,
                                           RemoveItem, RemoveMeeting, RemovePaper, ReorderItems, SendNotice,
                                           SetStatus)
from msf_desk.ui.dialogs.meetings import (
    ApproveDialog,
    CopyAgendaDialog,
    ItemDialog,
    MeetingDialog,
    NoticeDialog,
    StatusDialog,
)
from msf_desk.ui.dialogs.papers import PaperDialog
from msf_desk.ui.errors import show_error
from msf_desk.ui.dialogs.export import Document, ExportDialog, ExportOffer
from msf_desk.ui.i18n import Context, window_day
from msf_desk.ui import words
from msf_desk.ui.words import meeting_when
from msf_desk.ui.pages.base import PageBase
from msf_desk.ui.models.meetings import ID_ROLE, MeetingsFilter, MeetingsModel
from msf_desk.ui.pages.agenda_editor import AgendaEditor, _esc
from msf_desk.ui.pages.meetings_board import BoardBookActions
from msf_desk.ui.pages.meetings_calendar import MeetingsCalendar, _qdate
from msf_desk.ui.pages.meetings_reading import (MeetingDetails, MeetingsReading, meeting_to_show, read_details,
                                                read_meetings, start_of as _start_of)
from msf_desk.ui.workers import ExportJob
from msf_desk.ui.widgets.conflicts import ConflictsPanel
from msf_desk.ui.widgets import folders
from msf_desk.ui.widgets.board_book import board_book_label
from msf_desk.ui.widgets.tables import RecordTable, fit_columns, select_row

PAGES_MEETINGS = Context("PAGES_MEETINGS")
READ_AGAIN = ("meetings", "members", "forum", "minutes")   # changes after which the page reads (with the conflicts)




class MeetingsPage(PageBase, MeetingsCalendar, QWidget):
    # The one way of every page (ui/pages/base.py), under the names this page always used.
    _open, _run, _say = PageBase.open_dialog, PageBase.run_command, PageBase.say
    # The window builds this page with later=True (see MainWindow._make_page): it reads the
    # meetings (and the chosen one's agenda) off the GUI thread and fills in when they come.
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self._details: MeetingDetails | None = None   # the chosen meeting's, read with the meetings
        self.today = dt.date.today()
        self.meetings: list[Meeting] = []
        self.current_id: int | None = None
        self.dialog = None
        self.job: ExportJob | None = None
        self.last_export: list[Path] = []

        # --- what is next, what is late ------------------------------------------------
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.RichText)
        self.banner.setStyleSheet("QLabel#banner { background: #f4f6fa; border: 1px solid #d8dee9; "
                                  "border-radius: 4px; padding: 8px; }")
        self.banner.linkActivated.connect(self._open_link)

        # --- toolbar ---------------------------------------------------------------------
        self.new_action = shortcuts.bind(QAction(PAGES_MEETINGS.tr("New meeting…"), self, triggered=self.new_meeting),
                                         "new_meeting", self)
        self.edit_action = QAction(PAGES_MEETINGS.tr("Edit…"), self, triggered=self.edit_meeting)
        self.plan_action = QAction(PAGES_MEETINGS.tr("Plan a year…"), self, triggered=self.plan_year)
        self.held_action = QAction(PAGES_MEETINGS.tr("Record as held"), self, triggered=lambda: self.set_status("held"))
        self.cancel_action = QAction(PAGES_MEETINGS.tr("Cancel…"), self, triggered=lambda: self.set_status("cancelled"))
        self.postpone_action = QAction(PAGES_MEETINGS.tr("Postpone…"), self, triggered=lambda: self.set_status("postponed"))
        self.reinstate_action = QAction(PAGES_MEETINGS.tr("Plan again"), self, triggered=lambda: self.set_status("planned"))
        self.delete_action = QAction(PAGES_MEETINGS.tr("Delete…"), self, triggered=self.delete_meeting)
        self.calendar_action = QAction(PAGES_MEETINGS.tr("Export calendar…"), self, triggered=self.export_calendar)
        self.status_menu = QMenu(PAGES_MEETINGS.tr("Status"), self)
        for action in (self.held_action, self.cancel_action, self.postpone_action, self.reinstate_action):
            self.status_menu.addAction(action)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.edit_action)
        status_button = QToolButton()
        status_button.setText(PAGES_MEETINGS.tr("Status"))
        status_button.setMenu(self.status_menu)
        status_button.setPopupMode(QToolButton.InstantPopup)
        self.toolbar.addWidget(status_button)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.plan_action)
        self.toolbar.addAction(self.calendar_action)

        # --- month view and list ------------------------------------------------------------
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("month")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        self.calendar.clicked.connect(self._day_clicked)
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable()
        self.table.setObjectName("meetings_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingsModel.DATE, Qt.AscendingOrder)
        self.table.setColumnHidden(MeetingsModel.KIND, True)
        # The title takes the spare width; on a narrow window the agenda's state and the
        # notice date (both in the detail beside) make room for it.
        fit_columns(self.table, MeetingsModel.TITLE, optional=(MeetingsModel.AGENDA, MeetingsModel.NOTICE))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.upcoming = QCheckBox(PAGES_MEETINGS.tr("Upcoming only"))
        self.upcoming.setObjectName("upcoming_only")
        self.upcoming.toggled.connect(lambda on: self.proxy.set_upcoming_only(on, self.today))
        self.count = QLabel()
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.calendar)
        row = QHBoxLayout()
        row.addWidget(QLabel(PAGES_MEETINGS.tr("<b>All meetings</b>")))
        row.addStretch(1)
        row.addWidget(self.upcoming)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)

        # --- agenda editor ---------------------------------------------------------------------
        self.editor = AgendaEditor()
        self.editor.setObjectName("agenda_editor")
        # Who may be conflicted on which item, seen while the agenda is built (recorded in the minutes).
        self.conflicts = ConflictsPanel(session, later=later, covered=lambda topic: topic in READ_AGAIN)
        self.conflicts.setObjectName("agenda_conflicts")
        self.editor.tabs.addTab(self.conflicts, PAGES_MEETINGS.tr("Conflicts of interest"))
        self.conflicts.updated.connect(self._show_conflict_count)
        e = self.editor
        e.add_item_action.triggered.connect(self.add_item)
        e.edit_item_action.triggered.connect(self.edit_item)
        e.remove_item_action.triggered.connect(self.remove_item)
        e.up_action.triggered.connect(lambda: self.move_item(-1))
        e.down_action.triggered.connect(lambda: self.move_item(1))
        e.standing_action.triggered.connect(self.add_standing_items)
        e.copy_action.triggered.connect(self.copy_agenda)
        e.agenda_table.move_requested.connect(self.move_item)
        e.agenda_table.doubleClicked.connect(lambda _index: self.edit_item())
        e.agenda_model.reorder_requested.connect(self.reorder)
        e.add_paper_action.triggered.connect(self.add_paper)
        e.edit_paper_action.triggered.connect(self.edit_paper)
        e.remove_paper_action.triggered.connect(self.remove_paper)
        e.papers_table.doubleClicked.connect(lambda _index: self.edit_paper())
        e.approve_button.clicked.connect(self.approve)
        e.notice_button.clicked.connect(self.notice)
        e.export_button.clicked.connect(self.export_pack)
        self.board = BoardBookActions(self)
        self.agenda_table = e.agenda_table
        self.agenda_model = e.agenda_model

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.message = QLabel()
        self.message.setObjectName("message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        session.changed.connect(self._on_changed)
        if later:
            self.banner.setText(PAGES_MEETINGS.tr("Reading the meetings…"))
            self.editor.header.setText(f"<h3>{_esc(PAGES_MEETINGS.tr('Reading the meetings…'))}</h3>")
            for action in self._meeting_actions():
                action.setEnabled(False)
        # The window says what went wrong (damage: in its own message); the banner says it here.
        self.fill_failed.connect(self._read_failed)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            # First show: the list gets room for its titles, the agenda the rest.
            self._sized = True
            total = self.splitter.width()
            self.splitter.setSizes([int(total * 0.44), total - int(total * 0.44)])

    # --- reading -------------------------------------------------------------------------------
    @property
    def db(self):
        return self.session.db

    def files_dir(self) -> Path:
        from msf_desk.paths import forum_files_dir

        return forum_files_dir(self.session.path)

    def _on_changed(self, topic: str) -> None:
        if topic in READ_AGAIN:
            self.reload()

    def set_today(self, day: dt.date) -> None:
        """The page's notion of today (tests and demos anchored on another date)."""
        self.today = day
        self.current_id = None  # show the next meeting as of that day
        self.proxy.set_upcoming_only(self.upcoming.isChecked(), day)
        self.reload()

    def reload(self) -> None:
        """Read the meetings again (off the GUI thread when built with later=True) and show
        them; what acts on them (@waits_for_fill) waits until they are shown."""
        today, keep = self.today, self.current_id
        self._reading_details = False
        self.read_then_show(lambda db: read_meetings(db, today, keep), self._show)

    def _show(self, r: MeetingsReading) -> None:
        self.profile, self.holidays, self.meetings, self.overdue = r.profile, r.holidays, r.meetings, r.overdue
        # The chosen meeting now (the user may have chosen another while the reading ran: its
        # details are then read after, see _show_current).
        keep = meeting_to_show(self.meetings, self.current_id, self.today)
        self._details = r.details if r.details is not None and r.details.meeting.id == keep else None
        self._showing = True
        try:
            self.model.set_meetings(self.meetings, r.deadlines, {w.meeting.id for w in self.overdue if w.what == "notice"})
            self.count.setText(PAGES_MEETINGS.tr("%n meeting(s); target: {target}.", "", len(self.meetings)).format(
                target=words.lower_first(words.frequency(r.profile))))
            self._paint_calendar()
            self._show_banner()
            self._select(keep)
            self._show_current()
        finally:
            self._details = None
            self._showing = False

    def _show_banner(self) -> None:
        parts = []
        upcoming = core_meetings.next_meeting(self.meetings, _start_of(self.today))
        if upcoming:
            days = (upcoming.day - self.today).days
            when = PAGES_MEETINGS.tr("today") if days == 0 else (PAGES_MEETINGS.tr("tomorrow") if days == 1 else PAGES_MEETINGS.tr("in %n day(s)", "", days))
            due = core_meetings.notice_deadline(upcoming, self.profile.notice_days, self.holidays)
            state = {"sent": PAGES_MEETINGS.tr("notice sent {notice_sent_on}").format(notice_sent_on=window_day(upcoming.notice_sent_on)),
                     "approved": PAGES_MEETINGS.tr("agenda approved, notice due by {due}").format(due=window_day(due)),
                     "draft": PAGES_MEETINGS.tr("agenda in draft, notice due by {due}").format(due=window_day(due))}[upcoming.agenda_status]
            parts.append(PAGES_MEETINGS.tr("<b>Next meeting:</b> <a href='meeting:{id}'>{title}</a>, {time} ({when}); {state}.").format(
                id=upcoming.id, title=_esc(upcoming.title), time=_esc(meeting_when(upcoming)), when=when, state=state))
        else:
            parts.append(PAGES_MEETINGS.tr("<b>No meeting is planned.</b> Use “Plan a year…” to propose a calendar."))
        for work in self.overdue:
            parts.append(PAGES_MEETINGS.tr("<span style='color:#8a5a00'>⚠ <a href='meeting:{id}'>Late</a>: {what}</span>").format(
                id=work.meeting.id, what=_esc(words.overdue(work))))
        report = core_meetings.check_regularity(self.meetings, self.profile.target_months, self.today)
        if report.gaps:
            gaps = "; ".join(_esc(g.message()) for g in report.gaps)
            parts.append(PAGES_MEETINGS.tr("<span style='color:#c62828'>Regularity: {gaps}</span>").format(gaps=gaps))
        elif report.counted:
            parts.append(PAGES_MEETINGS.tr("<span style='color:#2e7d32'>Regularity: {summary}</span>").format(summary=_esc(report.summary())))
        self.banner.setText("<br>".join(parts))

    def _open_link(self, link: str) -> None:
        if link.startswith("meeting:"):
            self.select_meeting(int(link.split(":", 1)[1]))

    # --- selection -----------------------------------------------------------------------------
    def current(self) -> Meeting | None:
        return next((m for m in self.meetings if m.id == self.current_id), None)

    def select_meeting(self, meeting_id: int | None) -> bool:
        """Choose the meeting (False when there is none). While the page reads, it is chosen
        once the meetings are shown (and True is returned)."""
        if self.filling:
            self.when_filled(lambda: self._select(meeting_id))
            return True
        return self._select(meeting_id)

    def _select(self, meeting_id: int | None) -> bool:
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        if row is None:
            self.current_id = None
            self._show_current()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by "upcoming only"
            self.upcoming.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        select_row(self.table, index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        new_id = self.proxy.data(rows[0], ID_ROLE) if rows else None
        if new_id != self.current_id:
            self.current_id = new_id
            self._show_current()

    def _show_conflict_count(self, count: int) -> None:
        index = self.editor.tabs.indexOf(self.conflicts)
        self.editor.tabs.setTabText(index, PAGES_MEETINGS.tr("Conflicts of interest ({count})").format(count=count) if count else PAGES_MEETINGS.tr("Conflicts of interest"))

    def _show_current(self) -> None:
        m = self.current()
        for action in self._meeting_actions():
            action.setEnabled(m is not None)
        if m is None:
            self.conflicts.set_meeting(None)
            self.editor.show_meeting(None)
            return
        self.calendar.setSelectedDate(_qdate(m.day))
        d = self._details if self._details is not None and self._details.meeting.id == m.id else None
        if d is not None:
            self._show_details(m, d)
        elif self.filling and not self._reading_details and not self._showing:
            # The meetings are being read again (after a change): once shown, the meeting chosen
            # now is read (see _show); meanwhile nothing of the one shown before stays on screen.
            self._show_reading_details()
        else:
            self._read_details(m)

    def _meeting_actions(self) -> tuple:
        return (self.edit_action, self.delete_action, self.held_action, self.cancel_action, self.postpone_action,
                self.reinstate_action)

    _reading_details = False   # the reading under way is one meeting's details (not the meetings')
    _showing = False           # the meetings' reading is being shown

    def _read_details(self, m: Meeting) -> None:
        """Another meeting chosen: its agenda, papers, approvals and conflicts read (off the GUI
        thread when the page reads there; a newer choice drops this reading), then shown; what
        acts on them waits (@waits_for_fill)."""
        profile, holidays, today = self.profile, self.holidays, self.today
        if self.later:
            self._show_reading_details()
        self._reading_details = True
        self.read_then_show(lambda db: read_details(db, m, profile, holidays, today), self._details_read)

    def _show_reading_details(self, text: str = "") -> None:
        """While the chosen meeting is read (or could not be: `text`): nothing else shown or to act on."""
        for action in self._meeting_actions():
            action.setEnabled(False)
        text = text or PAGES_MEETINGS.tr("Reading the meeting's agenda and papers…")
        self.editor.show_meeting(None)
        self.editor.header.setText(f"<h3>{_esc(text)}</h3>")
        self.conflicts.set_meeting(None)
        self.conflicts.summary.setText(text)

    def _read_failed(self, _exc: BaseException) -> None:
        """A reading failed (the window says why); a meeting's details: the agenda side says so."""
        if not self._reading_details:
            self.banner.setText(PAGES_MEETINGS.tr("The meetings could not be read."))
            return
        self._reading_details = False
        self._show_reading_details(PAGES_MEETINGS.tr("This meeting could not be read from the forum file: its agenda, "
                                                     "papers and conflicts are not shown."))

    def _details_read(self, d: MeetingDetails) -> None:
        self._reading_details = False
        m = self.current()
        if m is not None and m.id == d.meeting.id:
            self._show_details(m, d)
        else:                              # chosen another meanwhile, by a way that reads no more
            self._show_current()

    def _show_details(self, m: Meeting, d: MeetingDetails) -> None:
        self.conflicts.set_meeting(m.id, read=d.conflicts)
        locked = d.locked
        self.held_action.setEnabled("held" in core_meetings.TRANSITIONS[m.status] and m.day <= self.today
                                    and not locked)
        self.cancel_action.setEnabled("cancelled" in core_meetings.TRANSITIONS[m.status] and not locked)
        self.postpone_action.setEnabled("postponed" in core_meetings.TRANSITIONS[m.status] and not locked)
        self.reinstate_action.setEnabled(m.status in ("cancelled", "postponed") and not locked)
        # Approved minutes: nothing about the meeting changes (core refuses too; the fix is an amendment).
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(not locked)
            action.setToolTip(PAGES_MEETINGS.tr("The minutes of this meeting are approved: it can no longer be changed.")
                              if locked else "")
        self.calendar.setSelectedDate(_qdate(m.day))
        selected_item = self._selected_item_id()
        self.editor.show_meeting(m, items=d.items, papers=d.papers, table=d.table, approval=d.approval,
                                 deadlines=d.deadlines, chair=d.chair, locked=locked)
        self.editor.select_item(selected_item)

    def _selected_item_id(self) -> int | None:
        if self.editor.meeting is None or self.editor.meeting.id != self.current_id:
            return None
        row = self.editor.selected_item_row()
        return self.editor.agenda_model.item_at(row).id if row is not None else None

    # --- commands --------------------------------------------------------------------------------
    def _chairs(self) -> list:
        return core_meetings.cochairs_on(self.db, self.today)

    # meetings
    @waits_for_fill
    def new_meeting(self) -> None:
        day = self.calendar.selectedDate()
        self._open(MeetingDialog(timezone=self.profile.timezone, chairs=self._chairs(), parent=self,
                                 day=dt.date(day.year(), day.month(), day.day())), self._meeting_added)

    def _meeting_added(self, dialog: MeetingDialog) -> None:
        command = AddMeeting(self.session, dialog.meeting)
        if self._run(command, PAGES_MEETINGS.tr("Cannot add the meeting")):
            self.select_meeting(command.meeting_id)

    @waits_for_fill
    def edit_meeting(self) -> None:
        m = self.current()
        if m is not None:
            self._open(MeetingDialog(timezone=self.profile.timezone, chairs=self._chairs(), original=m, parent=self),
                       lambda d: d.meeting != m and self._run(EditMeeting(self.session, m, d.meeting, self.today),
                                                             PAGES_MEETINGS.tr("Cannot save the meeting")))

    @waits_for_fill
    def set_status(self, status: str) -> None:
        m = self.current()
        if m is None:
            return
        if status in ("cancelled", "postponed"):
            self._open(StatusDialog(m, status, self),
                       lambda d: self._run(SetStatus(self.session, m, status, d.reason_text, self.today),
                                           PAGES_MEETINGS.tr("Cannot change the meeting's status")))
        else:
            self._run(SetStatus(self.session, m, status, "", self.today), PAGES_MEETINGS.tr("Cannot change the meeting's status"))

    @waits_for_fill
    def delete_meeting(self) -> None:
        m = self.current()
        if m is None:
            return
        box = QMessageBox(QMessageBox.Question, PAGES_MEETINGS.tr("Delete meeting"),
                          PAGES_MEETINGS.tr("Delete “{title}” ({day}) with its agenda and papers' records?\n\nUse this for a meeting "
                                  "entered by mistake; a meeting that was announced is cancelled instead. You can undo "
                                  "this.").format(title=m.title, day=window_day(m.day)), QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("confirm_delete")
        self.dialog = box

        def answered(result: int) -> None:
            self.dialog = None
            box.deleteLater()
            if result == QMessageBox.Yes:
                self._run(RemoveMeeting(self.session, m.id), PAGES_MEETINGS.tr("Cannot delete the meeting"))

        box.finished.connect(answered)
        box.open()

    @waits_for_fill
    def plan_year(self) -> None:
        from msf_desk.ui.dialogs.planning import PlanDialog   # loaded when first used

        def done(dialog: PlanDialog) -> None:
            kept = [p for p in dialog.proposals if p.accepted]
            if kept and self._run(ApplyPlan(self.session, dialog.proposals, dialog.location.text().strip()),
                                  PAGES_MEETINGS.tr("Cannot create the meetings")):
                self._say(PAGES_MEETINGS.tr("Planned %n meeting(s). Undo (Ctrl+Z) takes them all back.", "", len(kept)))

        self._open(PlanDialog(self.db, self.today, parent=self, session=self.session), done)

    # agenda
    def _item_at_selection(self):
        row = self.editor.selected_item_row()
        return self.editor.agenda_model.item_at(row) if row is not None else None

    @waits_for_fill
    def add_item(self) -> None:
        m = self.current()
        if m is None:
            return

        def done(dialog: ItemDialog) -> None:
            item = dialog.item
            selected = self._item_at_selection()
            if selected is not None:
                item.position = self.agenda_model.row_of(selected.id) + 2  # just after the selection
            command = AddItem(self.session, item, self.today)
            if self._run(command, PAGES_MEETINGS.tr("Cannot add the item")):
                self.when_filled(lambda: self.editor.select_item(command.item_id))

        self._open(ItemDialog(m.id, parent=self), done)

    @waits_for_fill
    def edit_item(self) -> None:
        item = self._item_at_selection()
        if item is not None:  # a break too: the same dialog with "A break" ticked
            self._open(ItemDialog(item.meeting_id, item, self),
                       lambda d: d.item != item and self._run(EditItem(self.session, item, d.item, self.today),
                                                              PAGES_MEETINGS.tr("Cannot save the item")))

    @waits_for_fill
    def remove_item(self) -> None:
        item = self._item_at_selection()
        if item is not None:
            self._run(RemoveItem(self.session, item, self.today), PAGES_MEETINGS.tr("Cannot remove the item"))

    @waits_for_fill
    def move_item(self, delta: int) -> None:
        item = self._item_at_selection()
        if item is None:
            return
        order = self.agenda_model.order()
        row = order.index(item.id)
        target = row + delta
        if not 0 <= target < len(order):
            return
        new = list(order)
        new.insert(target, new.pop(row))
        self.reorder(new)
        self.when_filled(lambda: self.editor.select_item(item.id))

    @waits_for_fill
    def reorder(self, new_order: list[int]) -> None:
        m = self.current()
        old = self.agenda_model.order()
        if m is None or new_order == old:
            return
        selected = self._selected_item_id()
        if self._run(ReorderItems(self.session, m.id, old, new_order, self.today), PAGES_MEETINGS.tr("Cannot reorder the agenda")):
            self.when_filled(lambda: self.editor.select_item(selected))

    @waits_for_fill
    def add_standing_items(self) -> None:
        m = self.current()
        if m is not None:
            self._run(AddStandingItems(self.session, m.id, self.today), PAGES_MEETINGS.tr("Standing items"))

    @waits_for_fill
    def copy_agenda(self) -> None:
        m = self.current()
        if m is None:
            return
        # Cancelled and postponed meetings are never offered where a meeting is chosen.
        earlier = [x for x in reversed(self.meetings) if x.id != m.id and x.starts_at < m.starts_at
                   and x.status not in ("cancelled", "postponed")]
        if not earlier:
            show_error(self, UserError(PAGES_MEETINGS.tr("There is no earlier meeting to copy from.")), PAGES_MEETINGS.tr("Copy an agenda"))
            return
        self._open(CopyAgendaDialog(earlier, self),
                   lambda d: self._run(CopyAgenda(self.session, d.source_id, m.id, d.replace.isChecked(), self.today),
                                       PAGES_MEETINGS.tr("Cannot copy the agenda")))

    @waits_for_fill
    def approve(self) -> None:
        m = self.current()
        if m is None:
            return
        status = core_agendas.approval_status(self.db, m.id, on=self.today)
        chairs = [c for c in self._chairs() if c.name not in {n for n, _ in status["approved"]}] or self._chairs()
        self._open(ApproveDialog(chairs, status, self.today, self),
                   lambda d: self._run(ApproveAgenda(self.session, m.id, d.member_id, d.chair.currentText(), d.on),
                                       PAGES_MEETINGS.tr("Cannot record the approval")))

    @waits_for_fill
    def notice(self) -> None:
        m = self.current()
        if m is None:
            return
        from msf_desk.exports.ics import invitation
        from msf_desk.exports.notice import notice_text
        from msf_desk.exports.packs import file_stem

        pack = audience_pack.pack_for(self.db, m.id, "members", today=self.today)
        text = notice_text(pack)
        ics = invitation(m, self.profile.name, description=text, organiser_email=self.profile.contact_email,
                         organiser_name=self.profile.contact_name)
        can_send = m.agenda_status == "approved" and m.is_open
        dialog = NoticeDialog(text, ics, file_stem(pack).replace("-members-pack", "-notice"), self.today,
                              can_send, self, email=lambda: self.email_notice(), forum_path=self.session.path)
        self._open(dialog, lambda d: self._run(SendNotice(self.session, m, d.sent_on), PAGES_MEETINGS.tr("Cannot record the notice")))

    @waits_for_fill
    def email_notice(self, folder=None):
        """The notice, its invitation and the e-mail draft with the members' pack (Open in mail client)."""
        m = self.current()
        if m is None:
            return None
        from msf_desk.ui.dialogs.mail import notice_work, write_drafts   # the mail writers, when first used

        return write_drafts(self, notice_work(m.id), folder=folder, title=PAGES_MEETINGS.tr("E-mail the notice"),
                            label=PAGES_MEETINGS.tr("Writing the notice, the members' pack and the e-mail draft…"))

    # papers
    def _paper_at_selection(self):
        row = self.editor.selected_paper_row()
        return self.editor.papers_model.paper_at(row) if row is not None else None

    @waits_for_fill
    def add_paper(self, source: str | Path | None = None) -> None:
        m = self.current()
        if m is None:
            return
        items = [t.item for t in (self.agenda_model.table.items if self.agenda_model.table else [])]
        selected = self._item_at_selection()
        dialog = PaperDialog(m.id, items, item_id=selected.id if selected else None, parent=self)
        if source:
            dialog.set_source(source)

        def done(d: PaperDialog) -> None:
            self._run(AddPaper(self.session, d.paper, files_dir=self.files_dir(), source=d.source, today=self.today),
                      PAGES_MEETINGS.tr("Cannot add the paper"))

        self._open(dialog, done)

    @waits_for_fill
    def edit_paper(self) -> None:
        paper = self._paper_at_selection()
        m = self.current()
        if paper is None or m is None:
            return
        from msf_desk.core import papers as core_papers

        items = [t.item for t in (self.agenda_model.table.items if self.agenda_model.table else [])]
        self._open(PaperDialog(m.id, items, paper, parent=self, versions=core_papers.all_versions(self.db, paper),
                               files_dir=self.files_dir()),
                   lambda d: d.paper != paper and self._run(EditPaper(self.session, paper, d.paper, self.today),
                                                            PAGES_MEETINGS.tr("Cannot save the paper")))

    @waits_for_fill
    def remove_paper(self) -> None:
        paper = self._paper_at_selection()
        if paper is not None:
            self._run(RemovePaper(self.session, paper, self.today), PAGES_MEETINGS.tr("Cannot remove the paper"))

    # --- exports ---------------------------------------------------------------------------------
    @waits_for_fill
    def export_pack(self) -> ExportDialog | None:
        m = self.current()
        if m is None:
            return None
        closed = {} if m.public else {"public": PAGES_MEETINGS.tr("A closed meeting's pack is for members only.")}
        offer = ExportOffer(
            PAGES_MEETINGS.tr("Export the meeting pack"), folders.start_folder("pack", self.session.path),
            [Document("pack", PAGES_MEETINGS.tr("The meeting pack"), ("docx", "pdf"), closed=closed)],
            audiences={"members": PAGES_MEETINGS.tr("Members: everything; withheld papers marked as such"),
                       "public": PAGES_MEETINGS.tr("Public: withheld and confidential papers listed without content; "
                                                   "no contact details")},
            audience="members", subject=f"{m.title}, {window_day(m.day)}", name="export_pack_dialog",
            options={"with_papers": board_book_label()})
        return self.open_export(offer, lambda c: self.start_pack_export(m.id, c.audience, c.formats, c.folder,
                                                                         "with_papers" in c.options))

    @writes_documents
    def start_pack_export(self, meeting_id: int, audience: str, formats: list[str], folder: Path,
                          with_papers: bool = False) -> ExportJob | None:
        """Read the pack here (what the forum holds now, and which papers its board book may
        carry), render and write it in the worker (where the papers are checked, converted and bound)."""
        from msf_desk.core.audience.board_book import book_papers
        from msf_desk.exports.packs import export_pack

        try:
            pack = audience_pack.pack_for(self.db, meeting_id, audience, today=self.today)
            book = book_papers(self.db, pack, self.files_dir()) if with_papers else None
            if with_papers and "pdf" not in formats:
                raise UserError(PAGES_MEETINGS.tr("The board book (with the papers) is a PDF: tick PDF among the formats."))
        except UserError as exc:  # a refusal from core, shown in plain words
            show_error(self, exc, PAGES_MEETINGS.tr("Cannot export the pack"))
            return None
        folders.remember("pack", self.session.path, folder)
        label = PAGES_MEETINGS.tr("Writing the {audience}' pack ({formats})…").format(
            audience=audience, formats=PAGES_MEETINGS.tr(" and ").join(f.upper() for f in formats))
        return self.run_export_job(label, lambda progress: export_pack(pack, folder, formats, progress, book=book),
                                   self._pack_written, title=PAGES_MEETINGS.tr("Export the meeting pack"))

    def _pack_written(self, paths: list[Path]) -> None:
        self.last_export = list(paths)
        self._say(PAGES_MEETINGS.tr("Wrote {files} in {folder}.").format(
            files=", ".join(p.name for p in paths), folder=paths[0].parent))
