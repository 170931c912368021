"""`msf-desk minutes …`, `msf-desk actions` and the minutes exports, on the demo forum."""
from __future__ import annotations

import json
import sqlite3

import docx
from pypdf import PdfReader

from msf_desk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def query(path, sql, params=()):
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def minutes_in(path, status: str) -> list[int]:
    return [r[0] for r in query(path, "SELECT m.meeting_id FROM minutes m JOIN meetings x ON x.id = m.meeting_id "
                                      "WHERE m.status = ? ORDER BY x.starts_at", [status])]


def next_regular(path, after: int) -> int:
    return query(path, "SELECT id FROM meetings WHERE kind = 'regular' AND starts_at > "
                       "(SELECT starts_at FROM meetings WHERE id = ?) ORDER BY starts_at", [after])[0][0]


def test_actions_overdue_json(demo_path, capsys):
    code, out, _ = run(capsys, "actions", "--db", demo_path, "--overdue", "--json", "--on", "2026-06-15")
    assert code == 0
    data = json.loads(out)
    assert data["count"] == data["overdue"] == 1
    [action] = data["actions"]
    assert action["status"] == "open" and action["overdue"] and action["days_overdue"] > 0
    code, out, _ = run(capsys, "actions", "--db", demo_path, "--on", "2026-06-15")
    assert code == 0 and "OVERDUE" in out and "1 overdue" in out


def test_matters_arising_for_the_next_meeting(demo_path, capsys):
    circulated = minutes_in(demo_path, "circulated")
    upcoming = next_regular(demo_path, circulated[-1])
    code, out, _ = run(capsys, "actions", "--db", demo_path, "--arising-for", upcoming, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["count"] >= 2 and all(a["status"] == "open" for a in data["actions"])


def test_circulate_approve_publish_and_the_lock(demo_path, capsys):
    draft = minutes_in(demo_path, "draft")[0]
    later = next_regular(demo_path, draft)
    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("INSERT INTO decisions (meeting_id, text, rule) VALUES (?, 'Put to a vote later', 'majority')",
                     [draft])
        # Minutes are approved only at a forum meeting that took place.
        conn.execute("UPDATE meetings SET status = 'held' WHERE id = ?", [later])
    code, _, err = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", later, "--db", demo_path)
    assert code == 1 and "Circulate" in err
    assert run(capsys, "minutes", "circulate", "--meeting", draft, "--on", "2026-06-01", "--db", demo_path)[0] == 0
    code, _, err = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", later, "--db", demo_path)
    assert code == 1 and "No vote recorded" in err
    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("UPDATE decisions SET rule = 'consensus' WHERE meeting_id = ? AND vote_held = 0", [draft])
    code, out, _ = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", later, "--db", demo_path)
    assert code == 0 and "locked" in out
    assert minutes_in(demo_path, "approved")[-1] == draft
    code, out, _ = run(capsys, "minutes", "show", "--meeting", draft, "--db", demo_path, "--json")
    shown = json.loads(out)
    assert shown["status"] == "approved" and shown["approved_at_meeting_id"] == later
    assert all(d["outcome"] in ("agreed", "not_agreed", "deferred") for d in shown["decisions"])
    # Approved: the database refuses a direct change.
    try:
        with sqlite3.connect(str(demo_path)) as conn:
            conn.execute("UPDATE decisions SET text = 'changed' WHERE meeting_id = ?", [draft])
        raise AssertionError("the update went through")
    except sqlite3.IntegrityError as exc:
        assert "approved and locked" in str(exc)
    code, _, err = run(capsys, "minutes", "circulate", "--meeting", draft, "--db", demo_path)
    assert code == 1 and "amendment" in err
    code, out, _ = run(capsys, "minutes", "amend", "--meeting", draft, "--text", "Spelling of a name corrected.",
                       "--db", demo_path)
    assert code == 0
    code, out, _ = run(capsys, "minutes", "publish", "--meeting", draft, "--db", demo_path)
    assert code == 0 and "published" in out


def test_export_minutes_both_audiences(demo_path, tmp_path, capsys):
    approved = minutes_in(demo_path, "published")[0]
    code, out, _ = run(capsys, "export", "minutes", "--meeting", approved, "--audience", "public",
                       "--format", "docx,pdf", "--out", tmp_path / "out", "--db", demo_path)
    assert code == 0 and out.count("Wrote ") == 2
    pdf = next((tmp_path / "out").glob("*-public.pdf"))
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Attendance" in text and "Decision 1" in text and "@" not in text
    document = docx.Document(str(next((tmp_path / "out").glob("*-public.docx"))))
    assert any("Minutes:" in p.text for p in document.paragraphs)
    draft = minutes_in(demo_path, "draft")[0]
    code, _, err = run(capsys, "export", "minutes", "--meeting", draft, "--audience", "public",
                       "--out", tmp_path / "draft", "--db", demo_path)
    assert code == 1 and "only approved minutes are published" in err


def test_export_register_and_tracker(demo_path, tmp_path, capsys):
    code, out, _ = run(capsys, "export", "decisions", "--format", "csv,pdf", "--out", tmp_path, "--db", demo_path)
    assert code == 0 and out.count("Wrote ") == 2
    code, out, _ = run(capsys, "export", "actions", "--format", "csv", "--overdue", "--on", "2026-06-15",
                       "--out", tmp_path, "--db", demo_path)
    assert code == 0
    [csv_path] = tmp_path.glob("overdue-actions-*.csv")
    assert len(csv_path.read_text(encoding="utf-8-sig").strip().splitlines()) == 2  # header + the overdue one


def test_bad_format_and_missing_meeting(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "export", "minutes", "--meeting", 1, "--format", "odt", "--out", tmp_path,
                       "--db", demo_path)
    assert code == 1 and "--format" in err
    code, _, err = run(capsys, "minutes", "show", "--meeting", 9999, "--db", demo_path)
    assert code == 1 and "no meeting with id 9999" in err


def test_approval_only_at_a_held_forum_meeting_on_or_before_today(demo_path, capsys):
    import datetime as dt

    draft = minutes_in(demo_path, "draft")[0]
    assert run(capsys, "minutes", "circulate", "--meeting", draft, "--on", "2026-06-01", "--db", demo_path)[0] == 0
    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("UPDATE decisions SET rule = 'consensus', vote_held = 0 WHERE meeting_id = ?", [draft])
        start = conn.execute("SELECT starts_at FROM meetings WHERE id = ?", [draft]).fetchone()[0]
        # A forum meeting planned two weeks ahead of the real today.
        ahead = (dt.date.today() + dt.timedelta(days=14)).isoformat()
        conn.execute("INSERT INTO meetings (title, starts_at, ends_at) VALUES ('Planned ahead', ?, ?)",
                     [ahead + "T14:00:00Z", ahead + "T16:00:00Z"])
        future = conn.execute("SELECT max(id) FROM meetings").fetchone()[0]
        cancelled = conn.execute("SELECT id FROM meetings WHERE status = 'cancelled'").fetchone()[0]
        conn.execute("UPDATE meetings SET starts_at = ?, ends_at = ? WHERE id = ?",
                     [start[:10] + "T20:00:00Z", start[:10] + "T21:00:00Z", cancelled])
        group = conn.execute("SELECT id FROM meetings WHERE kind = 'working_group' AND starts_at > ?",
                             [start]).fetchone()[0]
        conn.execute("UPDATE meetings SET status = 'held', starts_at = ?, ends_at = ? WHERE id = ?",
                     [start[:10] + "T20:00:00Z", start[:10] + "T21:00:00Z", group])
    for at, words in ((future, "has not come yet"), (cancelled, "cancelled"), (group, "working group")):
        code, _, err = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", at, "--db", demo_path)
        assert code == 1 and words in err, err
    later = next_regular(demo_path, draft)
    with sqlite3.connect(str(demo_path)) as conn:
        conn.execute("UPDATE meetings SET status = 'held' WHERE id = ?", [later])
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, _, err = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", later, "--on", tomorrow,
                       "--db", demo_path)
    assert code == 1 and "after today" in err
    assert minutes_in(demo_path, "approved").count(draft) == 0
    code, out, _ = run(capsys, "minutes", "approve", "--meeting", draft, "--at-meeting", later, "--db", demo_path)
    assert code == 0 and "locked" in out


