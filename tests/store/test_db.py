import sqlite3

import pytest

from msf_desk.model.errors import NewerVersion, NotAForumFile, UserError
from msf_desk.store.db import APPLICATION_ID, SCHEMA_VERSION, create_forum, open_forum, save_copy, transaction


def test_new_forum_has_current_version_foreign_keys_and_wal(forum_path):
    db = create_forum(forum_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.conn.close()


def test_older_file_is_upgraded_after_a_backup_beside_it(tmp_path):
    path = tmp_path / "old.msf"
    db = create_forum(path, upto=1)
    db["members"].insert({"name": "Kept", "sector": "civil_society", "side": "non_government"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = path.read_bytes()

    db = open_forum(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r["name"] for r in db["members"].rows] == ["Kept"]
    assert "meetings" in db.table_names()
    db.conn.close()
    backups = list(tmp_path.glob("old.v1-backup-*.msf"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT name FROM members").fetchall() == [("Kept",)]
    old.close()
    assert before != path.read_bytes()


def test_newer_file_is_refused_naming_both_versions(tmp_path):
    path = tmp_path / "newer.msf"
    db = create_forum(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersion) as info:
        open_forum(path)
    assert f"version {SCHEMA_VERSION + 3}" in str(info.value)
    assert f"up to version {SCHEMA_VERSION}" in str(info.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["other_sqlite", "text", "empty", "binary"])
def test_foreign_files_are_refused_and_left_untouched(tmp_path, kind):
    path = tmp_path / f"{kind}.msf"
    if kind == "other_sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (x)")
        conn.execute("INSERT INTO notes VALUES ('hello')")
        conn.commit()
        conn.close()
    elif kind == "text":
        path.write_text("name,organisation\nAna,CSO\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(bytes(range(256)) * 10)
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotAForumFile) as info:
        open_forum(path)
    assert path.name in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no -wal, -shm or backup


def test_missing_file_is_a_plain_message(tmp_path):
    with pytest.raises(UserError, match="no forum file"):
        open_forum(tmp_path / "nowhere.msf")


def test_a_failed_write_leaves_the_file_as_it_was(db):
    db["members"].insert({"name": "Before", "sector": "civil_society", "side": "non_government"})
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(db):
            db["members"].insert({"name": "Half", "sector": "civil_society", "side": "non_government"})
            db["members"].insert({"name": "Bad", "sector": "civil_society", "side": "neither"})
    assert [r["name"] for r in db["members"].rows] == ["Before"]


def test_save_copy_opens_as_a_forum(db, tmp_path):
    db["forum"].update(1, {"name": "Copied forum"})
    target = save_copy(db, tmp_path / "copy.msf")
    copy = open_forum(target)
    assert copy["forum"].get(1)["name"] == "Copied forum"
    copy.conn.close()


def test_save_copy_brings_the_attached_files(demo_db, demo_path, tmp_path):
    from msf_desk.paths import forum_files_dir

    source_files = sorted(p.relative_to(forum_files_dir(demo_path)) for p in forum_files_dir(demo_path).rglob("*") if p.is_file())
    assert source_files, "the demo attaches papers"
    target = save_copy(demo_db, tmp_path / "copy.msf", demo_path)
    copied = sorted(p.relative_to(forum_files_dir(target)) for p in forum_files_dir(target).rglob("*") if p.is_file())
    assert copied == source_files
