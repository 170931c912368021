"""`msf-desk papers add|list|revise|edit|remove` on real forum files, refusals in words."""
from __future__ import annotations

import json

from msf_desk.cli import main
from msf_desk.core import meetings as core_meetings, papers as core_papers
from msf_desk.paths import forum_files_dir
from msf_desk.store.db import open_forum

from tests.board_helpers import build_forum, make_pdf


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_copies_the_file_into_the_forum_files(capsys, tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    source = make_pdf(tmp_path / "terms.pdf", "Terms of reference")
    code, out, err = run(capsys, "papers", "add", "--meeting", ids["meeting"], "--file", source, "--title",
                         "Terms of reference", "--disclosure", "withheld", "--item", 2, "--db",
                         tmp_path / "forum.msf", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["title"] == "Terms of reference" and added["disclosure"] == "withheld"
    assert added["item"] == 2 and added["version"] == 1 and not added["tabled"]
    db = open_forum(tmp_path / "forum.msf")
    paper = core_papers.get_paper(db, added["id"])
    assert paper.item_id == ids["item2"]  # item 2 is Budget: the break before it has no number
    stored = forum_files_dir(tmp_path / "forum.msf") / paper.stored_path
    assert stored.read_bytes() == source.read_bytes()
    source.unlink()  # the forum keeps its own copy
    assert stored.is_file()


def test_add_tabled_without_a_file_and_list(capsys, tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    code, out, err = run(capsys, "papers", "add", "--meeting", ids["meeting"], "--title", "List of endorsers",
                         "--disclosure", "public", "--tabled", "--db", tmp_path / "forum.msf")
    assert code == 0, err
    assert "List of endorsers" in out
    code, out, err = run(capsys, "papers", "list", "--meeting", ids["meeting"], "--db", tmp_path / "forum.msf")
    assert code == 0
    assert "List of endorsers — no file (Public; tabled at the meeting)" in out
    assert "Draft budget — budget-v2.pdf (Public; revised: version 2 of 2026-06-15)" in out
    code, out, _ = run(capsys, "papers", "list", "--meeting", ids["meeting"], "--db", tmp_path / "forum.msf",
                       "--json")
    listed = json.loads(out)
    assert [p["number"] for p in listed] == list(range(1, len(listed) + 1))
    budget = next(p for p in listed if p["title"] == "Draft budget")
    assert budget["version"] == 2 and [v["version"] for v in budget["earlier_versions"]] == [1]


def test_refusals_in_words(capsys, tmp_path, demo_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    forum = tmp_path / "forum.msf"
    source = make_pdf(tmp_path / "a.pdf", "A paper")
    base = ["papers", "add", "--meeting", ids["meeting"], "--title", "A paper", "--disclosure", "public",
            "--db", forum]
    code, _, err = run(capsys, *base, "--file", tmp_path / "missing.pdf")
    assert code == 1 and "there is no file at" in err and "missing.pdf" in err and "Traceback" not in err
    code, _, err = run(capsys, *base, "--file", source, "--item", 7)
    assert code == 1 and "has no agenda item 7" in err and "items 1 to 2" in err
    code, _, err = run(capsys, *base)
    assert code == 1 and "--tabled" in err and "--file" in err
    code, _, err = run(capsys, "papers", "add", "--meeting", 999, "--title", "X", "--disclosure", "public",
                       "--file", source, "--db", forum)
    assert code == 1 and "999" in err
    # A meeting whose minutes are approved: its record is locked.
    db = open_forum(demo_path)
    locked = next(m for m in core_meetings.list_meetings(db) if core_meetings.is_locked(db, m.id))
    db.conn.close()
    code, _, err = run(capsys, "papers", "add", "--meeting", locked.id, "--title", "Late paper", "--disclosure",
                       "public", "--file", source, "--db", demo_path)
    assert code == 1 and "approved" in err.lower() and "Traceback" not in err
    db = open_forum(demo_path)
    assert all(p.title != "Late paper" for p in core_papers.papers_of(db, locked.id))


def test_revise_keeps_the_old_version(capsys, tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    forum = tmp_path / "forum.msf"
    v3 = make_pdf(tmp_path / "budget-v3.pdf", "Third version")
    code, out, err = run(capsys, "papers", "revise", "--paper", ids["revised"], "--file", v3, "--db", forum)
    assert code == 0, err and "now version 3" in out
    db = open_forum(forum)
    paper = core_papers.get_paper(db, ids["revised"])
    versions = core_papers.versions_of(db, paper.id)
    assert paper.version == 3 and [v.version for v in versions] == [1, 2]
    files = forum_files_dir(forum)
    for v in versions:  # every earlier file is still there, unchanged
        assert (files / v.stored_path).is_file()
    assert len({v.sha256 for v in versions} | {paper.sha256}) == 3
    db.conn.close()
    code, _, err = run(capsys, "papers", "revise", "--paper", ids["revised"], "--file", v3, "--db", forum)
    assert code == 1 and "same file as the current version" in err


def test_edit_and_remove(capsys, tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    forum = tmp_path / "forum.msf"
    code, out, err = run(capsys, "papers", "edit", "--paper", ids["tabled"], "--tabled", "no", "--disclosure",
                         "withheld", "--db", forum, "--json")
    assert code == 0, err
    assert json.loads(out)["tabled"] is False and json.loads(out)["disclosure"] == "withheld"
    code, _, err = run(capsys, "papers", "edit", "--paper", ids["public"], "--item", 9, "--db", forum)
    assert code == 1 and "no agenda item 9" in err
    code, out, err = run(capsys, "papers", "remove", "--paper", ids["public"], "--db", forum)
    assert code == 0 and "trash" in out
    db = open_forum(forum)
    assert ids["public"] not in [p.id for p in core_papers.papers_of(db, ids["meeting"])]
