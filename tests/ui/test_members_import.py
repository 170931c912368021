"""Importing members from the Members page: the file dropped on the page, the rows previewed as they
will be stored, problems in a table, all or nothing, and undo."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

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
    drop(page, path)
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
    assert seen["rows"][0]["Name"] == "Nadia Rahman" and seen["rows"][0]["Sector"] == "Civil society"
    assert seen["rows"][1]["Side"] == "Government" and seen["rows"][0]["Term end"] == "31 Dec 2027"
    assert seen["unused"] == "Columns left unused: notes"
    assert {"Nadia Rahman", "Tomás Leal"} <= names_in_file(demo_path)
    assert session.undo_stack.undoText() == "import 2 members from new-members.csv"
    session.undo_stack.undo()
    assert not {"Nadia Rahman", "Tomás Leal"} & names_in_file(demo_path)
    session.undo_stack.redo()
    assert {"Nadia Rahman", "Tomás Leal"} <= names_in_file(demo_path)
