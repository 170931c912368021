"""The board book's fields in the meeting, paper, item and export dialogs (one place, marked
for translation): the meeting's objective, a tabled paper, a break, binding the papers."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from msf_desk.ui.i18n import Context

WIDGETS_BOARD_BOOK = Context("WIDGETS_BOARD_BOOK")


def objective_edit(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName("objective")
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(WIDGETS_BOARD_BOOK.tr("What the forum should come away with, in a sentence or two"))
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


def objective_label() -> str:
    return WIDGETS_BOARD_BOOK.tr("Objective")


def objective_note() -> str:
    return WIDGETS_BOARD_BOOK.tr("Printed at the top of the pack and the notice.")


def tabled_box(checked: bool = False) -> QCheckBox:
    box = QCheckBox(WIDGETS_BOARD_BOOK.tr("Tabled: distributed at the meeting, not with the pack"))
    box.setObjectName("tabled")
    box.setChecked(checked)
    return box


def break_box(checked: bool = False) -> QCheckBox:
    box = QCheckBox(WIDGETS_BOARD_BOOK.tr("A break (coffee, lunch): timed, with no number, paper or decision"))
    box.setObjectName("is_break")
    box.setChecked(checked)
    return box


def board_book_label() -> str:
    """The export dialog's option: the PDF becomes the board book."""
    return WIDGETS_BOARD_BOOK.tr("Board book: bind the papers this audience may read into the PDF (PDF and, "
                                 "where LibreOffice is installed, Word papers; the others listed with the reason)")


def version_note(version: int, revised_on: str) -> str:
    return WIDGETS_BOARD_BOOK.tr("Version {version}, of {day}").format(version=version, day=revised_on)
