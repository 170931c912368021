"""Adding and editing a member; adding a selection round. Problems show on their field."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from msf_desk.model.errors import ValidationError
from msf_desk.model.members import (METHODS, ROLES, SECTORS, SIDES, STATUSES, Member, SelectionRound,
                                    side_for_sector)
from msf_desk.core.members import validate_member, validate_round
from msf_desk.ui.widgets.fields import DateField, FieldForm
from msf_desk.ui.widgets.forms import combo as _combo, form_layout as _form, select as _select
from msf_desk.ui.i18n import Context, record_label

DIALOGS_MEMBERS = Context("DIALOGS_MEMBERS")

SEAT_ROLES = ("co_chair", "member")
VOTING_ROLES = ("co_chair", "member", "alternate")


class MemberDialog(QDialog):
    """All of a member's fields. On OK, core's checks run; the dialog stays open until
    every problem is put right. The result is `self.member`."""

    def __init__(self, others: list[Member], member: Member | None = None, rounds=(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = member
        self.others = [o for o in others if member is None or o.id != member.id]
        self.member: Member | None = None
        self.setWindowTitle(DIALOGS_MEMBERS.tr("Edit {name}").format(name=member.name) if member else DIALOGS_MEMBERS.tr("Add a member"))
        self.f = FieldForm()
        f = self.f

        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.sector = _combo(SECTORS)
        self.side = _combo(SIDES)
        self.side_override = QCheckBox(DIALOGS_MEMBERS.tr("Override"))
        self.side_override.setObjectName("side_override")
        self.side_override.setToolTip(DIALOGS_MEMBERS.tr("The side follows the sector; tick to set it by hand."))
        self.role = _combo(ROLES)
        self.voting = QCheckBox(DIALOGS_MEMBERS.tr("Votes in the forum's decisions"))
        self.alternate_for = QComboBox()
        self.high_level = QCheckBox(DIALOGS_MEMBERS.tr("Has decision-making authority (e.g. minister's point of contact)"))
        self.term_start = DateField()
        self.term_end = DateField()
        self.status = _combo(STATUSES)
        self.status_date = DateField()
        self.selection_round = QComboBox()
        self.appointed_by = QLineEdit()
        self.appointed_by.setPlaceholderText(DIALOGS_MEMBERS.tr("e.g. Appointed by the Minister of Justice"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.bio = QPlainTextEdit()
        self.bio.setTabChangesFocus(True)
        self.bio.setFixedHeight(90)
        self.publish_name = QCheckBox(DIALOGS_MEMBERS.tr("Agrees to have their name published"))

        self.selection_round.addItem(DIALOGS_MEMBERS.tr("(none)"), None)
        for r in rounds:
            self.selection_round.addItem(r.title, r.id)
        self.alternate_for.addItem(DIALOGS_MEMBERS.tr("(choose the seat holder)"), None)
        for o in sorted(self.others, key=lambda o: o.name.casefold()):
            if o.role in SEAT_ROLES and o.status == "active":
                self.alternate_for.addItem(f"{o.name} — {o.organisation}" if o.organisation else o.name, o.id)

        side_row = QWidget()
        side_box = QHBoxLayout(side_row)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.side, 1)
        side_box.addWidget(self.side_override)

        seat = QGroupBox(DIALOGS_MEMBERS.tr("Seat"))
        form = _form()
        f.add(form, DIALOGS_MEMBERS.tr("&Name"), "name", self.name)
        f.add(form, DIALOGS_MEMBERS.tr("&Organisation"), "organisation", self.organisation)
        f.add(form, DIALOGS_MEMBERS.tr("S&ector"), "sector", self.sector)
        f.add(form, DIALOGS_MEMBERS.tr("Si&de"), "side", side_row)
        f.widgets["side"] = self.side
        side_row.setObjectName("side_row")
        self.side.setObjectName("side")
        f.add(form, DIALOGS_MEMBERS.tr("&Role"), "role", self.role)
        f.add(form, DIALOGS_MEMBERS.tr("Alternate &for"), "alternate_for", self.alternate_for)
        f.add(form, "", "voting", self.voting)
        f.add(form, "", "high_level", self.high_level)
        seat.setLayout(form)

        term = QGroupBox(DIALOGS_MEMBERS.tr("Term and status"))
        form = _form()
        f.add(form, DIALOGS_MEMBERS.tr("Term &start"), "term_start", self.term_start)
        f.add(form, DIALOGS_MEMBERS.tr("Term en&d"), "term_end", self.term_end)
        f.add(form, DIALOGS_MEMBERS.tr("Stat&us"), "status", self.status)
        f.add(form, DIALOGS_MEMBERS.tr("Status &date"), "status_date", self.status_date,
              note=DIALOGS_MEMBERS.tr("The day they left, for a member who resigned or was removed."))
        term.setLayout(form)

        chosen = QGroupBox(DIALOGS_MEMBERS.tr("How they were chosen"))
        form = _form()
        f.add(form, DIALOGS_MEMBERS.tr("Selection round"), "selection_round_id", self.selection_round)
        f.add(form, DIALOGS_MEMBERS.tr("or appointed by"), "appointed_by", self.appointed_by)
        chosen.setLayout(form)

        private = QGroupBox(DIALOGS_MEMBERS.tr("Private contact (never published)"))
        private.setObjectName("private_contact")
        form = _form()
        f.add(form, DIALOGS_MEMBERS.tr("E-&mail"), "email", self.email)
        f.add(form, DIALOGS_MEMBERS.tr("&Phone"), "phone", self.phone)
        private.setLayout(form)

        public = QGroupBox(DIALOGS_MEMBERS.tr("Public profile"))
        form = _form()
        f.add(form, DIALOGS_MEMBERS.tr("&Biography"), "bio", self.bio)
        f.add(form, "", "publish_name", self.publish_name)
        public.setLayout(form)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(seat)
        left.addWidget(term)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(chosen)
        right.addWidget(private)
        right.addWidget(public)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._load(member)
        self.sector.currentIndexChanged.connect(self._follow_sector)
        self.side_override.toggled.connect(self._override_side)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.name.setFocus()
        self.resize(880, self.sizeHint().height())

    # --- loading and reading --------------------------------------------------------
    def _load(self, m: Member | None) -> None:
        m = m or Member(name="", sector="civil_society")
        self.name.setText(m.name)
        self.organisation.setText(m.organisation)
        _select(self.sector, m.sector)
        _select(self.side, m.side)
        self.side_override.setChecked(m.side_overridden)
        self.side.setEnabled(m.side_overridden)
        _select(self.role, m.role)
        self.voting.setChecked(m.voting)
        _select(self.alternate_for, m.alternate_for)
        self.alternate_for.setEnabled(m.role == "alternate")
        self.high_level.setChecked(m.high_level)
        self.term_start.set_date(m.term_start)
        self.term_end.set_date(m.term_end)
        _select(self.status, m.status)
        self.status_date.set_date(m.status_date)
        self.status_date.setEnabled(m.status != "active" or m.status_date is not None)
        _select(self.selection_round, m.selection_round_id)
        self.appointed_by.setText(m.appointed_by)
        self.email.setText(m.email)
        self.phone.setText(m.phone)
        self.bio.setPlainText(m.bio)
        self.publish_name.setChecked(m.publish_name)

    def _follow_sector(self) -> None:
        if not self.side_override.isChecked():
            _select(self.side, side_for_sector(self.sector.currentData()))

    def _override_side(self, on: bool) -> None:
        self.side.setEnabled(on)
        if not on:
            self._follow_sector()

    def _role_changed(self) -> None:
        role = self.role.currentData()
        self.alternate_for.setEnabled(role == "alternate")
        if role != "alternate":
            self.alternate_for.setCurrentIndex(0)
            self.f.set_problem("alternate_for", "")
        self.voting.setChecked(role in VOTING_ROLES)

    def _status_changed(self) -> None:
        leaving = self.status.currentData() != "active"
        self.status_date.setEnabled(leaving or bool(self.status_date.text().strip()))

    def read(self) -> tuple[Member | None, dict[str, str]]:
        """The member as the fields describe it, and the problems with the dates."""
        dates, problems = self.f.dates(("term_start", "term_end", "status_date"))
        base = self.original or Member(name="", sector="civil_society")
        member = dataclasses.replace(
            base,
            name=" ".join(self.name.text().split()),
            organisation=self.organisation.text().strip(),
            sector=self.sector.currentData(),
            side=self.side.currentData(),
            side_overridden=self.side_override.isChecked(),
            role=self.role.currentData(),
            voting=self.voting.isChecked(),
            alternate_for=self.alternate_for.currentData() if self.role.currentData() == "alternate" else None,
            high_level=self.high_level.isChecked(),
            selection_round_id=self.selection_round.currentData(),
            appointed_by=self.appointed_by.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            bio=self.bio.toPlainText().strip(),
            publish_name=self.publish_name.isChecked(),
            status=self.status.currentData(),
            **dates,
        )
        return member, problems

    def problems(self) -> dict[str, str]:
        member, problems = self.read()
        try:
            validate_member(member, self.others)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        self._checked = member
        return problems

    def accept(self) -> None:
        problems = self.problems()
        first = self.f.show_problems(problems)
        if problems:
            n = len(problems)
            self.summary.setText(DIALOGS_MEMBERS.tr("Please put right the %n field(s) marked in red.", "", n))
            self.summary.show()
            if first is not None:
                first.setFocus()
            return
        self.summary.hide()
        self.member = self._checked
        super().accept()


class RoundDialog(QDialog):
    """A selection round: how seats were (or will be) filled, and the result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_MEMBERS.tr("Add a selection round"))
        self.selection: SelectionRound | None = None
        self.f = FieldForm()
        self.title = QLineEdit()
        self.title.setPlaceholderText(DIALOGS_MEMBERS.tr("e.g. Civil society seats — open call 2027"))
        self.side = QComboBox()
        for key, label in {**SIDES, "both": DIALOGS_MEMBERS.tr("Both sides")}.items():
            self.side.addItem(record_label(label), key)
        _select(self.side, "non_government")
        self.method = _combo(METHODS)
        self.call_opened = DateField()
        self.call_closed = DateField()
        self.advertised = QLineEdit()
        self.advertised.setPlaceholderText(DIALOGS_MEMBERS.tr("Where the call was published"))
        self.led_by = QLineEdit()
        self.led_by.setPlaceholderText(DIALOGS_MEMBERS.tr("Who ran the selection"))
        self.result = QLineEdit()
        self.result_date = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)

        form = _form()
        self.f.add(form, DIALOGS_MEMBERS.tr("&Title"), "title", self.title)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Side"), "side", self.side)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Method"), "method", self.method)
        self.f.add(form, DIALOGS_MEMBERS.tr("Call &opened"), "call_opened", self.call_opened)
        self.f.add(form, DIALOGS_MEMBERS.tr("Call &closed"), "call_closed", self.call_closed)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Advertised in"), "advertised", self.advertised)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Led by"), "led_by", self.led_by)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Result"), "result", self.result)
        self.f.add(form, DIALOGS_MEMBERS.tr("Result &date"), "result_date", self.result_date)
        self.f.add(form, DIALOGS_MEMBERS.tr("&Notes"), "notes", self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        dates, problems = self.f.dates(("call_opened", "call_closed", "result_date"))
        selection = SelectionRound(
            title=self.title.text().strip(), side=self.side.currentData(),
            method=self.method.currentData(), advertised=self.advertised.text().strip(),
            led_by=self.led_by.text().strip(), result=self.result.text().strip(),
            notes=self.notes.toPlainText().strip(), **dates,
        )
        try:
            validate_round(selection)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        first = self.f.show_problems(problems)
        if problems:
            first.setFocus()
            return
        self.selection = selection
        super().accept()
