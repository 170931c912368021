"""`msf-desk responses …`, `consultations …` and `export responses`."""
from __future__ import annotations

import datetime as dt
import json

from msf_desk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def add_consultation(capsys, db_path) -> int:
    code, out, _ = run(capsys, "consultations", "add", "--db", db_path, "--name", "Draft commitments",
                       "--stage", "draft plan", "--opens", "2026-02-01", "--closes", "2026-02-10",
                       "--channels", "online platform, e-mail", "--json")
    assert code == 0
    data = json.loads(out)
    assert "2 weeks" in data["warnings"][0]  # open nine days
    return data["id"]


def test_import_dry_run_then_for_real_then_again(db, forum_path, tmp_path, capsys):
    cid = add_consultation(capsys, forum_path)
    path = tmp_path / "platform.csv"
    path.write_text("Paragraph,Comment,Agree,Disagree,Date\n"
                    "P1,Give the plan a budget line,4,0,2026-02-03\n"
                    "P2,Name a lead agency for each commitment,7,1,2026-02-04\n", encoding="utf-8")
    code, out, _ = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path, "--dry-run")
    assert code == 0 and "would add 2" in out
    assert db.execute("SELECT count(*) FROM contributions").fetchone()[0] == 0
    code, out, _ = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path)
    assert code == 0 and "added 2" in out
    code, out, _ = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path, "--json")
    data = json.loads(out)
    assert (data["added"], data["already_imported"]) == (0, 2)
    assert data["mapping"]["Comment"] == "text"


def test_import_with_a_mapping_file_and_bad_rows(forum_path, tmp_path, capsys, db):
    cid = add_consultation(capsys, forum_path)
    path = tmp_path / "odd.csv"
    path.write_text("Quand,Quoi\n2026-02-03,Publier les contrats\nhier,Ouvrir les données\n", encoding="utf-8")
    code, _, err = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path)
    assert code == 1 and "map one to 'text'" in err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Quand": "received", "Quoi": "text"}), encoding="utf-8")
    code, _, err = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path,
                       "--mapping", mapping)
    assert code == 1 and "row 3, column 'Quand'" in err and "nothing was imported" in err
    assert db.execute("SELECT count(*) FROM contributions").fetchone()[0] == 0


def test_import_into_a_missing_consultation_is_refused(forum_path, tmp_path, capsys, db):
    path = tmp_path / "c.csv"
    path.write_text("text\nhello\n", encoding="utf-8")
    code, _, err = run(capsys, "responses", "import", path, "--consultation", 42, "--db", forum_path)
    assert code == 1 and "no consultation with id 42" in err


def test_template_writes_the_headers(tmp_path, capsys):
    code, out, _ = run(capsys, "responses", "template", tmp_path / "t.xlsx")
    assert code == 0
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["received", "channel", "contributor"]


def test_consultations_list_and_overdue_on_the_demo(demo_path, capsys):
    code, out, _ = run(capsys, "consultations", "list", "--db", demo_path, "--on", "2026-06-15", "--json")
    assert code == 0
    data = json.loads(out)
    assert [c["stage"] for c in data] == ["theme_scoping", "draft_plan", "self_assessment"]
    assert [c["status"] for c in data] == ["closed", "closed", "open"]
    assert data[1]["answered_late"] == 1 and data[1]["overdue"] == 2
    code, out, _ = run(capsys, "responses", "overdue", "--db", demo_path, "--on", "2026-06-15", "--json")
    overdue = json.loads(out)["overdue"]
    assert len(overdue) == 2 and all(item["working_days_overdue"] > 0 for item in overdue)
    code, out, _ = run(capsys, "responses", "overdue", "--db", demo_path, "--on", "2026-06-15")
    assert "Overdue (2)" in out
    code, out, _ = run(capsys, "consultations", "list", "--db", demo_path, "--on", "2026-06-15")
    assert "Self-assessment report" in out


