"""The Minutes page: taking the minutes live, beside the agenda.

Keyboard first: Ctrl+1..4 switch between attendance, the current item, actions and the
summary; Alt+Up/Alt+Down move through the agenda; on the attendance list P, R, A and X
mark in person, remote, apologies and absent (then move to the next name). Text is saved
a moment after typing pauses (and whenever a box loses focus), each save one transaction,
so a crash loses at most a few seconds of typing. Decisions show their verdict as the
votes are entered.

The page is put together from its parts: attendance (minutes_attendance), the current item
with its decisions and declarations (minutes_items) and actions (minutes_actions); this
module holds the choice of meeting, the summary, the lifecycle and the exports.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from msf_desk.core import action_tracker
from msf_desk.core import matters_arising as arising_rules
from msf_desk.core import minutes as core
from msf_desk.model.errors import UserError
from msf_desk.ui import shortcuts
from msf_desk.ui.pages.base import waits_for_fill, writes_documents
from msf_desk.ui.commands import minutes as commands
from msf_desk.ui.errors import show_error
from msf_desk.ui.i18n import Context, in_window_language, record_label, window_day
from msf_desk.ui.words import meeting_when
from msf_desk.ui.models.minutes import ItemsModel
from msf_desk.ui.pages.minutes_actions import ActionsPart
from msf_desk.ui.pages.minutes_attendance import AttendancePart
from msf_desk.ui.pages.minutes_common import ERROR_STYLE, TOPICS, fitted_table, push_button, text_box
from msf_desk.ui.pages.minutes_items import ItemsPart
from msf_desk.ui.pages.minutes_reading import MeetingReading, MinutesReading, read_meeting, read_minutes
from msf_desk.ui.widgets.autosave import AutoSave
from msf_desk.ui.dialogs.export import Document, ExportDialog, ExportOffer
from msf_desk.ui.pages.base import PageBase, not_read_text
from msf_desk.ui.workers import ExportJob
from msf_desk.model.minutes import Minutes, STATUSES
from msf_desk.ui.widgets import folders
from msf_desk.ui.widgets.tables import RecordTable, select_row

PAGES_MINUTES = Context("PAGES_MINUTES")



class MinutesPage(PageBase, AttendancePart, ItemsPart, ActionsPart, QWidget):
    inline_refusals = True   # refusals in the message line: the secretariat types minutes live
    quiet_commands = True    # the page refreshes what its own commands changed
    # Built with later=True by the window: the meetings, members and the chosen meeting's
    # minutes are read off the GUI thread (seconds on a large forum) and the page fills in when
    # the reading comes back (see PageBase.read_then_show).
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self._item_read = None         # the item read with the meeting (or by itself), shown once
        self._reading_item = False     # the reading under way is the chosen item's alone
        self._replacing = False        # the reading under way loads the boxes again (all, or another meeting)
        self._focus_back = None        # the box typed in when that reading was asked for
        self._counts = None            # (meeting, item, {decision id: Count}) until the next change
        self._keep_counts = False      # a change that leaves them (a decision's votes typed)
        self._own_reading = 0          # the reading asked for after the page's own edit (read_after_own_edit)
        self.today = dt.date.today()
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.decision_id: int | None = None
        self.minutes: Minutes | None = None
        self.meetings = []
        self.members = {}
        self.job: ExportJob | None = None
        self.dialog = None
        self.last_export: list[Path] = []
        self._quiet = False      # the page's own edits refresh tables, not the box being typed in

        # --- the meeting and the lifecycle ---------------------------------------------------
        self.meeting_choice = QComboBox()
        self.meeting_choice.setObjectName("meeting_choice")
        # Room for a meeting's day and the start of its title; the rest in the list. Wider, it
        # took a French or Spanish window past 1200 px with the buttons beside it.
        self.meeting_choice.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_choice.setMinimumContentsLength(28)
        self.meeting_choice.currentTextChanged.connect(self.meeting_choice.setToolTip)   # all of it
        self.meeting_choice.currentIndexChanged.connect(self._meeting_chosen)
        self.status = QLabel()
        self.status.setObjectName("minutes_status")
        self.status.setWordWrap(True)
        self.start_button = push_button(PAGES_MINUTES.tr("Start the minutes"), "start_minutes", self.start_minutes)
        self.circulate_button = push_button(PAGES_MINUTES.tr("Circulate"), "circulate", self.circulate,
                                        tip=PAGES_MINUTES.tr("Record that the draft went to members"))
        self.approve_button = push_button(PAGES_MINUTES.tr("Approve…"), "approve", self.approve,
                                      tip=PAGES_MINUTES.tr("The forum approved them at a later meeting; this locks them"))
        self.publish_button = push_button(PAGES_MINUTES.tr("Publish"), "publish", self.publish)
        self.amend_button = push_button(PAGES_MINUTES.tr("Amend…"), "amend", self.amend, tip=PAGES_MINUTES.tr("A dated correction to approved minutes"))
        self.export_button = push_button(PAGES_MINUTES.tr("Export…"), "export", self.export, shortcuts.text("export_minutes"))
        self.email_button = push_button(PAGES_MINUTES.tr("E-mail the draft…"), "email_minutes",
                                        lambda: self.email_draft(),
                                        tip=PAGES_MINUTES.tr("Write an e-mail draft to members with the draft "
                                                             "minutes attached, and open it in your mail client"))
        top = QHBoxLayout()
        top.addWidget(QLabel(PAGES_MINUTES.tr("Meeting:")))
        top.addWidget(self.meeting_choice, 1)
        for b in (self.start_button, self.circulate_button, self.approve_button, self.publish_button,
                  self.email_button, self.amend_button, self.export_button):
            top.addWidget(b)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("QLabel#lock_banner { background: #eef3fb; border: 1px solid #c9d6ea; "
                                       "border-radius: 4px; padding: 6px; }")

        # --- the agenda beside ------------------------------------------------------------------
        self.items_model = ItemsModel(self)
        self.items_table = fitted_table(RecordTable(), "items_table", self.items_model)
        self.items_table.horizontalHeader().setSectionResizeMode(ItemsModel.TITLE, QHeaderView.Stretch)
        self.items_table.horizontalHeader().setStretchLastSection(False)
        self.items_table.setWordWrap(True)
        self.items_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.items_table.selectionModel().selectionChanged.connect(self._item_selected)
        self.items_table.activated.connect(lambda _i: self._show_tab(1))
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(PAGES_MINUTES.tr("<b>Agenda</b>")))
        box.addWidget(self.items_table, 1)
        hint = QLabel(PAGES_MINUTES.tr("Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · "
                      "Ctrl+D decision · Ctrl+Shift+A action · F1 all shortcuts"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("minutes_tabs")
        self.tabs.addTab(self._build_attendance(), PAGES_MINUTES.tr("Attendance"))
        self.tabs.addTab(self._build_item(), PAGES_MINUTES.tr("Item"))
        self.tabs.addTab(self._build_actions(), PAGES_MINUTES.tr("Actions"))
        self.tabs.addTab(self._build_summary(), PAGES_MINUTES.tr("Summary and amendments"))

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 870])
        self.splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self.saved_label.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.saved_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._shortcuts()
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.saved.connect(self._on_saved)
            saver.failed.connect(self.refuse)
        session.changed.connect(self._on_changed)
        self.fill_failed.connect(self._read_failed)
        if later:
            self.status.setText(PAGES_MINUTES.tr("Reading the meetings and their minutes…"))
            self.lock_banner.hide()
            self.meeting_choice.setEnabled(False)
            self.quorum_label.setText("")
            self._enable()
        self.reload()

    def _build_summary(self) -> QWidget:
        self.summary = text_box("summary", PAGES_MINUTES.tr("A short summary of the meeting (optional)."))
        self.summary_save = AutoSave(self.summary, self._save_summary, self)
        self.amendments_label = QLabel()
        self.amendments_label.setObjectName("amendments")
        self.amendments_label.setWordWrap(True)
        self.amendments_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(PAGES_MINUTES.tr("<b>Summary</b>")))
        box.addWidget(self.summary, 2)
        box.addWidget(QLabel(PAGES_MINUTES.tr("<b>Amendments after approval</b>")))
        box.addWidget(self.amendments_label, 1)
        return page

    def _shortcuts(self) -> None:
        """Keys that work anywhere on the page, also while typing the notes (from the one
        table in ui/shortcuts.py)."""
        def key(name: str, slot, text: str = "") -> QAction:
            # Moving about has no text, so a read-only forum keeps it; adding has ("Add …"),
            # so read-only turns it off with the buttons.
            return shortcuts.bind(QAction(text, self, triggered=slot), name, self)

        for n, name in enumerate(("attendance_tab", "item_tab", "actions_tab", "summary_tab")):
            key(name, lambda _=False, n=n: self._show_tab(n))
        key("next_item", lambda: self.move_item(1))
        key("previous_item", lambda: self.move_item(-1))
        self.add_decision_shortcut = key("add_decision", self.add_decision, PAGES_MINUTES.tr("Add decision"))
        self.add_action_shortcut = key("add_action", self.add_action, PAGES_MINUTES.tr("Add action…"))
        self.export_shortcut = key("export_minutes", self.export, PAGES_MINUTES.tr("Export…"))

    # --- reading -----------------------------------------------------------------------------
    def _read_failed(self, exc: BaseException) -> None:
        """A reading off the GUI thread failed (the window says why); the page says it could not
        read, and the item being read shows nothing (choosing it again reads again)."""
        self.status.setText(not_read_text(exc))
        if self._reading_item:
            self.item_title.setText(not_read_text(exc))
            self.conflicts.show_reading(not_read_text(exc))

    @property
    def db(self):
        return self.session.db

    @property
    def locked(self) -> bool:
        return self.minutes is not None and self.minutes.locked

    def set_today(self, day: dt.date) -> None:
        self.today = day
        self.reload()

    def _on_changed(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if not self._keep_counts:
            self._counts = None        # attendance or recusals may have changed
        if self._quiet:
            self.read_after_own_edit()
        else:
            self.reload()

    def read_after_own_edit(self) -> None:
        """After the page's own edit (a decision added, a declaration, notes saved, a presence
        marked): the meeting's tables and the chosen item's decisions, verdicts, declarations and
        conflicts read again (off the GUI thread when the page reads there; what acts on them
        waits), then shown. What is typed, and the decision in the form, are left alone."""
        if self.filling and self._own_reading != self._reading:
            self.reload()        # another reading under way (a meeting or an item chosen): all, with the edit
            return
        meeting_id, item_id = self.meeting_id, self.item_id
        meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        words = in_window_language()
        members = self.members
        self.read_then_show(lambda db: read_meeting(db, meeting, words, item=item_id, with_item=True, members=members),
                            self._show_after_own_edit)
        self._own_reading = self._reading

    def _show_after_own_edit(self, reading: MeetingReading) -> None:
        quiet, self._quiet = self._quiet, True      # the boxes typed in are not loaded again
        try:
            self.refresh_tables(reading)
            read = reading.item if self._item_matches(reading.item) else None
            self._show_declarations(read)
            if read is not None:                    # the item's conflicts, read with it
                self.conflicts.meeting_id, self.conflicts.item_id = self.meeting_id, self.item_id
                self.conflicts.refresh(read.conflicts)
        finally:
            self._quiet = quiet

    def _item_matches(self, read) -> bool:
        return read is not None and (read.meeting_id, read.item_id) == (self.meeting_id, self.item_id)

    def reload(self) -> None:
        """Everything again from the records (after undo, another page's change, a new forum):
        read (off the GUI thread when the page was built with later=True), then shown."""
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.flush()
        # The meeting chosen in the list (its minutes may still be being read), else the one shown.
        keep = self.meeting_choice.currentData() if self.meeting_choice.count() else self.meeting_id
        item = self.item_id if keep == self.meeting_id else None
        today, words = self.today, in_window_language()
        self._reading_item = False
        self._replace_boxes()
        self.read_then_show(lambda db: read_minutes(db, today, keep, words, item), self._show_reading)

    def _replace_boxes(self) -> None:
        """A reading that loads the notes, the decision's form and the summary again is asked
        for: until it is shown they take no typing (it would go to, or be replaced by, what was
        read before it)."""
        focus = QApplication.focusWidget()
        if not self._replacing:
            self._focus_back = focus if focus in (self.discussion, self.breakouts, self.decision_text,
                                                  self.summary) else None
        self._replacing = True
        self._enable()

    def _boxes_replaced(self) -> None:
        """The reading is shown: the box typed in before, if it may still be, has the focus again."""
        box, self._focus_back = self._focus_back, None
        if box is not None and box.isEnabled() and box.isVisible():
            box.setFocus()

    def _show_reading(self, reading: MinutesReading) -> None:
        self._replacing = False
        self.meetings, self.members, statuses = reading.meetings, reading.members, reading.statuses
        keep = reading.meeting.meeting_id
        self.meeting_choice.setEnabled(True)
        self.meeting_choice.blockSignals(True)
        self.meeting_choice.clear()
        for m in self.meetings:
            status = statuses.get(m.id)
            state = (record_label(STATUSES[status]).lower() if status in STATUSES
                     else PAGES_MINUTES.tr("no minutes yet"))
            self.meeting_choice.addItem(f"{window_day(m.day)} — {m.title} ({state})", m.id)
        self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(keep)) if keep else -1)
        self.meeting_choice.blockSignals(False)
        self._item_read = reading.meeting.item
        self.show_meeting(keep, reading.meeting)
        self._boxes_replaced()

    def select_meeting(self, meeting_id: int) -> bool:
        """Show `meeting_id`'s minutes. Asked for while the page is still reading (from Today),
        it is chosen once what is read is shown (True: asked for)."""
        if self.filling:
            self.when_filled(lambda: self.select_meeting(meeting_id))
            return True
        index = self.meeting_choice.findData(meeting_id)
        if index < 0:
            return False
        self.meeting_choice.setCurrentIndex(index)
        return True

    def _meeting_chosen(self, _index: int) -> None:
        """Another meeting chosen in the list: its minutes read (off the GUI thread when the page
        reads there; what acts on them waits), then shown."""
        if self.filling:
            # A reading of the whole page is under way (after a change): read it all again for
            # the meeting chosen now, rather than drop it for this meeting alone.
            self.reload()
            return
        meeting_id = self.meeting_choice.currentData()
        meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        words = in_window_language()
        if self.later and meeting_id != self.meeting_id:
            self._show_reading_item()         # nothing of the meeting before to read or type into
            self.summary_save.load(None, "")
        self._reading_item = False
        self._replace_boxes()
        members = self.members
        self.read_then_show(lambda db: read_meeting(db, meeting, words, with_item=True, members=members),
                            lambda reading: self._show_chosen(reading))

    def _show_chosen(self, reading: MeetingReading) -> None:
        self._replacing = False
        self._item_read = reading.item
        self.show_meeting(reading.meeting_id, reading)
        self._boxes_replaced()

    def show_meeting(self, meeting_id: int | None, reading: MeetingReading | None = None) -> None:
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.flush()
        if meeting_id != self.meeting_id:
            self.item_id = None
            self.decision_id = None
        self.meeting_id = meeting_id
        self.refresh_tables(reading)
        self.summary_save.load(meeting_id, self.minutes.summary if self.minutes else "")
        self._show_item()

    def _take_item_read(self, meeting_id: int | None, item_id: int | None):
        """The item read with the meeting (once) when it is the one to show, else None."""
        read, self._item_read = self._item_read, None
        return read if read is not None and (read.meeting_id, read.item_id) == (meeting_id, item_id) else None

    def refresh_tables(self, reading: MeetingReading | None = None) -> None:
        """Tables, labels and buttons; the text being typed is left alone. `reading` is what
        read_meeting read for this meeting (else it is read here)."""
        meeting_id = self.meeting_id
        meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        if reading is None or reading.meeting_id != meeting_id:
            reading = read_meeting(self.db, meeting, in_window_language())
        self.minutes = reading.minutes
        started = self.minutes is not None
        self._show_status(meeting, reading.approved_at_title)
        # the agenda
        rows = []
        decisions, acts, notes = reading.decisions, reading.actions, reading.notes
        for t in reading.items:
            parts = []
            if notes.get(t.item.id, "").strip():
                parts.append(PAGES_MINUTES.tr("notes", "what the minutes hold for an item"))
            n = sum(1 for d in decisions if d.item_id == t.item.id)
            if n:
                parts.append(PAGES_MINUTES.tr("%n decision(s)", "", n))
            n = sum(1 for a in acts if a.item_id == t.item.id)
            if n:
                parts.append(PAGES_MINUTES.tr("%n action(s)", "", n))
            rows.append((t.item.id, t.number, t.item.title, PAGES_MINUTES.tr(", ").join(parts)))
        self.items_model.set_rows(rows)
        if self.item_id is None and rows:
            self.item_id = rows[0][0]
        row = self.items_model.row_of(self.item_id) if self.item_id else None
        if row is not None:
            self.items_table.blockSignals(True)
            select_row(self.items_table, row)
            self.items_table.blockSignals(False)
        # attendance and quorum
        attendance, quorum = reading.attendance, reading.quorum
        seat_people = set(quorum.seats.values()) if quorum else set()
        seated_rows = {a.id for a in attendance if a.member_id in seat_people and a.present}
        self.attendance_model.set_rows(attendance, self.members, seated_rows,
                                       reading.attendance_cells if reading.cells_for is self.members else None)
        if started:
            ok = quorum.met or not core.quorum_applies(meeting)
            self.quorum_label.setText("\n".join(reading.quorum_lines))
            self.quorum_label.setStyleSheet("" if ok else ERROR_STYLE)
        else:
            self.quorum_label.setText(PAGES_MINUTES.tr("Start the minutes to take attendance."))
            self.quorum_label.setStyleSheet("")
        # decisions of the current item (as read with the meeting when it is the item shown)
        read = reading.item if self._item_matches(reading.item) else None
        if read is not None:
            self._counts = (read.meeting_id, read.item_id, dict(read.counts))
        self._refresh_decisions(read)
        # actions and matters arising
        names = {m.id: m.name for m in self.members.values()}
        titles = {r[0]: f"{r[1]}. {r[2]}" for r in rows}
        self.actions_model.set_rows([(a, action_tracker.owner_name(a, names), titles.get(a.item_id, "")) for a in acts],
                                    self.today)
        arising, all_titles = reading.arising, reading.arising_titles
        self.arising_model.set_rows([(a, action_tracker.owner_name(a, names), all_titles.get(a.item_id, ""))
                                     for a in arising], self.today)
        late = sum(1 for a in arising if arising_rules.is_overdue(a, self.today))
        self.arising_label.setText(PAGES_MINUTES.tr("<b>Matters arising</b>: %n open action(s) from earlier meetings", "", len(arising))
                                   + (PAGES_MINUTES.tr(", <span style='color:#c62828'>{late} overdue</span>").format(late=late) if late else ""))
        # amendments
        self.amendments_label.setText("\n".join(f"{window_day(a.made_on)}: {a.text}" for a in reading.amendments)
                                      or PAGES_MINUTES.tr("None."))
        self._enable()

    def _show_status(self, meeting, approved_at_title: str = "") -> None:
        m = self.minutes
        if meeting is None:
            self.status.setText(PAGES_MINUTES.tr("No meeting to minute yet: meetings appear here from their day on."))
            self.lock_banner.hide()
            return
        where = PAGES_MINUTES.tr("<b>{title}</b>, {when}").format(title=meeting.title, when=meeting_when(meeting))
        if m is None:
            self.status.setText(PAGES_MINUTES.tr("{where} — no minutes yet.").format(where=where))
        elif m.status == "circulated":
            self.status.setText(PAGES_MINUTES.tr("{where} — draft circulated to members on {circulated_on}.").format(where=where, circulated_on=window_day(m.circulated_on)))
        else:
            self.status.setText(PAGES_MINUTES.tr("{where} — minutes {status_label}.").format(where=where, status_label=record_label(m.status_label).lower()))
        if m is not None and m.locked:
            text = (PAGES_MINUTES.tr("Approved on {approved_on}").format(approved_on=window_day(m.approved_on)) + (PAGES_MINUTES.tr(" at “{title}”").format(title=approved_at_title) if approved_at_title else "")
                    + (PAGES_MINUTES.tr(", published on {published_on}").format(published_on=window_day(m.published_on)) if m.published_on else "")
                    + PAGES_MINUTES.tr(". These minutes are locked: a correction is a dated amendment (Amend…). "
                      "Actions can still be marked done or dropped."))
            self.lock_banner.setText(text)
            self.lock_banner.show()
        else:
            self.lock_banner.hide()

    @waits_for_fill
    def email_draft(self, folder=None):
        """The draft minutes for members and an e-mail draft carrying them (Open in mail client)."""
        if self.meeting_id is None:
            return None
        from msf_desk.ui.dialogs.mail import minutes_work, write_drafts   # loaded with the first e-mail

        return write_drafts(self, minutes_work(self.meeting_id, self.today), folder=folder,
                            title=PAGES_MINUTES.tr("E-mail the draft minutes"),
                            label=PAGES_MINUTES.tr("Writing the draft minutes and the e-mail draft…"))

    def _enable(self) -> None:
        started = self.minutes is not None
        editable = started and not self.locked
        has_item = self.item_id is not None
        self.start_button.setVisible(self.meeting_id is not None and not started)
        self.circulate_button.setEnabled(editable and self.minutes.status == "draft")
        self.approve_button.setEnabled(editable)
        self.publish_button.setEnabled(started and self.minutes.status == "approved")
        self.amend_button.setEnabled(self.locked)
        self.export_button.setEnabled(started)
        self.email_button.setEnabled(started and not self.locked)
        for edit in (self.discussion, self.breakouts, self.decision_text, self.summary):
            edit.setReadOnly(not editable)
        self.discussion.setEnabled(started and has_item)
        self.breakouts.setEnabled(started and has_item)
        self.summary.setEnabled(started)
        self.attendance_table.setEnabled(started)
        for button in self.findChildren(QPushButton):
            if button.objectName().startswith("mark_") or button.objectName() in (
                    "add_guest", "remove_guest", "add_decision", "remove_decision", "declare", "undeclare",
                    "add_action", "remove_action"):
                button.setEnabled(editable and (has_item or button.objectName() not in (
                    "add_decision", "remove_decision", "declare", "undeclare")))
        self.add_decision_shortcut.setEnabled(self.add_decision_button.isEnabled())
        self.add_action_shortcut.setEnabled(self.add_action_button.isEnabled())
        self.remove_decision_button.setEnabled(editable and self.decision_id is not None)
        self.decision_form.setEnabled(started and self.decision_id is not None)
        for widget in (self.rule, self.vote_held, self.deferred):
            widget.setEnabled(editable)
        for spin in self.vote_boxes.values():
            spin.setEnabled(editable and self.vote_held.isChecked())
        self.objections.setEnabled(editable and not self.vote_held.isChecked())
        if self._reading_item or self._replacing:   # being read: nothing of it to act on or type into yet
            for widget in (self.discussion, self.breakouts, self.decision_form, self.add_decision_button,
                           self.remove_decision_button, self.declare_button, self.undeclare_button,
                           self.add_decision_shortcut):
                widget.setEnabled(False)
        if self._replacing:
            self.summary.setEnabled(False)

    def _save_summary(self, meeting_id: int, text: str) -> None:
        core.set_summary(self.db, meeting_id, text)

    def _on_saved(self) -> None:
        self.saved_label.setText(PAGES_MINUTES.tr("Saved {now}").format(now=QLocale().toString(QTime.currentTime(), QLocale.LongFormat)))
        self._quiet = True
        try:
            self.session.notify("minutes")
        finally:
            self._quiet = False

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        target = {0: self.attendance_table, 1: self.discussion, 2: self.actions_table, 3: self.summary}[index]
        target.setFocus()

    # --- the lifecycle ---------------------------------------------------------------------
    @waits_for_fill
    def start_minutes(self) -> None:
        if self.meeting_id is not None and self.run_command(commands.StartMinutes(self.session, self.meeting_id)):
            self.reload()
            self._show_tab(0)

    @waits_for_fill
    def circulate(self) -> None:
        if self.meeting_id is not None and self.run_command(commands.Circulate(self.session, self.meeting_id, self.today)):
            self.reload()
            self.say(PAGES_MINUTES.tr("Recorded as circulated to members today."))

    def later_meetings(self) -> list:
        """Where these minutes may be approved (or an amendment agreed): forum meetings held
        after this one, on or before today, newest first (core decides)."""
        if self.meeting_id is None:
            return []
        return core.approval_meetings(self.db, self.meeting_id, today=self.today)

    @waits_for_fill
    def approve(self) -> None:
        from msf_desk.ui.dialogs.minutes import ApproveDialog

        if self.meeting_id is None:
            return
        self._flush_all()
        dialog = ApproveDialog(self.later_meetings(), core.approval_problems(self.db, self.meeting_id), self)
        self.open_dialog(dialog, lambda _dialog: self.approve_at(dialog.at_meeting_id, dialog.on))

    def approve_at(self, at_meeting_id: int, on: dt.date | None = None) -> bool:
        """Approve and lock (cannot be undone: the undo history of earlier edits goes too)."""
        try:
            from msf_desk.core import records   # loaded with the first approval

            records.approve(self.db, self.meeting_id, at_meeting_id, on=on, today=self.today)
        except UserError as exc:
            self.refuse(exc)
            return False
        self.session.undo_stack.clear()
        self.session.notify("minutes")
        self.say(PAGES_MINUTES.tr("Approved: the minutes are now locked."))
        return True

    @waits_for_fill
    def publish(self) -> None:
        try:
            core.publish(self.db, self.meeting_id, on=self.today)
        except UserError as exc:
            self.refuse(exc)
            return
        self.session.notify("minutes")
        self.say(PAGES_MINUTES.tr("Recorded as published today. Export the public version for the repository."))

    @waits_for_fill
    def amend(self) -> None:
        from msf_desk.ui.dialogs.minutes import AmendDialog

        dialog = AmendDialog(self.today, self.later_meetings(), self)

        def done() -> None:
            text, on, agreed = dialog.values
            try:
                core.amend(self.db, self.meeting_id, text, on=on, agreed_at_meeting_id=agreed)
            except UserError as exc:
                self.refuse(exc)
                return
            self.session.notify("minutes")
            self.say(PAGES_MINUTES.tr("Amendment recorded; it appears in every later export."))

        self.open_dialog(dialog, lambda _dialog: done())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        window = self.window()
        if window is not self and not getattr(self, "_watching", None) is window:
            # The window closes the forum in its closeEvent: save what was typed just before.
            window.installEventFilter(self)
            self._watching = window

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._flush_all()
        super().hideEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Close and obj is getattr(self, "_watching", None):
            self._flush_all()
        return False

    def _flush_all(self) -> None:
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.flush()

    # --- exports -------------------------------------------------------------------------------
    @waits_for_fill
    def export(self) -> ExportDialog | None:
        if self.meeting_id is None or self.minutes is None:
            return None
        self._flush_all()
        meeting = next((m for m in self.meetings if m.id == self.meeting_id), None)
        reason = ""
        if not self.locked:
            reason = PAGES_MINUTES.tr("The public may read these minutes once they are approved.")
        elif meeting is not None and not meeting.public:
            reason = PAGES_MINUTES.tr("A closed meeting's minutes are for members only.")
        closed = {"public": reason} if reason else {}
        offer = ExportOffer(
            PAGES_MINUTES.tr("Export"), folders.start_folder("minutes", self.session.path),
            # The register and tracker have a public version whatever this meeting's state.
            [Document("minutes", PAGES_MINUTES.tr("These minutes"), ("docx", "pdf"), closed=closed),
             Document("register", PAGES_MINUTES.tr("The decisions register (all meetings)"), ("docx", "pdf", "csv"),
                      ("docx", "pdf")),
             Document("tracker", PAGES_MINUTES.tr("The action tracker"), ("docx", "pdf", "csv"), ("docx", "pdf"))],
            audiences={"members": PAGES_MINUTES.tr("Members: the full record"),
                       "public": PAGES_MINUTES.tr("Public: approved minutes only; names only where they may be "
                                                  "published")},
            audience="members", subject=meeting.title if meeting else "", name="export_minutes_dialog")
        return self.open_export(offer, lambda c: self.start_export(c.document, c.audience, c.formats, c.folder))

    @writes_documents
    def start_export(self, kind: str, audience: str, formats: list[str], folder: Path) -> ExportJob | None:
        """Read the records here; render and write the files in the worker."""
        from msf_desk.exports import minutes as exports

        folders.remember("minutes", self.session.path, folder)
        self._flush_all()
        try:
            if kind == "minutes":
                prepared = exports.prepare_minutes(self.db, self.meeting_id, audience, today=self.today)
            elif kind == "register":
                prepared = exports.prepare_register(self.db, audience, today=self.today)
            else:
                prepared = exports.prepare_tracker(self.db, audience, today=self.today)
        except UserError as exc:
            show_error(self, exc, PAGES_MINUTES.tr("Cannot export"))
            return None
        label = PAGES_MINUTES.tr("Writing {title} ({formats})…").format(title=prepared.doc.title.lower(), formats=', '.join((f.upper() for f in formats)))
        return self.run_export_job(label, lambda progress: prepared.write(formats, folder, progress), self._exported,
                                   title=PAGES_MINUTES.tr("Export"))

    def _exported(self, paths: list[Path]) -> None:
        self.last_export = list(paths)
        self.say(PAGES_MINUTES.tr("Wrote {files} in {folder}.").format(
            files=", ".join(p.name for p in paths), folder=paths[0].parent))
