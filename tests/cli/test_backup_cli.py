"""`backup`, `verify` and `demo --force`: copies that hold, damage named, nothing destroyed."""
import sqlite3
import zipfile

import pytest

from msf_desk.cli import main
from msf_desk.store import backups
from msf_desk.store.db import create_forum


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_copies_a_forum_open_elsewhere_with_an_unfinished_write(tmp_path, capsys):
    forum = tmp_path / "forum.msf"
    db = create_forum(forum)
    db["members"].insert({"name": "Ana", "sector": "civil_society", "side": "non_government"})
    # The window's connection keeps its work in the -wal; another holds a write open.
    writer = sqlite3.connect(forum, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE members SET name = 'Half-saved'")
    try:
        code, out, err = run(capsys, "backup", "--db", str(forum), "--out", str(tmp_path / "b.msf"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        db.conn.close()
    assert code == 0, err
    assert "checked copy" in out
    conn = sqlite3.connect(tmp_path / "b.msf")
    assert conn.execute("SELECT name FROM members").fetchall() == [("Ana",)]
    conn.close()


def test_backup_refuses_an_existing_output_and_a_foreign_file(tmp_path, capsys):
    forum = tmp_path / "forum.msf"
    create_forum(forum).conn.close()
    out = tmp_path / "b.msf"
    out.write_text("precious")
    code, _, err = run(capsys, "backup", "--db", str(forum), "--out", str(out))
    assert code == 1 and "already exists" in err and out.read_text() == "precious"
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    code, _, err = run(capsys, "backup", "--db", str(other), "--out", str(tmp_path / "c.msf"))
    assert code == 1 and "not an MSF Desk forum" in err and not (tmp_path / "c.msf").exists()


def test_verify_says_no_damage_then_names_the_damage(tmp_path, capsys, damage):
    forum = tmp_path / "forum.msf"
    db = create_forum(forum)
    for i in range(300):
        db["members"].insert({"name": f"M{i} " + "x" * 200, "sector": "academia", "side": "non_government"})
    db.conn.close()
    code, out, err = run(capsys, "verify", "--db", str(forum))
    assert code == 0 and "no damage found" in out.lower()
    damage(forum)
    before = forum.read_bytes()
    code, out, err = run(capsys, "verify", "--db", str(forum))
    assert code == 1
    assert "forum.msf is damaged" in err and "integrity check reports" in err
    assert "Traceback" not in err
    assert forum.read_bytes() == before


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document>My thesis</w:document>")
    return path


def _foreign_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")
    conn.execute("INSERT INTO accounts VALUES (1, 100.0)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [
    lambda p: _docx(p / "thesis.docx"),
    lambda p: _foreign_sqlite(p / "accounts.db"),
    lambda p: (p / "notes.txt").write_text("draft minutes, do not lose") and p / "notes.txt",
    lambda p: (p / "empty.msf").write_bytes(b"") or p / "empty.msf",
], ids=["docx", "foreign-sqlite", "text", "empty"])
def test_demo_force_refuses_anything_but_a_forum_and_leaves_it_untouched(tmp_path, capsys, make):
    target = make(tmp_path)
    before = target.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "demo", "--db", str(target), "--force")
    assert code == 1
    assert "not an MSF Desk forum" in err and "--force only replaces an MSF Desk forum" in err
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no copy, no -wal, no -shm


def test_demo_force_replaces_a_forum_after_keeping_a_checked_copy(tmp_path, capsys):
    forum = tmp_path / "forum.msf"
    db = create_forum(forum)
    db["members"].insert({"name": "Our real member", "sector": "academia", "side": "non_government"})
    db.conn.close()
    code, out, err = run(capsys, "demo", "--db", str(forum), "--force")
    assert code == 0, err
    kept = backups.list_backups(forum)
    assert len(kept) == 1 and kept[0].kind == "before_demo"
    assert str(kept[0].path) in out
    conn = sqlite3.connect(kept[0].path)
    assert conn.execute("SELECT name FROM members").fetchall() == [("Our real member",)]
    conn.close()
    conn = sqlite3.connect(forum)
    assert conn.execute("SELECT count(*) FROM members").fetchone()[0] > 10
    conn.close()


def test_trash_list_and_restore_from_the_command_line(demo_path, capsys):
    import json

    from msf_desk.core import responses
    from msf_desk.store.db import open_forum

    db = open_forum(demo_path)
    c_id = db.execute("SELECT id FROM contributions ORDER BY id LIMIT 1").fetchone()[0]
    entry = responses.trash_contribution(db, c_id)
    db.conn.close()
    code, out, _ = run(capsys, "trash", "list", "--db", str(demo_path), "--json")
    assert code == 0
    [item] = json.loads(out)
    assert (item["entry"], item["kind"], item["record_id"]) == (entry, "contribution", c_id)
    code, out, _ = run(capsys, "trash", "restore", str(entry), "--db", str(demo_path))
    assert code == 0 and f"contribution no. {c_id}" in out
    code, _, err = run(capsys, "trash", "restore", str(entry), "--db", str(demo_path))
    assert code == 1 and "no longer in the trash" in err and "Traceback" not in err
    code, out, _ = run(capsys, "trash", "list", "--db", str(demo_path))
    assert out.strip() == "The trash is empty."
