"""Dialogs for ethics: a new statement version, a signature, a declaration and its
interests, a breach. Problems show in red under the field they concern."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import ethics as core
from msf_desk.core.breaches import SANCTIONS, Breach, validate as validate_breach
from msf_desk.model.errors import ValidationError
from msf_desk.model.ethics import (DECLARATION_KINDS, INTEREST_TYPES, VISIBILITIES, Declaration, Interest,
                                   Statement)
from msf_desk.ui.models.ethics import InterestsModel
from msf_desk.ui.widgets.fields import DateField, ErrorLabel, FieldForm
from msf_desk.ui.widgets.forms import combo as _combo, form_layout as _form, select as _select
from msf_desk.ui.i18n import Context, record_label, window_day

DIALOGS_ETHICS = Context("DIALOGS_ETHICS")


def _text(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class _Dialog(QDialog):
    """OK runs `check()` (problems by field); the dialog stays open until none is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.f = FieldForm()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def check(self) -> dict[str, str]:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> bool:
        known = {k: v for k, v in problems.items() if k in self.f.errors}
        first = self.f.show_problems(known)
        others = [v for k, v in problems.items() if k not in self.f.errors]
        if problems:
            n = len(problems)
            text = DIALOGS_ETHICS.tr("Please put right the %n problem(s) marked in red.", "", n)
            if others:
                text += " " + " ".join(o[:1].upper() + o[1:] + "." for o in others)
            self.summary.setText(text)
            self.summary.show()
            if first is not None:
                first.setFocus()
            return False
        self.summary.hide()
        return True

    def accept(self) -> None:
        if self.show_problems(self.check()):
            super().accept()


# --- statement ------------------------------------------------------------------------------

