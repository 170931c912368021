"""`msf-desk responses …`, `consultations …` and `export responses`."""
from __future__ import annotations

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
