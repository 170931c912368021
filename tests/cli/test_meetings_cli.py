"""`msf-desk meetings …`, `export pack|calendar|notice`, `check regularity` on real files."""
from __future__ import annotations

import json

import docx
import icalendar
import pytest
from pypdf import PdfReader

from msf_desk.cli import main

from tests.conftest import DEMO_TODAY


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def meetings_json(capsys, db_path) -> list[dict]:
    code, out, _ = run(capsys, "meetings", "list", "--db", db_path, "--json")
    assert code == 0
    return json.loads(out)


def test_list_shows_ids(capsys, demo_path):
    listed = meetings_json(capsys, demo_path)
    assert len(listed) == 16 and all(isinstance(m["id"], int) for m in listed)
    assert {m["status"] for m in listed} >= {"held", "planned", "cancelled", "postponed"}
    code, out, _ = run(capsys, "meetings", "list", "--db", demo_path)
    assert code == 0 and f"{listed[0]['id']:>4}  {listed[0]['date']}" in out and "(not public)" in out


def test_plan_shows_then_applies(capsys, demo_path):
    code, out, _ = run(capsys, "meetings", "plan", "--year", 2028, "--db", demo_path, "--on", DEMO_TODAY)
    assert code == 0 and "Nothing was saved" in out
    assert "Avoided: public holidays (the forum has none recorded for this year" in out
    assert "first 5 working days of January (3–7 January 2028)" in out
    assert {line.split()[0] for line in out.splitlines() if line.startswith("  ") and "2028" in line} == {"Tue"}
    before = len(meetings_json(capsys, demo_path))
    code, out, _ = run(capsys, "meetings", "plan", "--year", 2028, "--db", demo_path, "--on", DEMO_TODAY,
                       "--apply", "--json")
    data = json.loads(out)
    assert code == 0 and data["target_months"] == 3 and len(data["created"]) == 4
    assert len(meetings_json(capsys, demo_path)) == before + 4
    code, out, _ = run(capsys, "meetings", "plan", "--year", 2028, "--db", demo_path, "--on", DEMO_TODAY)
    assert "Nothing to propose" in out


def test_export_pack_both_formats(capsys, demo_path, tmp_path):
    ready = next(m for m in meetings_json(capsys, demo_path) if m["agenda_status"] == "approved")
    code, out, _ = run(capsys, "export", "pack", "--meeting", ready["id"], "--audience", "public",
                       "--format", "docx,pdf", "--out", tmp_path / "packs", "--db", demo_path)
    assert code == 0 and out.count("Wrote") == 2
    written = sorted((tmp_path / "packs").iterdir())
    assert [p.suffix for p in written] == [".docx", ".pdf"]
    agenda = docx.Document(str(written[0])).tables[1]
    assert [c.text for c in agenda.rows[1].cells][:3] == ["4pm", "1", "Welcome and introductions"]
    assert "4:05pm" in PdfReader(str(written[1])).pages[0].extract_text()


def test_export_pack_errors(capsys, demo_path, tmp_path):
    code, _, err = run(capsys, "export", "pack", "--meeting", 9999, "--out", tmp_path, "--db", demo_path)
    assert code == 1 and "no meeting with id 9999" in err
    closed = next(m for m in meetings_json(capsys, demo_path) if not m["public"])
    code, _, err = run(capsys, "export", "pack", "--meeting", closed["id"], "--audience", "public",
                       "--out", tmp_path, "--db", demo_path)
    assert code == 1 and "not a public meeting" in err
    code, _, err = run(capsys, "export", "pack", "--meeting", 1, "--format", "odt", "--out", tmp_path,
                       "--db", demo_path)
    assert code == 1 and "--format" in err
    with pytest.raises(SystemExit) as exit_:
        main(["export", "pack", "--meeting", "1", "--audience", "press", "--out", str(tmp_path), "--db",
              str(demo_path)])
    assert exit_.value.code == 2


def opened_as(monkeypatch) -> list[tuple[str, str]]:
    """(access asked for, access given) of each forum the command opens, as it opens them."""
    from msf_desk.store import db as store_db

    opened = []
    real = store_db.open_forum

    def open_forum(path, **kwargs):
        db = real(path, **kwargs)
        opened.append((kwargs.get("access", "write"), db.access))
        return db

    monkeypatch.setattr(store_db, "open_forum", open_forum)
    return opened