class StatementDialog(_Dialog):
    """A new version of the ethics statement. Result: text, dated, note."""

    def __init__(self, current: Statement | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(DIALOGS_ETHICS.tr("New version of the ethics statement") if current else DIALOGS_ETHICS.tr("Adopt the ethics statement"))
        self.text = QPlainTextEdit(current.text if current else core.DEFAULT_STATEMENT)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(320)
        self.dated = DateField()
        self.dated.set_date(today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(DIALOGS_ETHICS.tr("What changed, for the record (e.g. adds a rule on gifts)"))
        form = _form()
        hint = (DIALOGS_ETHICS.tr("Members are asked to sign the new version.") if current else
                DIALOGS_ETHICS.tr("Start from MSF Desk's text around the seven principles of public life, and adapt it to "
                "the forum's rules and sanctions."))
        self.f.add(form, DIALOGS_ETHICS.tr("&Text"), "text", self.text, note=hint)
        self.f.add(form, DIALOGS_ETHICS.tr("&Adopted on"), "dated", self.dated)
        self.f.add(form, DIALOGS_ETHICS.tr("&Note"), "note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.result_values: tuple[str, dt.date, str] | None = None

    def check(self) -> dict[str, str]:
        dates, problems = self.f.dates(("dated",))
        text = self.text.toPlainText()
        try:
            core.validate_statement_text(text, self.current, dates["dated"])
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        self.result_values = (text, dates["dated"], self.note.text().strip())
        return problems


# --- signature ------------------------------------------------------------------------------

class SignDialog(_Dialog):
    """Record that a member signed a version: typed confirmation or a scanned copy."""

    def __init__(self, db, members: list, statements: list[Statement], today: dt.date,
                 files_dir: Path | None, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.files_dir = files_dir
        self.statements = {s.id: s for s in statements}
        self.setWindowTitle(DIALOGS_ETHICS.tr("Record a signature of the ethics statement"))
        self.member = QComboBox()
        self.member.addItem(DIALOGS_ETHICS.tr("(choose a member)"), None)
        for m in sorted(members, key=lambda m: m.name.casefold()):
            self.member.addItem(f"{m.name} — {m.organisation}" if m.organisation else m.name, m.id)
        self.names = {m.id: m.name for m in members}
        self.statement = QComboBox()
        for s in reversed(statements):
            self.statement.addItem(DIALOGS_ETHICS.tr("Version {version} of {day}").format(version=s.version, day=window_day(s.dated)), s.id)
        self.signed_on = DateField()
        self.signed_on.set_date(today)
        self.typed = QRadioButton(DIALOGS_ETHICS.tr("Typed confirmation by the member"))
        self.typed.setObjectName("method_typed")
        self.scanned = QRadioButton(DIALOGS_ETHICS.tr("Scanned signed copy"))
        self.scanned.setObjectName("method_scan")
        self.method = QButtonGroup(self)
        self.method.addButton(self.typed)
        self.method.addButton(self.scanned)
        self.typed.setChecked(True)
        self.confirmation = _text(70)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(DIALOGS_ETHICS.tr("The scanned file (PDF or image)"))
        self.browse = QPushButton(DIALOGS_ETHICS.tr("Choose…"))
        self.browse.clicked.connect(self._browse)
        scan_row = QWidget()
        box = QHBoxLayout(scan_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scan, 1)
        box.addWidget(self.browse)
        method_row = QWidget()
        box = QHBoxLayout(method_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.typed)
        box.addWidget(self.scanned)
        box.addStretch(1)

        form = _form()
        self.f.add(form, DIALOGS_ETHICS.tr("&Member"), "member", self.member)
        self.f.add(form, DIALOGS_ETHICS.tr("&Version"), "statement", self.statement)
        self.f.add(form, DIALOGS_ETHICS.tr("&Signed on"), "signed_on", self.signed_on)
        self.f.add(form, DIALOGS_ETHICS.tr("How"), "method", method_row)
        self.f.add(form, DIALOGS_ETHICS.tr("&Confirmation"), "confirmation", self.confirmation,
                   note=DIALOGS_ETHICS.tr("The member's own words (from their e-mail or typed by them). Kept on the forum's "
                        "record only; never published."))
        self.f.add(form, DIALOGS_ETHICS.tr("Sc&an"), "scan", scan_row)
        self.f.widgets["scan"] = self.scan
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._suggested = ""
        self.member.currentIndexChanged.connect(self._suggest)
        self.statement.currentIndexChanged.connect(self._suggest)
        self.typed.toggled.connect(self._method_changed)
        if member_id is not None:
            _select(self.member, member_id)
        self._suggest()
        self._method_changed()
        self.resize(620, self.sizeHint().height())
        self.values: dict | None = None

    def _suggest(self) -> None:
        member_id, statement = self.member.currentData(), self.statements.get(self.statement.currentData())
        current = self.confirmation.toPlainText()
        if current and current != self._suggested:
            return  # the user wrote their own words: keep them
        self._suggested = (core.typed_confirmation(self.names[member_id], statement)
                           if member_id is not None and statement else "")
        self.confirmation.setPlainText(self._suggested)

    def _method_changed(self) -> None:
        typed = self.typed.isChecked()
        self.confirmation.setEnabled(typed)
        self.scan.setEnabled(not typed)
        self.browse.setEnabled(not typed)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, DIALOGS_ETHICS.tr("The scanned signed copy"), str(Path.home()),
                                              DIALOGS_ETHICS.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if path:
            self.scan.setText(path)

    def check(self) -> dict[str, str]:
        dates, problems = self.f.dates(("signed_on",))
        scan = self.scan.text().strip() if self.scanned.isChecked() else None
        confirmation = self.confirmation.toPlainText().strip() if self.typed.isChecked() else ""
        found = core.signature_problems(self.db, self.member.currentData(), self.statement.currentData(),
                                        dates["signed_on"], confirmation=confirmation, scan=scan,
                                        files_dir=self.files_dir)
        problems = {**found, **problems}
        self.values = dict(member_id=self.member.currentData(), statement_id=self.statement.currentData(),
                           signed_on=dates["signed_on"], confirmation=confirmation, scan=scan,
                           files_dir=self.files_dir)
        return problems


# --- declaration and interests ---------------------------------------------------------------

class InterestDialog(_Dialog):
    def __init__(self, interest: Interest | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = interest
        self.interest: Interest | None = None
        self.setWindowTitle(DIALOGS_ETHICS.tr("Edit an interest") if interest else DIALOGS_ETHICS.tr("Add an interest"))
        self.type = _combo(INTEREST_TYPES)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(DIALOGS_ETHICS.tr("e.g. Open Budget Coalition"))
        self.description = _text(60)
        self.from_date = DateField()
        self.to_date = DateField()
        self.visibility = _combo(VISIBILITIES)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(DIALOGS_ETHICS.tr("Why it should not be published (e.g. concerns a relative)"))
        form = _form()
        self.f.add(form, DIALOGS_ETHICS.tr("&Type"), "type", self.type)
        self.f.add(form, DIALOGS_ETHICS.tr("&Organisation"), "organisation", self.organisation,
                   note=DIALOGS_ETHICS.tr("Name it as written on agenda items: conflicts are found by matching names."))
        self.f.add(form, DIALOGS_ETHICS.tr("&Description"), "description", self.description)
        self.f.add(form, DIALOGS_ETHICS.tr("&From"), "from_date", self.from_date)
        self.f.add(form, DIALOGS_ETHICS.tr("T&o"), "to_date", self.to_date)
        self.f.add(form, DIALOGS_ETHICS.tr("&Visibility"), "visibility", self.visibility,
                   note=DIALOGS_ETHICS.tr("Public interests appear in the published register; forum-only ones never do."))
        self.f.add(form, DIALOGS_ETHICS.tr("&Reason"), "reason", self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if interest:
            _select(self.type, interest.type)
            self.organisation.setText(interest.organisation)
            self.description.setPlainText(interest.description)
            self.from_date.set_date(interest.from_date)
            self.to_date.set_date(interest.to_date)
            _select(self.visibility, interest.visibility)
            self.reason.setText(interest.reason)
        self.visibility.currentIndexChanged.connect(self._visibility_changed)
        self._visibility_changed()
        self.resize(560, self.sizeHint().height())

    def _visibility_changed(self) -> None:
        self.reason.setEnabled(self.visibility.currentData() == "forum_only")

    def check(self) -> dict[str, str]:
        dates, problems = self.f.dates(("from_date", "to_date"))
        forum_only = self.visibility.currentData() == "forum_only"
        interest = Interest(type=self.type.currentData(), organisation=self.organisation.text().strip(),
                            description=self.description.toPlainText().strip(),
                            visibility=self.visibility.currentData(),
                            reason=self.reason.text().strip() if forum_only else "",
                            id=self.original.id if self.original else None, **dates)
        problems = {**core.validate_interest(interest), **problems}
        self.interest = interest
        return problems


class DeclarationDialog(_Dialog):
    """A declaration of interests: its date and kind, and the whole list of interests (or
    nothing to declare). New declarations start from what is on record."""

    def __init__(self, declaration: Declaration, member_name: str, *, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = declaration
        self.declaration: Declaration | None = None
        self.interest_dialog: InterestDialog | None = None
        self.setWindowTitle((DIALOGS_ETHICS.tr("Edit the declaration of interests — {member_name}") if editing
                             else DIALOGS_ETHICS.tr("New declaration of interests — {member_name}")).format(member_name=member_name))
        self.made_on = DateField()
        self.made_on.set_date(declaration.made_on)
        self.kind = _combo(DECLARATION_KINDS)
        _select(self.kind, declaration.kind)
        self.nothing = QCheckBox(DIALOGS_ETHICS.tr("Nothing to declare"))
        self.nothing.setChecked(declaration.nothing_to_declare)
        self.note = QLineEdit(declaration.note)
        self.model = InterestsModel(self)
        self.model.set_rows([dataclasses.replace(i) for i in declaration.interests])
        self.table = QTableView()
        self.table.setObjectName("interests_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_interest())
        self.model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        self.add_button = QPushButton(DIALOGS_ETHICS.tr("Add interest…"))
        self.add_button.setObjectName("add_interest")
        self.edit_button = QPushButton(DIALOGS_ETHICS.tr("Edit…"))
        self.remove_button = QPushButton(DIALOGS_ETHICS.tr("Remove"))
        self.remove_button.setObjectName("remove_interest")
        self.add_button.clicked.connect(self.add_interest)
        self.edit_button.clicked.connect(self.edit_interest)
        self.remove_button.clicked.connect(self.remove_interest)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        interests = QWidget()
        box = QVBoxLayout(interests)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nothing)
        box.addWidget(self.table)
        box.addLayout(buttons)

        form = _form()
        self.f.add(form, DIALOGS_ETHICS.tr("&Made on"), "made_on", self.made_on)
        self.f.add(form, DIALOGS_ETHICS.tr("&Kind"), "kind", self.kind)
        self.f.add(form, DIALOGS_ETHICS.tr("&Interests"), "interests", interests,
                   note=DIALOGS_ETHICS.tr("The whole picture on that day: the newest declaration replaces the earlier ones."))
        self.f.widgets["interests"] = self.table
        self.f.add(form, DIALOGS_ETHICS.tr("N&ote"), "note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.nothing.toggled.connect(self._nothing_changed)
        self._nothing_changed()
        self.resize(820, 520)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, most in ((1, 220), (2, 260)):
            header.resizeSection(column, min(max(header.sectionSize(column), 120), most))

    def _nothing_changed(self) -> None:
        nothing = self.nothing.isChecked()
        for w in (self.table, self.add_button, self.edit_button, self.remove_button):
            w.setEnabled(not nothing)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_interest(self) -> None:
        self._open_interest(InterestDialog(None, self), None)

    def edit_interest(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._open_interest(InterestDialog(self.model.rows[row], self), row)

    def _open_interest(self, dialog: InterestDialog, row: int | None) -> None:
        self.interest_dialog = dialog
        dialog.finished.connect(lambda result, d=dialog, r=row: self._interest_done(d, r, result))
        dialog.open()

    def _interest_done(self, dialog: InterestDialog, row: int | None, result: int) -> None:
        self.interest_dialog = None
        dialog.deleteLater()
        if result != QDialog.Accepted or dialog.interest is None:
            return
        rows = list(self.model.rows)
        if row is None:
            rows.append(dialog.interest)
        else:
            rows[row] = dialog.interest
        self.model.set_rows(rows)
        self.f.set_problem("interests", "")

    def remove_interest(self) -> None:
        row = self._selected_row()
        if row is not None:
            rows = list(self.model.rows)
            del rows[row]
            self.model.set_rows(rows)

    def check(self) -> dict[str, str]:
        dates, problems = self.f.dates(("made_on",))
        nothing = self.nothing.isChecked()
        decl = dataclasses.replace(self.original, made_on=dates["made_on"], kind=self.kind.currentData(),
                                   nothing_to_declare=nothing, note=self.note.text().strip(),
                                   interests=[] if nothing else list(self.model.rows))
        try:
            core.validate_declaration(decl)
        except ValidationError as exc:
            found = dict(exc.problems)
            # Problems of one interest are shown together under the list of interests.
            per_interest = [found.pop(k) for k in ("type", "organisation", "to_date", "visibility", "reason")
                            if k in found]
            if per_interest:
                found["interests"] = "; ".join(per_interest)
            if "nothing_to_declare" in found:
                found["interests"] = found.pop("nothing_to_declare")
            problems = {**found, **problems}
        self.declaration = decl
        return problems


# --- breach ------------------------------------------------------------------------------------

class BreachDialog(_Dialog):
    def __init__(self, members: list, breach: Breach | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = breach
        self.breach: Breach | None = None
        self.setWindowTitle(DIALOGS_ETHICS.tr("Edit a breach") if breach else DIALOGS_ETHICS.tr("Record a breach"))
        self.names = {m.id: m.name for m in members}
        self.member = QComboBox()
        self.member.addItem(DIALOGS_ETHICS.tr("(choose the member concerned)"), None)
        for m in sorted(members, key=lambda m: m.name.casefold()):
            label = m.name + (f" — {m.organisation}" if m.organisation else "")
            if m.status != "active":
                label += f" ({record_label(m.status_label).lower()})"
            self.member.addItem(label, m.id)
        self.allegation = _text(70)
        self.reported_on = DateField()
        self.handled_by = QLineEdit()
        self.handled_by.setPlaceholderText(DIALOGS_ETHICS.tr("e.g. The co-chairs, after hearing the member"))
        self.sanction = _combo(SANCTIONS)
        self.outcome = _text(60)
        self.decided_on = DateField()
        self.closed_on = DateField()
        self.removal_note = ErrorLabel("removal_note")
        self.removal_note.setStyleSheet("color: #8a4b00;")
        form = _form()
        self.f.add(form, DIALOGS_ETHICS.tr("&Member"), "member_id", self.member)
        self.f.add(form, DIALOGS_ETHICS.tr("&Allegation"), "allegation", self.allegation)
        self.f.add(form, DIALOGS_ETHICS.tr("&Reported on"), "reported_on", self.reported_on)
        self.f.add(form, DIALOGS_ETHICS.tr("&Handled by"), "handled_by", self.handled_by)
        self.f.add(form, DIALOGS_ETHICS.tr("&Sanction"), "sanction", self.sanction,
                   note=DIALOGS_ETHICS.tr("Under the forum's rules: no sanction, a warning, a suspension or removal."))
        self.f.add(form, DIALOGS_ETHICS.tr("&Outcome"), "outcome", self.outcome)
        self.f.add(form, DIALOGS_ETHICS.tr("&Decided on"), "decided_on", self.decided_on)
        self.f.add(form, DIALOGS_ETHICS.tr("&Closed on"), "closed_on", self.closed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.removal_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        b = breach or Breach(member_id=None, allegation="", reported_on=today)
        _select(self.member, b.member_id)
        self.allegation.setPlainText(b.allegation)
        self.reported_on.set_date(b.reported_on)
        self.handled_by.setText(b.handled_by)
        _select(self.sanction, b.sanction)
        self.outcome.setPlainText(b.outcome)
        self.decided_on.set_date(b.decided_on)
        self.closed_on.set_date(b.closed_on)
        self.sanction.currentIndexChanged.connect(self._sanction_changed)
        self.member.currentIndexChanged.connect(self._sanction_changed)
        self._sanction_changed()
        self.resize(620, self.sizeHint().height())

    def _sanction_changed(self) -> None:
        if self.sanction.currentData() == "removal":
            who = self.names.get(self.member.currentData(), "the member")
            self.removal_note.set_message(
                DIALOGS_ETHICS.tr("A removal ends {who}'s term the day before the decision date: they leave the forum's "
                        "seats and the parity count. Edit ▸ Undo puts them back.").format(who=who))
        else:
            self.removal_note.set_message("")

    def check(self) -> dict[str, str]:
        dates, problems = self.f.dates(("reported_on", "decided_on", "closed_on"))
        member_id = self.member.currentData()
        breach = Breach(member_id=member_id, allegation=self.allegation.toPlainText().strip(),
                        handled_by=self.handled_by.text().strip(), sanction=self.sanction.currentData(),
                        outcome=self.outcome.toPlainText().strip(),
                        id=self.original.id if self.original else None, **dates)
        try:
            validate_breach(breach)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if member_id is None:
            problems["member_id"] = DIALOGS_ETHICS.tr("choose the member concerned")
        self.breach = breach
        return problems
