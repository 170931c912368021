"""The look every read-only record table and toolbar on the pages shares."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolBar


def record_table(name: str, model=None, view: QTableView | None = None, *,
                 word_wrap: bool | None = None) -> QTableView:
    """A table of records: whole rows selected one at a time, edited through dialogs only.

    Pass `view` to set up a QTableView subclass (e.g. one that accepts drops).
    """
    view = view if view is not None else QTableView()
    view.setObjectName(name)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if word_wrap is not None:
        view.setWordWrap(word_wrap)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def text_toolbar(*actions: QAction | None) -> QToolBar:
    """A toolbar of words, not icons; None puts a separator."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    return bar