def history(db_path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_export_pack_reads_the_forum_on_a_connection_that_writes_nothing(capsys, demo_path, tmp_path, monkeypatch):
    # A pack only reads: its forum is opened for reading (no change-log triggers to make), and
    # the history is as it was; with the papers bound in (the board book) too.
    before = history(demo_path)
    opened = opened_as(monkeypatch)
    code, out, err = run(capsys, "export", "pack", "--meeting", 12, "--format", "pdf", "--out", tmp_path / "a",
                         "--db", demo_path)
    assert code == 0, err
    code, out, err = run(capsys, "export", "pack", "--meeting", 12, "--format", "pdf", "--with-papers",
                         "--out", tmp_path / "b", "--db", demo_path)
    assert code == 0 and "Board book:" in out, err
    assert opened == [("reading", "reader"), ("reading", "reader")]
    assert history(demo_path) == before


def test_export_pack_that_must_freeze_its_matters_arising_reads_again_on_a_connection_that_writes(
        capsys, demo_path, tmp_path, monkeypatch):
    # A notice sent before packs were frozen (a file of an earlier MSF Desk): the first reading
    # of its pack freezes the matters arising (a write), so the command reads it again on a
    # connection that writes, and the freezing is in the history like any other write.
    import sqlite3

    conn = sqlite3.connect(str(demo_path))
    with conn:
        conn.execute("DROP TRIGGER record_locks_no_delete")
        conn.execute("DELETE FROM record_locks WHERE meeting_id = 7 AND kind = 'pack'")
    conn.close()
    before = history(demo_path)
    opened = opened_as(monkeypatch)
    code, out, err = run(capsys, "export", "pack", "--meeting", 7, "--format", "pdf", "--out", tmp_path,
                         "--db", demo_path)
    assert code == 0 and out.count("Wrote") == 1, err
    assert opened == [("reading", "reader"), ("write", "write")]
    conn = sqlite3.connect(str(demo_path))
    assert conn.execute("SELECT audience, origin FROM record_locks WHERE meeting_id = 7 AND kind = 'pack' "
                        "ORDER BY audience").fetchall() == [("members", "upgrade"), ("public", "upgrade")]
    conn.close()
    assert len(history(demo_path)) == len(before) + 1
    text = PdfReader(str(next(tmp_path.glob("*.pdf")))).pages[1].extract_text()
    assert text


def test_export_pack_of_an_older_file_upgrades_it_first(capsys, tmp_path, monkeypatch):
    # A file of an older version must be upgraded before it is read: it is opened to write.
    from msf_desk.store.db import create_forum
    from msf_desk.store.migrations import SCHEMA_VERSION

    create_forum(tmp_path / "old.msf", upto=SCHEMA_VERSION - 1).close()
    opened = opened_as(monkeypatch)
    code, _, err = run(capsys, "export", "pack", "--meeting", 1, "--format", "pdf", "--out", tmp_path / "out",
                       "--db", tmp_path / "old.msf")
    assert code == 1 and "no meeting with id 1" in err
    assert opened == [("reading", "write")]


def test_export_pack_pauses_the_cycle_collector_while_it_writes_a_pack_alone(capsys, demo_path, tmp_path,
                                                                             monkeypatch):
    # The collector waits while a pack is read and written (work the size of a meeting) and runs
    # again after it, also when the command fails; not while papers of any size are bound in.
    import gc

    from msf_desk.exports import packs

    seen = []
    real = packs.export_pack

    def export_pack(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(packs, "export_pack", export_pack)
    assert gc.isenabled()
    code, _, err = run(capsys, "export", "pack", "--meeting", 12, "--format", "pdf", "--out", tmp_path / "a",
                       "--db", demo_path)
    assert code == 0 and seen == [False] and gc.isenabled(), err
    code, _, err = run(capsys, "export", "pack", "--meeting", 12, "--format", "pdf", "--with-papers",
                       "--out", tmp_path / "b", "--db", demo_path)
    assert code == 0 and seen == [False, True] and gc.isenabled(), err
    code, _, err = run(capsys, "export", "pack", "--meeting", 9999, "--out", tmp_path / "c", "--db", demo_path)
    assert code == 1 and gc.isenabled()


def test_export_calendar_and_notice(capsys, demo_path, tmp_path):
    code, out, _ = run(capsys, "export", "calendar", "--out", tmp_path / "forum.ics", "--db", demo_path)
    assert code == 0 and "15 public meeting(s)" in out
    cal = icalendar.Calendar.from_ical((tmp_path / "forum.ics").read_bytes())
    assert len(cal.walk("VEVENT")) == 15
    ready = next(m for m in meetings_json(capsys, demo_path) if m["agenda_status"] == "approved")
    code, out, _ = run(capsys, "export", "notice", "--meeting", ready["id"], "--out", tmp_path / "n",
                       "--db", demo_path)
    assert code == 0
    # the members' pack is written beside the draft that carries it
    assert sorted(p.suffix for p in (tmp_path / "n").iterdir()) == [".eml", ".ics", ".pdf", ".txt"]


def test_check_regularity(capsys, demo_path):
    code, out, _ = run(capsys, "check", "regularity", "--db", demo_path, "--on", DEMO_TODAY, "--json")
    data = json.loads(out)
    assert code == 0 and data["target_months"] == 3 and not data["ok"]
    [gap] = data["gaps"]
    assert gap["kind"] == "past" and gap["days"] > 92 and gap["start"] < gap["end"]
    code, out, _ = run(capsys, "check", "regularity", "--db", demo_path, "--on", DEMO_TODAY)
    assert "1 gap longer than 3 months" in out and "4 months and 27 days went by between forum meetings" in out


@pytest.fixture
def english_after():
    yield
    from msf_desk.core import messages

    messages.set_message_language("en")


def test_check_regularity_in_the_language_asked_for(capsys, demo_path, english_after):
    """The summary and the gap lines, text and JSON, follow --language (the person's catalogue)."""
    code, out, _ = run(capsys, "--language", "fr", "check", "regularity", "--db", demo_path, "--on", DEMO_TODAY)
    assert code == 0
    assert out.splitlines() == [
        "Régularité (réunions du forum au moins tous les 3 mois), au 15 juin 2026 : 1 intervalle de plus de 3 mois.",
        "  Du 25 juillet 2025 au 22 décembre 2025 : 4 mois et 27 jours entre deux réunions du forum, plus de 3 mois."]
    code, out, _ = run(capsys, "--language", "es", "check", "regularity", "--db", demo_path, "--on", DEMO_TODAY,
                       "--json")
    data = json.loads(out)
    assert data["summary"] == "1 intervalo de más de 3 meses."
    [gap] = data["gaps"]
    assert gap["length"] == "4 meses y 27 días" and gap["start"] == "2025-07-25"   # values stay values
    assert gap["message"] == ("Del 25 de julio de 2025 al 22 de diciembre de 2025: 4 meses y 27 días entre reuniones "
                              "del foro, más de 3 meses.")
