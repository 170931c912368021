"""A record table keeps what it measured of a column (msf_desk.ui.widgets.tables.RecordTable):
the same width as Qt measures, measured again when the rows, their words or the font change,
and not measured again while nothing changed (the window settling after a page's first show
measured 420 members' columns about ten times)."""
from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from msf_desk.ui.widgets.tables import RecordTable, fit_columns, record_table


def _model(rows: int, text: str) -> QStandardItemModel:
    model = QStandardItemModel(rows, 2)
    model.setHorizontalHeaderLabels(["Name", "Organisation"])
    for row in range(rows):
        model.setItem(row, 0, QStandardItem(f"Member {row}"))
        model.setItem(row, 1, QStandardItem(text))
    return model


def _qt_measure(view: QTableView, column: int) -> int:
    return QTableView.sizeHintForColumn(view, column)


class Counting(RecordTable):
    def __init__(self) -> None:
        super().__init__()
        self.measured = 0

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        before = dict(self._measured)
        hint = super().sizeHintForColumn(column)
        if self._measured.get(column) is not before.get(column):
            self.measured += 1
        return hint


def test_record_tables_keep_their_measures_until_the_rows_change(qtbot, shown):
    model = _model(50, "Short")
    view = record_table("members_like", model, view=Counting())
    fit_columns(view, 0)
    shown(view, 700, 400)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeToContents
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)
    qtbot.waitUntil(lambda: header.sectionSize(1) >= _qt_measure(view, 1))
    measured = view.measured
    for width in (640, 720, 680, 700):           # the window settling: nothing to measure again
        view.resize(width, 400)
        qtbot.waitUntil(lambda: view.viewport().width() > 0)
        view.sizeHintForColumn(1)
    assert view.measured == measured

    # Longer words in one cell: measured again, as wide as Qt says, and the column follows.
    model.item(7, 1).setText("Parliament — Committee on Public Accounts and Audit")
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)
    assert view.measured == measured + 1
    qtbot.waitUntil(lambda: header.sectionSize(1) >= _qt_measure(view, 1))

    # Rows gone: measured again (the long one left with them).
    model.removeRows(0, 10)
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)

    # A larger font: measured again.
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)

    # Another model: its own measures.
    other = _model(5, "A much longer organisation name than before, on every row")
    view.setModel(other)
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)
    model.item(0, 1).setText("x" * 300)          # the old model's changes no longer matter ...
    other.item(0, 1).setText("y" * 200)          # ... the new one's do
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1)


def test_beyond_the_precision_the_measure_follows_the_rows_in_view(qtbot, shown):
    """Past 1,000 rows Qt measures the rows in view and their neighbours: a long cell far down
    counts once it is scrolled to, as without the kept measures."""
    model = _model(3000, "Short")
    model.item(2990, 1).setText("An organisation with a very long name indeed, far down the table")
    view = record_table("many", model)
    shown(view, 700, 400)
    top = view.sizeHintForColumn(1)
    assert top == _qt_measure(view, 1)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert view.sizeHintForColumn(1) == _qt_measure(view, 1) > top
