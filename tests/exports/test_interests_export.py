"""The register of interests, the declaration form and the compliance summary, read back."""
from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
import zlib

import docx
import pytest
from pypdf import PdfReader

from msf_desk.core import breaches, ethics, forum
from msf_desk.model.ethics import Declaration, Interest
from msf_desk.model.members import Member
from msf_desk.core.members import add_member
from msf_desk.exports.atomic import Cancelled
from msf_desk.exports.interests import (export_compliance_summary, export_declaration_form,
                                        export_register)

ON = dt.date(2026, 6, 15)
FORUM_ONLY_ORG = "SENTINEL-FORUMONLY-ORG-4410"
FORUM_ONLY_DESC = "SENTINEL-FORUMONLY-DESC-8812"
REASON = "SENTINEL-REASON-3307"
TYPED = "SENTINEL-TYPED-CONFIRMATION-6620"
EMAIL = "SENTINEL-EMAIL-7731@x.org"
PHONE = "SENTINEL-PHONE-5550199"
HIDDEN_NAME = "SENTINEL-HIDDEN-NAME-2291"
SENTINELS = [FORUM_ONLY_ORG, FORUM_ONLY_DESC, REASON, TYPED, EMAIL, PHONE, HIDDEN_NAME]


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return " ".join(" ".join(parts).split())


def pdf_text(path) -> str:
    # Words only: table cells wrap lines anywhere.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def squash(text: str) -> str:
    """No whitespace at all: a sentinel wrapped over two lines is still found."""
    return "".join(text.split())


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


@pytest.fixture
def leaky(db, tmp_path):
    """A forum whose private fields all carry sentinels."""
    ana = add_member(db, Member(name="Ana Public", organisation="Open Budget Coalition", sector="civil_society",
                                email=EMAIL, phone=PHONE, term_start=dt.date(2025, 1, 1)))
    hidden = add_member(db, Member(name=HIDDEN_NAME, organisation="Quiet Org", sector="academia",
                                   publish_name=False, term_start=dt.date(2025, 1, 1)))
    gov = add_member(db, Member(name="Gil Gov", organisation="Ministry of Finance", sector="national_government",
                                term_start=dt.date(2025, 1, 1)))
    ethics.add_declaration(db, Declaration(ana.id, dt.date(2026, 1, 10), "periodic", interests=[
        Interest("employment", "Open Budget Coalition", "Executive director", from_date=dt.date(2019, 1, 1)),
        Interest("family", FORUM_ONLY_ORG, FORUM_ONLY_DESC, visibility="forum_only", reason=REASON)]))
    ethics.add_declaration(db, Declaration(hidden.id, dt.date(2026, 2, 1), "joining", interests=[
        Interest("gifts", "Summit organisers", "Travel to a conference")]))
    ethics.add_declaration(db, Declaration(gov.id, dt.date(2025, 3, 1), "joining", nothing_to_declare=True))
    statement = ethics.new_statement_version(db, ethics.DEFAULT_STATEMENT, dt.date(2025, 1, 1))
    ethics.sign(db, ana.id, statement.id, dt.date(2025, 1, 5), confirmation=TYPED)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    ethics.sign(db, gov.id, statement.id, dt.date(2025, 1, 6), scan=scan, files_dir=tmp_path / "files")
    breaches.record_breach(db, breaches.Breach(hidden.id, "Late declaration", dt.date(2026, 3, 1),
                                               handled_by="Co-chairs", sanction="warning",
                                               decided_on=dt.date(2026, 3, 10)))
    return db, ana, hidden, gov


