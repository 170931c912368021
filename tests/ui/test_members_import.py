"""Importing members from the Members page: the file dropped on the page, the rows previewed as they
will be stored, problems in a table, all or nothing, and undo."""
from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from msf_desk.core import audit
from msf_desk.core import members as core_members
from msf_desk.ui.commands.members import EditMember
from tests.conftest import DEMO_TODAY

from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from tests.ui.test_members_page import names_in_file, page  # noqa: F401  (fixture)


def when_modal(qtbot, action) -> None:
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, ImportPreviewDialog) and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def drop(page, path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(QPoint(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier))


def rows_of(table) -> list[dict[str, str]]:
    model = table.model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    return [{heads[c]: model.index(r, c).data() for c in range(model.columnCount())} for r in range(model.rowCount())]


def test_import_members_from_the_toolbar_preview_then_undo(qtbot, page, session, demo_path, tmp_path, monkeypatch):
    path = tmp_path / "new-members.csv"
    path.write_text("name,organisation,sector,role,term_start,term_end,email,notes\n"
                    "Nadia Rahman,Open Budget Coalition,civil society,member,2026-01-01,2027-12-31,nadia@example.org,x\n"
                    "Tomás Leal,Ministry of Finance,national government,alternate,2026-01-01,,,\n", encoding="utf-8")
    # Tomás is an alternate without a seat holder: a problem first.
    seen = {}

    def problems(dialog):
        seen["problems"] = rows_of(dialog.problems_table)
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.reject()

    when_modal(qtbot, problems)
    drop(page, path)                       # read and checked in a worker, then the preview
    qtbot.waitUntil(lambda: "problems" in seen)
    assert seen["problems"] == [{"Row": "3", "Column": "alternate_for",
                                 "Problem": "an alternate needs the name of the member whose seat they cover"}]
    assert seen["enabled"] is False
    assert "Nadia Rahman" not in names_in_file(demo_path)

    path.write_text(path.read_text(encoding="utf-8").replace(",alternate,", ",member,"), encoding="utf-8")
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def accept(dialog):
        seen["rows"] = rows_of(dialog.preview_table)
        seen["unused"] = dialog.findChild(QLabel, "unused").text()
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    when_modal(qtbot, accept)
    qtbot.mouseClick(page.toolbar.widgetForAction(page.import_action), Qt.LeftButton)
    qtbot.waitUntil(lambda: "rows" in seen)
    with qtbot.waitSignal(page.job.finished, timeout=30000):   # written in a worker
        pass
    assert seen["rows"][0]["Name"] == "Nadia Rahman" and seen["rows"][0]["Sector"] == "Civil society"
    assert seen["rows"][1]["Side"] == "Government" and seen["rows"][0]["Term end"] == "31 Dec 2027"
    assert seen["unused"] == "Columns left unused: notes"
    assert {"Nadia Rahman", "Tomás Leal"} <= names_in_file(demo_path)
    assert session.undo_stack.undoText() == "import 2 members from new-members.csv"
    session.undo_stack.undo()
    assert not {"Nadia Rahman", "Tomás Leal"} & names_in_file(demo_path)
    session.undo_stack.redo()
    assert {"Nadia Rahman", "Tomás Leal"} <= names_in_file(demo_path)


# --- in the window: the import runs in a worker ------------------------------------------------
def _members_file(path, count: int) -> None:
    lines = ["name,organisation,sector,role,term_start"]
    lines += [f"Imported Member {n},Organisation {n},civil society,member,2026-01-01" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _writing(session):
    job = session.running("import")
    return job if job is not None and job.holds == ("members",) else None


def _window_members_page(demo_window):
    window = demo_window()
    window.keeper.backups = False
    page = window.show_page("members")
    page.today = DEMO_TODAY
    return window, page


def _filled(qtbot, page):
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)


def _ready_to_import(demo_window, qtbot, tmp_path, rows: int):
    """The window on the demo's Members page, filled, and a members file of `rows` new members."""
    window, page = _window_members_page(demo_window)
    _filled(qtbot, page)
    path = tmp_path / "many-members.csv"
    _members_file(path, rows)
    return window, page, window.session, path


class _PoolHeld:
    """The window's worker threads kept busy by other work (one thread, taken), so that a job
    started meanwhile waits in the queue: the test sees it running and acts before it writes."""

    def __enter__(self):
        self.pool = QThreadPool.globalInstance()
        self.threads = self.pool.maxThreadCount()
        self.go = threading.Event()
        self.pool.setMaxThreadCount(1)
        self.pool.start(lambda: self.go.wait(60))
        return self

    def release(self) -> None:
        self.go.set()

    def __exit__(self, *exc):
        self.go.set()
        self.pool.setMaxThreadCount(self.threads)


def test_a_members_import_is_written_in_a_worker_with_progress_and_edits_of_members_refused(
        demo_window, qtbot, tmp_path, demo_path):
    """The window stays usable: the file is checked, then written, off the window's thread, with a
    line and Cancel in the status area; meanwhile an edit of a member is refused in words (nothing
    changed), and so is the undo of an earlier edit of the members."""
    window, page, session, path = _ready_to_import(demo_window, qtbot, tmp_path, 120)
    member = core_members.list_members(session.db)[0]
    session.push(EditMember(session, member, dataclasses.replace(member, phone="+1 555 0100")))
    checked = []
    held = _PoolHeld()

    def accept(dialog):
        checked.append(dialog.preview_table.model().rowCount())
        held.__enter__()                     # the writing waits until the test lets it go
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    when_modal(qtbot, accept)
    check = page.start_import(str(path))
    assert check.running and window.jobs_bar.job is check         # checking: in the status area
    qtbot.waitUntil(lambda: _writing(session) is not None, timeout=30000)
    try:
        job = _writing(session)
        assert checked == [20]                                    # the preview's first 20 rows
        assert window.jobs_bar.isVisible() and window.jobs_bar.job is job
        assert window.jobs_bar.cancel_button.isEnabled()
        assert window.jobs_bar.text.text().startswith("Importing 120 members")
        edit = EditMember(session, member, dataclasses.replace(member, organisation="While importing"))
        session.push(edit)
        assert "Import members is still running" in str(edit.error)
        refused = session.undo(window)
        assert refused is not None and "cannot be undone now" in str(refused)
        assert core_members.get_member(session.db, member.id).organisation == member.organisation
        assert session.undo_stack.count() == 1
        with qtbot.waitSignal(job.finished, timeout=60000):
            held.release()
    finally:
        held.__exit__(None, None, None)
    assert sum(n.startswith("Imported Member ") for n in names_in_file(demo_path)) == 120
    assert session.undo_stack.undoText() == "import 120 members from many-members.csv"
    assert "Imported 120 members from many-members.csv." in window.statusBar().currentMessage()
    assert window.jobs_bar.isHidden()
    assert any(c.summary == "Imported 120 members from many-members.csv" for c in audit.history(session.db))
    session.undo_stack.undo()
    assert not any(n.startswith("Imported Member ") for n in names_in_file(demo_path))


def test_a_cancelled_members_import_writes_nothing(demo_window, qtbot, tmp_path, demo_path):
    window, page, session, path = _ready_to_import(demo_window, qtbot, tmp_path, 50)
    before = names_in_file(demo_path)
    history = len(audit.history(session.db))
    held = _PoolHeld()

    def accept(dialog):
        held.__enter__()
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    when_modal(qtbot, accept)
    page.start_import(str(path))
    qtbot.waitUntil(lambda: _writing(session) is not None, timeout=30000)
    try:
        job = _writing(session)
        with qtbot.waitSignal(job.cancelled, timeout=60000):
            qtbot.mouseClick(window.jobs_bar.cancel_button, Qt.LeftButton)
            held.release()
    finally:
        held.__exit__(None, None, None)
    assert names_in_file(demo_path) == before
    assert len(audit.history(session.db)) == history and session.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was written."
    member = core_members.list_members(session.db)[0]            # the members can be edited again
    edit = EditMember(session, member, dataclasses.replace(member, organisation="After the import"))
    session.push(edit)
    assert edit.error is None


def test_a_members_import_that_fails_while_writing_writes_nothing(demo_window, qtbot, tmp_path, demo_path, monkeypatch):
    """The file changed between the preview and Import (a row no longer right): refused in words,
    no member written, nothing to undo."""
    window, page, session, path = _ready_to_import(demo_window, qtbot, tmp_path, 30)
    before = names_in_file(demo_path)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))

    def accept(dialog):
        path.write_text(path.read_text(encoding="utf-8") + "Late Row,Somewhere,not a sector,member,2026-01-01\n",
                        encoding="utf-8")
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    when_modal(qtbot, accept)
    page.start_import(str(path))
    qtbot.waitUntil(lambda: _writing(session) is not None or bool(said), timeout=30000)
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    assert names_in_file(demo_path) == before and session.undo_stack.count() == 0
    assert said[0][0] == "Import members" and "not a sector" in said[0][1]
