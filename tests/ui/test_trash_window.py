"""Deleting into the trash from the pages, File ▸ Trash…, restoring each kind, undo both ways."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import ethics, members, papers, responses, trash
from msf_desk.model.members import Member
from msf_desk.ui.commands.ethics import RemoveDeclaration
from msf_desk.ui.commands.meetings import RemovePaper
from msf_desk.ui.commands.members import RemoveMember
from msf_desk.ui.dialogs.trash import TrashDialog
from msf_desk.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from msf_desk.model.responses import ContributionFilter


@pytest.fixture
def window(qtbot, qsettings, demo_path):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    w.open_path(demo_path)
    w.keeper.backups = False
    yield w
    w.close()


def _search(db, text):
    return responses.search_ids(db, ContributionFilter(text=text))


def test_a_contribution_deleted_on_the_page_is_restored_from_the_trash_and_found_again(window, qtbot):
    db = window.session.db
    page = window.show_page("responses")
    page.today = DEMO_TODAY
    c_id, text = db.execute("SELECT id, text FROM contributions ORDER BY id LIMIT 1").fetchone()
    word = max(text.split(), key=len).strip(".,;:()\"'")
    page.trash_contributions([c_id])
    assert c_id not in _search(db, word)
    dialog = window.trash_dialog()
    assert isinstance(dialog, TrashDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "Contribution"
    assert dialog.model.data(dialog.model.index(0, 0)).startswith(f"No. {c_id} from ")
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert c_id in _search(db, word)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    # The page, searching as the user types, finds it again.
    page.search.setText(word)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.select_contribution(c_id)
    # Undo of the restore sends it back to the trash; redo restores it again.
    window.session.undo_stack.undo()
    assert c_id not in _search(db, word) and dialog.model.rowCount() == 1
    window.session.undo_stack.redo()
    assert c_id in _search(db, word) and dialog.model.rowCount() == 0


def test_a_consultation_deleted_on_the_page_comes_back_with_undo_and_from_the_trash(window, qtbot):
    db = window.session.db
    page = window.show_page("responses")
    cid = db.execute("SELECT consultation_id FROM contributions GROUP BY consultation_id "
                     "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    page.consultation_combo.setCurrentIndex(page.consultation_combo.findData(cid))
    assert page.consultation_id() == cid
    count = db.execute("SELECT count(*) FROM contributions WHERE consultation_id = ?", [cid]).fetchone()[0]
    page.trash_consultation(cid)
    assert page.consultation_combo.findData(cid) == -1
    window.session.undo_stack.undo()
    assert page.consultation_combo.findData(cid) != -1
    assert db.execute("SELECT count(*) FROM contributions WHERE consultation_id = ?", [cid]).fetchone()[0] == count
    window.session.undo_stack.redo()
    dialog = window.trash_dialog()
    assert dialog.model.rows[0].kind == "consultation"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert page.consultation_combo.findData(cid) != -1


def _make_member(db):
    return members.add_member(db, Member(name="Typed Twice", sector="academia", side="non_government",
                                         term_start=dt.date(2026, 1, 1))).id


@pytest.mark.parametrize("kind", ["member", "paper", "declaration"])
def test_each_kind_removed_through_its_command_is_in_the_trash_and_undo_still_works(window, qtbot, kind):
    session, db = window.session, window.session.db
    if kind == "member":
        record_id = _make_member(db)
        command = RemoveMember(session, record_id)
        exists = lambda: db.execute("SELECT 1 FROM members WHERE id = ?", [record_id]).fetchone()  # noqa: E731
    elif kind == "paper":
        record_id = db.execute(  # a paper of a meeting whose minutes are not approved
            "SELECT id FROM papers WHERE meeting_id NOT IN (SELECT meeting_id FROM minutes "
            "WHERE status IN ('approved', 'published')) ORDER BY id LIMIT 1").fetchone()[0]
        command = RemovePaper(session, papers.get_paper(db, record_id), DEMO_TODAY)
        exists = lambda: db.execute("SELECT 1 FROM papers WHERE id = ?", [record_id]).fetchone()  # noqa: E731
    else:
        record_id = db.execute("SELECT declaration_id FROM interests LIMIT 1").fetchone()[0]
        command = RemoveDeclaration(session, ethics.get_declaration(db, record_id))
        exists = lambda: db.execute("SELECT 1 FROM declarations WHERE id = ?", [record_id]).fetchone()  # noqa: E731
    session.push(command)
    assert command.error is None and not exists()
    assert [(i.kind, i.record_id) for i in trash.items(db)] == [(kind, record_id)]
    session.undo_stack.undo()                      # undo of a delete still puts it back …
    assert exists() and trash.items(db) == []      # … and leaves nothing behind in the trash
    session.undo_stack.redo()
    assert not exists()
    dialog = window.trash_dialog()
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert exists() and trash.items(db) == []


def test_restoring_what_no_longer_fits_is_refused_in_words(window, qtbot, monkeypatch):
    db = window.session.db
    shown = []
    monkeypatch.setattr("msf_desk.ui.dialogs.trash.show_error", lambda parent, exc, title="": shown.append(str(exc)))
    c_id, consultation_id = db.execute("SELECT id, consultation_id FROM contributions LIMIT 1").fetchone()
    page = window.show_page("responses")
    page.trash_contributions([c_id])
    page.trash_consultation(consultation_id)
    dialog = window.trash_dialog()
    row = next(r for r, item in enumerate(dialog.model.rows) if item.kind == "contribution")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert shown and "cannot be restored" in shown[0] and "Restore those first" in shown[0]
    assert dialog.model.rowCount() == 2


def test_several_contributions_deleted_at_once_are_one_undo_step(window):
    db = window.session.db
    page = window.show_page("responses")
    ids = [r[0] for r in db.execute("SELECT id FROM contributions ORDER BY id LIMIT 3")]
    page.trash_contributions(ids)
    assert db.execute(f"SELECT count(*) FROM contributions WHERE id IN ({','.join('?' * 3)})", ids).fetchone()[0] == 0
    assert sorted(i.record_id for i in trash.items(db)) == ids
    assert window.session.undo_stack.undoText() == "delete 3 contributions"
    window.session.undo_stack.undo()
    assert db.execute(f"SELECT count(*) FROM contributions WHERE id IN ({','.join('?' * 3)})", ids).fetchone()[0] == 3
    assert trash.items(db) == []


def _entries(items):
    return [(i.id, i.kind, i.record_id, i.label, i.deleted_at, i.rows, i.expires_on) for i in items]


def test_the_trash_is_read_off_the_window_thread_and_restore_waits_for_the_list(window, qtbot, monkeypatch):
    """As `msf-desk` opens it: the dialog says it is reading, Restore is disabled, the list is read
    in a worker and shows the same entries and counts as a reading on the window thread."""
    import threading

    db = window.session.db
    window.read_off_thread = True
    page = window.show_page("responses")
    c_id, consultation_id = db.execute("SELECT id, consultation_id FROM contributions ORDER BY id LIMIT 1").fetchone()
    page.trash_contributions([c_id])
    page.trash_consultation(consultation_id)
    expected = _entries(trash.items(db))
    assert len(expected) == 2 and max(e[5] for e in expected) > 1
    threads = []
    items = trash.items
    monkeypatch.setattr(trash, "items", lambda db, **kw: threads.append(threading.current_thread()) or items(db, **kw))

    dialog = window.trash_dialog()
    assert dialog.isVisible() and dialog.filling
    assert dialog.status.isVisible() and dialog.status.text() == "Reading the trash…"
    assert not dialog.restore_button.isEnabled() and not dialog.empty.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)          # nothing happens yet
    assert _entries(items(db)) == expected                            # nothing restored
    qtbot.waitUntil(lambda: not dialog.filling)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert _entries(dialog.model.rows) == expected
    assert not dialog.status.isVisible() and dialog.restore_button.isEnabled()
    assert [dialog.model.data(dialog.model.index(r, 1)) for r in range(2)] == [trash_kind_label(e[1]) for e in expected]

    # A reading asked for while one is under way supersedes it; the list is shown once, right.
    dialog.reload()
    dialog.reload()
    assert dialog.filling and not dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.filling)
    assert _entries(dialog.model.rows) == expected

    # Restore once filled: the list is read again and shows the entry gone.
    row = next(r for r, item in enumerate(dialog.model.rows) if item.kind == "consultation")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert [i.kind for i in items(db)] == ["contribution"]
    qtbot.waitUntil(lambda: not dialog.filling)
    assert [i.kind for i in dialog.model.rows] == ["contribution"]


def test_a_trash_that_cannot_be_read_is_said_in_words(window, qtbot, damage):
    window.read_off_thread = True
    window.show_page("responses").trash_contributions(
        [window.session.db.execute("SELECT id FROM contributions LIMIT 1").fetchone()[0]])
    window.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(window.session.path, "trash")          # the file spoilt under the open forum
    dialog = window.trash_dialog()
    qtbot.waitUntil(lambda: not dialog.filling)
    assert dialog.status.isVisible()
    assert dialog.status.text() == "The trash could not be read: the forum file is damaged."
    assert "found damage in" in window.damage_message.text()       # what SQLite reports, and the backup
    assert not dialog.restore_button.isEnabled() and dialog.model.rowCount() == 0


def trash_kind_label(kind):
    return {"contribution": "Contribution", "consultation": "Consultation"}[kind]


def test_a_restore_that_tells_two_topics_reads_today_once(reading_window, qtbot):
    """Restoring tells the pages of two topics (the record's and the trash); Today reads after any
    change, and reads once per turn of the event loop, the newest asked: one reading, not two,
    and what it shows is the forum after the restore."""
    from msf_desk.ui.workers import Reading

    window = reading_window
    today = window.pages["today"]
    db = window.session.db
    holder = members.add_member(db, Member(name="Entered By Mistake", sector="academia", side="non_government",
                                           term_start=dt.date(2026, 1, 1)))
    trash.move(db, "member", holder.id, holder.name)
    dialog = window.trash_dialog()
    qtbot.waitUntil(lambda: not dialog.filling and dialog.model.rowCount() == 1)
    before = len(today.findChildren(Reading))
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert members.get_member(db, holder.id).name == "Entered By Mistake"
    assert today.filling                                # asked for, started at the next turn
    assert len(today.findChildren(Reading)) == before
    qtbot.waitUntil(lambda: not today.filling)
    assert len(today.findChildren(Reading)) == before + 1
    dialog.reject()