def test_export_writes_every_format(demo_path, tmp_path, capsys):
    code, out, _ = run(capsys, "consultations", "list", "--db", demo_path, "--json")
    cid = json.loads(out)[0]["id"]
    code, out, _ = run(capsys, "export", "responses", "--consultation", cid, "--audience", "public",
                       "--format", "docx,pdf,csv,json", "--out", tmp_path / "out", "--db", demo_path)
    assert code == 0
    written = sorted(p.suffix for p in (tmp_path / "out").iterdir())
    assert written == [".csv", ".docx", ".json", ".pdf"]
    assert out.count("Wrote") == 4


def test_export_refuses_an_unknown_format(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "export", "responses", "--consultation", 1, "--format", "odt",
                       "--out", tmp_path, "--db", demo_path)
    assert code == 1 and "--format" in err


def test_an_unrecognised_layout_exits_1_and_prints_the_mapping_to_confirm(forum_path, tmp_path, capsys, db):
    cid = add_consultation(capsys, forum_path)
    path = tmp_path / "export.csv"
    path.write_text("id,comments,supports,Titel\n1,5,3,Offene Daten\n", encoding="utf-8")
    code, out, err = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path)
    assert code == 1 and "nothing was imported" in err and "only numbers" in err
    proposed = json.loads(out)
    assert proposed == {"id": "", "comments": "", "supports": "votes_for", "Titel": ""}
    proposed["Titel"] = "text"
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(proposed), encoding="utf-8")
    code, out, _ = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path,
                       "--mapping", mapping, "--dry-run")
    assert code == 0 and "would add 1" in out
    assert "Text:             Offene Daten" in out and "Columns left unused: id, comments" in out
    assert db.execute("SELECT count(*) FROM contributions").fetchone()[0] == 0


def _import_platform_file(capsys, forum_path, tmp_path, cid):
    path = tmp_path / "proposals.csv"
    path.write_text(
        "id;title/en;body/en;state;reference;answer/en;supports;comments;published_at;author/name;category/name/en\n"
        "1;Open data;Publish it;;R-1;;4;2;2026-02-03 10:00:00 UTC;Ana;Data\n"
        "2;Open budgets;Monthly;;R-2;;1;0;2026-02-04 10:00:00 UTC;Ben;Data\n"
        "3;More parks;Two;;R-3;;0;0;2026-02-04 11:00:00 UTC;Eva;Parks\n"
        "4;Hearings;In regions;withdrawn;R-4;;0;0;2026-02-05 11:00:00 UTC;Lu;Data\n", encoding="utf-8")
    code, out, err = run(capsys, "responses", "import", path, "--consultation", cid, "--db", forum_path)
    assert code == 0, err
    return path


