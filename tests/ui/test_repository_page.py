"""The Repository page: the traffic-light dashboard, its charts, exports in a worker."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor


from msf_desk.core.export_record import last_export
from msf_desk.store.db import open_forum
from msf_desk.ui.models.repository import KEY_ROLE, IndicatorsModel
from msf_desk.ui.pages.repository import RepositoryPage
from msf_desk.ui.session import ForumSession
from tests.conftest import DEMO_TODAY


@pytest.fixture
def session(demo_path):
    s = ForumSession(open_forum(demo_path), demo_path)
    yield s
    s.close()


@pytest.fixture
def page(qtbot, session):
    p = RepositoryPage(session)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    p.set_today(DEMO_TODAY)
    return p


def statuses(page) -> list[str]:
    model = page.table.model()
    return [model.index(r, IndicatorsModel.STATUS).data() for r in range(model.rowCount())]


def show_2017(page, qtbot) -> None:
    qtbot.mouseClick(page.framework_boxes["2017"], Qt.LeftButton)
    assert page.framework_shown.currentData() == "2017"


def test_traffic_lights_worst_first_with_evidence_and_next_step(page, qtbot):
    show_2017(page, qtbot)
    assert page.table.model().rowCount() == 14
    shown = statuses(page)
    order = {"Not met": 0, "Not evidenced": 1, "In progress": 2, "Met": 3}
    assert [order[s] for s in shown] == sorted(order[s] for s in shown)
    assert "Not met: <b>3</b>" in page.summary.text() and "15 June 2026" in page.summary.text()
    assert "has not been exported yet" in page.last_export.text()
    # The worst indicator is selected; clicking another shows its evidence and next step.
    assert "Not met" in page.details.text()
    model = page.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(KEY_ROLE) == "transparent_selection")
    rect = page.table.visualRect(model.index(row, IndicatorsModel.TITLE))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    text = page.details.text()
    assert "Transparent selection" in text and "electoral colleges" in text
    assert "What to do next:" in text
    # Keyboard: the next row down.
    qtbot.keyClick(page.table, Qt.Key_Down)
    assert model.index(row + 1, 0).data(KEY_ROLE) in {i.key for i in page.report.indicators}
    assert page.details.text() != text


def test_charts_draw_the_series_and_describe_it_in_words(page):
    for chart in (page.meetings_chart, page.parity_chart, page.responses_chart):
        assert chart.series is page.report.series
        assert chart.accessibleDescription() and chart.toolTip() == chart.accessibleDescription()
        image = chart.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 4, chart.title  # something was painted besides the background
    assert "Q1 2026: 1" in page.meetings_chart.accessibleDescription()
    image = page.meetings_chart.grab().toImage()
    held = QColor("#3d5a80").name()
    assert any(image.pixelColor(x, y).name() == held for x in range(image.width()) for y in range(0, image.height(), 3))


def test_export_button_runs_in_a_worker_and_reports_the_changes(page, qtbot, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    dialog = page.export_dialog            # the one export dialog, not modal
    assert dialog.isVisible() and not dialog.isModal()
    dialog.folder.setText(str(folder))
    assert dialog.option_boxes["zip"].isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    job = page.job
    assert job is not None and job.running  # the window is not blocked while it works
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    dialog = page.report_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "added" in dialog.summary.text()
    assert "Added: index.html" in dialog.details.toPlainText()
    assert (folder / "index.html").is_file() and (tmp_path / "site.zip").is_file()
    # The dashboard now counts the export.
    assert "Last exported on 15 June 2026" in page.last_export.text()
    assert page.report.counts["not_met"] == 3
    assert {i.key: i.status for i in page.report.indicators}["repository_recent"] == "met"
    dialog.close()

    # Again, with nothing changed: the dialog says so.
    job = page.start_repository_export(folder, make_zip=False)
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    qtbot.waitUntil(page.report_dialog.isVisible)
    assert "Nothing changed" in page.report_dialog.summary.text()
    assert "nothing new to upload" in page.report_dialog.details.toPlainText()
    page.report_dialog.close()


def test_cancel_leaves_the_previous_package_as_it_was(page, qtbot, tmp_path):
    from msf_desk.core import forum

    folder = tmp_path / "site"
    job = page.start_repository_export(folder)
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    page.report_dialog.close()
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}
    forum.save(page.db, forum.replace(forum.load(page.db), remit="A remit that should not reach the website."))
    dialog = page.export_repository()
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    job = page.job
    qtbot.waitUntil(dialog.cancel_button.isVisible, timeout=10000)
    with qtbot.waitSignal(job.cancelled, timeout=240000):
        qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)  # the user presses Cancel
    assert "previous package is unchanged" in page.message.text()
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]
    assert last_export(page.db).files == len(before)


def test_compliance_report_export(page, qtbot, tmp_path):
    job = page.start_compliance_export(tmp_path)
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    assert sorted(p.name for p in page.written) == ["compliance-report-2026-06-15.docx",
                                                     "compliance-report-2026-06-15.pdf"]
    assert all(Path(p).is_file() for p in page.written)
    assert "Wrote compliance-report-2026-06-15" in page.message.text()


def test_changes_elsewhere_refresh_the_dashboard(page, qtbot):
    from msf_desk.core import forum

    assert {i.key: i.status for i in page.report.indicators}["governance_published"] == "in_progress"
    forum.save(page.db, forum.replace(forum.load(page.db), conflicts_policy=""))
    page.session.notify("forum")
    assert {i.key: i.status for i in page.report.indicators}["governance_published"] == "not_met"


def test_framework_choice_is_stored_shown_and_undoable(page, qtbot, session):
    from msf_desk.core import standards
    # A national forum with no choice: the 2021 national requirements, the IRM headline.
    assert page.framework_boxes["2021"].isChecked() and not page.framework_boxes["local"].isChecked()
    assert page.table.model().rowCount() == 8
    assert page.contrary.isVisible() and "Acted contrary to process" in page.contrary.text()
    assert "4.1 Reasoned response" in page.contrary.text()
    assert statuses(page)[0] == "Not met"
    # Choose OGP Local as well: stored with the forum, shown, with no IRM headline.
    qtbot.mouseClick(page.framework_boxes["local"], Qt.LeftButton)
    assert standards.chosen(page.db) == ["2021", "local"]
    assert page.framework_shown.currentData() == "local" and page.table.model().rowCount() == 4
    assert not page.contrary.isVisible()
    # Back to 2021 with the keyboard in the list.
    page.framework_shown.setFocus()
    qtbot.keyClick(page.framework_shown, Qt.Key_Up)
    assert page.framework_shown.currentData() == "2021" and page.table.model().rowCount() == 8
    # The last framework cannot be left unchosen.
    qtbot.mouseClick(page.framework_boxes["local"], Qt.LeftButton)
    qtbot.mouseClick(page.framework_boxes["2021"], Qt.LeftButton)
    assert page.framework_boxes["2021"].isChecked() and standards.chosen(page.db) == ["2021"]
    assert "at least one framework" in page.message.text()
    # Undo brings OGP Local back.
    session.undo_stack.undo()
    assert standards.chosen(page.db) == ["2021", "local"]


def test_on_a_forum_with_many_contributions_the_standards_are_checked_in_a_worker(qtbot, session, monkeypatch):
    """Above CHECK_IN_BACKGROUND_FROM contributions (100,000 took seconds) the page says it is
    checking and the window stays usable; the result is the same as checking on the spot."""
    from msf_desk.core import standards
    from msf_desk.ui.pages import repository as repository_page

    monkeypatch.setattr(repository_page, "CHECK_IN_BACKGROUND_FROM", 1)   # the demo's 310 are "many"
    p = RepositoryPage(session)
    qtbot.addWidget(p)
    p.today = DEMO_TODAY
    p.show()
    qtbot.waitExposed(p)
    assert p.check_job is not None and p.check_job.kind == "check"
    assert p.assessment is None and "Checking the records" in p.summary.text()
    qtbot.waitUntil(lambda: p.check_job is None, timeout=60000)
    expected = standards.assess(session.db, DEMO_TODAY)
    assert p.assessment is not None
    assert [(r.key, [i.status for i in r.requirements]) for r in p.assessment.results] == \
        [(r.key, [i.status for i in r.requirements]) for r in expected.results]
    assert p.table.model().rowCount() == len(p.shown_result().requirements) > 0
    assert "Checking" not in p.summary.text()
    # An edit while a check runs is checked again once it ends: the page never shows a stale check.
    p.reload()
    first = p.check_job
    p.reload()
    assert p.check_job is first and p._check_again
    qtbot.waitUntil(lambda: p.check_job is None, timeout=60000)
    assert not p._check_again
    assert session.jobs == []


def test_the_answer_times_chart_has_room_for_the_counts_of_a_large_forum(page, qtbot):
    """100,000 contributions: the y axis reads round numbers and its widest label fits left of the plot."""
    import dataclasses

    from PySide6.QtGui import QFontMetrics

    chart = page.responses_chart
    series = page.report.series
    big = [dataclasses.replace(b, count=81680 if n == 3 else b.count) for n, b in enumerate(series.responses)]
    chart.set_series(dataclasses.replace(series, responses=big))
    assert chart.y_top() == 100000
    fm = QFontMetrics(chart.font())
    assert chart.plot_box().left() >= fm.horizontalAdvance("100000")
    chart.grab()    # paints without error
