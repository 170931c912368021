"""`msf-desk ethics status`, `msf-desk conflicts` and the ethics exports, on the demo forum."""
from __future__ import annotations

import json
import sqlite3

from msf_desk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _recusal_meeting(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT i.meeting_id FROM item_declarations d JOIN agenda_items i ON i.id = d.item_id "
                            "WHERE d.kind = 'recusal'").fetchone()[0]
    finally:
        conn.close()


def test_status_json_on_the_demo(demo_path, capsys):
    code, out, _ = run(capsys, "ethics", "status", "--db", str(demo_path), "--on", "2026-06-15", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["statement"]["version"] == 2
    counts = data["counts"]
    assert (counts["unsigned"], counts["missing"], counts["overdue"], counts["due_soon"]) == (4, 1, 1, 1)
    by_name = {m["name"]: m for m in data["members"]}
    assert by_name["Leila Haddad / ليلى حداد"]["declaration"] == "overdue"
    assert by_name["Aïcha Diallo"]["reminders"] == ["sign version 2 of the ethics statement",
                                                   "make a declaration of interests"]
    assert "confirmation" not in out  # typed confirmations are never printed


def test_status_text(demo_path, capsys):
    code, out, _ = run(capsys, "ethics", "status", "--db", str(demo_path), "--on", "2026-06-15")
    assert code == 0 and "signed by 13 of 17 members" in out and "To remind (5)" in out


def test_conflicts_on_the_demo(demo_path, capsys):
    meeting = _recusal_meeting(demo_path)
    code, out, _ = run(capsys, "conflicts", "--meeting", str(meeting), "--db", str(demo_path), "--json")
    assert code == 0
    data = json.loads(out)
    recused = [c for c in data["conflicts"] if c["recused"]]
    assert [c["member_name"] for c in recused] == ["Marie-Claire Dubois"]
    assert recused[0]["reason"].startswith("Declared a family or close relationship with City of Riverside; item ")
    assert recused[0]["visibility"] == "forum_only"  # the conflict rests on an interest kept within the forum
    assert [f["member_name"] for f in data["flagged_decisions"]] == ["Diego Fernández"]
    code, out, _ = run(capsys, "conflicts", "--meeting", str(meeting), "--db", str(demo_path))
    assert "Recused [forum-only interest]" in out and "FLAGGED decision" in out


def test_conflicts_on_a_missing_meeting(demo_path, capsys):
    code, _, err = run(capsys, "conflicts", "--meeting", "9999", "--db", str(demo_path))
    assert code == 1 and "no meeting with id 9999" in err


def test_exports(demo_path, tmp_path, capsys):
    out = tmp_path / "out"
    code, text, _ = run(capsys, "export", "interests", "--audience", "public", "--format", "docx,pdf,csv",
                        "--out", str(out), "--db", str(demo_path), "--on", "2026-06-15")
    assert code == 0 and text.count("Wrote ") == 3
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"register-of-interests-public-2026-06-15.{s}" for s in ("csv", "docx", "pdf")]
    # The demo's forum-only interest never reaches the public register.
    assert "Riverside Water" not in (out / names[0]).read_text(encoding="utf-8-sig")
    code, text, _ = run(capsys, "export", "declaration-form", "--member", "1", "--format", "pdf",
                        "--out", str(out), "--db", str(demo_path))
    assert code == 0 and "declaration-form-1-" in text
    code, text, _ = run(capsys, "export", "ethics-compliance", "--out", str(out), "--db", str(demo_path))
    assert code == 0 and text.count("Wrote ") == 2


def test_bad_format_and_audience(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "export", "interests", "--format", "xlsx", "--out", str(tmp_path),
                       "--db", str(demo_path))
    assert code == 1 and "--format" in err
    try:
        main(["export", "interests", "--audience", "press", "--out", str(tmp_path), "--db", str(demo_path)])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("argparse should refuse an unknown audience")