def test_responses_list_shows_names_and_sources(forum_path, tmp_path, capsys, db):
    cid = add_consultation(capsys, forum_path)
    _import_platform_file(capsys, forum_path, tmp_path, cid)
    code, out, _ = run(capsys, "responses", "list", "--consultation", cid, "--db", forum_path, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4
    first = next(row for row in rows if row["source_id"] == "proposal/1")
    assert (first["contributor_name"], first["source"], first["theme"], first["votes_for"]) == ("Ana", "decidim", "Data", 4)
    assert first["contributor"].startswith("Ana")
    from msf_desk.core.audience.responses import OPEN_DATA_FIELDS
    assert all(name in first for name, _, _ in OPEN_DATA_FIELDS)
    assert next(row for row in rows if row["source_id"] == "proposal/4")["withdrawn"] == "2026-02-05"
    code, out, _ = run(capsys, "responses", "list", "--consultation", cid, "--db", forum_path)
    assert "Members' view" in out and "Ana" in out and "withdrawn 2026-02-05" in out


def test_responses_answer_by_theme_ids_and_duplicates(forum_path, tmp_path, capsys, db):
    from msf_desk.core import responses as core

    cid = add_consultation(capsys, forum_path)
    _import_platform_file(capsys, forum_path, tmp_path, cid)
    ids = {row[1]: row[0] for row in db.execute("SELECT id, source_id FROM contributions")}
    code, out, _ = run(capsys, "responses", "answer", "--consultation", cid, "--theme", "Data", "--outcome",
                       "included", "--reason", "Commitment 2 covers it.", "--decided-by", "Steering group",
                       "--on", "2026-02-20", "--db", forum_path)
    assert code == 0 and "Answered 2 contribution(s): Included" in out   # the withdrawn one is left out
    c = core.get_contribution(db, ids["proposal/1"])
    assert (c.response.outcome, c.response.reason, c.response.decided_by, c.response.answered_on) == (
        "included", "Commitment 2 covers it.", "Steering group", dt.date(2026, 2, 20))
    assert core.get_contribution(db, ids["proposal/4"]).response.outcome is None
    code, _, err = run(capsys, "responses", "answer", "--consultation", cid, "--theme", "Data", "--unanswered",
                       "--outcome", "deferred", "--reason", "Later.", "--db", forum_path)
    assert code == 1 and "selection is empty" in err
    code, _, err = run(capsys, "responses", "answer", "--consultation", cid, "--ids", f"{ids['proposal/3']},999",
                       "--outcome", "not included", "--reason", "No.", "--db", forum_path)
    assert code == 1 and "no. 999" in err
    assert core.get_contribution(db, ids["proposal/3"]).response.outcome is None      # all or nothing
    code, _, err = run(capsys, "responses", "answer", "--consultation", cid, "--ids", ids["proposal/3"],
                       "--outcome", "not included", "--reason", " ", "--db", forum_path)
    assert code == 1 and "reason is required" in err
    core.set_link(db, ids["proposal/2"], "duplicate_of", ids["proposal/3"])
    code, out, _ = run(capsys, "responses", "answer", "--consultation", cid, "--duplicates-of", ids["proposal/3"],
                       "--outcome", "merged", "--reason", "Same idea as no. 3.", "--db", forum_path, "--json")
    assert json.loads(out) == {"answered": 1, "ids": [ids["proposal/2"]], "outcome": "merged"}
    assert core.reusable_reasons(db)[:2] == ["Commitment 2 covers it.", "Same idea as no. 3."] or \
        set(core.reusable_reasons(db)) == {"Commitment 2 covers it.", "Same idea as no. 3."}


def test_responses_answer_records_the_meeting_where_the_forum_decided(demo_path, demo_db, capsys):
    from msf_desk.core import responses as core
    from msf_desk.core import consultations_due

    cons = next(c for c in consultations_due.list_consultations(demo_db) if c.stage == "self_assessment")
    open_ids = [row[0] for row in demo_db.execute(
        "SELECT id FROM contributions WHERE consultation_id = ? AND outcome IS NULL ORDER BY id LIMIT 2", [cons.id])]
    meeting_id, title = demo_db.execute("SELECT id, title FROM meetings ORDER BY starts_at LIMIT 1").fetchone()
    code, _, err = run(capsys, "responses", "answer", "--consultation", cons.id, "--ids",
                       ",".join(map(str, open_ids)), "--outcome", "deferred", "--reason", "Next cycle.",
                       "--meeting", 99999, "--db", demo_path)
    assert code == 1 and "no meeting with id 99999" in err
    code, out, _ = run(capsys, "responses", "answer", "--consultation", cons.id, "--ids",
                       ",".join(map(str, open_ids)), "--outcome", "deferred", "--reason", "Next cycle.",
                       "--meeting", meeting_id, "--on", "2026-12-01", "--db", demo_path)
    assert code == 0 and "Answered 2 contribution(s)" in out
    for cid in open_ids:
        response = core.get_contribution(demo_db, cid).response
        assert response.meeting_id == meeting_id and title in response.decided_by
