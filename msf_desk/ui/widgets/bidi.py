"""Tables in a right-to-left window: each cell written in its own direction.

In an Arabic window Qt lays every cell out right to left, so a cell in a left-to-right script
(a member's Latin name, an English title typed by the forum) has its punctuation and its
elision on the wrong side ("…Forum mee", ".No"). The delegate gives such a cell its own
direction (from its first strong character, as the Unicode bidi algorithm does) and keeps it
at the side the right-to-left column puts it.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate


def direction_of(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character of `text` (None when it has none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LeftToRight
        if kind in ("R", "AL"):
            return Qt.RightToLeft
    return None


class BidiDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        own = direction_of(option.text) if option.text else None
        if own is not None and own != option.direction:
            option.displayAlignment = QStyle.visualAlignment(option.direction, option.displayAlignment) \
                | Qt.AlignAbsolute
            option.direction = own


class RightToLeftViews(QObject):
    """Installed on the application while the window is right to left: every item view with
    the standard delegate gets the BidiDelegate when it is first polished."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Polish and isinstance(obj, QAbstractItemView) \
                and type(obj.itemDelegate()) is QStyledItemDelegate:
            obj.setItemDelegate(BidiDelegate(obj))
        return False
