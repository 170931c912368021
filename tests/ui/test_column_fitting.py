"""The shared column fitting (ui.widgets.tables.fit_columns): an optional column hidden on a
narrow table is measured on what it holds now, and comes back fitting it, not at the width it
had when it was hidden."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from msf_desk.ui.widgets.tables import fit_columns

TEXT, OPTIONAL, DATE = 0, 1, 2


def table(shown, interactive: bool) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(4, 3)
    model.setHorizontalHeaderLabels(["Title", "Organisation", "Date"])
    for row in range(4):
        model.setItem(row, TEXT, QStandardItem("A title long enough to want the spare width " * 2))
        model.setItem(row, OPTIONAL, QStandardItem("Short org"))
        model.setItem(row, DATE, QStandardItem("14 Mar 2026"))
    view = QTableView()
    view.setModel(model)
    fit_columns(view, TEXT, optional=(OPTIONAL,), interactive=(OPTIONAL,) if interactive else ())
    shown(view, 900, 300)
    return view, model


def needed(view: QTableView, column: int) -> int:
    return max(view.sizeHintForColumn(column), view.horizontalHeader().sectionSizeFromContents(column).width())


def rename(model: QStandardItemModel, text: str) -> None:
    for row in range(model.rowCount()):
        model.setItem(row, OPTIONAL, QStandardItem(text))


def test_a_hidden_column_comes_back_fitting_what_it_holds_now(qtbot, shown):
    view, model = table(shown, interactive=False)
    header = view.horizontalHeader()
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(OPTIONAL))
    rename(model, "Parliament — Committee on Public Accounts and Oversight")   # longer while hidden
    long_enough = needed(view, OPTIONAL)
    assert long_enough > 250
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(OPTIONAL))
    assert header.sectionSize(OPTIONAL) >= long_enough - 2       # fits its new contents: not cut
    assert header.sectionSize(TEXT) >= 160
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(OPTIONAL))
    rename(model, "Org")                                             # shorter while hidden
    view.resize(900, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(OPTIONAL))
    assert header.sectionSize(OPTIONAL) <= needed(view, OPTIONAL) + 2   # not the long width it had


def test_a_column_grown_while_hidden_stays_hidden_until_its_new_width_fits(qtbot, shown):
    view, model = table(shown, interactive=False)
    header = view.horizontalHeader()
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(OPTIONAL))
    rename(model, "Parliament — Committee on Public Accounts and Oversight, and its secretariat")
    grown = needed(view, OPTIONAL)
    # Room for the text column and the column as it was when hidden, not as it is now.
    room = 160 + needed(view, DATE) + 120 + 40
    assert room < 160 + needed(view, DATE) + grown
    view.resize(room, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 300)         # the wider table has been fitted
    assert view.isColumnHidden(OPTIONAL) and header.sectionSize(TEXT) >= 160


def test_a_dragged_column_comes_back_fitting_within_its_own_width(qtbot, shown):
    """An interactive column's width is its own (dragged, or the share a page gives it, such as
    the papers' links, elided): it comes back narrower when its contents now need less, never
    wider than its own width, and its own width is kept for the next time."""
    view, model = table(shown, interactive=True)
    header = view.horizontalHeader()
    header.resizeSection(OPTIONAL, 220)                               # the user's (or the page's) width
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(OPTIONAL))
    rename(model, "Org")
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(OPTIONAL))
    assert header.sectionSize(OPTIONAL) < 120                          # fits "Org" and its header, not 220
    assert header.sectionSize(OPTIONAL) >= header.sectionSizeFromContents(OPTIONAL).width()
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(OPTIONAL))
    rename(model, "Parliament — Committee on Public Accounts and Oversight, and its secretariat")
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(OPTIONAL))
    assert header.sectionSize(OPTIONAL) == 220                         # its own width again: elided, with a tooltip
