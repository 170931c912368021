"""A record table that measures a column from its widest words (`RecordTable.measure_by_text`,
set on the Members table) gives the very widths Qt gives measuring every row, and the Members
page shows the same cells in the same order; the parity panel's coming changes worked out in
the page's reading are those the panel works out itself."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from msf_desk.core.parity import projection
from msf_desk.ui.models.members import MODELS_MEMBERS
from msf_desk.ui.pages.members import MembersPage, read_members
from msf_desk.ui.widgets.parity_panel import PROJECTION_DAYS
from msf_desk.ui.widgets.tables import RecordTable, fit_columns, record_table
from tests.conftest import DEMO_TODAY

# Words of nearly the same width, narrow and wide letters, other scripts, empty cells.
WORDS = ["", "iiiiiiiiii", "WWWWWW", "Member 7", "Mémbre 7", "12 Mar 2026", "1 May 2026", "28 Nov 2026",
         "Parliament — Committee on Public Accounts", "Parliament — Committee on Public Account",
         "لجنة الحسابات العامة في البرلمان", "وزارة المالية", "Ministère de l'Économie", "Ñandú ÅÄÖ",
         "Alternate for Jean-Baptiste Ndiaye", "Alternate for Jean-Baptiste Ndiayé", "ffi fl ffl", "Yes", "No"]


def _model(rows: int) -> QStandardItemModel:
    model = QStandardItemModel(rows, 3)
    for row in range(rows):
        for column in range(3):
            word = WORDS[(row * (column + 3) + column) % len(WORDS)]
            model.setItem(row, column, QStandardItem(word + (" x" * (row % 5) if column == 2 else "")))
    return model


def _table(model) -> RecordTable:
    view = record_table("words", model, word_wrap=False)
    view.measure_by_text = True
    fit_columns(view, 0)
    return view


@pytest.mark.parametrize("size", [7, 9, 11, 15])
def test_the_widest_words_give_qt_s_own_widths(shown, size):
    view = shown(_table(_model(300)), 900, 500)
    font = view.font()
    font.setPointSize(size)
    view.setFont(font)
    for column in range(3):
        assert view.sizeHintForColumn(column) == QTableView.sizeHintForColumn(view, column)
    view.setShowGrid(False)
    for column in range(3):
        assert view.sizeHintForColumn(column) == QTableView.sizeHintForColumn(view, column)


def test_hidden_rows_and_lines_of_their_own_are_measured_by_qt(shown):
    model = _model(40)
    view = shown(_table(model), 900, 500)
    model.item(3, 1).setText("one line\nand a much longer second line than any other cell")
    assert view.sizeHintForColumn(1) == QTableView.sizeHintForColumn(view, 1)
    view.setRowHidden(5, True)
    assert view.sizeHintForColumn(2) == QTableView.sizeHintForColumn(view, 2)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_members_table_shows_the_same_cells_at_the_same_widths(language, qtbot, shown, session, code):
    language(code)
    page = shown(MembersPage(session), 1300, 850)
    page.today = DEMO_TODAY
    page.parity.set_date(DEMO_TODAY)
    page.reload()
    view, proxy = page.table, page.proxy
    assert view.measure_by_text and proxy.rowCount() > 10
    for status in (page.proxy.ACTIVE, ""):            # the active members, then everyone
        page.proxy.set_filters(status=status)
        header = view.horizontalHeader()
        fitted = [c for c in range(proxy.columnCount()) if c not in view.property("text_columns")]
        qt = {c: QTableView.sizeHintForColumn(view, c) for c in fitted}
        assert {c: view.sizeHintForColumn(c) for c in fitted} == qt
        qtbot.waitUntil(lambda: all(header.isSectionHidden(c) or header.sectionSize(c) == max(qt[c], header.sectionSizeHint(c))
                                    for c in fitted))
        # Every cell as the member's record says, rows in the order of their names.
        names = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
        assert names == sorted(names, key=str.casefold)
        for row in range(proxy.rowCount()):
            member = page.model.member_at(proxy.mapToSource(proxy.index(row, 0)).row())
            assert proxy.index(row, 1).data() == member.organisation
            assert proxy.index(row, 5).data() == (MODELS_MEMBERS.tr("Yes") if member.voting else MODELS_MEMBERS.tr("No"))


def test_the_coming_changes_are_worked_out_in_the_reading(session, shown):
    page = shown(MembersPage(session), 1300, 850)
    members, _rounds, _profile, coming = read_members(session.db, DEMO_TODAY)
    assert coming == (DEMO_TODAY, projection(members, DEMO_TODAY, PROJECTION_DAYS)) and coming[1]
    page.parity.set_date(DEMO_TODAY)
    page.reload()
    shown_changes = page.parity.projection_model.changes
    assert shown_changes == coming[1]
    # Another day on the panel: its own changes, not the reading's.
    later = DEMO_TODAY + dt.timedelta(days=200)
    page.parity.set_date(later)
    assert page.parity.projection_model.changes == projection(page.members, later, PROJECTION_DAYS)
    assert page.parity.projection_model.changes != coming[1]


def test_the_same_words_sorted_again_keep_their_measure_and_widths(shown):
    """Sorted (the rows in another order, the same words), a column measured from its words is
    not measured again (the delegate is not asked) and keeps Qt's own width; other words are."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyledItemDelegate

    asked = []

    class Counting(QStyledItemDelegate):
        def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
            asked.append(index.row())
            return super().sizeHint(option, index)

    view = _table(_model(300))
    view.setItemDelegate(Counting(view))
    view = shown(view, 900, 500)
    view.setSortingEnabled(True)
    before = [view.sizeHintForColumn(c) for c in range(3)]
    assert asked
    asked.clear()
    view.sortByColumn(1, Qt.DescendingOrder)
    ours = [view.sizeHintForColumn(c) for c in range(3)]
    assert asked == []                                 # kept: the same words
    assert ours == before == [QTableView.sizeHintForColumn(view, c) for c in range(3)]
    asked.clear()
    view.model().item(0, 1).setText("Parliament — Committee on Public Accounts and the Budget")
    wider = view.sizeHintForColumn(1)
    assert asked and wider == QTableView.sizeHintForColumn(view, 1) > before[1]   # other words: measured
