"""The scripts of the first page's words, noted for the next start (window/scripts_shown), are
worked out from Today's rows where they are read (its reading thread), not by reading the table's
cells on the window's thread once the page is filled; and they are the scripts that reading the
cells finds."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTableView, QWidget

from msf_desk.core.today import DueItem
from msf_desk.ui import fonts
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.models import today as today_model
from msf_desk.ui.models.today import TodayModel


def scripts_read_from_cells(page) -> list[str]:
    """What fonts.remember_scripts found before: every label's and button's words, and every
    cell of the first 500 rows of every table or list, read through the model's data()."""
    texts = []
    for widget in [page, *page.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(min(model.rowCount(QModelIndex()), 500)):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.DisplayRole)
                    if isinstance(value, str):
                        texts.append(value)
    return sorted(fonts.scripts_of(texts))


@pytest.fixture
def cells_read(monkeypatch):
    """The threads Today's cells are read on (a cell's words, through data() or directly)."""
    seen: list[str] = []
    cell_text = today_model.cell_text

    def noting(item, col):
        seen.append("window" if threading.current_thread() is threading.main_thread() else "other")
        return cell_text(item, col)

    monkeypatch.setattr(today_model, "cell_text", noting)
    return seen


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_window_notes_the_scripts_of_today_without_reading_its_cells(qtbot, qsettings, demo_path, cells_read,
                                                                       language, tmp_path, code):
    language(code)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.read_off_thread = True          # as msf-desk opens a forum
    window.show()
    with qtbot.waitSignal(window.opening_finished, timeout=30000):
        window.open_path(demo_path)
    page = window.stack.currentWidget()
    assert page is window.pages["today"] and page.model.rowCount() > 0
    # Today's reading thread worked out the scripts of its words (one reading of each cell).
    assert cells_read.count("other") == page.model.rowCount() * page.model.columnCount()
    settings = QSettings(str(tmp_path / "noted.ini"), QSettings.IniFormat)
    del cells_read[:]
    noted = fonts.remember_scripts(settings, page)
    assert cells_read == []                # no cell read again, on any thread
    assert noted == scripts_read_from_cells(page)
    assert "Devanagari" in noted and "Arabic" in noted   # names in the demo's members
    assert fonts.remembered_scripts(settings) == noted
    window.session.close()


def item(summary: str, kind: str = "action") -> DueItem:
    return DueItem(kind, dt.date(2026, 3, 12), "late", summary, "members")


def test_the_rows_scripts_are_those_of_their_first_500_rows_cells(qtbot, monkeypatch, tmp_path):
    rows = [item("Anita Sharma / अनीता शर्मा")] + [item(f"Action {n}") for n in range(1, 500)] + [item("ნინო ბერიძე")]
    rows.append(item("Ольга", kind="notice"))
    assert today_model.scripts_shown(rows) == {"Devanagari"}   # Georgian and Cyrillic past the 500th row
    assert today_model.scripts_shown(rows[-2:]) == {"Georgian", "Cyrillic"}

    page = QWidget()
    qtbot.addWidget(page)
    view = QTableView(page)
    model = TodayModel(view)
    view.setModel(model)
    model.set_rows(rows)                   # no scripts with them: remember_scripts reads the cells
    assert model.shown_scripts is None
    settings = QSettings(str(tmp_path / "noted.ini"), QSettings.IniFormat)
    assert fonts.remember_scripts(settings, page) == ["Devanagari"] == scripts_read_from_cells(page)

    read = []
    data = TodayModel.data
    monkeypatch.setattr(TodayModel, "data", lambda self, index, role=Qt.DisplayRole: read.append(role) or data(self, index, role))
    model.set_rows(rows[-2:], today_model.scripts_shown(rows[-2:]))
    assert fonts.remember_scripts(settings, page) == ["Cyrillic", "Georgian"]
    assert Qt.DisplayRole not in read      # the scripts came with the rows
    model.set_rows(rows[-2:])              # new rows without them: read again
    assert fonts.remember_scripts(settings, page) == ["Cyrillic", "Georgian"] == scripts_read_from_cells(page)
    assert Qt.DisplayRole in read
