"""Dialogs of the Responses page: answer a contribution, edit a consultation, map the
columns of an import, and list an import's bad rows. Problems show on the field, in red."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import responses as core
from msf_desk.model.errors import ImportFailed, UserError, ValidationError
from msf_desk.ui.dialogs.imports import _table
from msf_desk.ui.models.imports import ProblemsModel
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, Consultation, Contribution, FINAL_OUTCOMES, OUTCOMES, Response, STAGES
from msf_desk.core.contribution_columns import FIELDS, check_mapping
from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, record_label, shown, window_day
from msf_desk.ui.local_dates import format_date, format_hint
from msf_desk.ui.widgets.dates import DateField

DIALOGS_RESPONSES = Context("DIALOGS_RESPONSES")

ERROR_STYLE = "color: #c62828;"
BAD_FIELD = "border: 1px solid #c62828;"
WARNING_STYLE = "background: #fff4d6; color: #6b4e00; padding: 6px; border-radius: 3px;"
HINT_STYLE = "color: #6b7280;"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


class _Error(QLabel):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"error_{name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(_sentence(text))
        self.setVisible(bool(text))


class _Fields:
    """Each field with a red message under it."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, _Error] = {}

    def add(self, label: str, name: str, widget: QWidget, hint: QLabel | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if hint is not None:
            layout.addWidget(hint)
        error = _Error(name)
        layout.addWidget(error)
        widget.setObjectName(name)
        self.widgets[name], self.errors[name] = widget, error
        self.form.addRow(label, box)
        return widget

    def show(self, problems: dict[str, str]) -> QWidget | None:
        first = None
        for name, error in self.errors.items():
            message = problems.get(name, "")
            error.show_message(message)
            widget = self.widgets[name]
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setStyleSheet(BAD_FIELD if message else "")
            if message and first is None:
                first = widget
        return first


def _date_field(value: dt.date | None = None) -> DateField:
    return DateField(value=value)


def _read_date(field: DateField, name: str, problems: dict[str, str]) -> dt.date | None:
    try:
        return field.date()
    except UserError as exc:
        problems[name] = str(exc)
        return None


def _combo(items: dict, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    for key, label in items.items():
        combo.addItem(record_label(label), key)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def _select(combo: QComboBox, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


# --- answer ----------------------------------------------------------------------------------
class AnswerDialog(QDialog):
    """The response to one contribution: outcome, reason (required but for 'under consideration'),
    who decided and where, the date, the commitment, and a duplicate/merged link."""

    def __init__(self, contribution: Contribution, *, meetings: list[tuple[int, str, str]] = (),
                 decisions: Callable[[int], list[tuple[int, str]]] | None = None,
                 check_link: Callable[[str, int | None], None] | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_RESPONSES.tr("Answer contribution no. {id}").format(id=contribution.id))
        self.setMinimumWidth(640)
        self.contribution = contribution
        self.today = today or dt.date.today()
        self._decisions = decisions or (lambda _mid: [])
        self._check_link = check_link
        r = contribution.response

        layout = QVBoxLayout(self)
        who = ", ".join(p for p in (contribution.contributor_name, contribution.organisation) if p) or DIALOGS_RESPONSES.tr("Individual")
        head = QLabel(
            DIALOGS_RESPONSES.tr("<b>No. {id}</b> · received {received_on} by {channel_label} · from {who}").format(id=contribution.id, received_on=window_day(contribution.received_on, short=True), channel_label=record_label(contribution.channel_label).lower(), who=who)
            + (f" · {contribution.section}" if contribution.section else "")
            + DIALOGS_RESPONSES.tr("<br>Due {due_on}").format(due_on=window_day(contribution.due_on, short=True))
            + (DIALOGS_RESPONSES.tr(" — <span style='color:#c62828'>overdue</span>") if contribution.overdue_on(self.today) else ""))
        head.setTextFormat(Qt.RichText)
        head.setWordWrap(True)
        layout.addWidget(head)
        text = QPlainTextEdit(contribution.text)
        text.setReadOnly(True)
        text.setMaximumHeight(90)
        text.setObjectName("contribution_text")
        layout.addWidget(text)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.fields = _Fields(form)
        self.outcome = self.fields.add(DIALOGS_RESPONSES.tr("Outcome"), "outcome", _combo(OUTCOMES, DIALOGS_RESPONSES.tr("Choose an outcome…")))
        if r.outcome:
            _select(self.outcome, r.outcome)
        self.reason_hint = QLabel()
        self.reason_hint.setObjectName("reason_hint")
        self.reason_hint.setWordWrap(True)
        self.reason = self.fields.add(DIALOGS_RESPONSES.tr("Reason"), "reason", QPlainTextEdit(r.reason), self.reason_hint)
        self.reason.setPlaceholderText(DIALOGS_RESPONSES.tr("Why: in words the contributor will understand"))
        self.reason.setMinimumHeight(80)
        self.decided_by = self.fields.add(DIALOGS_RESPONSES.tr("Decided by"), "decided_by", QLineEdit(r.decided_by))
        self.decided_by.setPlaceholderText(DIALOGS_RESPONSES.tr("e.g. The forum; the secretariat with the co-chairs"))
        self.meeting = QComboBox()
        self.meeting.addItem(DIALOGS_RESPONSES.tr("No meeting"), None)
        for mid, title, starts in meetings:
            self.meeting.addItem(f"{title} — {starts[:10]}", mid)
        self.fields.add(DIALOGS_RESPONSES.tr("At the meeting"), "meeting_id", self.meeting)
        self.decision = QComboBox()
        self.fields.add(DIALOGS_RESPONSES.tr("Decision"), "decision_id", self.decision)
        _select(self.meeting, r.meeting_id)
        self._fill_decisions(r.decision_id)
        self.meeting.currentIndexChanged.connect(lambda _i: self._fill_decisions(None))
        self.answered_on = self.fields.add(DIALOGS_RESPONSES.tr("Answered on"), "answered_on", _date_field(r.answered_on))
        self.answered_on.setPlaceholderText(DIALOGS_RESPONSES.tr("{format} (empty: today, {today})").format(
            format=format_hint(), today=format_date(self.today)))
        self.commitment = self.fields.add(DIALOGS_RESPONSES.tr("Commitment"), "commitment", QLineEdit(r.commitment))
        self.commitment.setPlaceholderText(DIALOGS_RESPONSES.tr("The commitment it became or fed into, if any"))

        link_row = QWidget()
        link_layout = QHBoxLayout(link_row)
        link_layout.setContentsMargins(0, 0, 0, 0)
        self.link_kind = QComboBox()
        self.link_kind.addItem(DIALOGS_RESPONSES.tr("Not linked"), None)
        self.link_kind.addItem(DIALOGS_RESPONSES.tr("Duplicate of no."), "duplicate_of")
        self.link_kind.addItem(DIALOGS_RESPONSES.tr("Merged into no."), "merged_into")
        self.link_target = QSpinBox()
        self.link_target.setRange(1, 2_000_000_000)
        link_layout.addWidget(self.link_kind)
        link_layout.addWidget(self.link_target, 1)
        self.fields.add(DIALOGS_RESPONSES.tr("Link"), "link", link_row)
        self._initial_links = {"duplicate_of": contribution.duplicate_of, "merged_into": contribution.merged_into}
        for kind in ("duplicate_of", "merged_into"):
            if self._initial_links[kind]:
                _select(self.link_kind, kind)
                self.link_target.setValue(self._initial_links[kind])
                break
        self.link_kind.currentIndexChanged.connect(self._link_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._link_changed()
        self._outcome_changed()

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(DIALOGS_RESPONSES.tr("Save answer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _fill_decisions(self, selected: int | None) -> None:
        self.decision.clear()
        self.decision.addItem(DIALOGS_RESPONSES.tr("No recorded decision"), None)
        mid = self.meeting.currentData()
        if mid is not None:
            for did, text in self._decisions(mid):
                short = " ".join(text.split())
                self.decision.addItem(short if len(short) < 80 else short[:79] + "…", did)
        _select(self.decision, selected)
        self.decision.setEnabled(mid is not None)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        if outcome == "under_consideration":
            self.reason_hint.setText(DIALOGS_RESPONSES.tr("Optional while the contribution is under consideration; "
                                     "it stays open and keeps counting towards its due date."))
        else:
            self.reason_hint.setText(DIALOGS_RESPONSES.tr("Required: every outcome but 'under consideration' needs a reason."))
        self.reason_hint.setStyleSheet(HINT_STYLE)
        self.reason_hint.show()
        self.fields.errors["reason"].show_message("")
        self.answered_on.setEnabled(outcome != "under_consideration")

    def _link_changed(self) -> None:
        self.link_target.setEnabled(self.link_kind.currentData() is not None)

    def response(self) -> tuple[Response, dict[str, str]]:
        problems: dict[str, str] = {}
        outcome = self.outcome.currentData()
        answered = _read_date(self.answered_on, "answered_on", problems)
        if outcome == "under_consideration":
            answered = None
        response = Response(
            outcome=outcome, reason=self.reason.toPlainText().strip(), decided_by=self.decided_by.text().strip(),
            meeting_id=self.meeting.currentData(), decision_id=self.decision.currentData(),
            answered_on=answered or (self.today if outcome in FINAL_OUTCOMES else None),
            commitment=self.commitment.text().strip())
        if outcome is None:
            problems["outcome"] = DIALOGS_RESPONSES.tr("choose an outcome")
        return response, problems

    def links(self) -> dict[str, int | None]:
        kind = self.link_kind.currentData()
        wanted = {"duplicate_of": None, "merged_into": None}
        if kind:
            wanted[kind] = self.link_target.value()
        return {k: v for k, v in wanted.items() if v != self._initial_links[k]}

    def problems(self) -> dict[str, str]:
        response, problems = self.response()
        try:
            core.validate_response(response, self.contribution)
        except ValidationError as exc:
            for name, message in exc.problems.items():
                problems.setdefault(name, message)
        if self._check_link is not None:
            for kind, target in self.links().items():
                try:
                    self._check_link(kind, target)
                except ValidationError as exc:
                    problems["link"] = next(iter(exc.problems.values()))
                except UserError as exc:
                    problems["link"] = str(exc)
        return problems

    def accept(self) -> None:
        problems = self.problems()
        first = self.fields.show(problems)
        # The red message replaces the grey hint rather than repeating it.
        self.reason_hint.setVisible("reason" not in problems)
        if first is not None:
            first.setFocus()
            return
        super().accept()


# --- consultation ----------------------------------------------------------------------------
class ConsultationDialog(QDialog):
    def __init__(self, consultation: Consultation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = consultation or Consultation()
        self.setWindowTitle(DIALOGS_RESPONSES.tr("New consultation") if consultation is None else DIALOGS_RESPONSES.tr("Edit {name}").format(name=consultation.name))
        self.setMinimumWidth(560)
        c = self.original
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.fields = _Fields(form)
        self.name = self.fields.add(DIALOGS_RESPONSES.tr("Name"), "name", QLineEdit(c.name))
        self.name.setPlaceholderText(DIALOGS_RESPONSES.tr("e.g. Draft commitments"))
        self.stage = self.fields.add(DIALOGS_RESPONSES.tr("Stage"), "stage", _combo(STAGES))
        _select(self.stage, c.stage)
        self.opens_on = self.fields.add(DIALOGS_RESPONSES.tr("Opens"), "opens_on", _date_field(c.opens_on))
        self.closes_on = self.fields.add(DIALOGS_RESPONSES.tr("Closes"), "closes_on", _date_field(c.closes_on))
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        self.channel_boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(CHANNELS.items()):
            box = QCheckBox(record_label(label))
            box.setObjectName(f"channel_{key}")
            box.setChecked(key in c.channels)
            grid.addWidget(box, i // 3, i % 3)
            self.channel_boxes[key] = box
        self.fields.add(DIALOGS_RESPONSES.tr("Channels"), "channels", channels)
        self.document = self.fields.add(DIALOGS_RESPONSES.tr("Draft concerned"), "document", QLineEdit(c.document))
        self.document.setPlaceholderText(DIALOGS_RESPONSES.tr("The document people comment on, e.g. Draft Action Plan v2"))
        self.description = self.fields.add(DIALOGS_RESPONSES.tr("Description"), "description", QPlainTextEdit(c.description))
        self.description.setMaximumHeight(80)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.stage.currentIndexChanged, self.opens_on.textChanged, self.closes_on.textChanged):
            signal.connect(self._update_warnings)
        for box in self.channel_boxes.values():
            box.toggled.connect(self._update_warnings)
        self._update_warnings()

    def consultation(self) -> tuple[Consultation, dict[str, str]]:
        problems: dict[str, str] = {}
        value = dataclasses.replace(
            self.original, name=self.name.text().strip(), stage=self.stage.currentData(),
            opens_on=_read_date(self.opens_on, "opens_on", problems),
            closes_on=_read_date(self.closes_on, "closes_on", problems),
            channels=[k for k, box in self.channel_boxes.items() if box.isChecked()],
            document=self.document.text().strip(), description=self.description.toPlainText().strip())
        return value, problems

    def _update_warnings(self) -> None:
        value, _ = self.consultation()
        warnings = core.consultation_warnings(value)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def accept(self) -> None:
        value, problems = self.consultation()
        try:
            core.validate_consultation(value)
        except ValidationError as exc:
            for name, message in exc.problems.items():
                problems.setdefault(name, message)
        first = self.fields.show(problems)
        if first is not None:
            first.setFocus()
            return
        super().accept()


# --- import ----------------------------------------------------------------------------------
IGNORE = QT_TRANSLATE_NOOP("DIALOGS_RESPONSES", "— not imported —")


class ColumnMappingDialog(QDialog):
    """Which field each column of the file holds. Pre-filled with the remembered mapping for
    these columns, or with the columns MSF Desk recognises; remembered after the import."""

    ORIGINS = {
        "remembered": QT_TRANSLATE_NOOP("DIALOGS_RESPONSES", "These columns were mapped the last time a file with the same columns was imported."),
        "recognised": QT_TRANSLATE_NOOP("DIALOGS_RESPONSES", "MSF Desk recognised the columns it could. Check them and map the others."),
        "uncertain": QT_TRANSLATE_NOOP("DIALOGS_RESPONSES", "MSF Desk does not recognise this layout with certainty, "
                                       "so it proposes the matching below: check every column (the text is "
                                       "required) before the rows are checked again."),
        "given": "",
    }

    def __init__(self, headers: list[str], samples: list[dict[str, str]], mapping: dict[str, str],
                 origin: str = "recognised", *, consultation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_RESPONSES.tr("Import contributions: match the columns"))
        self.setMinimumSize(720, 420)
        self.headers = [h for h in headers if h.strip()]
        layout = QVBoxLayout(self)
        intro = QLabel(
            (DIALOGS_RESPONSES.tr("Importing into <b>{consultation}</b>. ").format(consultation=consultation) if consultation else "")
            + DIALOGS_RESPONSES.tr("Say what each column of the file holds. The contribution text is required; "
              "every other field is optional.<br>") + shown(self.ORIGINS.get(origin, "")))
        intro.setWordWrap(True)
        intro.setObjectName("origin")
        layout.addWidget(intro)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(2, 1)
        for col, title in enumerate((DIALOGS_RESPONSES.tr("Column in the file"), DIALOGS_RESPONSES.tr("Field in MSF Desk"), DIALOGS_RESPONSES.tr("First values"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.combos: dict[str, QComboBox] = {}
        self.errors: dict[str, _Error] = {}
        from msf_desk.core.tabular import normalise_header

        for row, header in enumerate(self.headers, start=1):
            key = normalise_header(header)
            values = [s.get(key, "") for s in samples if s]
            example = " · ".join(v if len(v) <= 30 else v[:29] + "…" for v in values[:3] if v)
            grid.addWidget(QLabel(header), row * 2 - 1, 0)
            sample = QLabel(example)
            sample.setStyleSheet(HINT_STYLE)
            sample.setToolTip("\n".join(values[:5]))
            sample.setMinimumWidth(1)  # long values are cut, never widen the dialog
            grid.addWidget(sample, row * 2 - 1, 2)
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.addItem(shown(IGNORE), "")
            for name, label in FIELDS.items():
                combo.addItem(label, name)
            _select(combo, mapping.get(header, ""))
            if combo.currentIndex() < 0:
                combo.setCurrentIndex(0)
            grid.addWidget(combo, row * 2 - 1, 1)
            error = _Error(f"map_{key}")
            grid.addWidget(error, row * 2, 0, 1, 3)
            self.combos[header], self.errors[header] = combo, error
        grid.setRowStretch(len(self.headers) * 2 + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.general_error = _Error("mapping")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        # Nothing is written yet: the rows are checked and shown as they will be stored first.
        buttons.button(QDialogButtonBox.Ok).setText(DIALOGS_RESPONSES.tr("Check the rows"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() or "" for header, combo in self.combos.items()}

    def accept(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.general_error.show_message("")
        try:
            check_mapping(self.mapping(), self.headers, DIALOGS_RESPONSES.tr("the file"))
        except ImportFailed as exc:
            for problem in exc.problems:
                if problem.column in self.errors:
                    self.errors[problem.column].show_message(problem.message)
                else:
                    self.general_error.show_message(problem.message)
            return
        super().accept()


class ImportProblemsDialog(QDialog):
    """Every bad row of a refused import: row, column, problem. Nothing was written."""

    def __init__(self, failure: ImportFailed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_RESPONSES.tr("Nothing was imported"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        n = len(failure.problems)
        summary = QLabel(DIALOGS_RESPONSES.tr("{source} has %n problem(s), so nothing was imported. ", "", n).format(source=failure.source)
                         + (failure.advice or DIALOGS_RESPONSES.tr("Correct the file (or the column matching) and import it again.")))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.problems_table = _table("problems", ProblemsModel(failure.problems, self))
        layout.addWidget(self.problems_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class AnswerManyDialog(QDialog):
    """One outcome and reason for many contributions (selected rows, a theme, the duplicates of one).
    Reasons the forum gave before are offered again."""

    def __init__(self, count: int, what: str, *, reasons: list[str] = (),
                 meetings: list[tuple[int, str, str]] = (), today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_RESPONSES.tr("Answer %n contribution(s) at once", "", count))
        self.setMinimumWidth(560)
        self.count = count
        layout = QVBoxLayout(self)
        head = QLabel(DIALOGS_RESPONSES.tr("One answer for <b>%n</b> contribution(s): {what}. Each keeps its own record; Edit "
                "▸ Undo gives each back the answer it had.", "", count).format(what=what))
        head.setObjectName("what")
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.fields = _Fields(form)
        self.outcome = _combo(OUTCOMES, DIALOGS_RESPONSES.tr("Choose an outcome"))
        self.fields.add(DIALOGS_RESPONSES.tr("Outcome"), "outcome", self.outcome)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItem("")
        for text in reasons:
            self.reason.addItem(text)
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setPlaceholderText(DIALOGS_RESPONSES.tr("Why, in words the contributors will understand "
                                                  "(reasons given before are in the list)"))
        self.fields.add(DIALOGS_RESPONSES.tr("Reason"), "reason", self.reason)
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("decided_by")
        self.fields.add(DIALOGS_RESPONSES.tr("Decided by"), "decided_by", self.decided_by)
        self.meeting = QComboBox()
        self.meeting.setObjectName("meeting")
        self.meeting.addItem(DIALOGS_RESPONSES.tr("No meeting"), None)
        for mid, title, starts in meetings:
            self.meeting.addItem(f"{title} ({starts[:10]})", mid)
        self.fields.add(DIALOGS_RESPONSES.tr("Decided at"), "meeting_id", self.meeting)
        self.answered_on = _date_field(today)
        self.fields.add(DIALOGS_RESPONSES.tr("Answered on"), "answered_on", self.answered_on)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(DIALOGS_RESPONSES.tr("Answer {count}").format(count=count))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def response(self) -> tuple[Response, dict[str, str]]:
        problems: dict[str, str] = {}
        answered = _read_date(self.answered_on, "answered_on", problems)
        response = Response(outcome=self.outcome.currentData(), reason=self.reason.currentText().strip(),
                                 decided_by=self.decided_by.text().strip(), meeting_id=self.meeting.currentData(),
                                 answered_on=answered)
        if response.outcome is None:
            problems["outcome"] = DIALOGS_RESPONSES.tr("choose an outcome")
        else:
            try:
                core.validate_response(response)
            except ValidationError as exc:
                problems.update(exc.problems)
        return response, problems

    def accept(self) -> None:
        _, problems = self.response()
        if self.fields.show(problems) is not None:
            return
        super().accept()


# --- a contribution typed in by hand ---------------------------------------------------------
class ContributionDialog(QDialog):
    """Record a contribution that came by e-mail, letter, phone or at a meeting (or correct one)."""

    def __init__(self, consultation_id: int, *, contribution: Contribution | None = None,
                 themes: list[str] = (), today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.original = contribution or Contribution(consultation_id=consultation_id, received_on=self.today,
                                                         channel="email")
        c = self.original
        self.setWindowTitle(DIALOGS_RESPONSES.tr("New contribution") if contribution is None else DIALOGS_RESPONSES.tr("Edit contribution no. {id}").format(id=c.id))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.fields = _Fields(form)
        self.received_on = self.fields.add(DIALOGS_RESPONSES.tr("Received"), "received_on", _date_field(c.received_on))
        self.channel = self.fields.add(DIALOGS_RESPONSES.tr("Channel"), "channel", _combo(CHANNELS))
        _select(self.channel, c.channel)
        self.contributor_name = self.fields.add(DIALOGS_RESPONSES.tr("Name"), "contributor_name", QLineEdit(c.contributor_name))
        self.contributor_name.setPlaceholderText(DIALOGS_RESPONSES.tr("Leave empty for an anonymous contribution"))
        self.publish_name = QCheckBox(DIALOGS_RESPONSES.tr("The contributor agrees to have their name published"))
        self.publish_name.setChecked(c.publish_name)
        self.fields.add(DIALOGS_RESPONSES.tr("Consent"), "publish_name", self.publish_name)
        self.organisation = self.fields.add(DIALOGS_RESPONSES.tr("Organisation"), "organisation", QLineEdit(c.organisation))
        self.contributor_type = self.fields.add(DIALOGS_RESPONSES.tr("Contributor type"), "contributor_type",
                                                _combo(CONTRIBUTOR_TYPES))
        _select(self.contributor_type, c.contributor_type)
        self.text = self.fields.add(DIALOGS_RESPONSES.tr("Contribution"), "text", QPlainTextEdit(c.text))
        self.text.setMinimumHeight(110)
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.addItems([""] + [t for t in themes if t])
        self.theme.setCurrentText(c.theme)
        self.fields.add(DIALOGS_RESPONSES.tr("Theme"), "theme", self.theme)
        self.section = self.fields.add(DIALOGS_RESPONSES.tr("Section of the draft"), "section", QLineEdit(c.section))
        self.section.setPlaceholderText(DIALOGS_RESPONSES.tr("e.g. Commitment 3, paragraph 2"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def contribution(self) -> tuple[Contribution, dict[str, str]]:
        problems: dict[str, str] = {}
        received = _read_date(self.received_on, "received_on", problems)
        if received and received > self.today:
            problems["received_on"] = DIALOGS_RESPONSES.tr("the date is in the future")
        value = dataclasses.replace(
            self.original, received_on=received, channel=self.channel.currentData(),
            contributor_name=self.contributor_name.text().strip(), publish_name=self.publish_name.isChecked(),
            organisation=self.organisation.text().strip(), contributor_type=self.contributor_type.currentData(),
            text=self.text.toPlainText().strip(), theme=self.theme.currentText().strip(),
            section=self.section.text().strip())
        return value, problems

    def accept(self) -> None:
        value, problems = self.contribution()
        try:
            core.validate_contribution(value)
        except ValidationError as exc:
            for name, message in exc.problems.items():
                problems.setdefault(name, message)
        first = self.fields.show(problems)
        if first is not None:
            first.setFocus()
            return
        super().accept()
