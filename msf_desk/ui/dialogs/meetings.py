"""Dialogs for meetings, agenda items, approval, the notice and exports (the planner's
is in planning.py, the paper's in papers.py).

Each dialog checks its values with core's validation and shows every problem on its field.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import agendas as core_agendas
from msf_desk.core import meetings as core_meetings
from msf_desk.model.meetings import PURPOSES, AgendaItem
from msf_desk.model.dates import zone
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import KINDS, Meeting
from msf_desk.ui.i18n import Context, window_day
from msf_desk.ui.widgets import board_book as book
from msf_desk.ui.widgets.fields import DateField, ErrorLabel, FieldForm
from msf_desk.ui.widgets.zones import ZoneBox, zone_label
from msf_desk.ui.widgets.forms import combo as _combo, dialog_buttons as _buttons, form_layout as _form
from msf_desk.ui.widgets.folders import remember, start_folder

DIALOGS_MEETINGS = Context("DIALOGS_MEETINGS")



def _text_edit(text: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


# --- meeting ---------------------------------------------------------------------------------

class MeetingDialog(QDialog):
    """Add or edit a meeting. `meeting` holds the result after Save."""

    def __init__(self, *, timezone: str, chairs: list, original: Meeting | None = None, parent=None,
                 day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_dialog")
        self.setWindowTitle(DIALOGS_MEETINGS.tr("Edit meeting") if original else DIALOGS_MEETINGS.tr("New meeting"))
        self.original = original
        self.meeting: Meeting | None = None
        self.fields = FieldForm()
        form = _form()
        m = original
        self.title = QLineEdit(m.title if m else DIALOGS_MEETINGS.tr("Forum meeting"))
        self.kind = _combo(KINDS, m.kind if m else "regular")
        self.day = DateField()
        self.day.set_date(m.day if m else (day or dt.date.today() + dt.timedelta(days=30)))
        self.start = QTimeEdit(_qtime(m.local_start.time() if m else dt.time(16)))
        self.end = QTimeEdit(_qtime(m.local_end.time() if m else dt.time(19)))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel(DIALOGS_MEETINGS.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        self.timezone = ZoneBox(m.timezone if m else timezone)
        self.location = QLineEdit(m.location if m else "")
        self.remote = QCheckBox(DIALOGS_MEETINGS.tr("Offer remote participation"))
        self.remote.setChecked(m.remote_offered if m else True)
        self.remote_details = QLineEdit(m.remote_details if m else "")
        self.remote_details.setPlaceholderText(DIALOGS_MEETINGS.tr("Link or dial-in instructions (members only)"))
        self.remote.toggled.connect(self.remote_details.setEnabled)
        self.remote_details.setEnabled(self.remote.isChecked())
        self.chair = QComboBox()
        self.chair.addItem(DIALOGS_MEETINGS.tr("Not decided yet"), None)
        for member in chairs:
            self.chair.addItem(f"{member.name} ({member.organisation})", member.id)
        if m and m.chair_id is not None:
            index = self.chair.findData(m.chair_id)
            if index < 0:
                self.chair.addItem(DIALOGS_MEETINGS.tr("Member {chair_id}").format(chair_id=m.chair_id), m.chair_id)
                index = self.chair.count() - 1
            self.chair.setCurrentIndex(index)
        self.public = QCheckBox(DIALOGS_MEETINGS.tr("Public: on the public calendar and packs"))
        self.public.setChecked(m.public if m else True)
        self.objective = book.objective_edit(m.objective if m else "")
        self.fields.add(form, DIALOGS_MEETINGS.tr("Title"), "title", self.title)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Kind"), "kind", self.kind)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Date"), "day", self.day)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Time"), "ends_at", times)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Time zone"), "timezone", self.timezone,
                        note=DIALOGS_MEETINGS.tr("The forum's zone is {zone}; type part of a name to find another.").format(
                            zone=zone_label(timezone)))
        self.fields.add(form, DIALOGS_MEETINGS.tr("Location"), "location", self.location)
        self.fields.add(form, "", "remote_offered", self.remote)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Remote details"), "remote_details", self.remote_details)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Chair"), "chair_id", self.chair, note=DIALOGS_MEETINGS.tr("The co-chairs may alternate meeting by meeting."))
        self.fields.add(form, "", "public", self.public)
        self.fields.add(form, book.objective_label(), "objective", self.objective, note=book.objective_note())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        problems: dict[str, str] = {}
        day = None
        try:
            day = self.day.date()
            if day is None:
                problems["day"] = DIALOGS_MEETINGS.tr("a meeting needs a date")
        except UserError as exc:
            problems["day"] = str(exc)
        tz = self.timezone.zone()
        try:
            zone(tz)
        except UserError as exc:
            problems["timezone"] = str(exc)
        if not self.title.text().strip():
            problems["title"] = DIALOGS_MEETINGS.tr("a meeting needs a title")
        meeting = None
        if not problems:
            values = dict(kind=self.kind.currentData(), location=self.location.text().strip(),
                          remote_offered=self.remote.isChecked(),
                          remote_details=self.remote_details.text().strip() if self.remote.isChecked() else "",
                          chair_id=self.chair.currentData(), public=self.public.isChecked(),
                          objective=self.objective.toPlainText().strip())
            meeting = Meeting.at(self.title.text().strip(), day, _pytime(self.start.time()),
                                 _pytime(self.end.time()), tz, **values)
            if self.original is not None:
                meeting = dataclasses.replace(self.original, **{
                    f.name: getattr(meeting, f.name) for f in dataclasses.fields(Meeting)
                    if f.name in ("title", "starts_at", "ends_at", "timezone", *values)})
            try:
                core_meetings.validate(meeting)
            except ValidationError as exc:
                problems.update(exc.problems)
        first = self.fields.show_problems({k: v for k, v in problems.items() if k in self.fields.errors})
        if problems:
            if first is not None:
                first.setFocus()
            return
        self.meeting = meeting
        super().accept()


class StatusDialog(QDialog):
    """The reason for cancelling or postponing a meeting."""

    def __init__(self, meeting: Meeting, status: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("status_dialog")
        verb = {"cancelled": DIALOGS_MEETINGS.tr("Cancel"), "postponed": DIALOGS_MEETINGS.tr("Postpone")}[status]
        self.setWindowTitle(DIALOGS_MEETINGS.tr("{verb} meeting").format(verb=verb))
        self.reason_text = ""
        layout = QVBoxLayout(self)
        intro = QLabel(DIALOGS_MEETINGS.tr("{verb} “{title}” ({day}). Members and the public see the reason.").format(verb=verb, title=meeting.title, day=window_day(meeting.day)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = _text_edit("", 3)
        self.reason.setObjectName("status_reason")
        self.error = ErrorLabel("status_reason")
        layout.addWidget(QLabel(DIALOGS_MEETINGS.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, verb))

    def accept(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text:
            self.error.set_message(DIALOGS_MEETINGS.tr("Say why, in a sentence: members and the public will read it."))
            self.reason.setFocus()
            return
        self.reason_text = text
        super().accept()


# --- agenda item -----------------------------------------------------------------------------

class ItemDialog(QDialog):
    def __init__(self, meeting_id: int, original: AgendaItem | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("item_dialog")
        self.setWindowTitle(DIALOGS_MEETINGS.tr("Edit agenda item") if original else DIALOGS_MEETINGS.tr("New agenda item"))
        self.original = original
        self.meeting_id = meeting_id
        self.item: AgendaItem | None = None
        i = original
        self.fields = FieldForm()
        form = _form()
        self.title = QLineEdit(i.title if i else "")
        self.purpose = _combo(PURPOSES, i.purpose if i else "discussion")
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(DIALOGS_MEETINGS.tr(" min"))
        self.duration.setValue(i.duration_minutes if i else 15)
        self.presenters = QLineEdit(i.presenters if i else "")
        self.description = _text_edit(i.description if i else "", 4)
        self.questions = _text_edit(i.questions if i else "", 3)
        self.draft_decision = _text_edit(i.draft_decision if i else "", 3)
        self.topics = QLineEdit(i.topics if i else "")
        self.topics.setPlaceholderText(DIALOGS_MEETINGS.tr("e.g. budget; procurement"))
        self.organisations = QLineEdit(i.organisations if i else "")
        self.organisations.setPlaceholderText(DIALOGS_MEETINGS.tr("Organisations concerned, separated by ;"))
        self.is_break = book.break_box(bool(i and i.is_break))
        self.fields.add(form, DIALOGS_MEETINGS.tr("Title"), "title", self.title)
        self.fields.add(form, "", "is_break", self.is_break)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Purpose"), "purpose", self.purpose)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Duration"), "duration_minutes", self.duration)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Presented by"), "presenters", self.presenters)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Background"), "description", self.description)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Questions"), "questions", self.questions, note=DIALOGS_MEETINGS.tr("One question for the forum per line."))
        self.fields.add(form, DIALOGS_MEETINGS.tr("Draft decision"), "draft_decision", self.draft_decision)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Topics"), "topics", self.topics,
                        note=DIALOGS_MEETINGS.tr("Topics and organisations help find conflicts of interest."))
        self.fields.add(form, DIALOGS_MEETINGS.tr("Organisations"), "organisations", self.organisations)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.is_break.toggled.connect(lambda on: [w.setEnabled(not on) for w in (
            self.purpose, self.presenters, self.questions, self.draft_decision, self.topics, self.organisations)])
        self.is_break.toggled.emit(self.is_break.isChecked())
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        base = self.original or AgendaItem(self.meeting_id, "")
        item = dataclasses.replace(
            base, title=self.title.text().strip(), purpose=self.purpose.currentData(),
            duration_minutes=self.duration.value(), presenters=self.presenters.text().strip(),
            description=self.description.toPlainText().strip(), questions=self.questions.toPlainText().strip(),
            draft_decision=self.draft_decision.toPlainText().strip(), topics=self.topics.text().strip(),
            organisations=self.organisations.text().strip(), is_break=self.is_break.isChecked())
        try:
            core_agendas.validate_item(item)
        except ValidationError as exc:
            first = self.fields.show_problems(exc.problems)
            if first is not None:
                first.setFocus()
            return
        self.fields.show_problems({})
        self.item = item
        super().accept()


# --- approval, notice, copy --------------------------------------------------------------------

class ApproveDialog(QDialog):
    def __init__(self, chairs: list, status: dict, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_dialog")
        self.setWindowTitle(DIALOGS_MEETINGS.tr("Approve the agenda"))
        self.member_id: int | None = None
        self.on: dt.date | None = None
        layout = QVBoxLayout(self)
        done = ", ".join(f"{n} ({window_day(d)})" for n, d in status["approved"]) or DIALOGS_MEETINGS.tr("nobody yet")
        rule = DIALOGS_MEETINGS.tr("Both co-chairs approve the agenda.") if status["both_required"] else DIALOGS_MEETINGS.tr("One co-chair approves the agenda.")
        intro = QLabel(DIALOGS_MEETINGS.tr("{rule}\nApproved so far by: {done}.").format(rule=rule, done=done))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = FieldForm()
        form = _form()
        self.chair = QComboBox()
        for member in chairs:
            self.chair.addItem(member.name, member.id)
        self.date = DateField()
        self.date.set_date(today)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Co-chair"), "member_id", self.chair)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Approved on"), "on", self.date)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, DIALOGS_MEETINGS.tr("Record approval")))

    def accept(self) -> None:
        on = self.fields.check_date("on")
        if on is None:
            self.fields.set_problem("on", self.fields.errors["on"].text() or DIALOGS_MEETINGS.tr("Give the date of the approval."))
            return
        if self.chair.currentData() is None:
            self.fields.set_problem("member_id", DIALOGS_MEETINGS.tr("There is no serving co-chair to approve the agenda."))
            return
        self.member_id, self.on = self.chair.currentData(), on
        super().accept()


class NoticeDialog(QDialog):
    """The notice text to copy into an e-mail, the .ics to attach, and 'record as sent'."""

    def __init__(self, text: str, ics: bytes, file_stem: str, today: dt.date, can_send: bool, parent=None,
                 email=None, forum_path=None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_dialog")
        self.setWindowTitle(DIALOGS_MEETINGS.tr("Notice to members"))
        self.ics, self.file_stem = ics, file_stem
        self.forum_path = forum_path      # whose remembered folder the invitation is saved in
        self.sent_on: dt.date | None = None
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("notice_text")
        self.text.setReadOnly(True)
        self.text.setMinimumSize(640, 380)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        copy = QPushButton(DIALOGS_MEETINGS.tr("Copy text"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        save = QPushButton(DIALOGS_MEETINGS.tr("Save invitation (.ics)…"))
        save.clicked.connect(self._save_ics)
        row.addWidget(copy)
        row.addWidget(save)
        if email is not None:
            self.email_button = QPushButton(DIALOGS_MEETINGS.tr("E-mail draft (.eml)…"))
            self.email_button.setObjectName("email_notice")
            self.email_button.setToolTip(DIALOGS_MEETINGS.tr(
                "Write the notice as an e-mail draft to members (Bcc), with the invitation and the members' pack "
                "attached, and open it in your mail client"))
            self.email_button.clicked.connect(lambda: email())
            row.addWidget(self.email_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.fields = FieldForm()
        form = _form()
        self.date = DateField()
        self.date.set_date(today)
        self.fields.add(form, DIALOGS_MEETINGS.tr("Sent on"), "sent_on", self.date)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Ok).setText(DIALOGS_MEETINGS.tr("Record as sent"))
        buttons.button(QDialogButtonBox.Ok).setEnabled(can_send)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save_ics(self) -> None:
        start = start_folder("notice", self.forum_path, Path.home())
        path, _ = QFileDialog.getSaveFileName(self, DIALOGS_MEETINGS.tr("Save the invitation"), str(start / f"{self.file_stem}.ics"),
                                              DIALOGS_MEETINGS.tr("iCalendar (*.ics)"))
        if path:
            remember("notice", self.forum_path, Path(path).parent)
            try:
                from msf_desk.exports.ics import write_file as write_ics_file   # icalendar, when first used

                write_ics_file(path, self.ics)
            except UserError as exc:
                from msf_desk.ui.errors import show_error

                show_error(self, exc, DIALOGS_MEETINGS.tr("Save the invitation"))

    def accept(self) -> None:
        on = self.fields.check_date("sent_on")
        if on is None:
            return
        self.sent_on = on
        super().accept()


class CopyAgendaDialog(QDialog):
    def __init__(self, choices: list[Meeting], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("copy_agenda_dialog")
        self.setWindowTitle(DIALOGS_MEETINGS.tr("Copy an agenda"))
        self.source_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(DIALOGS_MEETINGS.tr("Copy the items (not the papers) of an earlier meeting:")))
        self.source = QComboBox()
        for m in choices:
            self.source.addItem(f"{window_day(m.day, short=True)}  {m.title}", m.id)
        layout.addWidget(self.source)
        self.replace = QRadioButton(DIALOGS_MEETINGS.tr("Replace this agenda"))
        self.append = QRadioButton(DIALOGS_MEETINGS.tr("Add after the current items"))
        self.replace.setChecked(True)
        layout.addWidget(self.replace)
        layout.addWidget(self.append)
        layout.addWidget(_buttons(self, DIALOGS_MEETINGS.tr("Copy")))

    def accept(self) -> None:
        self.source_id = self.source.currentData()
        if self.source_id is not None:
            super().accept()
