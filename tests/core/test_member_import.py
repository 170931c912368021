import pytest

from msf_desk.model.errors import ImportFailed
from msf_desk.core.member_import import HEADERS, import_members, template
from msf_desk.core.members import add_member, list_members
from msf_desk.model.members import Member

GOOD = (
    "Name,Organization,Sector,Role,Voting,Term_Start,Term_End,Email,Phone,High_Level,Alternate_For\n"
    "Hélène Côté,City of Riverside,Local Government,member,yes,2026-01-01,2027-12-31,h@example.org,,no,\n"
    "Nguyễn Thị Lan,Digital Agency,national government,co-chair,yes,2026-01-01,,,,yes,\n"
    "Paolo Rossi,Digital Agency,National Government,alternate,yes,,,,,,Nguyễn Thị Lan\n"
)


def write(tmp_path, text, encoding="utf-8", name="members.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_import_reads_each_encoding(db, tmp_path, encoding):
    text = GOOD if encoding != "cp1252" else GOOD.replace("Nguyễn Thị Lan", "Noël Dupré")
    result = import_members(db, write(tmp_path, text, encoding))
    assert result.count == 3
    names = {m.name for m in list_members(db)}
    assert "Hélène Côté" in names
    alt = next(m for m in list_members(db) if m.name == "Paolo Rossi")
    holder = next(m for m in list_members(db) if m.id == alt.alternate_for)
    assert holder.role == "co_chair"


def test_headers_any_order_and_case_and_side_override(db, tmp_path):
    text = "SECTOR,name,side\nother,Jo Bloggs,government\n"
    import_members(db, write(tmp_path, text))
    (m,) = list_members(db)
    assert (m.side, m.side_overridden) == ("government", True)


def test_xlsx_import(db, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["name", "sector", "term_start"])
    book.active.append(["Amara Okafor", "Civil society", "2026-02-01"])
    path = tmp_path / "m.xlsx"
    book.save(path)
    import_members(db, path)
    assert list_members(db)[0].term_start.isoformat() == "2026-02-01"


BAD_ROWS = [
    (",civil_society\n", "name", "name is missing"),
    ("Ana,underwater basket weaving\n", "sector", "is not a sector"),
    ("Ana,civil_society,2026-02-30\n", "term_start", "is not a date"),
    ("Ana,civil_society,2026-05-01,2026-04-01\n", "term_end", "ends before it starts"),
    ("Ana,civil_society,,,,nobody at all\n", "alternate_for", "nobody known"),
    ("Ana,civil_society,,,perhaps\n", "voting", "not yes or no"),
    ("Existing Person,civil_society\n", "name", "already a member"),
]


@pytest.mark.parametrize("row,column,message", BAD_ROWS)
def test_each_kind_of_bad_row_is_reported_and_nothing_written(db, tmp_path, row, column, message):
    add_member(db, Member(name="Existing Person", sector="civil_society"))
    header = "name,sector,term_start,term_end,voting,alternate_for\n"
    text = header + "Good One,academia\n" + row
    with pytest.raises(ImportFailed) as info:
        import_members(db, write(tmp_path, text))
    problems = info.value.problems
    assert [(p.row, p.column) for p in problems] == [(3, column)]
    assert message in problems[0].message
    assert "row 3" in str(info.value) and "nothing was imported" in str(info.value)
    assert [m.name for m in list_members(db)] == ["Existing Person"]


@pytest.mark.parametrize("email", ["ana at example.org", "ana@example", "ana@@example.org", "an a@example.org"])
def test_an_address_that_is_not_one_names_the_row_and_field(db, tmp_path, email):
    text = f"name,sector,email\nGood One,academia,g@example.org\nAna,civil_society,{email}\n"
    with pytest.raises(ImportFailed) as info:
        import_members(db, write(tmp_path, text))
    assert [(p.row, p.column) for p in info.value.problems] == [(3, "email")]
    assert f"'{email}' is not an e-mail address" in info.value.problems[0].message
    assert list_members(db) == []


def test_the_same_addresses_pass_for_members_the_forum_and_imports():
    from msf_desk.core.addresses import is_email_address

    assert is_email_address("h@example.org") and is_email_address("first.last+forum@sub.example.gov")
    for text in ("", "h@example", "h example@x.org", "@example.org", "h@x@y.org", "h@.org "):
        assert not is_email_address(text), text


def test_duplicate_within_the_file(db, tmp_path):
    text = "name,sector\nAna,civil_society\nana ,civil_society\n"
    with pytest.raises(ImportFailed) as info:
        import_members(db, write(tmp_path, text))
    assert "already appears in row 2" in info.value.problems[0].message


def test_missing_required_header(db, tmp_path):
    with pytest.raises(ImportFailed, match="no 'sector' column"):
        import_members(db, write(tmp_path, "name\nAna\n"))


def test_dry_run_writes_nothing(db, tmp_path):
    result = import_members(db, write(tmp_path, GOOD), dry_run=True)
    assert result.count == 3 and not result.written
    assert list_members(db) == []


def test_template_has_the_documented_headers(tmp_path):
    from msf_desk.core.tabular import read_table

    sheet = read_table(template(tmp_path / "t.csv"))
    assert sheet.headers == HEADERS
    xlsx = read_table(template(tmp_path / "t.xlsx"))
    assert xlsx.headers == HEADERS


def test_an_import_cancelled_at_its_last_report_writes_nothing(db, tmp_path):
    """The worker's Cancel reaches the import's last report, inside its transaction: rolled back."""
    from msf_desk.core import audit, member_import
    from msf_desk.exports.atomic import Cancelled

    path = tmp_path / "members.csv"
    path.write_text("name,organisation,sector\n" + "".join(f"Person {n},Org {n},academia\n" for n in range(120)),
                    encoding="utf-8")
    reports = []

    def progress(done, total):
        reports.append((done, total))
        if reports[-1] == (120, 120):
            raise Cancelled()

    with pytest.raises(Cancelled):
        member_import.import_members(db, path, progress=progress)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert not any("Imported" in c.summary for c in audit.history(db))
    assert reports[:3] == [(0, 120), (50, 120), (100, 120)]
    result = member_import.import_members(db, path, progress=lambda done, total: None)
    assert result.written and db.execute("SELECT count(*) FROM members").fetchone()[0] == 120
