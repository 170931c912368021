"""The Members, Contributions and Ethics tables show dates the way the window's other tables
do (the language's short date: '6 juil. 2026'), and still sort by the date itself."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt

from msf_desk.ui import i18n
from msf_desk.ui.models.members import SORT_ROLE, MembersModel
from msf_desk.ui.models.responses import ContributionsModel
from msf_desk.ui.pages.ethics import EthicsPage
from msf_desk.ui.pages.members import MembersPage
from msf_desk.ui.pages.responses import ResponsesPage
from tests.conftest import DEMO_TODAY

ISO = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture
def french(qapp):
    i18n.install("fr", qapp)
    yield
    i18n.install("en", qapp)


def page_of(shown, kind, session):
    page = shown(kind(session), 1300, 850)
    page.today = DEMO_TODAY
    page.reload()
    return page


def column(view, col: int, role=Qt.DisplayRole) -> list:
    model = view.model()
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_members_terms_in_french_sorted_by_the_date(qtbot, shown, session, french):
    page = page_of(shown, MembersPage, session)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(MembersModel.TERM_END) + header.sectionSize(MembersModel.TERM_END) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    ends = column(page.table, MembersModel.TERM_END)
    assert ends[0] == "6 juil. 2026"
    assert not any(ISO.fullmatch(e or "") for e in ends)
    keys = column(page.table, MembersModel.TERM_END, SORT_ROLE)
    assert keys == sorted(keys)


def test_contributions_received_and_due_in_french(qtbot, shown, session, french):
    page = page_of(shown, ResponsesPage, session)
    received = [d for d in column(page.table, ContributionsModel.RECEIVED) if d]
    due = [d for d in column(page.table, ContributionsModel.DUE) if d]
    assert received and due
    assert not any(ISO.fullmatch(d) for d in received + due)
    assert all(re.fullmatch(r"(\d{1,2}|1er) \S+ 20\d\d", d) for d in received), received[:3]


def test_ethics_tables_dates_in_french_sorted_by_the_date(qtbot, shown, session, french):
    page = page_of(shown, EthicsPage, session)
    model = page.declarations_model
    days = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert days and not any(ISO.fullmatch(d) for d in days)
    assert all(re.fullmatch(r"(\d{1,2}|1er) \S+ 20\d\d", d) for d in days), days[:3]
    keys = [model.index(r, 0).data(SORT_ROLE) for r in range(model.rowCount())]
    assert all(ISO.fullmatch(k) for k in keys)


def test_the_answer_dialog_says_its_dates_the_window_s_way(qtbot, shown, session, french):
    from PySide6.QtWidgets import QLabel

    page = page_of(shown, ResponsesPage, session)
    dialog = page.answer_dialog(page.model.contribution_id(0))
    qtbot.addWidget(dialog)
    head = next(label.text() for label in dialog.findChildren(QLabel) if "reçue le" in label.text())
    assert not ISO.search(head), head
    assert re.search(r"reçue le (\d{1,2}|1er) \S+ 20\d\d", head) and re.search(r"Échéance (\d{1,2}|1er) \S+ 20\d\d", head)
