"""Long work never locks the window: an export runs in the background, shown in the status area,
while the user edits something else; Cancel stops it and leaves no file; a second export, and
edits of what an import is writing, are refused in words."""
from __future__ import annotations

import dataclasses
import threading

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import members as core_members
from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.store import responses as store
from msf_desk.ui.commands.base import run
from msf_desk.ui.commands.members import EditMember
from msf_desk.ui import errors as ui_errors
from msf_desk.ui.commands.responses import SaveConsultation
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui import workers
from msf_desk.ui.workers import ExportJob
from tests.conftest import DEMO_TODAY

ROWS = 20_000   # enough for the report to take a while on any machine, small enough to build quickly


@pytest.fixture
def window(qtbot, qsettings, demo_path):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    w.show()
    yield w
    for job in list(w.session.jobs if w.session else []):
        job.cancel()
        qtbot.waitUntil(lambda job=job: not job.running, timeout=30000)
    if w.session is not None:
        w.session.close()


def big_consultation(window) -> int:
    db = window.session.db
    cons = next(c for c in consultations_due.list_consultations(db) if c.stage == "draft_plan")
    due = consultations_due.due_date(DEMO_TODAY, 20).isoformat()
    store.insert_contribution_rows(db, (
        {"consultation_id": cons.id, "received_on": DEMO_TODAY.isoformat(), "channel": "email",
         "contributor_name": f"Person {n}", "organisation": "", "contributor_type": "individual",
         "publish_name": 0, "text": f"Comment number {n} on the plan", "theme": f"Theme {n % 7}",
         "section": "", "due_on": due}
        for n in range(ROWS)))
    return cons.id


def responses_page(window, qtbot, cons_id):
    window.show_page("responses")
    page = window.page("responses")
    page.today = DEMO_TODAY
    page.reload()
    page.consultation_combo.setCurrentIndex(page.consultation_combo.findData(cons_id))
    return page


def test_export_runs_while_the_window_is_used_and_cancel_leaves_no_file(window, qtbot, tmp_path, capsys,
                                                                       monkeypatch, request):
    cons_id = big_consultation(window)
    # The export is held after its first progress report until Cancel is pressed, as a long
    # export is while the user works: on a fast machine 20,000 rows could otherwise be written
    # before the test reaches Cancel. Only our worker's report is wrapped; the exporters run.
    held = threading.Event()
    request.addfinalizer(held.set)
    report = workers.Progress.__call__

    def report_then_wait(self, done: int, total: int) -> None:
        report(self, done, total)
        held.wait(60)

    monkeypatch.setattr(workers.Progress, "__call__", report_then_wait)
    page = responses_page(window, qtbot, cons_id)
    out = tmp_path / "out"
    page.last_export_dir = str(out)
    dialog = page.export_report()
    assert dialog.isVisible() and dialog.windowModality() == Qt.NonModal
    dialog.format_boxes["pdf"].setChecked(True)
    dialog.format_boxes["docx"].setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    job = page.job
    assert job is not None and job.kind == "export"
    bar = window.jobs_bar
    # The status area shows it, with Cancel; the report of 20,000 contributions takes seconds.
    assert bar.isVisible() and bar.text.text() == "Writing the reasoned response…" and job.running

    # Meanwhile the user edits something else: the window takes it at once.
    dialog.close()                                   # the export goes on without its dialog
    member = core_members.list_members(window.session.db)[0]
    edited = dataclasses.replace(member, organisation="Edited during the export")
    window.show_page("members")
    assert run(window.session, EditMember(window.session, member, edited)) is None
    assert core_members.get_member(window.session.db, member.id).organisation == "Edited during the export"
    assert job.running

    # A second export is refused in words while this one runs.
    ui_errors.report_to_stderr(True)        # the refusal's words, without a message box to click away
    try:
        assert page.run_export(cons_id, "public", ["csv"], str(tmp_path / "other")) is None
    finally:
        ui_errors.report_to_stderr(False)
    said = capsys.readouterr().err
    assert "Export the reasoned response is still running" in said and "cancel it in the status bar" in said

    # Cancel in the status bar: it stops, nothing is written, the window is as it was.
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        qtbot.mouseClick(bar.cancel_button, Qt.LeftButton)
        held.set()
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert not out.exists() or list(out.iterdir()) == []
    assert window.session.jobs == []
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert core_members.get_member(window.session.db, member.id).organisation == "Edited during the export"
    assert window.session.undo_stack.canUndo()          # the edit made meanwhile is undoable as ever


