"""Minutes, the decisions register and the action tracker written to files and read back;
the public version scanned byte by byte for what it must never contain."""
from __future__ import annotations

import datetime as dt

import csv
import zipfile

import docx
import pytest
from pypdf import PdfReader

from msf_desk.core import forum
from msf_desk.model.errors import UserError
from msf_desk.exports.atomic import Cancelled
from msf_desk.exports.minutes import export_minutes, export_register, export_tracker

from tests.conftest import DEMO_TODAY

EMAIL = "SENTINEL-EMAIL-7731@x.org"
PHONE = "+00 SENTINEL-PHONE-5521"
GUEST = "SENTINEL-GUEST-NAME-9917"


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def meeting_with(db, where: str) -> int:
    return db.execute(f"SELECT meeting_id FROM minutes WHERE {where} ORDER BY meeting_id").fetchone()[0]


@pytest.fixture
def amended(demo_db) -> int:
    return meeting_with(demo_db, "meeting_id IN (SELECT meeting_id FROM amendments)")


def test_members_minutes_read_back_from_docx_and_pdf(demo_db, amended, tmp_path):
    paths = export_minutes(demo_db, amended, audience="members", formats=["docx", "pdf"], out_dir=tmp_path / "out",
                           today=DEMO_TODAY)
    assert sorted(p.suffix for p in paths) == [".docx", ".pdf"]
    for text in (docx_text(paths[0]), pdf_text(paths[1])):
        assert "Attendance" in text and "Quorum: 11 of 13 voting members present" in text
        assert "Decision 1\n" in text and "Agreed by consensus: no member objected." in text
        assert "Amendments after approval" in text and "wrongly" in text
        assert "Approved on" in text
        assert "Publish the themes with a reasoned response" in text  # the action table
    assert "Nino Beridze" in docx_text(paths[0])


def test_votes_table_and_failing_qualified_majority(demo_db, tmp_path):
    failed = meeting_with(demo_db, "meeting_id IN (SELECT meeting_id FROM decisions WHERE outcome = 'not_agreed' "
                                   "AND vote_held = 1)")
    [path] = export_minutes(demo_db, failed, audience="members", formats=["docx"], out_dir=tmp_path / "out",
                            today=DEMO_TODAY)
    document = docx.Document(str(path))
    votes = [t for t in document.tables if t.rows[0].cells[0].text == "Votes"]
    assert votes and [c.text for c in votes[0].rows[3].cells] == ["Total", "7", "3", "1"]
    text = docx_text(path)
    assert "Verdict | Not agreed: 7 of 12 members present voted for; 2/3 needed 8." in text
    assert "Deferred to a later meeting." in text


def test_breakout_notes_in_the_minutes(demo_db, tmp_path):
    meeting = meeting_with(demo_db, "meeting_id IN (SELECT ai.meeting_id FROM breakouts b JOIN agenda_items ai "
                                    "ON ai.id = b.item_id WHERE b.session != '')")
    [path] = export_minutes(demo_db, meeting, audience="members", formats=["pdf"], out_dir=tmp_path / "out",
                            today=DEMO_TODAY)
    text = pdf_text(path)
    assert "Session 1 — Group 1 (facilitator: Inès Moreau)" in text
    assert "Commitment 2" in text and "Session 2 — Plenary" in text
    assert "DRAFT" in text  # these minutes are circulated, not yet approved


