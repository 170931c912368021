"""Dialogs of the Minutes page: a guest, an action, a declaration, approval, an amendment,
and an export. Each shows its validation messages under the offending field."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from msf_desk.model.actions import SECRETARIAT, Action
from msf_desk.core.actions import validate_action

from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.minutes import DECLARATION_KINDS
from msf_desk.ui.widgets.fields import DateField, FieldForm
from msf_desk.ui.widgets.forms import dialog_buttons as _buttons, form_layout as _form
from msf_desk.ui.i18n import Context, record_label, window_day

DIALOGS_MINUTES = Context("DIALOGS_MINUTES")


def _text(text: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class GuestDialog(QDialog):
    """A guest, observer or secretariat member who is not on the forum's list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guest_dialog")
        self.setWindowTitle(DIALOGS_MINUTES.tr("Add a guest or observer"))
        self.fields = FieldForm()
        form = _form()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.kind = QComboBox()
        for key, label in (("guest", DIALOGS_MINUTES.tr("Guest")), ("observer", DIALOGS_MINUTES.tr("Observer")), ("secretariat", DIALOGS_MINUTES.tr("Secretariat staff"))):
            self.kind.addItem(label, key)
        self.remote = QCheckBox(DIALOGS_MINUTES.tr("Took part remotely"))
        self.publish = QCheckBox(DIALOGS_MINUTES.tr("Name may appear in the public minutes"))
        self.publish.setChecked(True)
        self.fields.add(form, DIALOGS_MINUTES.tr("Name"), "name", self.name)
        self.fields.add(form, DIALOGS_MINUTES.tr("Organisation"), "organisation", self.organisation)
        self.fields.add(form, DIALOGS_MINUTES.tr("Attending as"), "kind", self.kind)
        self.fields.add(form, "", "presence", self.remote)
        self.fields.add(form, "", "publish_name", self.publish,
                        note=DIALOGS_MINUTES.tr("Untick when the person asked not to be named: the public version then "
                             "shows only the organisation."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, DIALOGS_MINUTES.tr("Add")))

    def values(self) -> dict:
        return dict(name=self.name.text().strip(), organisation=self.organisation.text().strip(),
                    kind=self.kind.currentData(), presence="remote" if self.remote.isChecked() else "in_person",
                    publish_name=self.publish.isChecked())

    def accept(self) -> None:
        v = self.values()
        if not v["name"] and not v["organisation"]:
            self.fields.show_problems({"name": DIALOGS_MINUTES.tr("give the guest's name or organisation")})
            self.name.setFocus()
            return
        super().accept()


