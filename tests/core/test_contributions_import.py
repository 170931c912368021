"""Importing contributions: recognised headers, platform exports, mappings, encodings,
bad rows, and re-importing the same file."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from msf_desk.core import contribution_columns as columns
from msf_desk.core import contributions_import as imp
from msf_desk.core import responses as r
from msf_desk.core import consultations_due
from msf_desk.model.errors import ImportFailed, UserError
from msf_desk.store import responses as store
from msf_desk.model.responses import Consultation, Contribution, ContributionFilter
from msf_desk.core.contribution_columns import auto_mapping, headers_key

TODAY = dt.date(2026, 4, 1)


@pytest.fixture
def cons(db):
    return r.save_consultation(db, Consultation(
        name="Draft plan", stage="draft_plan", opens_on=dt.date(2026, 2, 1), closes_on=dt.date(2026, 3, 1),
        channels=["online_platform"]))


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def count(db):
    return db.execute("SELECT count(*) FROM contributions").fetchone()[0]


def test_template_has_the_documented_headers_and_imports_back(db, cons, tmp_path):
    path = columns.template(tmp_path / "template.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].split(",") == columns.HEADERS
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.added == 1
    c = r.get_contribution(db, r.search_ids(db, ContributionFilter())[0])
    assert (c.channel, c.contributor_type, c.publish_name, c.theme) == ("email", "civil_society", True,
                                                                         "Open contracting")


def test_headers_are_recognised_in_any_order_and_case(db, cons, tmp_path):
    path = write_csv(tmp_path / "c.csv",
                     "TEXT,Organization,Received,Channel,Publish_Name,Contributor,Theme,Section,"
                     "Votes_For,Votes_Against,Opinions,Average_Support,Contributor_Type\n"
                     "Open the registers,Data Lab,2026-02-10,e-mail,no,Ana Silva,Registers,2.1,3,1,4,0.5,academia\n")
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.mapping_from == "recognised" and result.added == 1
    c = r.get_contribution(db, r.search_ids(db, ContributionFilter())[0])
    assert c.received_on == dt.date(2026, 2, 10) and c.organisation == "Data Lab"
    assert (c.votes_for, c.votes_against, c.opinions, c.average_support) == (3, 1, 4, 0.5)
    assert c.contributor_type == "academia" and c.publish_name is False
    assert c.due_on == consultations_due.due_date(dt.date(2026, 2, 10), 20)


def test_a_paragraph_by_paragraph_platform_export_maps_without_help(db, cons, tmp_path):
    # The shape of a discussion platform's export: one comment per row, on a numbered paragraph.
    path = write_csv(tmp_path / "platform.csv",
                     "Paragraph reference;Author;Comments;Agree;Disagree;Date\n"
                     "P4;Lina;The milestones need dates.;9;2;2026-02-12 14:03\n"
                     "P4;;Who pays for the portal?;3;0;2026-02-13 09:30\n"
                     "P7;Marc;Add the regions to the working group.;15;1;2026-02-20 17:45\n")
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.added == 3
    assert result.mapping == {"Paragraph reference": "section", "Author": "contributor", "Comments": "text",
                              "Agree": "votes_for", "Disagree": "votes_against", "Date": "received"}
    rows = [r.get_contribution(db, i) for i in r.search_ids(db, ContributionFilter(), descending=False)]
    assert [(c.section, c.votes_for, c.votes_against) for c in rows] == [("P4", 9, 2), ("P4", 3, 0), ("P7", 15, 1)]
    assert all(c.channel == "online_platform" for c in rows)
    assert rows[1].contributor_type == "individual" and rows[1].publish_name is False


@pytest.mark.parametrize("headers", [
    ("Paragraph", "Comment", "Votes for", "Votes against"),
    ("Section", "comment", "Support", "Oppose"),
    ("paragraph_ref", "Comment text", "Positive votes", "Negative votes"),
])
def test_common_header_variants_are_recognised(headers):
    assert list(auto_mapping(list(headers)).values()) == ["section", "text", "votes_for", "votes_against"]


def test_a_long_average_support_header_is_recognised():
    header = "Average level of support (Scale -1 oppose; 0 neutral; 1 support)"
    assert auto_mapping(["Proposal", "Number of opinions", header]) == {
        "Proposal": "text", "Number of opinions": "opinions", header: "average_support"}


def test_windows_1252_and_bom_files_are_read(db, cons, tmp_path):
    body = "received,text,contributor,publish_name\n2026-02-10,Acceso a la información pública,José Núñez,yes\n"
    imp.import_contributions(db, write_csv(tmp_path / "a.csv", body, "cp1252"), cons.id, today=TODAY)
    imp.import_contributions(db, write_csv(tmp_path / "b.csv", body.replace("José", "Zoë"), "utf-8-sig"),
                             cons.id, today=TODAY)
    names = sorted(r.get_contribution(db, i).contributor_name for i in r.search_ids(db, ContributionFilter()))
    assert names == ["José Núñez", "Zoë Núñez"]
    assert r.search_ids(db, ContributionFilter(text="informacion"))


def test_xlsx_with_date_cells(db, cons, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Received", "Text", "Theme", "Anonymous"])
    sheet.append([dt.datetime(2026, 2, 14, 0, 0), "Fund the local forums", "Local", "yes"])
    sheet.append([dt.datetime(2026, 2, 15, 10, 30), "Publish the audit reports", "Audit", "no"])
    book.save(tmp_path / "c.xlsx")
    imp.import_contributions(db, tmp_path / "c.xlsx", cons.id, today=TODAY)
    rows = [r.get_contribution(db, i) for i in r.search_ids(db, ContributionFilter(), descending=False)]
    assert [(c.received_on, c.publish_name) for c in rows] == [
        (dt.date(2026, 2, 14), False), (dt.date(2026, 2, 15), True)]


def test_every_bad_row_is_reported_and_nothing_is_written(db, cons, tmp_path):
    path = write_csv(tmp_path / "bad.csv",
                     "received,channel,text,publish_name,votes_for,average_support,contributor_type\n"
                     "2026-02-10,e-mail,Fine row,yes,1,0.2,individual\n"
                     "10/02/2026,fax,,maybe,-3,1.5,alien\n"
                     "2099-01-01,phone,Future row,,two,,\n")
    with pytest.raises(ImportFailed) as err:
        imp.import_contributions(db, path, cons.id, today=TODAY)
    problems = {(p.row, p.column) for p in err.value.problems}
    assert problems == {
        (3, "received"), (3, "channel"), (3, "text"), (3, "publish_name"), (3, "votes_for"),
        (3, "average_support"), (3, "contributor_type"), (4, "received"), (4, "votes_for"),
    }
    assert "row 3, column 'channel': 'fax' is not a channel" in str(err.value)
    assert count(db) == 0


def test_importing_the_same_file_twice_adds_nothing(db, cons, tmp_path):
    path = write_csv(tmp_path / "c.csv",
                     "received,text,contributor\n"
                     "2026-02-10,Publish the registers,Ana\n"
                     "2026-02-10,Same words from two people,\n"
                     "2026-02-10,Same words from two people,\n")
    first = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert (first.added, first.already_imported) == (3, 0)  # identical rows in one file are both kept
    second = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert (second.added, second.already_imported) == (0, 3)
    assert count(db) == 3
    # A newer export of the same rows, with one more row and updated votes, adds only the new one.
    write_csv(path, "received,text,contributor,votes_for\n"
                    "2026-02-10,Publish the registers,Ana,8\n"
                    "2026-02-10,Same words from two people,,1\n"
                    "2026-02-10,Same words from two people,,2\n"
                    "2026-02-11,A new idea,,0\n")
    third = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert (third.added, third.already_imported) == (1, 3)


def test_the_same_rows_in_another_consultation_are_new(db, cons, tmp_path):
    other = r.save_consultation(db, Consultation(name="Themes", stage="theme_scoping"))
    path = write_csv(tmp_path / "c.csv", "received,text\n2026-02-10,Publish the registers\n")
    imp.import_contributions(db, path, cons.id, today=TODAY)
    assert imp.import_contributions(db, path, other.id, today=TODAY).added == 1


def test_dry_run_checks_but_writes_nothing(db, cons, tmp_path):
    path = write_csv(tmp_path / "c.csv", "received,text\n2026-02-10,Publish the registers\n")
    result = imp.import_contributions(db, path, cons.id, dry_run=True, today=TODAY)
    assert result.added == 1 and result.dry_run
    assert count(db) == 0


def test_unknown_headers_need_a_mapping_which_is_then_remembered(db, cons, tmp_path):
    path = write_csv(tmp_path / "es.csv", "Fecha,Aporte,Eje,Nombre\n2026-02-10,Datos abiertos de compras,Compras,Eva\n")
    with pytest.raises(ImportFailed) as err:
        imp.import_contributions(db, path, cons.id, today=TODAY)
    assert err.value.problems[0].column == "text"
    mapping = {"Fecha": "received", "Aporte": "text", "Eje": "theme", "Nombre": "contributor"}
    result = imp.import_contributions(db, path, cons.id, mapping=mapping, today=TODAY)
    assert result.added == 1 and result.mapping_from == "given"
    # The same columns in another order and case: the remembered mapping is used.
    again = write_csv(tmp_path / "es2.csv", "eje,APORTE,nombre,fecha\nTransporte,Horarios de autobuses,Luis,2026-02-11\n")
    result = imp.import_contributions(db, again, cons.id, today=TODAY)
    assert result.mapping_from == "remembered" and result.added == 1
    c = r.get_contribution(db, r.search_ids(db, ContributionFilter(text="autobuses"))[0])
    assert (c.theme, c.contributor_name, c.received_on) == ("Transporte", "Luis", dt.date(2026, 2, 11))


def test_a_wrong_mapping_is_reported_on_the_header(db, cons, tmp_path):
    path = write_csv(tmp_path / "c.csv", "A,B\nx,y\n")
    with pytest.raises(ImportFailed) as err:
        imp.import_contributions(db, path, cons.id, mapping={"A": "text", "B": "text", "C": "theme"}, today=TODAY)
    messages = {(p.row, p.column): p.message for p in err.value.problems}
    assert "already read from the column 'A'" in messages[(0, "B")]
    assert messages[(0, "C")] == "the file has no such column"
    with pytest.raises(ImportFailed):
        imp.import_contributions(db, path, cons.id, mapping={"A": "colour"}, today=TODAY)


def test_mapping_files(tmp_path):
    good = tmp_path / "m.json"
    good.write_text(json.dumps({"Aporte": "text", "Otro": None}), encoding="utf-8")
    assert columns.load_mapping_file(good) == {"Aporte": "text", "Otro": ""}
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(UserError):
        columns.load_mapping_file(bad)
    with pytest.raises(UserError):
        columns.load_mapping_file(tmp_path / "missing.json")


def test_without_a_date_column_contributions_are_dated_at_the_close(db, cons, tmp_path):
    path = write_csv(tmp_path / "c.csv", "comment\nMore time for comments\n")
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert any("2026-03-01" in note for note in result.notes)
    c = r.get_contribution(db, r.search_ids(db, ContributionFilter())[0])
    assert c.received_on == dt.date(2026, 3, 1)


def test_a_header_without_rows_is_refused(db, cons, tmp_path):
    with pytest.raises(UserError, match="no contributions"):
        imp.import_contributions(db, write_csv(tmp_path / "c.csv", "text\n"), cons.id, today=TODAY)


def test_store_remembers_mappings_by_header_set(db):
    key = headers_key(["B", "a"])
    assert key == headers_key(["A ", "b"])
    store.save_mapping(db, key, ["B", "a"], {"B": "text"})
    assert store.get_mapping(db, key) == {"B": "text"}


def test_bulk_imports_are_searchable_and_keep_the_search_trigger(db, cons, tmp_path):
    rows = "".join(f"2026-02-{1 + n % 28:02d},Comment about lighthouse number {n}\n" for n in range(1500))
    imp.import_contributions(db, write_csv(tmp_path / "c.csv", "received,text\n" + rows), cons.id, today=TODAY)
    assert len(r.search_ids(db, ContributionFilter(text="lighthouse"))) == 1500
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'contributions_fts_insert'").fetchone()[0] == 1
    later = r.add_contribution(db, Contribution(consultation_id=cons.id, received_on=TODAY, text="A windmill"))
    assert r.search_ids(db, ContributionFilter(text="windmill")) == [later.id]
    assert db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
