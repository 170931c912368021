"""Today on a new forum: the first steps, each ticking itself as the records change, each
button opening the page where the step is done."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import forum, members
from msf_desk.model.members import Member
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.pages.members import MembersPage
from msf_desk.ui.pages.today import TodayPage

ON = dt.date(2026, 12, 1)


@pytest.fixture
def window(qtbot, qsettings, tmp_path):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    assert w.open_path(tmp_path / "new.msf", create=True)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.session is not None:
        w.session.close()


def test_a_new_forum_opens_on_its_first_steps(window, qtbot):
    page = window.pages["today"]
    assert isinstance(page, TodayPage) and window.stack.currentWidget() is page
    page.on = ON
    page.refresh()
    assert not page.checklist_box.isHidden()
    assert page.checklist_box.title().endswith("0 of 7 done")
    assert page.step_marks["profile"].text() == "➜" and page.step_marks["members"].text() == "○"

    qtbot.mouseClick(page.step_buttons["members"], Qt.LeftButton)
    assert isinstance(window.stack.currentWidget(), MembersPage)

    db = window.session.db
    profile = forum.load(db)
    forum.save(db, dataclasses.replace(profile, name="Foro de Gobierno Abierto", remit="Co-create the plan.",
                                       contact_email="sec@example.org"))
    ana = members.add_member(db, Member(name="Ana Gov", sector="national_government", term_start=ON))
    window.session.notify("members")
    assert page.step_marks["profile"].text() == "✔" and page.step_marks["members"].text() == "✔"
    assert page.step_marks["co_chairs"].text() == "➜" and "2 of 7" in page.checklist_box.title()
    assert page.step_texts["members"].text() == "1 member serving."
    members.update_member(db, dataclasses.replace(ana, role="co_chair"))
    window.session.notify("members")
    assert page.step_marks["co_chairs"].text() == "➜"  # a government co-chair alone is not the step

    qtbot.mouseClick(page.step_buttons["year"], Qt.LeftButton)
    assert window.stack.currentWidget() is window.pages["meetings"]
    qtbot.mouseClick(page.step_buttons["repository"], Qt.LeftButton)
    assert window.stack.currentWidget() is window.pages["repository"]


def test_the_demo_forum_shows_no_checklist_once_every_step_is_done(qtbot, session):
    from msf_desk.core.export_record import ExportRecord
    from msf_desk.core.repository import record_export
    from tests.conftest import DEMO_TODAY

    page = TodayPage(session, on=DEMO_TODAY)
    qtbot.addWidget(page)
    assert [s.key for s in page.steps if not s.done] == ["repository"]  # the demo was never exported
    assert not page.checklist_box.isHidden() and page.step_marks["repository"].text() == "➜"
    record_export(session.db, ExportRecord(on=DEMO_TODAY, at="2026-06-15T10:00:00Z", folder="site", files=1,
                                           size=1, package_hash="x"))
    session.notify("repository")
    assert all(s.done for s in page.steps) and page.checklist_box.isHidden()
