"""An honest page for what this version does not do yet."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from msf_desk.ui.i18n import Context

PAGES_PLACEHOLDER = Context("PAGES_PLACEHOLDER")


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        for label in (heading, body):
            label.setAlignment(Qt.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.insertStretch(0, 1)


def not_yet(title: str) -> PlaceholderPage:
    return PlaceholderPage(title, PAGES_PLACEHOLDER.tr("{page} is not yet available in this version of MSF Desk.")
                           .format(page=title))
