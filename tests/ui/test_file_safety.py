"""The window keeps the file safe: the .msf alone holds every edit within moments, backups are
taken on opening and while editing, damage is reported with the newest backup to restore."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3

import pytest

from msf_desk.core import backups as core_backups
from msf_desk.model.members import Member
from msf_desk.store import backups as store_backups
from msf_desk.ui.commands.members import AddMember
from msf_desk.ui.dialogs.backups import RestoreDialog
from msf_desk.ui.keeper import ForumKeeper
from msf_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, qsettings):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    yield w
    w.close()


def _names_in_file_alone(path, tmp_path):
    """Copy the .msf ALONE (no -wal, no -shm) elsewhere and read the members from the copy."""
    lone = tmp_path / "usb-stick"
    lone.mkdir(exist_ok=True)
    copy = lone / f"copy-{len(list(lone.iterdir()))}.msf"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM members")}
    finally:
        conn.close()


def test_a_copy_of_the_msf_alone_holds_an_edit_made_moments_before(window, demo_path, tmp_path, qtbot):
    with qtbot.waitSignal(window.forum_opened):
        window.open_path(demo_path)
    keeper = window.keeper
    qtbot.waitUntil(lambda: keeper.last_backup is not None, timeout=15000)   # the opening backup
    keeper.idle_ms = 200
    new = Member(name="Zainab Edited-Today", organisation="Civic Lab", sector="civil_society",
                 side="non_government")
    window.session.push(AddMember(window.session, new))
    # Straight after the edit it is only in the -wal: a copy of the .msf alone lacks it …
    assert "Zainab Edited-Today" not in _names_in_file_alone(demo_path, tmp_path)
    assert (demo_path.parent / "demo.msf-wal").stat().st_size > 0
    # … and once the window has been idle a moment, the .msf itself holds it.
    with qtbot.waitSignal(keeper.checkpointed, timeout=3000, check_params_cb=lambda complete: complete):
        pass
    assert "Zainab Edited-Today" in _names_in_file_alone(demo_path, tmp_path)


def test_closing_the_window_folds_the_wal_into_the_file(window, demo_path, tmp_path, qtbot):
    window.open_path(demo_path)
    window.keeper.idle_ms = 60_000                 # no idle checkpoint before closing
    window.session.push(AddMember(window.session, Member(name="Last Minute", sector="academia",
                                                         side="non_government")))
    window.close()
    assert "Last Minute" in _names_in_file_alone(demo_path, tmp_path)
    assert not (demo_path.parent / "demo.msf-wal").exists() or (demo_path.parent / "demo.msf-wal").stat().st_size == 0


def test_a_backup_on_opening_then_at_most_every_fifteen_minutes_of_editing(session, qtbot):
    now = [dt.datetime(2026, 12, 1, 9, 0)]
    keeper = ForumKeeper(session, idle_ms=10, clock=lambda: now[0])
    with qtbot.waitSignal(keeper.backed_up, timeout=15000) as opened:
        keeper.start()
    assert opened.args[0].parent == session.path.with_name("demo.backups")
    assert [b.taken for b in core_backups.available(session.path)] == [now[0]]

    def edit(name):
        session.push(AddMember(session, Member(name=name, sector="academia", side="non_government")))

    now[0] += dt.timedelta(minutes=14)
    edit("Within the quarter hour")
    with qtbot.waitSignal(keeper.checkpointed, timeout=3000):
        pass
    keeper.pool.waitForDone()
    assert len(core_backups.available(session.path)) == 1     # not due yet

    now[0] += dt.timedelta(minutes=2)
    with qtbot.waitSignal(keeper.backed_up, timeout=15000) as later:
        edit("After the quarter hour")
    conn = sqlite3.connect(later.args[0])
    assert conn.execute("SELECT count(*) FROM members WHERE name = 'After the quarter hour'").fetchone()[0] == 1
    conn.close()
    assert [b.taken for b in core_backups.available(session.path)] == [now[0], dt.datetime(2026, 12, 1, 9, 0)]
    keeper.close()


def test_damage_found_after_opening_is_said_in_words_and_offers_the_newest_backup(
        window, demo_path, tmp_path, qtbot, damage):
    store_backups.copy_file(demo_path, store_backups.rolling_name(demo_path, dt.datetime(2025, 11, 30, 17, 5)))
    damage(demo_path, "import_mappings")   # a table the pages do not read on opening
    window.open_path(demo_path)
    qtbot.waitUntil(lambda: window.damage_message is not None, timeout=15000)
    box = window.damage_message
    assert box.isVisible()
    assert "found damage in demo.msf" in box.text()
    assert "Sun 30 Nov 2025, 17:05" in box.informativeText()
    assert window.keeper.damaged
    # A damaged forum is never backed up (a bad copy must not push good ones out).
    assert len(core_backups.available(demo_path)) == 1
    restore = next(b for b in box.buttons() if b.text().startswith("Restore"))
    restore.click()
    dialog = window.restore
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.all_checked, timeout=15000)
    assert dialog.model.data(dialog.model.index(0, 3)) == "Verified: no damage"
    target = tmp_path / "carry-on.msf"
    with qtbot.waitSignal(dialog.restored, timeout=15000):
        dialog.restore_to(0, target)
    assert store_backups.problems(target) == []
    assert (tmp_path / "carry-on.files").is_dir()     # the attached files travel with it
    # Then it offers to open the restored forum.
    question = window.open_restored_message
    assert question.isVisible() and str(target) in question.text()
    with qtbot.waitSignal(window.forum_opened, timeout=15000):
        next(b for b in question.buttons() if b.text() == "Open it").click()
    assert window.session.path == target
    qtbot.waitUntil(lambda: window.keeper.last_backup is not None, timeout=15000)
    assert window.keeper.damaged == []


def test_restore_dialog_lists_checks_and_restores_into_a_new_file_only(session, tmp_path, qtbot):
    path = session.path
    conn = session.db.conn
    first = store_backups.write_rolling_backup(conn, path, dt.datetime(2025, 11, 29, 8, 0))
    session.db["members"].insert({"name": "Added after the first backup", "sector": "academia",
                                  "side": "non_government"})
    store_backups.write_rolling_backup(conn, path, dt.datetime(2025, 11, 30, 8, 0))
    # A copy cut short (only its temporary file) and a damaged backup.
    (first.parent / "demo-2025-12-01-080000.msf.partial").write_bytes(b"SQLite format 3\x00")
    spoilt = store_backups.rolling_name(path, dt.datetime(2025, 11, 28, 8, 0))
    shutil.copyfile(first, spoilt)
    with open(spoilt, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\xa5" * 4096 * 4)
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert [dialog.model.data(dialog.model.index(r, 0)) for r in range(3)] == [
        "Sun 30 Nov 2025, 08:00", "Sat 29 Nov 2025, 08:00", "Fri 28 Nov 2025, 08:00"]
    assert dialog.model.data(dialog.model.index(0, 1)) == "automatic"
    # The size is said in words: "840 KB" or "1.1 MB" as the demo grows.
    assert re.fullmatch(r"\d+ KB|\d+\.\d MB", dialog.model.data(dialog.model.index(0, 2)))
    qtbot.waitUntil(dialog.all_checked, timeout=15000)
    assert dialog.model.sound(0) and dialog.model.sound(1) and dialog.model.sound(2) is False
    assert dialog.model.data(dialog.model.index(2, 3)).startswith("Damaged: ")
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()

    before = path.read_bytes()
    target = tmp_path / "restored.msf"
    with qtbot.waitSignal(dialog.restored, timeout=15000) as done:
        dialog.restore_to(1, target)
    assert done.args == [target]
    restored = sqlite3.connect(target)
    assert restored.execute("SELECT count(*) FROM members WHERE name = 'Added after the first backup'"
                            ).fetchone()[0] == 0
    restored.close()
    assert path.read_bytes() == before

    # Never over an existing file (not even the open forum).
    from msf_desk.model.errors import UserError

    with pytest.raises(UserError, match="only restored into a new file"):
        core_backups.restore(first, target, path)
    with pytest.raises(UserError):
        core_backups.restore(first, path, path)


def test_damage_in_what_the_pages_read_closes_the_forum_in_words(window, demo_path, qtbot, damage):
    store_backups.copy_file(demo_path, store_backups.rolling_name(demo_path, dt.datetime(2025, 11, 30, 17, 5)))
    damage(demo_path, "members")
    assert window.open_path(demo_path) is False
    assert window.session is None
    box = window.damage_message
    assert "found damage in demo.msf" in box.text() and "closed without changes" in box.text()
    assert any(b.text().startswith("Restore") for b in box.buttons())


def test_a_checkpoint_held_back_by_a_reader_is_tried_again_until_complete(session, tmp_path, qtbot):
    keeper = ForumKeeper(session, idle_ms=30, backups=False)
    reader = sqlite3.connect(session.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM members").fetchone()     # holds the snapshot before the edit
    session.push(AddMember(session, Member(name="Behind A Reader", sector="academia", side="non_government")))
    with qtbot.waitSignal(keeper.checkpointed, timeout=3000, check_params_cb=lambda complete: not complete):
        pass
    assert "Behind A Reader" not in _names_in_file_alone(session.path, tmp_path)
    reader.execute("COMMIT")
    reader.close()
    with qtbot.waitSignal(keeper.checkpointed, timeout=3000, check_params_cb=lambda complete: complete):
        pass
    assert "Behind A Reader" in _names_in_file_alone(session.path, tmp_path)
    keeper.close()


def test_the_opening_backup_starts_once_the_first_page_is_shown_and_is_never_skipped(qtbot, qsettings, demo_path):
    """As msf-desk starts it: the window painted first, Today read off the GUI thread. The
    keeper's opening check and backup wait for Today (they would compete with its reading on a
    large forum); a window closed before then still takes the backup as it closes."""
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    window.fill_after_paint = True
    window.read_off_thread = True
    with qtbot.waitSignal(window.opening_finished, timeout=30000):
        window.open_path(demo_path)
        assert window.keeper is not None and not window.keeper.started   # not while Today reads
    assert window.keeper.started
    qtbot.waitUntil(lambda: window.keeper.last_backup is not None, timeout=15000)
    window.close()

    # Closed at once, before the first page was shown: the opening backup is taken all the same.
    before = len(core_backups.available(demo_path))
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    window.fill_after_paint = True
    window.read_off_thread = True
    window.open_path(demo_path)
    assert not window.keeper.started
    window.close()
    assert len(core_backups.available(demo_path)) == before + 1


def test_an_opening_backup_still_queued_when_the_forum_closes_is_taken_all_the_same(session, qtbot):
    import threading

    keeper = ForumKeeper(session, idle_ms=60_000)
    before = len(core_backups.available(session.path))
    # The keeper's one worker is busy until closing has dropped what was queued, so the opening
    # check asked for just before is dropped from the queue when the forum closes.
    release = threading.Event()
    keeper.pool.start(lambda: release.wait(30))
    dropping = keeper.pool.clear

    def clear_then_release() -> None:
        dropping()
        release.set()
    keeper.pool.clear = clear_then_release
    keeper.start()
    keeper.close()
    assert keeper.opening_ran
    assert len(core_backups.available(session.path)) == before + 1
