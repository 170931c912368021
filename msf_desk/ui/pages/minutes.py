"""The Minutes page: taking the minutes live, beside the agenda.

Keyboard first: Ctrl+1..4 switch between attendance, the current item, actions and the
summary; Alt+Up/Alt+Down move through the agenda; on the attendance list P, R, A and X
mark in person, remote, apologies and absent (then move to the next name). Text is saved
a moment after typing pauses (and whenever a box loses focus), each save one transaction,
so a crash loses at most a few seconds of typing. Decisions show their verdict as the
votes are entered.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import actions as core_actions
from msf_desk.core import forum as core_forum
from msf_desk.core import minutes as core
from msf_desk.core.agendas import items_of, timings
from msf_desk.core.dates import human
from msf_desk.core.decisions import RULES, Decision, Votes, rule_text, verdict
from msf_desk.core.errors import UserError
from msf_desk.core.meetings import list_meetings
from msf_desk.core.members import list_members
from msf_desk.ui.commands import minutes as commands
from msf_desk.ui.errors import show_error
from msf_desk.ui.models.minutes import (ActionsModel, AttendanceModel, DecisionsModel, ItemsModel, SortProxy,
                                        OUTCOME_COLOUR)
from msf_desk.ui.workers import ExportJob
from msf_desk.ui.widgets.conflicts import ConflictsPanel
from msf_desk.ui.widgets.tables import record_table

AUTOSAVE_MS = 1500
AUTOSAVE_MAX_MS = 5000
TOPICS = ("minutes", "members", "meetings", "forum", "ethics")
PRESENCE_KEYS = {Qt.Key_P: "in_person", Qt.Key_1: "in_person", Qt.Key_R: "remote", Qt.Key_2: "remote",
                 Qt.Key_A: "apologies", Qt.Key_3: "apologies", Qt.Key_X: "absent", Qt.Key_4: "absent"}
ERROR_STYLE = "color: #c62828;"


class AutoSave(QObject):
    """Saves a text box a moment after typing pauses, at least every few seconds while typing
    goes on, and when the box loses focus. `target` says what the text belongs to."""

    saved = Signal()
    failed = Signal(object)

    def __init__(self, edit: QPlainTextEdit, save: Callable[[object, str], None], parent=None, *,
                 delay_ms: int = AUTOSAVE_MS, max_wait_ms: int = AUTOSAVE_MAX_MS) -> None:
        super().__init__(parent)
        self.edit = edit
        self.save = save
        self.target: object = None
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=delay_ms, timeout=self.flush)
        self.max_timer = QTimer(self, singleShot=True, interval=max_wait_ms, timeout=self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def load(self, target: object, text: str) -> None:
        """Show another record's text (what was typed for the previous one is saved first)."""
        self.flush()
        self.target = target
        self._loading = True
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)
        self._loading = False
        self.dirty = False

    def _changed(self) -> None:
        if self._loading or self.target is None:
            return
        self.dirty = True
        self.timer.start()
        if not self.max_timer.isActive():
            self.max_timer.start()

    def flush(self) -> None:
        self.timer.stop()
        self.max_timer.stop()
        if not self.dirty or self.target is None:
            return
        self.dirty = False
        try:
            self.save(self.target, self.edit.toPlainText())
        except UserError as exc:
            self.failed.emit(exc)
        except sqlite3.ProgrammingError:
            pass  # the forum was closed under us: nothing left to save into
        else:
            self.saved.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.edit and event.type() == QEvent.FocusOut:
            self.flush()
        return False


class AttendanceTable(QTableView):
    """P/R/A/X (or 1–4) mark the selected person; the selection then moves on."""

    presence_key = Signal(str)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        presence = PRESENCE_KEYS.get(event.key())
        if presence and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self.presence_key.emit(presence)
            event.accept()
            return
        super().keyPressEvent(event)


