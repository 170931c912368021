"""`msf-desk documents add|list|remove` on a real forum file."""
from __future__ import annotations

import json

from msf_desk.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_remove(capsys, db, forum_path, tmp_path):
    plan = tmp_path / "Plan FINAL.pdf"
    plan.write_bytes(b"%PDF-1.4 plan")
    code, out, err = run(capsys, "documents", "add", "--db", forum_path, "--file", plan, "--title",
                         "Fifth National Action Plan", "--type", "action-plan", "--date", "2026-01-20",
                         "--language", "fr")
    assert code == 0 and "Recorded document 1: Action plan, Fifth National Action Plan (2026-01-20, fr, public)" \
        in out, err
    stored = forum_path.with_name(forum_path.stem + ".files")
    assert [p.read_bytes() for p in stored.rglob("*.pdf")] == [b"%PDF-1.4 plan"]
    code, out, _ = run(capsys, "documents", "add", "--db", forum_path, "--file", plan, "--title", "Draft",
                       "--type", "self_assessment", "--date", "2026-05-02", "--private", "--note", "co-chairs")
    assert code == 0 and "forum only" in out
    code, out, _ = run(capsys, "documents", "list", "--db", forum_path, "--json")
    data = json.loads(out)
    assert [(d["id"], d["type"], d["public"], d["language"]) for d in data] == [
        (1, "action_plan", True, "fr"), (2, "self_assessment", False, "en")]
    code, out, _ = run(capsys, "documents", "remove", "--db", forum_path, "1")
    assert code == 0 and "Removed document 1" in out
    code, out, _ = run(capsys, "documents", "list", "--db", forum_path)
    assert "Fifth National" not in out and "Draft" in out


def test_refusals_are_in_words_and_exit_1(capsys, db, forum_path, tmp_path):
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"x")
    cases = [
        (["--file", tmp_path / "nope.pdf", "--type", "other", "--date", "2026-01-01"], "There is no file at"),
        (["--file", tmp_path, "--type", "other", "--date", "2026-01-01"], "is a folder"),
        (["--file", plan, "--type", "leaflet", "--date", "2026-01-01"], "Document type 'leaflet'"),
        (["--file", plan, "--type", "other", "--date", "2026-02-30"], "--date: '2026-02-30' is not a date"),
        (["--file", plan, "--type", "other", "--date", "2026-01-01", "--language", "français"], "language"),
    ]
    for extra, message in cases:
        code, out, err = run(capsys, "documents", "add", "--db", forum_path, "--title", "T", *extra)
        assert code == 1 and message in err and "Traceback" not in err, (extra, err)
    code, _, err = run(capsys, "documents", "remove", "--db", forum_path, "7")
    assert code == 1 and "no process document with id 7" in err
    assert json.loads(run(capsys, "documents", "list", "--db", forum_path, "--json")[1]) == []
