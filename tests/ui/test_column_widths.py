"""Text columns take the spare width: on every page and tab of the window, at 1200 and
1400 px, the column that stretches (a title, a text) keeps room to be read, and the
columns that fit their contents are not cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget

from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.pages import PAGES

READABLE = 150   # pixels: below this a title reads as "F…"
# Qt's own month grid (the meetings calendar) has no text columns.
NOT_A_TABLE = {"qt_calendar_calendarview"}


def _needed(view: QTableView, column: int) -> int:
    return max(view.sizeHintForColumn(column), view.horizontalHeader().sectionSizeHint(column))


def problems_in(view: QTableView) -> list[str]:
    header, model = view.horizontalHeader(), view.model()
    name = view.objectName()
    if name in NOT_A_TABLE:
        return []
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    stretch = [c for c in shown if header.sectionResizeMode(c) == QHeaderView.Stretch]
    if not stretch and header.stretchLastSection() and shown:
        stretch = [shown[-1]]
    if not stretch:
        return [f"{name}: no column takes the spare width"]
    found = []
    for c in shown:
        title = model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
        width, need = header.sectionSize(c), _needed(view, c)
        if c in stretch and width < min(need, READABLE):
            found.append(f"{name}: '{title}' is {width} px wide (needs {min(need, READABLE)})")
        elif header.sectionResizeMode(c) == QHeaderView.ResizeToContents and width < need - 2:
            found.append(f"{name}: '{title}' is cut ({width} of {need} px)")
    return found


@pytest.fixture
def window(qtbot, qsettings, demo_path):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_path)
    yield w
    if w.session is not None:
        w.session.close()


@pytest.mark.parametrize("code, width", [("en", 1200), ("en", 1400), ("fr", 1200), ("es", 1200), ("ar", 1200),
                                         ("ar", 1400)])
def test_text_columns_keep_room_on_every_page(language, qtbot, qsettings, demo_path, code, width):
    language(code)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(demo_path)
    window.resize(width, 820)
    qtbot.waitUntil(lambda: window.width() == width)
    problems, seen = [], set()

    def check(where: str) -> None:
        for view in window.findChildren(QTableView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                seen.add(view.objectName())
                problems.extend(f"{where} — {p}" for p in problems_in(view))

    for key, _label, _target in PAGES:
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        assert page.minimumSizeHint().width() <= window.centralWidget().width(), f"the {key} page is wider"
        check(key)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                check(f"{key}/{tabs.tabText(i)}")
            tabs.setCurrentIndex(0)
    # No page (its buttons in French or Spanish, a long meeting's name) took the window wider.
    assert window.width() == width
    window.session.close()
    assert problems == [], "\n".join(problems)
    # The tables of the issue are among those looked at, the sheets that scrolled sideways too.
    assert {"meetings_table", "arising_table", "actions_table", "attendance_table", "projection",
            "agenda_table", "today_table", "members_table", "rounds_table", "contributions", "overdue",
            "compliance_table", "statements_table", "signatures_table", "declarations_table",
            "interests_table", "declaration_members", "breaches_table"} <= seen
    assert not [v.objectName() for v in window.findChildren(QTableView)
                if v.horizontalScrollBar().maximum() > 0 and v.objectName() not in NOT_A_TABLE]


def _hover(qtbot, view: QTableView, index) -> str:
    """Rest the pointer on a cell as a user would (Qt's tooltip event) and read the tooltip."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    pos = view.visualRect(index).center()
    event = QHelpEvent(QHelpEvent.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_name_shows_whole_in_its_tooltip_and_a_whole_one_has_none(window, qtbot):
    from msf_desk.ui.models.members import MembersModel

    window.resize(1200, 820)
    page = window.show_page("members")
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.horizontalHeader().sectionSize(MembersModel.ORGANISATION) > 0)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(MembersModel.ORGANISATION) == QHeaderView.Stretch
    assert header.sectionResizeMode(MembersModel.TERM_END) == QHeaderView.ResizeToContents
    assert table.horizontalScrollBar().maximum() == 0           # nothing to scroll sideways
    model = table.model()
    rows = range(model.rowCount())
    long = next(r for r in rows if model.index(r, MembersModel.ORGANISATION).data().startswith("Parliament — "))
    index = model.index(long, MembersModel.ORGANISATION)
    table.scrollTo(index)
    assert header.sectionSize(MembersModel.ORGANISATION) < table.sizeHintForColumn(MembersModel.ORGANISATION)
    qtbot.waitUntil(lambda: _hover(qtbot, table, index) == "Parliament — Committee on Public Administration")
    short = model.index(next(r for r in rows if model.index(r, MembersModel.ORGANISATION).data() == "City of Riverside"),
                        MembersModel.ORGANISATION)
    assert _hover(qtbot, table, short) == ""


def test_a_narrow_table_hides_its_optional_columns_and_shows_them_again(window, qtbot):
    from msf_desk.ui.models.meetings import MeetingsModel

    window.resize(1200, 820)
    page = window.show_page("meetings")
    table = page.table
    qtbot.waitUntil(lambda: table.isColumnHidden(MeetingsModel.NOTICE))
    assert table.horizontalHeader().sectionSize(MeetingsModel.TITLE) >= READABLE
    window.resize(2000, 820)                                  # room again: they come back
    qtbot.waitUntil(lambda: not table.isColumnHidden(MeetingsModel.NOTICE))
    qtbot.waitUntil(lambda: not table.isColumnHidden(MeetingsModel.AGENDA))
    assert table.horizontalHeader().sectionSize(MeetingsModel.TITLE) >= READABLE
    assert table.isColumnHidden(MeetingsModel.KIND)          # hidden by the page itself, stays so


def test_in_arabic_the_pages_open_with_their_first_record_chosen(language, qtbot, qsettings, demo_path):
    """Qt's selectRow selects nothing in a right-to-left window; the pages choose a row
    their own way, so an Arabic window shows a meeting's agenda and a member's declarations."""
    language("ar")
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path)
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.agenda_table.model().rowCount() > 0)
    assert meetings.table.selectionModel().selectedRows()
    ethics = window.show_page("ethics")
    qtbot.waitUntil(lambda: ethics.selected_member_id() is not None)
    assert len(ethics.people_table.selectionModel().selectedRows()) == 1
    window.session.close()