class ActionDialog(QDialog):
    """Add or change an action. `action` holds the result after Save. In approved minutes
    only the status can change: the other fields are read-only."""

    def __init__(self, meeting_id: int, members: list, items: list[tuple[int, str]], *, today: dt.date,
                 original: Action | None = None, item_id: int | None = None, locked: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("action_dialog")
        self.setWindowTitle(DIALOGS_MINUTES.tr("Change the action") if original else DIALOGS_MINUTES.tr("Add an action"))
        self.meeting_id = meeting_id
        self.original = original
        self.today = today
        self.action: Action | None = None
        self.fields = FieldForm()
        form = _form()
        self.text = _text(original.text if original else "", 3)
        self.owner = QComboBox()
        self.owner.addItem(record_label(SECRETARIAT), None)
        for m in members:
            self.owner.addItem(f"{m.name} ({m.organisation})" if m.organisation else m.name, m.id)
        if original is not None and original.owner_member_id is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(original.owner_member_id)))
        self.due = DateField()
        self.due.set_date(original.due if original else None)
        self.item = QComboBox()
        self.item.addItem(DIALOGS_MINUTES.tr("(the meeting as a whole)"), None)
        for iid, label in items:
            self.item.addItem(label, iid)
        chosen = original.item_id if original else item_id
        if chosen is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.status = QComboBox()
        for key, label in (("open", DIALOGS_MINUTES.tr("Open")), ("done", DIALOGS_MINUTES.tr("Done")), ("dropped", DIALOGS_MINUTES.tr("Dropped"))):
            self.status.addItem(label, key)
        if original is not None:
            self.status.setCurrentIndex(self.status.findData(original.status))
        self.fields.add(form, DIALOGS_MINUTES.tr("What"), "text", self.text)
        self.fields.add(form, DIALOGS_MINUTES.tr("Owner"), "owner", self.owner)
        self.fields.add(form, DIALOGS_MINUTES.tr("Due"), "due", self.due)
        self.fields.add(form, DIALOGS_MINUTES.tr("From item"), "item_id", self.item)
        self.fields.add(form, DIALOGS_MINUTES.tr("Status"), "status", self.status)
        for widget in (self.text, self.owner, self.due, self.item):
            widget.setEnabled(not locked)
        layout = QVBoxLayout(self)
        if locked:
            note = QLabel(DIALOGS_MINUTES.tr("These minutes are approved: only the status can change."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        values, problems = self.fields.dates(("due",))
        base = self.original or Action(self.meeting_id, "")
        status = self.status.currentData()
        closed = base.closed_on if status == base.status else (None if status == "open" else self.today)
        action = dataclasses.replace(
            base, text=self.text.toPlainText().strip(), owner_member_id=self.owner.currentData(),
            owner_text="" if self.owner.currentData() is not None else SECRETARIAT,
            due=values["due"], item_id=self.item.currentData(), status=status, closed_on=closed)
        try:
            validate_action(action)
        except ValidationError as exc:
            problems.update(exc.problems)
        first = self.fields.show_problems(problems)
        if first is not None:
            first.setFocus()
            return
        self.action = action
        super().accept()


class DeclarationDialog(QDialog):
    """A declaration of interest, a recusal or a waiver on the current item."""

    def __init__(self, members: list, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("declaration_dialog")
        self.setWindowTitle(DIALOGS_MINUTES.tr("Record a declaration"))
        self.fields = FieldForm()
        form = _form()
        self.member = QComboBox()
        for m in members:
            self.member.addItem(m.name, m.id)
        self.kind = QComboBox()
        for key, label in DECLARATION_KINDS.items():
            self.kind.addItem(record_label(label), key)
        self.note = QLineEdit()
        self.fields.add(form, DIALOGS_MINUTES.tr("Member"), "member_id", self.member)
        self.fields.add(form, DIALOGS_MINUTES.tr("What"), "kind", self.kind,
                        note=DIALOGS_MINUTES.tr("A recused member is left out of the count for this item's decisions."))
        self.fields.add(form, DIALOGS_MINUTES.tr("Note"), "note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, DIALOGS_MINUTES.tr("Record")))

    def values(self) -> tuple[int, str, str]:
        return self.member.currentData(), self.kind.currentData(), self.note.text().strip()

    def accept(self) -> None:
        if self.member.currentData() is None:
            self.fields.show_problems({"member_id": DIALOGS_MINUTES.tr("choose the member")})
            return
        super().accept()


class ApproveDialog(QDialog):
    """At which later meeting, and on which date, the forum approved these minutes.

    `meetings` are the only meetings offered (core.minutes.approval_meetings: forum meetings
    held after this one, on or before today, newest first)."""

    def __init__(self, meetings: list, problems: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_minutes_dialog")
        self.setWindowTitle(DIALOGS_MINUTES.tr("Approve the minutes"))
        self.at_meeting_id: int | None = None
        self.on: dt.date | None = None
        self.fields = FieldForm()
        form = _form()
        self.meeting = QComboBox()
        for m in meetings:
            self.meeting.addItem(f"{window_day(m.day)} — {m.title}", m.id)
        self.date = DateField()
        self.meeting.currentIndexChanged.connect(self._default_date)
        self._meetings = {m.id: m for m in meetings}
        self._default_date()
        self.fields.add(form, DIALOGS_MINUTES.tr("Approved at"), "at_meeting_id", self.meeting)
        self.fields.add(form, DIALOGS_MINUTES.tr("On"), "on", self.date, note=DIALOGS_MINUTES.tr("The date of that meeting, unless it was later."))
        layout = QVBoxLayout(self)
        warning = QLabel(DIALOGS_MINUTES.tr("Once approved, the minutes are locked: nothing in them can change. "
                         "A correction is then a dated amendment. This cannot be undone."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        if not meetings:
            problems = list(problems) + [
                DIALOGS_MINUTES.tr("No forum meeting after this one is recorded as held on or before today. Minutes are "
                "approved at a regular or extraordinary meeting that has taken place: record it as held "
                "on the Meetings page first.")]
        if problems:
            blocking = QLabel(DIALOGS_MINUTES.tr("Not ready yet:") + "\n" + "\n".join(f"• {p}" for p in problems))
            blocking.setObjectName("approval_problems")
            blocking.setWordWrap(True)
            blocking.setStyleSheet("color: #c62828;")
            layout.addWidget(blocking)
        layout.addLayout(form)
        buttons = _buttons(self, DIALOGS_MINUTES.tr("Approve and lock"))
        buttons.button(QDialogButtonBox.Ok).setEnabled(not problems and bool(meetings))
        layout.addWidget(buttons)

    def _default_date(self) -> None:
        m = self._meetings.get(self.meeting.currentData()) if hasattr(self, "_meetings") else None
        if m is not None:
            self.date.set_date(m.day)

    def accept(self) -> None:
        values, problems = self.fields.dates(("on",))
        if self.meeting.currentData() is None:
            problems["at_meeting_id"] = DIALOGS_MINUTES.tr("choose the meeting at which the forum approved them")
        first = self.fields.show_problems(problems)
        if first is not None:
            return
        self.at_meeting_id = self.meeting.currentData()
        self.on = values["on"]
        super().accept()

    def show_refusal(self, exc: UserError) -> None:
        self.fields.show_problems({exc.field or "at_meeting_id": str(exc)})


class AmendDialog(QDialog):
    """A dated correction to approved minutes."""

    def __init__(self, today: dt.date, meetings: list, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("amend_dialog")
        self.setWindowTitle(DIALOGS_MINUTES.tr("Record an amendment"))
        self.fields = FieldForm()
        form = _form()
        self.text = _text("", 4)
        self.date = DateField()
        self.date.set_date(today)
        self.agreed = QComboBox()
        self.agreed.addItem(DIALOGS_MINUTES.tr("(not yet agreed at a meeting)"), None)
        for m in meetings:
            self.agreed.addItem(f"{window_day(m.day)} — {m.title}", m.id)
        self.fields.add(form, DIALOGS_MINUTES.tr("Correction"), "text", self.text)
        self.fields.add(form, DIALOGS_MINUTES.tr("Dated"), "made_on", self.date)
        self.fields.add(form, DIALOGS_MINUTES.tr("Agreed at"), "agreed_at_meeting_id", self.agreed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, DIALOGS_MINUTES.tr("Record")))
        self.values: tuple[str, dt.date | None, int | None] | None = None

    def accept(self) -> None:
        dates, problems = self.fields.dates(("made_on",))
        text = self.text.toPlainText().strip()
        if not text:
            problems["text"] = DIALOGS_MINUTES.tr("write the correction")
        if self.fields.show_problems(problems) is not None:
            return
        self.values = (text, dates["made_on"], self.agreed.currentData())
        super().accept()

    def show_refusal(self, exc: UserError) -> None:
        problems = exc.problems if isinstance(exc, ValidationError) else {"text": str(exc)}
        self.fields.show_problems(problems)