def test_public_register_leaks_nothing_private(leaky, tmp_path):
    db, *_ = leaky
    paths = export_register(db, audience="public", formats=["docx", "pdf", "csv"], out_dir=tmp_path / "out", on=ON)
    assert sorted(p.suffix for p in paths) == [".csv", ".docx", ".pdf"]
    docx_path, pdf_path, csv_path = (next(p for p in paths if p.suffix == s) for s in (".docx", ".pdf", ".csv"))

    with zipfile.ZipFile(docx_path) as z:
        for name in z.namelist():
            data = z.read(name)
            for sentinel in SENTINELS:
                assert sentinel.encode() not in data, f"{sentinel} in {name}"
            assert not re.search(rb"[\w.+-]+@[\w-]+\.[\w.]+", data), f"an e-mail address in {name}"
    raw = pdf_path.read_bytes()
    streams = [raw] + [_inflate(s) for s in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S)]
    text = pdf_text(pdf_path)
    data = csv_path.read_bytes()
    for sentinel in SENTINELS:
        assert sentinel not in squash(text) and all(sentinel.encode() not in s for s in streams)
        assert sentinel.encode() not in data
    # What the public may see is there: the scan above can fail.
    for body in (text, docx_text(docx_path)):
        assert "Ana Public" in body and "Executive director" in body and "Quiet Org" in body
        assert "Nothing to declare" in body and "Forum only" not in body
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig")))
    assert {r["member"] for r in rows} == {"Ana Public", "Quiet Org", "Gil Gov"}
    assert "reason" not in rows[0] and "visibility" not in rows[0]
    assert [r["interest_organisation"] for r in rows if r["member"] == "Ana Public"] == ["Open Budget Coalition"]


def test_members_register_carries_forum_only_interests(leaky, tmp_path):
    db, *_ = leaky
    paths = export_register(db, audience="members", formats=["pdf", "csv"], out_dir=tmp_path, on=ON)
    text = squash(pdf_text(paths[0]))
    assert FORUM_ONLY_ORG in text and REASON in text and HIDDEN_NAME in text
    assert TYPED not in text and EMAIL not in text
    rows = list(csv.DictReader(paths[1].open(encoding="utf-8-sig")))
    private = next(r for r in rows if r["interest_organisation"] == FORUM_ONLY_ORG)
    assert (private["visibility"], private["reason"]) == ("Forum only", REASON)


def test_no_names_when_the_forum_publishes_none(leaky, tmp_path):
    db, *_ = leaky
    forum.save(db, forum.replace(forum.load(db), publish_names=False))
    paths = export_register(db, audience="public", formats=["pdf", "csv"], out_dir=tmp_path, on=ON)
    text = pdf_text(paths[0]) + paths[1].read_text(encoding="utf-8-sig")
    for name in ("Ana Public", "Gil Gov", HIDDEN_NAME):
        assert squash(name) not in squash(text)
    assert "Open Budget Coalition" in text and "Ministry of Finance" in text


def test_declaration_form_is_prefilled(leaky, tmp_path):
    db, ana, _, gov = leaky
    paths = export_declaration_form(db, ana.id, formats=["docx", "pdf"], out_dir=tmp_path, today=ON)
    for text in (docx_text(paths[0]), pdf_text(paths[1])):
        assert "Declaration of interests" in text and "Ana Public" in text
        assert "Executive director" in text and FORUM_ONLY_ORG in squash(text)  # her own form shows everything
        assert "10 January 2026" in text and "version 1" in text
        assert EMAIL not in text and TYPED not in text
    text = docx_text(export_declaration_form(db, gov.id, formats=["docx"], out_dir=tmp_path, today=ON)[0])
    assert "nothing to declare" in text


def test_compliance_summary_lists_reminders_and_breaches(leaky, tmp_path):
    db, *_ = leaky
    paths = export_compliance_summary(db, formats=["docx", "pdf"], out_dir=tmp_path, today=ON)
    for text in (docx_text(paths[0]), pdf_text(paths[1])):
        assert "signed by 2 of 3 members" in text
        assert "Sign version 1 of the ethics statement" in text  # the hidden member has not signed
        assert "Renew the declaration of interests (due 1 March 2026)" in text
        assert "Late declaration" in text and "Warning" in text
        assert TYPED not in text and EMAIL not in text


def test_a_cancelled_export_writes_nothing(leaky, tmp_path):
    db, *_ = leaky
    out = tmp_path / "out"

    def cancel(done, total):
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_register(db, audience="public", formats=["docx", "pdf", "csv"], out_dir=out, on=ON, progress=cancel)
    assert list(out.iterdir()) == []
    seen = []
    export_register(db, audience="public", formats=["pdf"], out_dir=out, on=ON,
                    progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]


def test_wrong_format_is_refused(leaky, tmp_path):
    from msf_desk.model.errors import UserError

    db, ana, *_ = leaky
    with pytest.raises(UserError, match="csv"):
        export_declaration_form(db, ana.id, formats=["csv"], out_dir=tmp_path)
