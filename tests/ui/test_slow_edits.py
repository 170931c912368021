"""Long edits never lock the window: restoring a large consultation from File ▸ Trash, deleting
many contributions selected one by one, and undoing or redoing either, run in a worker with
progress and Cancel in the status area, in one transaction recorded in the history; the undo
stack moves once each is written; other edits are refused in words meanwhile.

On the small demo the thresholds are lowered through the session's own parameters
(`slow_from`, `slow_entries_from`), so the same code paths run as on a forum of 100,000
contributions."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from msf_desk.core import audit, trash
from msf_desk.core import members as core_members
from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.model.responses import ContributionFilter
from msf_desk.store import responses as store
from msf_desk.ui.commands.members import EditMember
from msf_desk.ui.commands.responses import SaveConsultation
from msf_desk.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


@pytest.fixture
def window(qtbot, qsettings, demo_path):
    def stop_jobs(w):
        for job in list(w.session.jobs if w.session else []):
            job.cancel()
            qtbot.waitUntil(lambda job=job: not job.running, timeout=30000)

    w = MainWindow(qsettings)
    qtbot.addWidget(w, before_close_func=stop_jobs)
    assert w.open_path(demo_path)
    w.keeper.backups = False
    w.show()
    yield w
    stop_jobs(w)
    if w.session is not None:
        w.session.close()


def _largest_consultation(db):
    counts = core.consultation_counts(db, DEMO_TODAY)
    cons = max(consultations_due.list_consultations(db), key=lambda c: counts.get(c.id, {}).get("contributions", 0))
    return cons, sorted(c.id for c in store.contributions_of(db, cons.id))


def _edit_refused(session) -> str:
    member = core_members.list_members(session.db)[0]
    edit = EditMember(session, member, dataclasses.replace(member, organisation="While it runs"))
    session.push(edit)
    assert core_members.get_member(session.db, member.id).organisation == member.organisation
    return str(edit.error)


def _wait_for_edit(qtbot, session):
    job = session.running("edit")
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    return job


def _answer_yes():
    """Press Yes in the question the page asks (a modal message box), as the user would."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.Yes).click()
    else:
        QTimer.singleShot(10, _answer_yes)


def test_a_large_consultation_is_restored_from_the_trash_in_a_worker(window, qtbot):
    session = window.session
    session.slow_from = 1            # every consultation counts as large here
    db = session.db
    cons, ids = _largest_consultation(db)
    window.show_page("responses").trash_consultation(cons.id)
    _wait_for_edit(qtbot, session)
    assert session.undo_stack.count() == 1
    assert cons.id not in [c.id for c in consultations_due.list_consultations(db)]

    window.read_off_thread = True                               # as `msf-desk` opens the trash
    dialog = window.trash_dialog()
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.filling)
    assert dialog.model.rows[0].kind == "consultation"
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    job = session.running("edit")
    assert job is not None and not dialog.isVisible()          # the window is free again
    assert window.jobs_bar.isVisible() and window.jobs_bar.job is job
    assert window.jobs_bar.cancel_button.isEnabled()
    assert "still running" in _edit_refused(session)
    assert session.undo(window) is not None                    # no undo while it writes
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert sorted(c.id for c in store.contributions_of(db, cons.id)) == ids
    assert trash.items(db) == []
    assert session.undo_stack.count() == 2 and session.undo_stack.index() == 2
    assert "restore consultation" in session.undo_stack.undoText()
    restored = f"restore consultation “{cons.name}"
    assert any(c.summary.startswith(restored) for c in audit.history(db))
    # The consultation is searched again.
    word = max(core.get_contribution(db, ids[0]).text.split(), key=len).strip(".,;:()\"'")
    assert ids[0] in core.search_ids(db, ContributionFilter(text=word))

    window.undo_action.trigger()                                # back to the trash, in a worker
    _wait_for_edit(qtbot, session)
    assert session.undo_stack.index() == 1
    assert [i.kind for i in trash.items(db)] == ["consultation"]
    assert store.contributions_of(db, cons.id) == []
    assert any(c.summary.startswith(f"Undid: {restored}") for c in audit.history(db))

    window.redo_action.trigger()
    _wait_for_edit(qtbot, session)
    assert session.undo_stack.index() == 2
    assert sorted(c.id for c in store.contributions_of(db, cons.id)) == ids
    assert any(c.summary.startswith(f"Redid: {restored}") for c in audit.history(db))


def test_a_small_restore_stays_on_the_window_thread(window, qtbot):
    """Under the threshold nothing changes: restored at once, the dialog stays open."""
    session = window.session
    db = session.db
    cons, ids = _largest_consultation(db)
    assert len(ids) < session.slow_from
    window.show_page("responses").trash_consultation(cons.id)
    assert session.running("edit") is None and cons.id not in [c.id for c in consultations_due.list_consultations(db)]
    dialog = window.trash_dialog()
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert session.running("edit") is None and dialog.isVisible()
    assert sorted(c.id for c in store.contributions_of(db, cons.id)) == ids


