"""The Forum page: the forum's profile and published governance, edited as one undoable step."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core import forum as core_forum
from msf_desk.model.errors import ValidationError
from msf_desk.model.forum import (DECISION_RULES, JURISDICTIONS, QUALIFIED_BASES, QUALIFIED_FRACTIONS,
                                  QUORUM_KINDS, ForumProfile)
from msf_desk.ui.widgets.zones import ZoneBox
from msf_desk.ui.commands.members import EditProfile
from msf_desk.ui.commands.base import run
from msf_desk.ui.errors import show_error
from msf_desk.ui.widgets.fields import FieldForm
from msf_desk.ui.widgets.holidays import HolidaysBox
from msf_desk.ui.widgets.forms import combo as _combo, esc as _esc, form_layout
from msf_desk.ui import words
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, in_window_language

PAGES_FORUM = Context("PAGES_FORUM")


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _text(height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _form() -> QFormLayout:
    return form_layout(Qt.AlignRight)


class ForumPage(QWidget):
    """The profile is edited as a form and saved with Save (one undoable step).

    Unsaved changes are never lost silently: the window asks (Save / Discard / Cancel)
    before leaving this page, opening another forum or quitting (`has_unsaved_changes`).
    """

    unsaved_what = QT_TRANSLATE_NOOP("PAGES_FORUM", "The forum profile")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self.profile = core_forum.load(session.db)
        self.f = FieldForm()
        self._loading = False

        w: dict[str, QWidget] = {
            "name": QLineEdit(),
            "jurisdiction": _combo(JURISDICTIONS),
            "place": QLineEdit(),
            "languages": QLineEdit(),
            "document_languages": QLineEdit(),
            "lead_agency": QLineEdit(),
            "timezone": ZoneBox(),
            "remit": _text(80),
            "decision_rule": _combo(DECISION_RULES),
            "qualified_fraction": _combo({f: f for f in QUALIFIED_FRACTIONS}),
            "qualified_base": _combo(QUALIFIED_BASES),
            "quorum_kind": _combo(QUORUM_KINDS),
            "quorum_value": QLineEdit(),
            "quorum_both_sides": QCheckBox(PAGES_FORUM.tr("Both sides must be present")),
            "quorum_rule": QLineEdit(),
            "decision_powers": _text(),
            "agenda_setter": _text(52),
            "conflicts_policy": _text(),
            "both_cochairs_approve": QCheckBox(PAGES_FORUM.tr("Both co-chairs approve agendas and minutes")),
            "declaration_interval_months": _spin(1, 60, " months"),
            "frequency_months": _spin(1, 12, " months"),
            "action_plan_in_development": QCheckBox(PAGES_FORUM.tr("The Action Plan is being developed (meet monthly)")),
            "notice_days": _spin(0, 90, " days"),
            "minutes_detail": _text(52),
            "publish_names": QCheckBox(PAGES_FORUM.tr("Publish members' names (otherwise organisations only)")),
            "contact_name": QLineEdit(),
            "contact_email": QLineEdit(),
            "contact_phone": QLineEdit(),
            "response_working_days": _spin(1, 120, PAGES_FORUM.tr(" working days")),
            "seats_government": _spin(0, 500),
            "seats_non_government": _spin(0, 500),
        }
        self.widgets = w
        w["quorum_value"].setPlaceholderText(PAGES_FORUM.tr("e.g. 2/3 or 6"))
        w["quorum_rule"].setPlaceholderText(PAGES_FORUM.tr("Optional: the rule in your own words, published as written"))
        w["contact_email"].setPlaceholderText(PAGES_FORUM.tr("name@example.org"))
        w["place"].setPlaceholderText(PAGES_FORUM.tr("The city or region a local forum serves"))
        w["document_languages"].setPlaceholderText(PAGES_FORUM.tr("e.g. en, fr"))

        def section(title: str, rows: list[tuple[str, str, str]]) -> QGroupBox:
            box = QGroupBox(title)
            form = _form()
            for label, name, note in rows:
                self.f.add(form, label, name, w[name], note=note)
            box.setLayout(form)
            return box

        identity = section(PAGES_FORUM.tr("Identity"), [
            (PAGES_FORUM.tr("Name"), "name", ""),
            (PAGES_FORUM.tr("Jurisdiction"), "jurisdiction", ""),
            (PAGES_FORUM.tr("Place"), "place", ""),
            (PAGES_FORUM.tr("Languages"), "languages", ""),
            (PAGES_FORUM.tr("Document languages"), "document_languages",
             PAGES_FORUM.tr("The languages its documents are written in (en, fr, es, ar), first the default for exports.")),
            (PAGES_FORUM.tr("Lead agency"), "lead_agency", ""),
            (PAGES_FORUM.tr("Time zone"), "timezone", PAGES_FORUM.tr("Meeting times are shown in this zone.")),
            (PAGES_FORUM.tr("Remit"), "remit", ""),
        ])
        governance = section(PAGES_FORUM.tr("Governance and decisions"), [
            (PAGES_FORUM.tr("Decision rule"), "decision_rule", ""),
            (PAGES_FORUM.tr("Qualified majority"), "qualified_fraction", ""),
            (PAGES_FORUM.tr("Counted", "the base of a qualified majority"), "qualified_base", ""),
            (PAGES_FORUM.tr("Quorum"), "quorum_kind", ""),
            (PAGES_FORUM.tr("Quorum value"), "quorum_value", ""),
            ("", "quorum_both_sides", ""),
            (PAGES_FORUM.tr("Quorum as written"), "quorum_rule", ""),
            (PAGES_FORUM.tr("What it may decide"), "decision_powers", ""),
            (PAGES_FORUM.tr("Who sets the agenda"), "agenda_setter", ""),
            (PAGES_FORUM.tr("Conflicts of interest"), "conflicts_policy", ""),
            ("", "both_cochairs_approve", ""),
            (PAGES_FORUM.tr("Declarations renewed every"), "declaration_interval_months", ""),
        ])
        meetings = section(PAGES_FORUM.tr("Meetings"), [
            (PAGES_FORUM.tr("Meets at least every"), "frequency_months", ""),
            ("", "action_plan_in_development", ""),
            (PAGES_FORUM.tr("Notice and papers"), "notice_days", PAGES_FORUM.tr("Days before a meeting that papers go out.")),
            (PAGES_FORUM.tr("Detail of minutes"), "minutes_detail", ""),
        ])
        transparency = section(PAGES_FORUM.tr("Transparency and contact"), [
            ("", "publish_names", ""),
            (PAGES_FORUM.tr("Contact"), "contact_name", ""),
            (PAGES_FORUM.tr("Contact e-mail"), "contact_email", ""),
            (PAGES_FORUM.tr("Contact phone"), "contact_phone", ""),
            (PAGES_FORUM.tr("Answer questions within"), "response_working_days", ""),
        ])
        seats = section(PAGES_FORUM.tr("Seats"), [
            (PAGES_FORUM.tr("Government seats"), "seats_government", ""),
            (PAGES_FORUM.tr("Non-government seats"), "seats_non_government", PAGES_FORUM.tr("For parity both should be equal.")),
        ])

        self.summary = QLabel()
        self.summary.setObjectName("governance_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        summary_box = QGroupBox(PAGES_FORUM.tr("Governance as published"))
        box = QVBoxLayout(summary_box)
        box.addWidget(self.summary)

        # --- buttons ------------------------------------------------------------------
        heading = QLabel(PAGES_FORUM.tr("Forum profile"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.save_button = QPushButton(PAGES_FORUM.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(PAGES_FORUM.tr("Revert"))
        self.revert_button.setObjectName("revert")
        self.revert_button.setToolTip(PAGES_FORUM.tr("Throw away the changes not yet saved"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addSpacing(12)
        bar.addWidget(self.state)
        bar.addStretch(1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(governance)
        # Saved as they are added or removed (undoable), not with the profile's Save.
        self.holidays = HolidaysBox(session)
        left.addWidget(self.holidays)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(summary_box)
        right.addWidget(meetings)
        right.addWidget(transparency)
        right.addWidget(seats)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        content.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        for name, widget in w.items():
            self._watch(widget)
        session.changed.connect(self._on_changed)
        self.load()

    # --- between the form and the profile ----------------------------------------------
    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
            if widget.isEditable():
                widget.editTextChanged.connect(self._edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)

    def _set(self, name: str, value) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, ZoneBox):
            widget.set_zone(str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if not widget.isEditable() else widget.findText(value)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setEditText(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))

    def _get(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, ZoneBox):
            return widget.zone()
        if isinstance(widget, QComboBox):
            return widget.currentText().strip() if widget.isEditable() else widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.value()

    def form_profile(self) -> ForumProfile:
        return core_forum.replace(self.profile, **{name: self._get(name) for name in self.widgets})

    def load(self) -> None:
        self.profile = core_forum.load(self.session.db)
        self._loading = True
        try:
            for name in self.widgets:
                self._set(name, getattr(self.profile, name))
        finally:
            self._loading = False
        self.f.show_problems({})
        self._update_summary()
        self._edited()

    # --- state --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form_profile() != self.profile

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        rule = self._get("decision_rule")
        editable = not self.read_only
        self.widgets["qualified_fraction"].setEnabled(editable and rule == "qualified_majority")
        self.widgets["qualified_base"].setEnabled(editable and rule == "qualified_majority")
        self.widgets["quorum_value"].setEnabled(self._get("quorum_kind") != "majority")
        dirty = self.dirty and not self.read_only
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state.setText(PAGES_FORUM.tr("Unsaved changes") if dirty else "")
        self.state.setStyleSheet("color: #b26a00;" if dirty else "")

    def _update_summary(self) -> None:
        p = self.profile
        with in_window_language():   # the words the governance document prints, in the window's language
            decision_rule, quorum = core_forum.decision_rule_words(p), core_forum.quorum_words(p)
        rows = [
            (PAGES_FORUM.tr("Decisions"), decision_rule),
            (PAGES_FORUM.tr("Quorum"), quorum),
            (PAGES_FORUM.tr("Meetings"), words.frequency(p)),
            (PAGES_FORUM.tr("Papers"), PAGES_FORUM.tr("Sent %n day(s) before each meeting", "", p.notice_days)),
            (PAGES_FORUM.tr("Names"), PAGES_FORUM.tr("Members' names are published") if p.publish_names else PAGES_FORUM.tr("Organisations only are published")),
        ]
        self.summary.setText(
            "<table cellspacing='0' cellpadding='3'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def _on_changed(self, topic: str) -> None:
        if topic == "forum":
            self.load()

    # --- actions ------------------------------------------------------------------------
    def save(self) -> bool:
        profile = self.form_profile()
        try:
            core_forum.validate(profile)
        except ValidationError as exc:
            first = self.f.show_problems(exc.problems)
            n = len(exc.problems)
            self.state.setText(PAGES_FORUM.tr("Not saved: put right the %n field(s) marked in red", "", n))
            self.state.setStyleSheet("color: #c62828;")
            if first is not None:
                first.setFocus()
            return False
        self.f.show_problems({})
        if profile == self.profile:
            return True
        error = run(self.session, EditProfile(self.session, self.profile, profile))
        if error is not None:
            show_error(self, error, PAGES_FORUM.tr("Cannot save the forum profile"))
            return False
        return True

    def revert(self) -> None:
        self.load()

    # --- unsaved work and read-only --------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self.dirty

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self.revert()

    def set_read_only(self, read_only: bool) -> None:
        """Show the profile without letting it be changed (the forum is open read-only)."""
        self.read_only = read_only
        for widget in self.widgets.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.holidays.set_read_only(read_only)
