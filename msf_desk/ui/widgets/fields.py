"""Form fields that show their own validation message, in red, right under the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets.dates import DateField  # noqa: F401  (the one date field, used through this module)

WIDGETS_FIELDS = Context("WIDGETS_FIELDS")

ERROR_STYLE = "color: #c62828;"
BAD_FIELD_STYLE = "border: 1px solid #c62828;"


class ErrorLabel(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.hide()

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldForm:
    """Rows of a QFormLayout, each field with its error label; `show_problems` fills them."""

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, form: QFormLayout, label: str, name: str, widget: QWidget, *,
            note: str = "") -> QWidget:
        container = QWidget()
        # Full row width even for a short field, so that a message under it has room.
        container.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, (QAbstractSpinBox, DateField)):
            # Short values need short fields; the row (and its messages) keep the full width.
            box.addWidget(widget, 0, Qt.AlignLeft)
        else:
            box.addWidget(widget)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            box.addWidget(hint)
        error = ErrorLabel(name)
        box.addWidget(error)
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.errors[name] = error
        form.addRow(label, container)
        if isinstance(widget, DateField):
            widget.editingFinished.connect(lambda n=name: self.check_date(n))
            widget.textEdited.connect(lambda _t, n=name: self.set_problem(n, ""))
        return container

    def set_problem(self, name: str, message: str) -> None:
        self.errors[name].set_message(message)
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setStyleSheet(BAD_FIELD_STYLE if message else "")

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        """Show each message on its field, clear the others; return the first bad field."""
        first = None
        for name in self.errors:
            message = problems.get(name, "")
            self.set_problem(name, _sentence(message))
            if message and first is None:
                first = self.widgets[name]
        return first

    def check_date(self, name: str) -> dt.date | None:
        try:
            value = self.widgets[name].date()
        except UserError as exc:
            self.set_problem(name, str(exc))
            return None
        self.set_problem(name, "")
        return value

    def dates(self, names: tuple[str, ...]) -> tuple[dict[str, dt.date | None], dict[str, str]]:
        values, problems = {}, {}
        for name in names:
            try:
                values[name] = self.widgets[name].date()
            except UserError as exc:
                problems[name] = str(exc)
                values[name] = None
        return values, problems


def _sentence(message: str) -> str:
    """Core writes messages as clauses ('between 1 and 12 months'); on a field, a sentence."""
    message = message.strip()
    if not message:
        return ""
    return message[0].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")
