"""The Today page: first in the sidebar; double-clicking a line opens the place to act."""
from __future__ import annotations

from PySide6.QtCore import Qt

from msf_desk.core.actions import get_action
from msf_desk.core.today import today
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.pages import PAGES


def _double_click(qtbot, table, row):
    index = table.model().index(row, 3)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())


def test_today_lists_what_is_due_and_opens_the_place_to_act(qtbot, qsettings, demo_path):
    assert PAGES[0][0] == "today"
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(demo_path)
    page = window.page("today")
    assert window.stack.currentWidget() is page  # the first page shown
    items = today(window.session.db, page.day())
    assert page.model.rowCount() == len(items) > 0
    assert page.model.index(0, 0).data() == ("Late" if items[0].severity == "late" else "Due")
    assert "late" in page.heading.text()

    row = next(i for i, item in enumerate(items) if item.target.startswith("meetings:"))
    meeting_id = int(items[row].target.split(":")[1])
    _double_click(qtbot, page.table, row)
    meetings = window.page("meetings")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is meetings)
    assert meetings.current_id == meeting_id

    window.show_page("today")
    row = next(i for i, item in enumerate(items) if item.target.startswith("ethics:"))
    member_id = int(items[row].target.split(":")[1])
    _double_click(qtbot, page.table, row)
    ethics = window.page("ethics")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is ethics)
    assert ethics.selected_member_id() == member_id

    window.show_page("today")
    row = next(i for i, item in enumerate(items) if item.target.startswith("actions:"))
    _double_click(qtbot, page.table, row)
    minutes = window.page("minutes")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is minutes)
    assert minutes.meeting_id == get_action(window.session.db, int(items[row].target.split(":")[1])).meeting_id
    window.close()


def test_today_filled_off_the_thread_sizes_its_rows_to_their_words(reading_window, qtbot):
    """The page takes its layout before its rows come (so Qt sizes the table once): the rows
    still come sized to their contents, long lines wrapped onto two lines."""
    page = reading_window.pages["today"]
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().isVisible())
    assert page.model.rowCount() > 0
    for col in range(3):
        assert table.columnWidth(col) >= table.sizeHintForColumn(col) > 0
    heights = [table.rowHeight(row) for row in range(page.model.rowCount())]
    assert all(h >= table.sizeHintForRow(row) for row, h in enumerate(heights))
    assert max(heights) > min(heights)     # the demo has lines long enough to wrap


def test_closing_the_window_lets_go_of_the_rows_on_screen(reading_window, qtbot):
    page = reading_window.pages["today"]
    assert page.model.rowCount() > 0
    path = reading_window.session.path
    reading_window.close()
    assert reading_window.session is None
    assert page.model.rowCount() == 0          # nothing left for Qt to lay out as it hides
    assert list(path.parent.glob(f"{path.stem}.backups/*.msf"))   # the opening backup was written