def _table(view: QTableView, name: str, model) -> QTableView:
    record_table(name, model, view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


def _button(text: str, name: str, slot, shortcut: str | None = None, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
        tip = f"{tip} ({shortcut})" if tip else shortcut
    if tip:
        button.setToolTip(tip)
    return button


class MinutesPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = dt.date.today()
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.decision_id: int | None = None
        self.minutes: core.Minutes | None = None
        self.meetings = []
        self.members = {}
        self.job: ExportJob | None = None
        self.dialog = None
        self.last_export: list[Path] = []
        self._quiet = False      # the page's own edits refresh tables, not the box being typed in

        # --- the meeting and the lifecycle ---------------------------------------------------
        self.meeting_choice = QComboBox()
        self.meeting_choice.setObjectName("meeting_choice")
        self.meeting_choice.setMinimumWidth(360)
        self.meeting_choice.currentIndexChanged.connect(self._meeting_chosen)
        self.status = QLabel()
        self.status.setObjectName("minutes_status")
        self.status.setWordWrap(True)
        self.start_button = _button("Start the minutes", "start_minutes", self.start_minutes)
        self.circulate_button = _button("Circulate", "circulate", self.circulate,
                                        tip="Record that the draft went to members")
        self.approve_button = _button("Approve…", "approve", self.approve,
                                      tip="The forum approved them at a later meeting; this locks them")
        self.publish_button = _button("Publish", "publish", self.publish)
        self.amend_button = _button("Amend…", "amend", self.amend, tip="A dated correction to approved minutes")
        self.export_button = _button("Export…", "export", self.export, "Ctrl+E")
        top = QHBoxLayout()
        top.addWidget(QLabel("Meeting:"))
        top.addWidget(self.meeting_choice, 1)
        for b in (self.start_button, self.circulate_button, self.approve_button, self.publish_button,
                  self.amend_button, self.export_button):
            top.addWidget(b)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lock_banner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("QLabel#lock_banner { background: #eef3fb; border: 1px solid #c9d6ea; "
                                       "border-radius: 4px; padding: 6px; }")

        # --- the agenda beside ------------------------------------------------------------------
        self.items_model = ItemsModel(self)
        self.items_table = _table(QTableView(), "items_table", self.items_model)
        self.items_table.horizontalHeader().setSectionResizeMode(ItemsModel.TITLE, QHeaderView.Stretch)
        self.items_table.horizontalHeader().setStretchLastSection(False)
        self.items_table.setWordWrap(True)
        self.items_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.items_table.selectionModel().selectionChanged.connect(self._item_selected)
        self.items_table.activated.connect(lambda _i: self._show_tab(1))
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel("<b>Agenda</b>"))
        box.addWidget(self.items_table, 1)
        hint = QLabel("Alt+↑/↓ item · Ctrl+1 attendance · Ctrl+2 item · Ctrl+3 actions · Ctrl+4 summary · "
                      "Ctrl+D decision · Ctrl+Shift+A action")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("minutes_tabs")
        self.tabs.addTab(self._build_attendance(), "Attendance")
        self.tabs.addTab(self._build_item(), "Item")
        self.tabs.addTab(self._build_actions(), "Actions")
        self.tabs.addTab(self._build_summary(), "Summary and amendments")

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
            saver.failed.connect(self._refused)
        session.changed.connect(self._on_changed)
        self.reload()

    # --- building the tabs ---------------------------------------------------------------------
    def _build_attendance(self) -> QWidget:
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorum")
        self.quorum_label.setWordWrap(True)
        self.attendance_model = AttendanceModel(self)
        self.attendance_table = _table(AttendanceTable(), "attendance_table", self.attendance_model)
        self.attendance_table.horizontalHeader().setSectionResizeMode(AttendanceModel.ORGANISATION,
                                                                      QHeaderView.Stretch)
        self.attendance_table.presence_key.connect(self.mark_selected)
        buttons = QHBoxLayout()
        for label, presence in (("In person (P)", "in_person"), ("Remote (R)", "remote"),
                                ("Apologies (A)", "apologies"), ("Absent (X)", "absent")):
            buttons.addWidget(_button(label, f"mark_{presence}", lambda _=False, p=presence: self.mark_selected(p)))
        buttons.addStretch(1)
        self.sits_for = QCheckBox("Alternates sit for the member they cover when that member is away")
        self.sits_for.setObjectName("alternates_sit")
        self.sits_for.setChecked(True)
        self.add_guest_button = _button("Add guest…", "add_guest", self.add_guest)
        self.remove_guest_button = _button("Remove guest", "remove_guest", self.remove_guest)
        buttons.addWidget(self.add_guest_button)
        buttons.addWidget(self.remove_guest_button)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.quorum_label)
        box.addWidget(self.attendance_table, 1)
        box.addWidget(self.sits_for)
        box.addLayout(buttons)
        return page

    def _build_item(self) -> QWidget:
        self.item_title = QLabel()
        self.item_title.setObjectName("item_title")
        self.item_title.setWordWrap(True)
        self.discussion = _text_box("discussion", "What was said: paragraphs, and lines starting with - for bullets.")
        self.discussion_save = AutoSave(self.discussion, self._save_discussion, self)

        # decisions
        self.decisions_model = DecisionsModel(self)
        self.decisions_table = _table(QTableView(), "decisions_table", self.decisions_model)
        self.decisions_table.horizontalHeader().setSectionResizeMode(DecisionsModel.TEXT, QHeaderView.Stretch)
        self.decisions_table.horizontalHeader().setStretchLastSection(False)
        self.decisions_table.selectionModel().selectionChanged.connect(self._decision_selected)
        self.decisions_table.setMaximumHeight(self.decisions_table.fontMetrics().height() * 7 + 40)
        self.add_decision_button = _button("Add decision", "add_decision", self.add_decision, "Ctrl+D")
        self.remove_decision_button = _button("Remove decision", "remove_decision", self.remove_decision)
        self.decision_text = _text_box("decision_text", "What the forum decided (or was asked to decide).")
        self.decision_text.setFixedHeight(self.decision_text.fontMetrics().lineSpacing() * 3 + 14)
        self.decision_text_save = AutoSave(self.decision_text, self._save_decision_text, self)
        self.rule = QComboBox()
        self.rule.setObjectName("rule")
        self.vote_held = QCheckBox("A vote was held")
        self.vote_held.setObjectName("vote_held")
        self.deferred = QCheckBox("Deferred")
        self.deferred.setObjectName("deferred")
        self.vote_boxes: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for col, head in enumerate(("", "For", "Against", "Abstaining"), start=0):
            grid.addWidget(QLabel(head), 0, col)
        for row, (side, label) in enumerate((("government", "Government"), ("non_government", "Non-government")),
                                            start=1):
            grid.addWidget(QLabel(label), row, 0)
            for col, kind in enumerate(("for", "against", "abstain"), start=1):
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.setMaximumWidth(90)
                spin.setObjectName(f"{kind}_{side}")
                self.vote_boxes[f"{kind}_{side}"] = spin
                grid.addWidget(spin, row, col)
        self.objections = QSpinBox()
        self.objections.setObjectName("objections")
        self.objections.setRange(0, 999)
        self.objections.setMaximumWidth(90)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.PlainText)
        self.verdict_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        for widget in [self.rule, self.vote_held, self.deferred, self.objections, *self.vote_boxes.values()]:
            signal = (widget.currentIndexChanged if isinstance(widget, QComboBox) else
                      widget.toggled if isinstance(widget, QCheckBox) else widget.valueChanged)
            signal.connect(self._decision_field_changed)
        form = QFormLayout()
        form.addRow("Decision", self.decision_text)
        flags = QHBoxLayout()
        flags.addWidget(self.rule, 1)
        flags.addWidget(self.vote_held)
        flags.addWidget(self.deferred)
        form.addRow("Rule", flags)
        grid.setColumnStretch(4, 1)
        form.addRow("Votes", grid)
        form.addRow("Objections", self.objections)
        form.addRow("Verdict", self.verdict_label)
        self.decision_form = QWidget()
        self.decision_form.setObjectName("decision_form")
        self.decision_form.setLayout(form)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.add_decision_button)
        decision_buttons.addWidget(self.remove_decision_button)
        decision_buttons.addStretch(1)
        decisions = QWidget()
        box = QVBoxLayout(decisions)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.decisions_table, 1)
        box.addLayout(decision_buttons)
        box.addWidget(self.decision_form)

        # breakout groups, declarations
        self.breakouts = _text_box("breakouts", "Session 1\nGroup 1 (facilitator)\nA theme\n- a point\n"
                                                "Commitments\n- Commitment 2: a point on it")
        self.breakout_save = AutoSave(self.breakouts, self._save_breakouts, self)
        self.breakout_summary = QLabel()
        self.breakout_summary.setObjectName("breakout_summary")
        breakouts = QWidget()
        box = QVBoxLayout(breakouts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.breakouts, 1)
        box.addWidget(self.breakout_summary)
        self.declarations_label = QLabel()
        self.declarations_label.setObjectName("declarations")
        self.declarations_label.setWordWrap(True)
        self.declarations_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.declare_button = _button("Record a declaration…", "declare", self.declare)
        self.undeclare_button = _button("Remove the last", "undeclare", self.undeclare)
        declarations = QWidget()
        box = QVBoxLayout(declarations)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.declarations_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.declare_button)
        row.addWidget(self.undeclare_button)
        row.addStretch(1)
        box.addLayout(row)
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("item_tabs")
        self.item_tabs.addTab(decisions, "Decisions")
        self.item_tabs.addTab(breakouts, "Breakout groups")
        self.item_tabs.addTab(declarations, "Declarations of interest")
        # Potential conflicts from the register of interests, with recusal and waiver buttons.
        self.conflicts = ConflictsPanel(self.session, can_record=True)
        self.conflicts.setObjectName("minutes_conflicts")
        self.item_tabs.addTab(self.conflicts, "Conflicts")

        split = QSplitter(Qt.Vertical)
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.item_title)
        box.addWidget(self.discussion, 1)
        split.addWidget(top)
        split.addWidget(self.item_tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(split)
        return page

    def _build_actions(self) -> QWidget:
        self.actions_model = ActionsModel(self)
        self.actions_proxy = SortProxy(self)
        self.actions_proxy.setSourceModel(self.actions_model)
        self.actions_table = _table(QTableView(), "actions_table", self.actions_proxy)
        self.actions_table.horizontalHeader().setSectionResizeMode(ActionsModel.TEXT, QHeaderView.Stretch)
        self.actions_table.horizontalHeader().setStretchLastSection(False)
        self.actions_table.horizontalHeader().setSectionResizeMode(ActionsModel.ITEM, QHeaderView.Interactive)
        self.actions_table.setColumnWidth(ActionsModel.ITEM, 200)
        self.actions_table.setSortingEnabled(True)
        self.actions_table.sortByColumn(ActionsModel.NUMBER, Qt.AscendingOrder)
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())
        self.arising_model = ActionsModel(self)
        self.arising_table = _table(QTableView(), "arising_table", self.arising_model)
        self.arising_table.horizontalHeader().setSectionResizeMode(ActionsModel.TEXT, QHeaderView.Stretch)
        self.arising_table.horizontalHeader().setStretchLastSection(False)
        self.arising_table.horizontalHeader().setSectionResizeMode(ActionsModel.ITEM, QHeaderView.Interactive)
        self.arising_table.setColumnWidth(ActionsModel.ITEM, 200)
        self.arising_label = QLabel()
        self.arising_label.setObjectName("arising_label")
        row = QHBoxLayout()
        self.add_action_button = _button("Add action…", "add_action", self.add_action, "Ctrl+Shift+A")
        row.addWidget(self.add_action_button)
        row.addWidget(_button("Change…", "edit_action", self.edit_action))
        row.addWidget(_button("Done", "action_done", lambda: self.set_action_status(self.actions_table, "done")))
        row.addWidget(_button("Drop", "action_drop", lambda: self.set_action_status(self.actions_table, "dropped")))
        row.addWidget(_button("Reopen", "action_reopen", lambda: self.set_action_status(self.actions_table, "open")))
        self.remove_action_button = _button("Remove", "remove_action", self.remove_action)
        row.addWidget(self.remove_action_button)
        row.addStretch(1)
        arising_row = QHBoxLayout()
        arising_row.addWidget(_button("Done", "arising_done",
                                      lambda: self.set_action_status(self.arising_table, "done")))
        arising_row.addWidget(_button("Drop", "arising_drop",
                                      lambda: self.set_action_status(self.arising_table, "dropped")))
        arising_row.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel("<b>Actions agreed at this meeting</b>"))
        box.addWidget(self.actions_table, 2)
        box.addLayout(row)
        box.addWidget(self.arising_label)
        box.addWidget(self.arising_table, 1)
        box.addLayout(arising_row)
        return page

    def _build_summary(self) -> QWidget:
        self.summary = _text_box("summary", "A short summary of the meeting (optional).")
        self.summary_save = AutoSave(self.summary, self._save_summary, self)
        self.amendments_label = QLabel()
        self.amendments_label.setObjectName("amendments")
        self.amendments_label.setWordWrap(True)
        self.amendments_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel("<b>Summary</b>"))
        box.addWidget(self.summary, 2)
        box.addWidget(QLabel("<b>Amendments after approval</b>"))
        box.addWidget(self.amendments_label, 1)
        return page

    def _shortcuts(self) -> None:
        def add(keys: str, slot) -> None:
            action = QAction(self, shortcut=QKeySequence(keys), triggered=slot)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)

        for n in range(4):
            add(f"Ctrl+{n + 1}", lambda _=False, n=n: self._show_tab(n))
        add("Alt+Down", lambda: self.move_item(1))
        add("Alt+Up", lambda: self.move_item(-1))

    # --- reading -----------------------------------------------------------------------------
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
        if self._quiet:
            self.refresh_tables()
        else:
            self.reload()

    def _choices(self) -> list:
        with_minutes = set(core.minutes_statuses(self.db))
        chosen = [m for m in list_meetings(self.db)
                  if m.id in with_minutes or (m.status not in ("cancelled", "postponed") and m.day <= self.today)]
        return sorted(chosen, key=lambda m: m.starts_at, reverse=True)

    def reload(self) -> None:
        """Everything again from the records (after undo, another page's change, a new forum)."""
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.flush()
        self.meetings = self._choices()
        self.members = {m.id: m for m in list_members(self.db)}
        statuses = core.minutes_statuses(self.db)
        keep = self.meeting_id
        self.meeting_choice.blockSignals(True)
        self.meeting_choice.clear()
        for m in self.meetings:
            state = core.STATUSES.get(statuses.get(m.id), "no minutes yet").lower()
            self.meeting_choice.addItem(f"{human(m.day)} — {m.title} ({state})", m.id)
        if keep is None or self.meeting_choice.findData(keep) < 0:
            keep = next((m.id for m in self.meetings if statuses.get(m.id) in (None, "draft", "circulated")
                         and m.status == "held"), self.meetings[0].id if self.meetings else None)
        self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(keep)) if keep else -1)
        self.meeting_choice.blockSignals(False)
        self.show_meeting(keep)

    def select_meeting(self, meeting_id: int) -> bool:
        index = self.meeting_choice.findData(meeting_id)
        if index < 0:
            return False
        self.meeting_choice.setCurrentIndex(index)
        return True

    def _meeting_chosen(self, _index: int) -> None:
        self.show_meeting(self.meeting_choice.currentData())

    def show_meeting(self, meeting_id: int | None) -> None:
        for saver in (self.discussion_save, self.breakout_save, self.decision_text_save, self.summary_save):
            saver.flush()
        if meeting_id != self.meeting_id:
            self.item_id = None
            self.decision_id = None
        self.meeting_id = meeting_id
        self.refresh_tables()
        self.summary_save.load(meeting_id, self.minutes.summary if self.minutes else "")
        self._show_item()

    def refresh_tables(self) -> None:
        """Tables, labels and buttons; the text being typed is left alone."""
        meeting_id = self.meeting_id
        self.minutes = core.get_minutes(self.db, meeting_id) if meeting_id else None
        started = self.minutes is not None
        meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        self._show_status(meeting)
        # the agenda
        rows = []
        if meeting is not None:
            decisions = core.decisions_of(self.db, meeting_id) if started else []
            acts = core_actions.actions_of(self.db, meeting_id) if started else []
            notes = core.discussions_for_meeting(self.db, meeting_id) if started else {}
            for t in timings(meeting, items_of(self.db, meeting_id)).items:
                parts = []
                if notes.get(t.item.id, "").strip():
                    parts.append("notes")
                n = sum(1 for d in decisions if d.item_id == t.item.id)
                if n:
                    parts.append(f"{n} decision{'s' if n != 1 else ''}")
                n = sum(1 for a in acts if a.item_id == t.item.id)
                if n:
                    parts.append(f"{n} action{'s' if n != 1 else ''}")
                rows.append((t.item.id, t.number, t.item.title, ", ".join(parts)))
        self.items_model.set_rows(rows)
        if self.item_id is None and rows:
            self.item_id = rows[0][0]
        row = self.items_model.row_of(self.item_id) if self.item_id else None
        if row is not None:
            self.items_table.blockSignals(True)
            self.items_table.selectRow(row)
            self.items_table.blockSignals(False)
        # attendance and quorum
        attendance = core.attendance_of(self.db, meeting_id) if started else []
        quorum = core.meeting_quorum(self.db, meeting_id) if started else None
        seat_people = set(quorum.seats.values()) if quorum else set()
        seated_rows = {a.id for a in attendance if a.member_id in seat_people and a.present}
        self.attendance_model.set_rows(attendance, self.members, seated_rows)
        if started:
            lines = core.quorum_lines(self.db, meeting_id)
            ok = quorum.met or not core.quorum_applies(meeting)
            self.quorum_label.setText("\n".join(lines))
            self.quorum_label.setStyleSheet("" if ok else ERROR_STYLE)
        else:
            self.quorum_label.setText("Start the minutes to take attendance.")
            self.quorum_label.setStyleSheet("")
        # decisions of the current item
        self._refresh_decisions()
        # actions and matters arising
        names = {m.id: m.name for m in self.members.values()}
        titles = {r[0]: f"{r[1]}. {r[2]}" for r in rows}
        acts = core_actions.actions_of(self.db, meeting_id) if started else []
        self.actions_model.set_rows([(a, core_actions.owner_name(a, names), titles.get(a.item_id, "")) for a in acts],
                                    self.today)
        arising = core_actions.matters_arising(self.db, meeting_id) if meeting_id else []
        all_titles = {}
        if arising:
            all_titles = core.item_titles(self.db)
        self.arising_model.set_rows([(a, core_actions.owner_name(a, names), all_titles.get(a.item_id, ""))
                                     for a in arising], self.today)
        late = sum(1 for a in arising if core_actions.is_overdue(a, self.today))
        self.arising_label.setText(f"<b>Matters arising</b>: {len(arising)} open action"
                                   f"{'s' if len(arising) != 1 else ''} from earlier meetings"
                                   + (f", <span style='color:#c62828'>{late} overdue</span>" if late else ""))
        # amendments
        amendments = core.amendments_of(self.db, meeting_id) if started else []
        self.amendments_label.setText("\n".join(f"{human(a.made_on)}: {a.text}" for a in amendments)
                                      or "None.")
        self._enable()

    def _show_status(self, meeting) -> None:
        m = self.minutes
        if meeting is None:
            self.status.setText("No meeting to minute yet: meetings appear here from their day on.")
            self.lock_banner.hide()
            return
        where = f"<b>{meeting.title}</b>, {meeting.when_text()}"
        if m is None:
            self.status.setText(f"{where} — no minutes yet.")
        elif m.status == "circulated":
            self.status.setText(f"{where} — draft circulated to members on {human(m.circulated_on)}.")
        else:
            self.status.setText(f"{where} — minutes {m.status_label.lower()}.")
        if m is not None and m.locked:
            at = next((x for x in list_meetings(self.db) if x.id == m.approved_at_meeting_id), None)
            text = (f"Approved on {human(m.approved_on)}" + (f" at “{at.title}”" if at else "")
                    + (f", published on {human(m.published_on)}" if m.published_on else "")
                    + ". These minutes are locked: a correction is a dated amendment (Amend…). "
                      "Actions can still be marked done or dropped.")
            self.lock_banner.setText(text)
            self.lock_banner.show()
        else:
            self.lock_banner.hide()

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
        self.remove_decision_button.setEnabled(editable and self.decision_id is not None)
        self.decision_form.setEnabled(started and self.decision_id is not None)
        for widget in (self.rule, self.vote_held, self.deferred):
            widget.setEnabled(editable)
        for spin in self.vote_boxes.values():
            spin.setEnabled(editable and self.vote_held.isChecked())
        self.objections.setEnabled(editable and not self.vote_held.isChecked())

    # --- the current item -----------------------------------------------------------------
    def _item_selected(self, *_args) -> None:
        rows = self.items_table.selectionModel().selectedRows()
        if not rows:
            return
        item_id = self.items_model.item_id_at(rows[0].row())
        if item_id != self.item_id:
            self.discussion_save.flush()
            self.breakout_save.flush()
            self.decision_text_save.flush()
            self.item_id = item_id
            self.decision_id = None
            self._show_item()

    def move_item(self, delta: int) -> None:
        row = self.items_model.row_of(self.item_id) if self.item_id else None
        target = 0 if row is None else min(max(row + delta, 0), self.items_model.rowCount() - 1)
        if self.items_model.rowCount():
            self.items_table.selectRow(target)
            self._show_tab(1)

    def _show_item(self) -> None:
        item_id = self.item_id
        row = self.items_model.row_of(item_id) if item_id else None
        if row is None:
            self.item_title.setText("Choose an item of the agenda.")
            self.discussion_save.load(None, "")
            self.breakout_save.load(None, "")
        else:
            _, number, title, _recorded = self.items_model.rows[row]
            standing = next((i.standing for i in items_of(self.db, self.meeting_id) if i.id == item_id), "")
            extra = ("  — open actions from earlier meetings are under Actions (Ctrl+3)."
                     if standing == "matters_arising" else "")
            self.item_title.setText(f"<b>{number}. {title}</b>{extra}")
            self.discussion_save.load(item_id, core.discussion_of(self.db, item_id))
            self.breakout_save.load(item_id, core.breakout_notes_text(core.breakouts_of(self.db, item_id)))
        self._show_breakout_summary()
        self._refresh_decisions()
        self._show_declarations()
        self.conflicts.set_meeting(self.meeting_id, item_id)
        self._enable()

    def _show_breakout_summary(self) -> None:
        groups = core.parse_breakout_notes(self.breakouts.toPlainText())
        points = sum(len(g["points"]) for g in groups)
        self.breakout_summary.setText(
            f"{len(groups)} group{'s' if len(groups) != 1 else ''}, {points} point{'s' if points != 1 else ''}"
            if groups else "No breakout groups for this item.")

    def _show_declarations(self) -> None:
        if self.item_id is None or self.minutes is None:
            self.declarations_label.setText("")
            return
        lines = [f"{self.members[d.member_id].name if d.member_id in self.members else 'A member'}: "
                 f"{d.kind_label.lower()}" + (f" — {d.note}" if d.note else "")
                 for d in core.declarations_of(self.db, self.item_id)]
        self.declarations_label.setText("\n".join(lines) or "No declarations on this item.")

    def _refresh_decisions(self) -> None:
        if self.minutes is None or self.item_id is None:
            self.decisions_model.set_rows([])
            self.decision_id = None
            self._load_decision()
            return
        profile = core_forum.load(self.db)
        all_decisions = core.decisions_of(self.db, self.meeting_id)
        verdicts = core.verdicts_of(self.db, self.meeting_id)
        rows = [(n, d, rule_text(verdicts[d.id].rule, profile), verdicts[d.id])
                for n, d in enumerate(all_decisions, start=1) if d.item_id == self.item_id]
        self.decisions_model.set_rows(rows)
        if self.decision_id is None or self.decisions_model.row_of(self.decision_id) is None:
            self.decision_id = rows[0][1].id if rows else None
        row = self.decisions_model.row_of(self.decision_id) if self.decision_id else None
        if row is not None:
            self.decisions_table.blockSignals(True)
            self.decisions_table.selectRow(row)
            self.decisions_table.blockSignals(False)
        if not self._quiet:
            self._load_decision()
        else:
            self._show_verdict()

    def _decision_selected(self, *_args) -> None:
        rows = self.decisions_table.selectionModel().selectedRows()
        if not rows:
            return
        decision_id = self.decisions_model.decision_at(rows[0].row()).id
        if decision_id != self.decision_id:
            self.decision_text_save.flush()
            self.decision_id = decision_id
            self._load_decision()
            self._enable()

    def _load_decision(self) -> None:
        d = core.get_decision(self.db, self.decision_id) if self.decision_id else None
        profile = core_forum.load(self.db)
        widgets = [self.rule, self.vote_held, self.deferred, self.objections, *self.vote_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        self.rule.clear()
        for key, label in RULES.items():
            self.rule.addItem(f"The forum's rule: {rule_text('', profile)}" if key == "" else
                              rule_text(key, profile), key)
        if d is None:
            self.decision_text_save.load(None, "")
            for w in widgets:
                w.blockSignals(False)
            self.verdict_label.setText("")
            self.verdict_label.setStyleSheet("")
            return
        self.decision_text_save.load(d.id, d.text)
        self.rule.setCurrentIndex(max(0, self.rule.findData(d.rule)))
        self.vote_held.setChecked(d.vote_held)
        self.deferred.setChecked(d.deferred)
        self.objections.setValue(d.objections)
        for name, spin in self.vote_boxes.items():
            spin.setValue(getattr(d.votes, name))
        for w in widgets:
            w.blockSignals(False)
        self._show_verdict()

    def _form_values(self) -> dict:
        votes = Votes(**{name: spin.value() for name, spin in self.vote_boxes.items()})
        return dict(rule=self.rule.currentData() or "", vote_held=self.vote_held.isChecked(),
                    deferred=self.deferred.isChecked(), objections=self.objections.value(), votes=votes)

    def _show_verdict(self) -> None:
        """The verdict of what is in the form now, before anything is saved."""
        if self.decision_id is None:
            return
        if self.locked:
            v = core.decision_verdict(self.db, core.get_decision(self.db, self.decision_id))
        else:
            values = self._form_values()
            d = dataclasses.replace(core.get_decision(self.db, self.decision_id), **values)
            v = verdict(values["rule"], core_forum.load(self.db), core.decision_count(self.db, d),
                        vote_held=values["vote_held"], votes=values["votes"], objections=values["objections"],
                        deferred=values["deferred"])
        text = v.explanation + "".join(f"\n{w}" for w in v.warnings)
        self.verdict_label.setText(text)
        colour = OUTCOME_COLOUR.get(v.outcome)
        self.verdict_label.setStyleSheet(
            f"QLabel#verdict {{ background: {colour.name()}; padding: 6px; border-radius: 3px; }}")

    def _decision_field_changed(self, *_args) -> None:
        if self.decision_id is None or self.locked:
            return
        self._show_verdict()
        self._enable()
        self._push(commands.EditDecision(self.session, self.decision_id, **self._form_values()))

    # --- saving what is typed -----------------------------------------------------------------
    def _save_discussion(self, item_id: int, text: str) -> None:
        core.set_discussion(self.db, item_id, text)

    def _save_breakouts(self, item_id: int, text: str) -> None:
        core.set_breakout_notes(self.db, item_id, text)
        self._show_breakout_summary()

    def _save_decision_text(self, decision_id: int, text: str) -> None:
        current = core.get_decision(self.db, decision_id)
        core.update_decision(self.db, dataclasses.replace(current, text=text.strip() or current.text))

    def _save_summary(self, meeting_id: int, text: str) -> None:
        core.set_summary(self.db, meeting_id, text)

    def _on_saved(self) -> None:
        self.saved_label.setText(f"Saved {dt.datetime.now().strftime('%H:%M:%S')}")
        self._quiet = True
        try:
            self.session.notify("minutes")
        finally:
            self._quiet = False

    def _refused(self, exc: UserError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(exc))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _push(self, command) -> bool:
        self._quiet = True
        try:
            error = commands.run(self.session, command)
        finally:
            self._quiet = False
        if error is not None:
            self._refused(error)
            return False
        self.message.clear()
        return True

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        target = {0: self.attendance_table, 1: self.discussion, 2: self.actions_table, 3: self.summary}[index]
        target.setFocus()

    # --- attendance -------------------------------------------------------------------------
    def mark_selected(self, presence: str) -> None:
        rows = self.attendance_table.selectionModel().selectedRows()
        if not rows or self.meeting_id is None:
            return
        row = rows[0].row()
        a = self.attendance_model.attendee_at(row)
        if a.member_id is None:
            self._say("Guests are listed as present: remove a guest who did not come.")
            return
        member = self.members.get(a.member_id)
        substitute = None
        if (member is not None and member.role == "alternate" and member.alternate_for
                and presence in ("in_person", "remote") and self.sits_for.isChecked()):
            holder = next((x for x in self.attendance_model.rows if x.member_id == member.alternate_for), None)
            if holder is None or not holder.present:
                substitute = member.alternate_for
        name = member.name if member else ""
        if self._push(commands.SetPresence(self.session, self.meeting_id, a.member_id, presence, substitute, name)):
            next_row = min(row + 1, self.attendance_model.rowCount() - 1)
            self.attendance_table.selectRow(next_row)

    def add_guest(self) -> None:
        from msf_desk.ui.dialogs.minutes import GuestDialog

        dialog = GuestDialog(self)
        dialog.accepted.connect(lambda: self._push(commands.AddGuest(self.session, self.meeting_id,
                                                                     **dialog.values())))
        dialog.open()
        self.dialog = dialog

    def remove_guest(self) -> None:
        rows = self.attendance_table.selectionModel().selectedRows()
        if not rows:
            return
        a = self.attendance_model.attendee_at(rows[0].row())
        if a.member_id is not None:
            self._say("Members stay on the list: mark them absent instead.")
            return
        self._push(commands.RemoveGuest(self.session, a))

    # --- decisions and declarations ---------------------------------------------------------
    def add_decision(self) -> None:
        if self.item_id is None or self.meeting_id is None:
            return
        self._show_tab(1)
        self.item_tabs.setCurrentIndex(0)
        item = next((i for i in items_of(self.db, self.meeting_id) if i.id == self.item_id), None)
        text = (item.draft_decision.strip() if item else "") or "The forum agrees …"
        command = commands.AddDecision(self.session, Decision(self.meeting_id, text, item_id=self.item_id))
        if self._push(command):
            self.decision_id = command.saved.id
            self._refresh_decisions()
            self._load_decision()
            self._enable()
            self.decision_text.setFocus()
            self.decision_text.selectAll()

    def remove_decision(self) -> None:
        if self.decision_id is None:
            return
        self.decision_text_save.flush()
        self._push(commands.RemoveDecision(self.session, core.get_decision(self.db, self.decision_id)))
        self.decision_id = None
        self._refresh_decisions()
        self._enable()

    def declare(self) -> None:
        from msf_desk.ui.dialogs.minutes import DeclarationDialog

        if self.item_id is None:
            return
        day = next((m.day for m in self.meetings if m.id == self.meeting_id), self.today)
        people = sorted((m for m in self.members.values() if m.serving_on(day)
                         and m.role in ("co_chair", "member", "alternate")), key=lambda m: m.name)
        dialog = DeclarationDialog(people, self)

        def done() -> None:
            member_id, kind, note = dialog.values()
            self._push(commands.AddDeclaration(self.session, self.item_id, member_id, kind, note))
            self._show_declarations()
            self._refresh_decisions()

        dialog.accepted.connect(done)
        dialog.open()
        self.dialog = dialog

    def undeclare(self) -> None:
        if self.item_id is None:
            return
        recorded = core.declarations_of(self.db, self.item_id)
        if recorded:
            self._push(commands.RemoveDeclaration(self.session, recorded[-1]))
            self._show_declarations()
            self._refresh_decisions()

    # --- actions --------------------------------------------------------------------------
    def _selected_action(self, table: QTableView):
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        model = table.model()
        index = rows[0]
        if isinstance(model, SortProxy):
            index = model.mapToSource(index)
        return model.sourceModel().action_at(index.row()) if isinstance(model, SortProxy) else \
            model.action_at(index.row())

    def _action_dialog(self, original=None):
        from msf_desk.ui.dialogs.minutes import ActionDialog

        day = next((m.day for m in self.meetings if m.id == self.meeting_id), self.today)
        people = sorted((m for m in self.members.values() if m.serving_on(day)
                         and m.role in ("co_chair", "member", "alternate", "observer")), key=lambda m: m.name)
        items = [(r[0], f"{r[1]}. {r[2]}") for r in self.items_model.rows]
        return ActionDialog(self.meeting_id, people, items, today=self.today, original=original,
                            item_id=self.item_id, locked=self.locked, parent=self)

    def add_action(self) -> None:
        if self.meeting_id is None or self.locked or self.minutes is None:
            return
        dialog = self._action_dialog()
        dialog.accepted.connect(lambda: self._push(commands.AddAction(self.session, dialog.action)))
        dialog.open()
        self.dialog = dialog

    def edit_action(self) -> None:
        action = self._selected_action(self.actions_table)
        if action is None:
            return
        dialog = self._action_dialog(action)

        def done() -> None:
            if self.locked:
                self._push(commands.SetActionStatus(self.session, action.id, dialog.action.status, self.today))
            else:
                self._push(commands.EditAction(self.session, dialog.action))

        dialog.accepted.connect(done)
        dialog.open()
        self.dialog = dialog

    def set_action_status(self, table: QTableView, status: str) -> None:
        action = self._selected_action(table)
        if action is not None:
            self._push(commands.SetActionStatus(self.session, action.id, status, self.today))

    def remove_action(self) -> None:
        action = self._selected_action(self.actions_table)
        if action is not None:
            self._push(commands.RemoveAction(self.session, action))

    # --- the lifecycle ---------------------------------------------------------------------
    def start_minutes(self) -> None:
        if self.meeting_id is not None and self._push(commands.StartMinutes(self.session, self.meeting_id)):
            self.reload()
            self._show_tab(0)

    def circulate(self) -> None:
        if self.meeting_id is not None and self._push(commands.Circulate(self.session, self.meeting_id, self.today)):
            self.reload()
            self._say("Recorded as circulated to members today.")

    def later_meetings(self) -> list:
        """Where these minutes may be approved (or an amendment agreed): forum meetings held
        after this one, on or before today, newest first (core decides)."""
        if self.meeting_id is None:
            return []
        return core.approval_meetings(self.db, self.meeting_id, today=self.today)

    def approve(self) -> None:
        from msf_desk.ui.dialogs.minutes import ApproveDialog

        if self.meeting_id is None:
            return
        self._flush_all()
        dialog = ApproveDialog(self.later_meetings(), core.approval_problems(self.db, self.meeting_id), self)
        dialog.accepted.connect(lambda: self.approve_at(dialog.at_meeting_id, dialog.on))
        dialog.open()
        self.dialog = dialog

    def approve_at(self, at_meeting_id: int, on: dt.date | None = None) -> bool:
        """Approve and lock (cannot be undone: the undo history of earlier edits goes too)."""
        try:
            core.approve(self.db, self.meeting_id, at_meeting_id, on=on, today=self.today)
        except UserError as exc:
            self._refused(exc)
            return False
        self.session.undo_stack.clear()
        self.session.notify("minutes")
        self._say("Approved: the minutes are now locked.")
        return True

    def publish(self) -> None:
        try:
            core.publish(self.db, self.meeting_id, on=self.today)
        except UserError as exc:
            self._refused(exc)
            return
        self.session.notify("minutes")
        self._say("Recorded as published today. Export the public version for the repository.")

    def amend(self) -> None:
        from msf_desk.ui.dialogs.minutes import AmendDialog

        dialog = AmendDialog(self.today, self.later_meetings(), self)

        def done() -> None:
            text, on, agreed = dialog.values
            try:
                core.amend(self.db, self.meeting_id, text, on=on, agreed_at_meeting_id=agreed)
            except UserError as exc:
                self._refused(exc)
                return
            self.session.notify("minutes")
            self._say("Amendment recorded; it appears in every later export.")

        dialog.accepted.connect(done)
        dialog.open()
        self.dialog = dialog

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
    def export(self) -> None:
        from msf_desk.ui.dialogs.minutes import ExportDialog

        if self.meeting_id is None or self.minutes is None:
            return
        self._flush_all()
        meeting = next((m for m in self.meetings if m.id == self.meeting_id), None)
        reason = ""
        if not self.locked:
            reason = "The public may read these minutes once they are approved."
        elif meeting is not None and not meeting.public:
            reason = "A closed meeting's minutes are for members only."
        dialog = ExportDialog(Path(self.session.path).parent, public_allowed=not reason, public_reason=reason,
                              parent=self)
        dialog.accepted.connect(lambda: self.start_export(dialog.kind, dialog.audience, dialog.formats,
                                                          dialog.folder))
        dialog.open()
        self.dialog = dialog

    def start_export(self, kind: str, audience: str, formats: list[str], folder: Path) -> ExportJob | None:
        """Read the records here; render and write the files in the worker."""
        from msf_desk.exports import minutes as exports

        self._flush_all()
        try:
            if kind == "minutes":
                prepared = exports.prepare_minutes(self.db, self.meeting_id, audience, today=self.today)
            elif kind == "register":
                prepared = exports.prepare_register(self.db, audience, today=self.today)
            else:
                prepared = exports.prepare_tracker(self.db, audience, today=self.today)
        except UserError as exc:
            show_error(self, exc, "Cannot export")
            return None
        label = f"Writing {prepared.doc.title.lower()} ({', '.join(f.upper() for f in formats)})…"
        job = ExportJob(self, label, lambda progress: prepared.write(formats, folder, progress), title="Export")
        job.finished.connect(self._exported)
        job.cancelled.connect(lambda: self._say("Export cancelled: no file was written."))
        self.job = job
        job.start()
        return job

    def _exported(self, paths: list[Path]) -> None:
        self.last_export = list(paths)
        self._say("Wrote " + ", ".join(p.name for p in paths) + f" in {paths[0].parent}.")