def test_public_minutes_only_when_approved(demo_db, tmp_path):
    draft = meeting_with(demo_db, "status = 'draft'")
    with pytest.raises(UserError, match="only approved minutes are published"):
        export_minutes(demo_db, draft, audience="public", formats=["pdf"], out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def _plant_sentinels(db) -> None:
    with db.conn:
        db.conn.execute("UPDATE members SET email = ?, phone = ?", [EMAIL, PHONE])


def test_public_scan_names_contacts_and_withheld_guests(demo_db, amended, tmp_path):
    # The guest's name, who did not consent, and contact data planted everywhere private.
    _plant_sentinels(demo_db)
    forum.save(demo_db, forum.replace(forum.load(demo_db), contact_email=EMAIL, contact_phone=PHONE,
                                      publish_names=False))
    members = [r[0] for r in demo_db.execute("SELECT name FROM members WHERE role != 'secretariat'")]
    paths = export_minutes(demo_db, amended, audience="public", formats=["docx", "pdf"], out_dir=tmp_path / "out",
                           today=DEMO_TODAY)
    docx_path = next(p for p in paths if p.suffix == ".docx")
    pdf_path = next(p for p in paths if p.suffix == ".pdf")
    with zipfile.ZipFile(docx_path) as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    text = pdf_text(pdf_path)
    raw = pdf_path.read_bytes()
    for blob in (xml, text):
        assert EMAIL not in blob and PHONE not in blob
        assert "SENTINEL" not in blob
        for name in members:
            assert name not in blob, name
        assert "Ministry of Finance" in blob  # organisations instead of names
    assert b"SENTINEL" not in raw and EMAIL.encode() not in raw


def test_public_scan_guest_without_consent(demo_db, tmp_path):
    meeting = meeting_with(demo_db, "status = 'draft'")
    from msf_desk.core import minutes, records

    minutes.add_guest(demo_db, meeting, GUEST, "Guest Organisation", publish_name=False)
    minutes.add_guest(demo_db, meeting, "Consenting Guest", "Another Organisation", publish_name=True)
    decisions = minutes.verdicts_of(demo_db, meeting)
    for d in minutes.decisions_of(demo_db, meeting):
        if decisions[d.id].outcome == "incomplete":
            d.vote_held, d.rule = False, "consensus"
            minutes.update_decision(demo_db, d)
    minutes.circulate(demo_db, meeting, on=DEMO_TODAY)
    later = demo_db.execute("SELECT id FROM meetings WHERE starts_at > (SELECT starts_at FROM meetings WHERE id = ?) "
                            "AND kind = 'regular' ORDER BY starts_at", [meeting]).fetchone()[0]
    from msf_desk.core import meetings

    meetings.set_status(demo_db, later, "held", today=dt.date(2026, 12, 31))
    # (A closed meeting's minutes stay with members: tests/exports/test_frozen_minutes.py.)
    # The meeting is made public before approval: afterwards nothing about it can change.
    with demo_db.conn:
        demo_db.conn.execute("UPDATE meetings SET public = 1 WHERE id = ?", [meeting])
    records.approve(demo_db, meeting, later, today=dt.date(2026, 12, 31))
    paths = export_minutes(demo_db, meeting, audience="public", formats=["docx", "pdf"], out_dir=tmp_path / "out",
                           today=DEMO_TODAY)
    for path in paths:
        blob = docx_text(path) if path.suffix == ".docx" else pdf_text(path)
        assert GUEST not in blob and "Guest Organisation" in blob
        assert "Consenting Guest" in blob
    members_copy = export_minutes(demo_db, meeting, audience="members", formats=["docx"], out_dir=tmp_path / "m")
    assert GUEST in docx_text(members_copy[0])


def test_decisions_register_in_three_formats(demo_db, tmp_path):
    paths = export_register(demo_db, audience="members", formats=["docx", "pdf", "csv"], out_dir=tmp_path / "out",
                            today=DEMO_TODAY)
    csv_path = next(p for p in paths if p.suffix == ".csv")
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    total = demo_db.execute("SELECT count(*) FROM decisions").fetchone()[0]
    assert len(rows) == total
    assert {r["outcome"] for r in rows} >= {"agreed", "not_agreed", "deferred"}
    failing = [r for r in rows if r["outcome"] == "not_agreed" and r["vote_held"] == "1"]
    assert failing[0]["explanation"].startswith("Not agreed: 7 of 12 members present voted for; 2/3 needed 8.")
    text = pdf_text(next(p for p in paths if p.suffix == ".pdf"))
    assert "Decisions register" in text and "(draft minutes)" in text
    assert "Amended after approval" in text and "wrongly" in text
    assert "Decisions register" in docx_text(next(p for p in paths if p.suffix == ".docx"))


def test_public_register_holds_only_approved_minutes(demo_db, tmp_path):
    [path] = export_register(demo_db, audience="public", formats=["csv"], out_dir=tmp_path / "out", today=DEMO_TODAY)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    approved = demo_db.execute("SELECT count(*) FROM decisions d JOIN minutes m ON m.meeting_id = d.meeting_id "
                               "WHERE m.status IN ('approved', 'published')").fetchone()[0]
    assert len(rows) == approved > 0
    assert {r["minutes_status"] for r in rows} <= {"approved", "published"}


def test_action_tracker_flags_the_overdue_action(demo_db, tmp_path):
    paths = export_tracker(demo_db, audience="members", formats=["csv", "pdf", "docx"], out_dir=tmp_path / "out",
                           today=DEMO_TODAY)
    with open(next(p for p in paths if p.suffix == ".csv"), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == demo_db.execute("SELECT count(*) FROM actions").fetchone()[0]
    overdue = [r for r in rows if r["overdue"] == "1"]
    assert len(overdue) == 1 and overdue[0]["status"] == "open"
    assert "OVERDUE" in pdf_text(next(p for p in paths if p.suffix == ".pdf"))
    [only] = export_tracker(demo_db, audience="members", formats=["csv"], out_dir=tmp_path / "late",
                            overdue_only=True, today=DEMO_TODAY)
    assert only.name.startswith("overdue-actions-")


def test_cancelled_export_leaves_nothing(demo_db, amended, tmp_path):
    def cancel(done, total):
        if done > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_minutes(demo_db, amended, audience="members", formats=["docx", "pdf"], out_dir=tmp_path / "out",
                       progress=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_unknown_format_is_refused(demo_db, amended, tmp_path):
    with pytest.raises(UserError, match="docx, pdf"):
        export_minutes(demo_db, amended, audience="members", formats=["csv"], out_dir=tmp_path / "out")


def test_matters_arising_listed_in_the_next_pack(demo_db, tmp_path):
    from msf_desk.core.matters_arising import matters_arising
    from msf_desk.core.audience.pack import pack_for
    from msf_desk.exports.packs import export_pack

    upcoming = demo_db.execute("SELECT id FROM meetings WHERE agenda_status = 'approved' AND kind = 'regular' "
                               "ORDER BY starts_at").fetchone()[0]
    arising = matters_arising(demo_db, upcoming)
    assert arising and all(a.status == "open" for a in arising)
    [path] = export_pack(pack_for(demo_db, upcoming, "members", today=DEMO_TODAY), tmp_path / "out", ["pdf"])
    text = " ".join(pdf_text(path).split())
    assert "Open actions from earlier meetings" in text
    for action in arising:
        assert " ".join(action.text.split()) in text
    assert "— overdue" in text


def test_french_minutes_keep_their_lead_ins_with_what_follows(demo_db, tmp_path):
    """In Word, "Actions issues de réunions précédentes :" and every heading stay with the table or
    list they introduce: never alone at the foot of a page."""
    from msf_desk.core import language

    with language.using("fr"):   # the demo's August minutes: actions from earlier meetings, declarations
        written = export_minutes(demo_db, 7, audience="members", formats=["docx"], out_dir=tmp_path)
    document = docx.Document(str(next(p for p in written if str(p).endswith(".docx"))))
    lead_ins = [p for p in document.paragraphs if p.text.rstrip().endswith(" :")]
    assert any(p.text == "Actions issues de réunions précédentes :" for p in lead_ins)
    assert lead_ins and all(p.paragraph_format.keep_with_next for p in lead_ins)
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings and all(p.paragraph_format.keep_with_next for p in headings[:-1])