def test_the_export_dialog_shows_progress_then_what_was_written(window, qtbot, tmp_path):
    window.show_page("repository")
    page = window.page("repository")
    page.today = DEMO_TODAY
    dialog = page.export_compliance_report()
    dialog.folder.setText(str(tmp_path / "report"))
    dialog.format_boxes["docx"].setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.running_box.isVisible() and not dialog.choices.isEnabled()
    documents = []
    page.job.document.connect(lambda name, n, count: documents.append(name))
    with qtbot.waitSignal(page.job.finished, timeout=60000):
        pass
    assert [name for name in documents if name.endswith(".pdf")]   # the document being written, by name
    assert not dialog.running_box.isVisible() and dialog.choices.isEnabled()
    assert "Wrote 1 file" in dialog.summary.text()
    assert [p.suffix for p in (tmp_path / "report").iterdir()] == [".pdf"]
    assert dialog.open_button.isVisible()


def test_the_dialog_refuses_choices_in_words(window, qtbot, tmp_path):
    window.show_page("ethics")
    page = window.page("ethics")
    dialog = page.export_register()
    for box in dialog.format_boxes.values():
        box.setChecked(False)
    (tmp_path / "a file").write_text("x")
    dialog.folder.setText(str(tmp_path / "a file"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert page.job is None
    assert dialog.fields.errors["formats"].text() == "Tick at least one format."
    assert "is a file, not a folder" in dialog.fields.errors["folder"].text()


def test_an_import_running_refuses_edits_of_the_responses_in_words(window, qtbot):
    """What an import writes cannot be edited meanwhile: the edit is refused, not lost or mixed."""
    session = window.session
    gate = threading.Event()
    page = window.page("responses")
    job = ExportJob(page, "Importing…", lambda progress: gate.wait(30), title="Import contributions",
                    session=session, holds=("responses",), kind="import")
    job.start()
    cons = consultations_due.list_consultations(session.db)[0]
    command = SaveConsultation(session, dataclasses.replace(cons, name="Renamed during the import"))
    session.push(command)
    assert command.error is not None
    assert "Import contributions is still running" in str(command.error) and "Nothing was changed" in str(command.error)
    assert core.get_consultation(session.db, cons.id).name == cons.name
    # Edits elsewhere go on.
    member = core_members.list_members(session.db)[0]
    edit = EditMember(session, member, dataclasses.replace(member, organisation="Elsewhere"))
    session.push(edit)
    assert edit.error is None
    with qtbot.waitSignal(job.finished, timeout=30000):
        gate.set()
    command = SaveConsultation(session, dataclasses.replace(cons, name="Renamed after the import"))
    session.push(command)
    assert command.error is None
    assert core.get_consultation(session.db, cons.id).name == "Renamed after the import"


def test_the_refusal_while_an_import_runs_is_in_the_window_language(window, qtbot, qapp):
    """A French secretariat is told in French why its edit waits (it was English only)."""
    from msf_desk.ui import i18n

    session = window.session
    gate = threading.Event()
    job = ExportJob(window.page("responses"), "Importing…", lambda progress: gate.wait(30),
                    title="Importer des contributions", session=session, holds=("responses",), kind="import")
    job.start()
    i18n.install("fr", qapp)
    try:
        cons = consultations_due.list_consultations(session.db)[0]
        command = SaveConsultation(session, dataclasses.replace(cons, name="Renommée pendant l'import"))
        session.push(command)
        assert str(command.error).startswith("Importer des contributions est toujours en cours et écrit ces")
        assert "Rien n’a été modifié." in str(command.error)
        assert core.get_consultation(session.db, cons.id).name == cons.name
    finally:
        i18n.install("en", qapp)
        with qtbot.waitSignal(job.finished, timeout=30000):
            gate.set()


def test_undo_and_redo_of_what_an_import_writes_are_refused_in_words(window, qtbot, capsys):
    """Edit → Undo (and Redo) of an edit an import would write under is refused while it runs:
    nothing is undone, the window says why; once the import ends, the same undo works."""
    session = window.session
    cons = consultations_due.list_consultations(session.db)[0]
    assert run(session, SaveConsultation(session, dataclasses.replace(cons, name="Renamed before"))) is None
    gate = threading.Event()
    page = window.page("responses")
    job = ExportJob(page, "Importing…", lambda progress: gate.wait(30), title="Import contributions",
                    session=session, holds=("responses",), kind="import")
    job.start()
    assert window.undo_action.isEnabled()
    ui_errors.report_to_stderr(True)
    try:
        window.undo_action.trigger()
    finally:
        ui_errors.report_to_stderr(False)
    said = capsys.readouterr().err
    assert "cannot be undone now" in said and "Import contributions is still running" in said
    assert "Nothing was changed" in said
    assert "Import contributions" in window.statusBar().currentMessage()
    assert core.get_consultation(session.db, cons.id).name == "Renamed before"
    assert session.undo_stack.index() == session.undo_stack.count()
    # An edit elsewhere is undone all the same.
    member = core_members.list_members(session.db)[0]
    assert run(session, EditMember(session, member, dataclasses.replace(member, organisation="Elsewhere"))) is None
    window.undo_action.trigger()
    assert core_members.list_members(session.db)[0].organisation == member.organisation
    with qtbot.waitSignal(job.finished, timeout=30000):
        gate.set()
    window.undo_action.trigger()
    assert core.get_consultation(session.db, cons.id).name == cons.name
    # Redo is refused the same way while another import runs.
    gate2 = threading.Event()
    job2 = ExportJob(page, "Importing…", lambda progress: gate2.wait(30), title="Import contributions",
                     session=session, holds=("responses",), kind="import")
    job2.start()
    ui_errors.report_to_stderr(True)
    try:
        window.redo_action.trigger()
    finally:
        ui_errors.report_to_stderr(False)
    assert "cannot be redone now" in capsys.readouterr().err
    assert core.get_consultation(session.db, cons.id).name == cons.name
    with qtbot.waitSignal(job2.finished, timeout=30000):
        gate2.set()
    window.redo_action.trigger()
    assert core.get_consultation(session.db, cons.id).name == "Renamed before"


def test_a_large_consultation_goes_to_the_trash_and_back_in_a_worker_with_undo_and_history(window, qtbot):
    """From the session's `slow_from` contributions (lowered: the demo's consultation counts as one here) the move
    to the trash, its undo and its redo run in a worker: other edits are refused in words
    meanwhile, the undo stack moves once each is written, the history says each step."""
    from msf_desk.core import audit, trash
    session = window.session
    session.slow_from = 1
    page = window.page("responses")
    counts = core.consultation_counts(session.db, DEMO_TODAY)
    cons = max(consultations_due.list_consultations(session.db), key=lambda c: counts.get(c.id, {}).get("contributions", 0))
    before = counts[cons.id]["contributions"]
    ids = sorted(store.contributions_of(session.db, cons.id), key=lambda c: c.id)
    assert before > 0

    page.trash_consultation(cons.id)
    job = session.running("edit")
    assert job is not None and session.undo_stack.count() == 0      # written in the worker first
    member = core_members.list_members(session.db)[0]
    edit = EditMember(session, member, dataclasses.replace(member, organisation="During the move"))
    session.push(edit)
    assert edit.error is not None and "still running" in str(edit.error)
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert cons.id not in [c.id for c in consultations_due.list_consultations(session.db)]
    assert [i.kind for i in trash.items(session.db)] == ["consultation"]
    assert session.undo_stack.count() == 1 and "delete consultation" in session.undo_stack.undoText()
    assert any(change.summary == f"delete consultation {cons.name}" for change in audit.history(session.db))

    window.undo_action.trigger()
    job = session.running("edit")
    assert job is not None and session.undo_stack.index() == 1
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert session.undo_stack.index() == 0
    assert sorted(c.id for c in store.contributions_of(session.db, cons.id)) == [c.id for c in ids]
    assert trash.items(session.db) == []
    assert any(change.summary == f"Undid: delete consultation {cons.name}" for change in audit.history(session.db))

    window.redo_action.trigger()
    job = session.running("edit")
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert session.undo_stack.index() == 1
    assert cons.id not in [c.id for c in consultations_due.list_consultations(session.db)]
    assert any(change.summary == f"Redid: delete consultation {cons.name}" for change in audit.history(session.db))