def test_many_contributions_selected_one_by_one_are_deleted_in_a_worker(window, qtbot):
    session = window.session
    session.slow_entries_from = 3
    db = session.db
    page = window.show_page("responses")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 6)
    table = page.table
    table.clearSelection()
    for row in (0, 2, 4):          # Ctrl+click on three rows, one by one
        rect = table.visualRect(page.model.index(row, 1))
        qtbot.mouseClick(table.viewport(), Qt.LeftButton, Qt.ControlModifier, rect.center())
    ids = page.selected_ids()
    assert len(ids) == 3
    before = db.execute("SELECT count(*) FROM contributions").fetchone()[0]
    QTimer.singleShot(0, _answer_yes)
    qtbot.mouseClick(page.delete_contribution_button, Qt.LeftButton)
    job = session.running("edit")
    assert job is not None and session.undo_stack.count() == 0
    assert "still running" in _edit_refused(session)
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert session.undo_stack.count() == 1 and "delete 3 contribution" in session.undo_stack.undoText()
    assert sorted(i.record_id for i in trash.items(db)) == sorted(ids)
    assert any(c.summary == "delete 3 contributions" for c in audit.history(db))
    assert all(store.get_contribution(db, cid) is None for cid in ids)
    assert db.execute("SELECT count(*) FROM contributions").fetchone()[0] == before - 3

    window.undo_action.trigger()
    _wait_for_edit(qtbot, session)
    assert session.undo_stack.index() == 0 and trash.items(db) == []
    assert all(store.get_contribution(db, cid) is not None for cid in ids)
    assert any(c.summary == "Undid: delete 3 contributions" for c in audit.history(db))


def test_a_few_contributions_are_still_deleted_at_once(window, qtbot):
    session = window.session
    page = window.show_page("responses")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    ids = [page.model.contribution_id(r) for r in range(2)]
    page.trash_contributions(ids)
    assert session.running("edit") is None and session.undo_stack.count() == 1
    assert sorted(i.record_id for i in trash.items(session.db)) == sorted(ids)


def test_a_cancelled_restore_writes_nothing(demo_db):
    """Cancel reaches the restore's row loop: the transaction is rolled back and the entry stays."""
    from msf_desk.exports.atomic import Cancelled

    db = demo_db
    cons, ids = _largest_consultation(db)
    entry = core.trash_consultation(db, cons.id)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        trash.restore(db, entry, progress=progress)
    assert store.contributions_of(db, cons.id) == []
    assert [i.id for i in trash.items(db)] == [entry]
    trash.restore(db, entry, progress=lambda done, total: calls.append((done, total)))
    assert sorted(c.id for c in store.contributions_of(db, cons.id)) == ids
    assert calls[-1][1] >= len(ids)


def test_a_cancelled_deletion_of_contributions_writes_nothing(demo_db):
    from msf_desk.exports.atomic import Cancelled

    db = demo_db
    ids = [r[0] for r in db.execute("SELECT id FROM contributions ORDER BY id LIMIT 120")]

    def progress(done, total):
        if done >= 100:
            raise Cancelled()

    with pytest.raises(Cancelled):
        core.trash_contributions(db, ids, progress=progress)
    assert trash.items(db) == []
    assert all(store.get_contribution(db, cid) is not None for cid in ids)


def _platform_export(path, rows: int) -> None:
    """A paragraph-by-paragraph platform export (recognised without a column mapping)."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Author", "Paragraph reference", "Comment", "Agree", "Disagree", "Theme"])
        for n in range(rows):
            w.writerow([f"2026-05-{1 + n % 28:02d} 10:00", f"Participant {n}", f"P{n % 60}",
                        f"Comment number {n} on open budgets", n % 40, n % 9, "Budget"])


def test_a_large_import_runs_in_a_worker_with_progress_and_cancel_writes_nothing(window, qtbot, tmp_path):
    """The import is read and checked, then written, in a worker: the status area shows its
    progress; other edits of the responses are refused meanwhile; Cancel, pressed once the
    writing reports progress, leaves the forum as it was. Imported again to the end, its undo (a
    large import: `slow_from` lowered) runs in a worker too."""
    from tests.ui.test_responses_page import click_import, when_modal
    from msf_desk.ui.dialogs.imports import ImportPreviewDialog

    session = window.session
    db = session.db
    page = window.show_page("responses")
    page.today = DEMO_TODAY
    cons = next(c for c in consultations_due.list_consultations(db) if c.stage == "draft_plan")
    before = len(store.contributions_of(db, cons.id))
    path = tmp_path / "platform.csv"
    _platform_export(path, 30_000)

    def writing():
        job = session.running("import")
        return job if job is not None and job.running else None

    when_modal(qtbot, ImportPreviewDialog, lambda dialog: click_import(qtbot, dialog))
    page.start_import(str(path), cons.id)
    qtbot.waitUntil(lambda: writing() is not None, timeout=120000)
    job = writing()
    assert window.jobs_bar.job is job and window.jobs_bar.isVisible()
    # An edit of the contributions waits for the import (refused in words); others go on.
    rename = SaveConsultation(session, dataclasses.replace(cons, name="Renamed while importing"))
    session.push(rename)
    assert "still running" in str(rename.error) and core.get_consultation(db, cons.id).name == cons.name
    with qtbot.waitSignal(page.job_done, timeout=120000) as done:
        qtbot.mouseClick(window.jobs_bar.cancel_button, Qt.LeftButton)
    assert done.args[0] is None and "cancelled" in page.notice.text()
    assert len(store.contributions_of(db, cons.id)) == before and session.undo_stack.count() == 0

    session.slow_from = 10_000
    reports = []
    when_modal(qtbot, ImportPreviewDialog, lambda dialog: click_import(qtbot, dialog))
    page.start_import(str(path), cons.id)
    qtbot.waitUntil(lambda: writing() is not None, timeout=120000)
    writing().progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(page.job_done, timeout=120000) as done:
        pass
    assert done.args[0].added == 30_000
    assert reports and reports[-1][1] == 30_000 and window.jobs_bar.isHidden()
    assert len(store.contributions_of(db, cons.id)) == before + 30_000
    assert session.undo_stack.count() == 1 and session.undo_stack.command(0).slow
    window.undo_action.trigger()
    _wait_for_edit(qtbot, session)
    assert len(store.contributions_of(db, cons.id)) == before and session.undo_stack.index() == 0
