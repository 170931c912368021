"""Small builders every form and dialog uses, so they all look and behave alike."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy

from msf_desk.ui.i18n import Context, record_label

WIDGETS_FORMS = Context("WIDGETS_FORMS")


def form_layout(label_alignment: Qt.AlignmentFlag = Qt.AlignLeft) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.DontWrapRows)
    # With a message under a field, the label stays level with the field, not the message.
    form.setLabelAlignment(label_alignment | Qt.AlignTop)
    return form


def combo(items: dict, current=None) -> QComboBox:
    """A combo box of labels that carries each key as its data."""
    box = QComboBox()
    for key, label in items.items():
        box.addItem(record_label(label), key)
    if current is not None:
        select(box, current)
    return box


def select(box: QComboBox, key) -> None:
    """Choose the entry whose data is `key` (the first entry when none is)."""
    box.setCurrentIndex(max(0, box.findData(key)))


def dialog_buttons(dialog: QDialog, ok: str = WIDGETS_FORMS.tr("Save")) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def esc(text: str | None) -> str:
    """Text from the records, safe inside a rich-text label."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_lines(text: str | None) -> str:
    """Like esc, with each line break kept as a break in the label."""
    return esc(text).replace("\n", "<br>")


def message_line(name: str, lines: int = 2, style: str = "") -> QLabel:
    """A page's line for what it has to say, with its room kept whether or not it says
    anything, so nothing around it moves when a message comes or goes. A long message is
    wrapped to `lines` lines (all of it in the tooltip) and never widens the page."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.AutoText)
    label.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
    padding = 12 if "padding" in style else 0
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + padding + 4)
    label.setStyleSheet(style)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    return label
