"""Checked copies of a forum: backup API, temporary names, listing, rotation, damage."""
import datetime as dt
import shutil
import sqlite3

import pytest

from msf_desk.model.errors import DamagedFile
from msf_desk.store import backups
from msf_desk.store.db import create_forum, open_forum


def _member(db, name):
    db["members"].insert({"name": name, "sector": "civil_society", "side": "non_government"})


def _names(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM members ORDER BY id")]
    finally:
        conn.close()


def test_a_copy_holds_what_was_committed_while_another_connection_holds_a_write_open(db, forum_path, tmp_path):
    _member(db, "Committed")
    writer = sqlite3.connect(forum_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO members (name, sector, side) VALUES ('Not yet', 'academia', 'non_government')")
    try:
        out = backups.copy_file(forum_path, tmp_path / "copy.msf")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _names(out) == ["Committed"]
    # One self-contained file: no -wal or -shm beside the copy, no temporary left behind.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.msf"]
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_rolling_backups_are_named_by_time_listed_newest_first_and_partials_ignored(db, forum_path):
    _member(db, "A")
    times = [dt.datetime(2026, 11, 30, 9, 0), dt.datetime(2026, 12, 1, 9, 0), dt.datetime(2026, 12, 1, 9, 0)]
    written = [backups.write_rolling_backup(db.conn, forum_path, t) for t in times]
    assert [p.name for p in written] == ["forum-2026-11-30-090000.msf", "forum-2026-12-01-090000.msf",
                                         "forum-2026-12-01-090000-2.msf"]
    assert written[0].parent == forum_path.parent / "forum.backups"
    # A copy killed half-way leaves only a temporary file: never listed as a backup.
    (written[0].parent / "forum-2026-12-01-100000.msf.partial").write_bytes(b"SQLite format 3\x00" + b"\0" * 50)
    listed = backups.list_backups(forum_path)
    assert [b.path.name for b in listed] == [written[2].name, written[1].name, written[0].name]
    assert all(b.kind == "rolling" and b.size > 0 for b in listed)
    assert [p.name for p in backups.leftover_partials(forum_path)] == ["forum-2026-12-01-100000.msf.partial"]


def test_a_copy_that_fails_its_check_is_not_kept(tmp_path, damage):
    path = tmp_path / "forum.msf"
    db = create_forum(path)
    for i in range(300):
        _member(db, f"Member {i} " + "x" * 200)
    db.conn.close()
    damage(path)
    with pytest.raises(DamagedFile, match="failed its check"):
        backups.copy_file(path, tmp_path / "copy.msf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forum.msf"]


def test_problems_names_the_damage_and_is_empty_for_a_sound_file(tmp_path, damage):
    path = tmp_path / "forum.msf"
    db = create_forum(path)
    for i in range(300):
        _member(db, f"Member {i} " + "x" * 200)
    db.conn.close()
    assert backups.problems(path) == [] and backups.problems(path, full=True) == []
    before = sorted(p.name for p in tmp_path.iterdir())
    damage(path)
    found = backups.problems(path, full=True)
    assert found and any("page" in p.lower() or "malformed" in p.lower() for p in found)
    # Looking is only reading: no companions appear beside the file.
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_killed_pre_migration_backup_is_not_taken_for_a_backup(tmp_path):
    path = tmp_path / "old.msf"
    db = create_forum(path, upto=1)
    _member(db, "Kept")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    # An earlier upgrade was killed while copying: only its temporary file is left.
    leftover = tmp_path / "old.v1-backup-20261124-101500.msf.partial"
    leftover.write_bytes(path.read_bytes()[:4096])
    assert backups.list_backups(path) == []

    open_forum(path).conn.close()
    listed = backups.list_backups(path)
    assert len(listed) == 1 and listed[0].kind == "before_upgrade"
    assert listed[0].path.name.startswith("old.v1-backup-") and listed[0].path.suffix == ".msf"
    assert _names(listed[0].path) == ["Kept"]
    assert backups.problems(listed[0].path) == []


def test_pre_migration_backup_goes_through_a_temporary_name(tmp_path, monkeypatch):
    """Stop the copy between writing and renaming: nothing sits under the final name."""
    path = tmp_path / "old.msf"
    db = create_forum(path, upto=1)
    db.conn.close()

    def killed(src, dst):
        raise KeyboardInterrupt  # the process dies before the rename

    monkeypatch.setattr(backups.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        open_forum(path)
    assert not list(tmp_path.glob("old.v1-backup-*.msf"))
    assert backups.list_backups(path) == []


def test_deleting_backups_removes_them_from_the_list(db, forum_path):
    a = backups.write_rolling_backup(db.conn, forum_path, dt.datetime(2026, 1, 1))
    b = backups.write_rolling_backup(db.conn, forum_path, dt.datetime(2026, 1, 2))
    backups.delete_backups([a])
    assert [x.path for x in backups.list_backups(forum_path)] == [b]


def test_copies_of_other_forums_in_the_same_folder_are_not_listed(db, forum_path, tmp_path):
    backups.write_rolling_backup(db.conn, forum_path, dt.datetime(2026, 1, 1))
    other = tmp_path / "forum-2.msf"
    shutil.copyfile(forum_path, other)
    assert backups.list_backups(other) == []


def test_rotation_keeps_ten_and_one_a_day_and_never_the_upgrade_backups(db, forum_path):
    from msf_desk.core.backups import rotate, take_backup

    now = dt.datetime(2026, 12, 1, 12, 0)
    # 3 a day for 35 days (written straight, without rotating), then one through take_backup.
    for d in range(35, 0, -1):
        for h in (9, 13, 17):
            backups.write_rolling_backup(db.conn, forum_path, now.replace(hour=h) - dt.timedelta(days=d))
    upgrade = backups.copy_database(db.conn, backups.before_name(forum_path, "v1-backup", now - dt.timedelta(days=90)))
    newest = take_backup(db.conn, forum_path, now)
    listed = backups.list_backups(forum_path)
    rolling = [b for b in listed if b.kind == "rolling"]
    assert rolling[0].path == newest
    days = {b.taken.date() for b in rolling}
    assert days == {now.date() - dt.timedelta(days=d) for d in range(30)}
    assert len(rolling) == 10 + 30 - 4  # the ten newest cover today and 3 days back
    assert upgrade in [b.path for b in listed]
    # The times are read back from the names, to the second.
    assert rolling[0].taken == now and rolling[-1].taken == now.replace(hour=17) - dt.timedelta(days=29)
    assert next(b for b in listed if b.path == upgrade).taken == now - dt.timedelta(days=90)
    assert rotate(forum_path, now) == []  # a second rotation has nothing left to do
