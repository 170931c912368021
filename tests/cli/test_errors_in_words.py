"""Every error the user can meet on the command line is a sentence, exit 1, no traceback.

Refused files gain no -wal/-shm companions.
"""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from msf_desk import cli
from msf_desk.store import db as store_db


def msf(*args, env=None):
    return subprocess.run([sys.executable, "-m", "msf_desk", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def members_csv(folder: Path, n: int = 3) -> Path:
    path = folder / "new-members.csv"
    path.write_text("name,sector,organisation\n" + "".join(f"Person {i},civil_society,Org {i}\n" for i in range(n)))
    return path


def companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def said_in_words(result, *phrases: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("msf-desk: ")
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr


@pytest.fixture
def closed_demo(demo_path):
    """The demo forum on disk with no connection open and no companions."""
    assert companions(demo_path) == []
    return demo_path


def test_read_only_forum_file(closed_demo, tmp_path):
    before = closed_demo.read_bytes()
    closed_demo.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        result = msf("members", "import", members_csv(tmp_path), "--db", closed_demo)
        said_in_words(result, "is a read-only file", "Nothing was changed")
        assert companions(closed_demo) == []
        listed = msf("members", "list", "--db", closed_demo)  # reading still works
        assert listed.returncode == 0 and "Amara Okafor" in listed.stdout
        assert companions(closed_demo) == []
        assert closed_demo.read_bytes() == before
    finally:
        closed_demo.chmod(0o644)


def test_forum_in_a_read_only_folder(tmp_path, demo_template):
    folder = tmp_path / "shared"
    folder.mkdir()
    forum = folder / "forum.msf"
    forum.write_bytes(demo_template.read_bytes())
    folder.chmod(0o555)
    try:
        result = msf("members", "import", members_csv(tmp_path), "--db", forum)
        said_in_words(result, "in a folder you cannot write to", "Nothing was changed")
        assert msf("members", "list", "--db", forum).returncode == 0
        assert sorted(p.name for p in folder.iterdir()) == ["forum.msf"]
    finally:
        folder.chmod(0o755)


def test_database_locked_by_another_program(closed_demo, tmp_path):
    other = sqlite3.connect(closed_demo)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock and does not let go
    try:
        result = msf("members", "import", members_csv(tmp_path), "--db", closed_demo,
                     env={"MSF_DESK_BUSY_TIMEOUT_MS": "300"})
        said_in_words(result, "is busy", "Nothing was changed")
    finally:
        other.rollback()
        other.close()
    assert not Path(f"{closed_demo}.lock").exists()
    check = sqlite3.connect(closed_demo)
    assert check.execute("SELECT count(*) FROM members WHERE name LIKE 'Person %'").fetchone() == (0,)
    check.close()


def test_disk_full(closed_demo, tmp_path, monkeypatch, capsys):
    """A full disk, simulated with SQLite's page limit on the real file."""
    tune = store_db._tune

    def full(db):
        tune(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(store_db, "_tune", full)
    code = cli.main(["members", "import", str(members_csv(tmp_path, 3000)), "--db", str(closed_demo)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "no room left" in err and "Nothing was changed" in err
    monkeypatch.setattr(store_db, "_tune", tune)
    check = sqlite3.connect(closed_demo)
    assert check.execute("SELECT count(*) FROM members WHERE name LIKE 'Person %'").fetchone() == (0,)
    check.close()


def test_read_only_export_folder(closed_demo, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = msf("export", "responses", "--consultation", 1, "--format", "docx", "--out", out,
                     "--db", closed_demo)
        said_in_words(result, f"Cannot write into {out}", "read-only", "Nothing was written")
        result = msf("export", "repository", "--out", out / "public", "--db", closed_demo)
        said_in_words(result, "read-only")
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o755)


@pytest.mark.parametrize("args, phrase", [
    (["meetings", "plan", "--year", "99999"], "99999 is not a year to plan meetings for"),
    (["meetings", "plan", "--year", "0"], "0 is not a year"),
    (["meetings", "plan", "--year", "-4"], "-4 is not a year"),
    (["parity", "--on", "0001-01-01"], "too far from today"),
    (["parity", "--on", "2026-02-30"], "is not a date"),
    (["parity", "--within", "999999999"], "out of range"),
    (["log", "--since", "99999-01-01"], "is not a date"),
])
def test_absurd_years_and_dates(closed_demo, args, phrase):
    said_in_words(msf(*args, "--db", closed_demo), phrase)


def test_a_block_too_large_for_a_pdf_page_is_named_not_a_traceback(tmp_path):
    """reportlab's LayoutError (a flowable taller than a page) becomes a UserError naming it.

    Long table cells are cut into pieces by the writer, so a picture far taller than wide
    is what still cannot fit."""
    from PIL import Image as PILImage

    from msf_desk.model.errors import UserError
    from msf_desk.exports import document as d
    from msf_desk.exports.pdf_writer import write_pdf

    tall = tmp_path / "tall.png"
    PILImage.new("RGB", (20, 2000), "white").save(tall)
    doc = d.Document(title="Compliance report", blocks=[
        d.Heading("Meetings per quarter"), d.Image(str(tall), alt="Meetings held per quarter, 2026")])
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    with pytest.raises(UserError) as info:
        write_pdf(doc, target)
    text = str(info.value)
    assert "under “Meetings per quarter”" in text and "the picture “Meetings held per quarter, 2026”" in text
    assert "too large for a page" in text and "Nothing was written" in text
    assert list(target.parent.iterdir()) == []