def test_actions_close_and_reopen_for_scripts(demo_path, capsys):
    import datetime as dt

    [(action_id, meeting_day)] = query(demo_path, "SELECT a.id, substr(m.starts_at, 1, 10) FROM actions a "
                                                  "JOIN meetings m ON m.id = a.meeting_id WHERE a.status = 'open' "
                                                  "ORDER BY a.id LIMIT 1")
    code, out, _ = run(capsys, "actions", "close", action_id, "--on", "2026-06-10", "--db", demo_path, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == action_id and data["status"] == "done" and data["closed_on"] == "2026-06-10"
    assert query(demo_path, "SELECT status, closed_on FROM actions WHERE id = ?", [action_id]) == [
        ("done", "2026-06-10")]
    # Closed twice, in the future, before its meeting, an unknown id: refused in words, exit 1.
    code, _, err = run(capsys, "actions", "close", action_id, "--db", demo_path)
    assert code == 1 and "already recorded as done on 10 June 2026" in err and "Traceback" not in err
    assert run(capsys, "actions", "reopen", action_id, "--db", demo_path)[0] == 0
    assert query(demo_path, "SELECT status, closed_on FROM actions WHERE id = ?", [action_id]) == [("open", None)]
    code, _, err = run(capsys, "actions", "reopen", action_id, "--db", demo_path)
    assert code == 1 and "already open" in err
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    code, _, err = run(capsys, "actions", "close", action_id, "--on", future, "--db", demo_path)
    assert code == 1 and "after today" in err
    before = (dt.date.fromisoformat(meeting_day) - dt.timedelta(days=1)).isoformat()
    code, _, err = run(capsys, "actions", "close", action_id, "--on", before, "--dropped", "--db", demo_path)
    assert code == 1 and "cannot be closed before that" in err
    assert run(capsys, "actions", "close", 99999, "--db", demo_path)[:2] == (1, "")
    code, out, _ = run(capsys, "actions", "close", action_id, "--dropped", "--db", demo_path)
    assert code == 0 and "dropped" in out
    # The tracker listing still works with its own options.
    code, out, _ = run(capsys, "actions", "--db", demo_path, "--json", "--on", "2026-06-15")
    assert code == 0 and json.loads(out)["count"] >= 1
