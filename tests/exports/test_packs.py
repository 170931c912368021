"""Meeting packs written to .docx and .pdf and read back; the public pack scanned for leaks."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib

import docx
import pytest
from pypdf import PdfReader

from msf_desk.core import agendas, forum, meetings, papers
from msf_desk.core import records
from msf_desk.model.meetings import AgendaItem
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member
from msf_desk.core.members import add_member, list_members, update_member
from msf_desk.model.meetings import Paper
from msf_desk.exports.atomic import Cancelled
from msf_desk.exports.notice import notice_text
from msf_desk.exports.packs import build_document, export_pack
from msf_desk.core.audience.pack import pack_for

from tests.conftest import DEMO_TODAY

WITHHELD = "SENTINEL-WITHHELD-CONTENT-5521"
CONFIDENTIAL = "SENTINEL-CONFIDENTIAL-9034"
CONFIDENTIAL_TITLE = "SENTINEL-CONF-TITLE-7702"
EMAIL = "SENTINEL-EMAIL-7731@x.org"
FORUM_EMAIL = "sentinel-forum-4410@forum.example"
PHONE = "+99 555 0199 4242"
REMOTE = "https://sentinel-remote.example/room-3310"
SENTINELS = [WITHHELD, CONFIDENTIAL, CONFIDENTIAL_TITLE, EMAIL, FORUM_EMAIL, PHONE, REMOTE]



def _font_names(page) -> dict:
    """The page's /Font dictionary, resolved (older pypdf hands back an indirect object)."""
    fonts = page["/Resources"].get("/Font")
    return (fonts.get_object() if fonts is not None else None) or {}

def next_meeting_id(db) -> int:
    [m] = [m for m in meetings.list_meetings(db) if m.agenda_status == "approved"]
    return m.id


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_members_pack_docx_has_items_times_and_real_styles(demo_db, tmp_path):
    pack = pack_for(demo_db, next_meeting_id(demo_db), "members", today=DEMO_TODAY)
    [path] = export_pack(pack, tmp_path, ["docx"])
    document = docx.Document(str(path))
    text = docx_text(path)
    for item in pack.items:
        assert item.title in text
        if item.is_break:  # a line in the agenda table, without a number or a section
            assert f"{item.title} (break)" in text and item.number == 0
            continue
        assert f"{item.number}. {item.title}" in [p.text for p in document.paragraphs]
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"} <= styles
    timings = document.tables[1]  # the details come first, then the agenda
    assert [c.text for c in timings.rows[0].cells] == ["Time", "No.", "Item", "Purpose", "Presented by"]
    assert [r.cells[0].text for r in timings.rows[1:4]] == ["4pm", "4:05pm", "4:10pm"]
    assert timings.rows[-1].cells[2].text == "Close" and timings.style.name == "Table Grid"
    assert "Withheld as pre-decision" in text and "Papers due" in text
    assert "ნინო ბერიძე" in text  # a Georgian name as written


def test_members_pack_pdf_text_outline_and_pages(demo_db, tmp_path):
    pack = pack_for(demo_db, next_meeting_id(demo_db), "members", today=DEMO_TODAY)
    [path] = export_pack(pack, tmp_path, ["pdf"])
    reader = PdfReader(str(path))
    text = pdf_text(path)
    for item in pack.items:
        assert item.start in text
        assert item.title.split(":")[0] in text
    assert "Page 1 of" in text and pack.forum_name in reader.pages[1].extract_text()
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    nested = [o.title for group in reader.outline if isinstance(group, list) for o in group]
    assert "Agenda" in outline and f"1. {pack.items[0].title}" in nested
    fonts = {str(f) for page in reader.pages for f in _font_names(page)}
    assert fonts  # fonts are embedded, not referenced
    assert "ნინო" in text.replace("\n", "")


@pytest.fixture
def leaky_forum(demo_db, tmp_path):
    """The demo forum with private data planted where a careless pack would print it."""
    db = demo_db
    forum.save(db, forum.replace(forum.load(db), contact_email=FORUM_EMAIL, contact_phone=PHONE))
    meeting_id = next_meeting_id(db)
    meeting = meetings.get_meeting(db, meeting_id)
    meeting.remote_details = REMOTE
    meetings.update_meeting(db, meeting)
    for member in list_members(db):
        if member.role == "co_chair":
            member.email = EMAIL
            update_member(db, member)
    item = agendas.items_of(db, meeting_id)[4]
    source = tmp_path / "withheld-memo.txt"
    source.write_text(WITHHELD)
    papers.add_paper(db, Paper(meeting_id, "Trust fund concept note", item_id=item.id, disclosure="withheld",
                               summary=WITHHELD), files_dir=tmp_path / "files", source=source)
    papers.add_paper(db, Paper(meeting_id, CONFIDENTIAL_TITLE, item_id=item.id, disclosure="confidential",
                               summary=CONFIDENTIAL, reference=f"https://x.example/{CONFIDENTIAL}"))
    return db, meeting_id


def test_public_pack_holds_no_withheld_content_and_no_email(leaky_forum, tmp_path):
    db, meeting_id = leaky_forum
    out = tmp_path / "public"
    paths = export_pack(pack_for(db, meeting_id, "public"), out, ["docx", "pdf"])
    assert sorted(p.suffix for p in paths) == [".docx", ".pdf"]
    docx_path = next(p for p in paths if p.suffix == ".docx")
    pdf_path = next(p for p in paths if p.suffix == ".pdf")

    with zipfile.ZipFile(docx_path) as z:
        blobs = {name: z.read(name) for name in z.namelist()}
    for name, data in blobs.items():
        for sentinel in SENTINELS:
            assert sentinel.encode() not in data, f"{sentinel} found in {name}"
        assert not re.search(rb"[\w.+-]+@[\w-]+\.[\w.]+", data), f"an e-mail address in {name}"

    raw = pdf_path.read_bytes()
    streams = [raw] + [_inflate(s) for s in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S)]
    text = pdf_text(pdf_path)
    for sentinel in SENTINELS:
        assert sentinel not in text and all(sentinel.encode() not in s for s in streams)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
    # Withheld papers are still listed as withheld.
    assert "Trust fund concept note" in text and "Not published" in text

    # The same fixture, for members, does carry them: the scan above can fail.
    members = export_pack(pack_for(db, meeting_id, "members"), tmp_path / "members", ["pdf"])
    members_text = pdf_text(members[0])
    assert WITHHELD in members_text and FORUM_EMAIL in members_text and CONFIDENTIAL_TITLE in members_text


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


def test_notice_text_is_plain_and_lists_items_with_times(leaky_forum):
    db, meeting_id = leaky_forum
    text = notice_text(pack_for(db, meeting_id, "members"))
    assert text.startswith("Subject: Notice of meeting: ")
    assert "   4pm  1. Welcome and introductions" in text and "Close" in text
    assert REMOTE in text and "(withheld as pre-decision)" in text
    assert "<" not in text and "**" not in text


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(demo_db, tmp_path):
    pack = pack_for(demo_db, next_meeting_id(demo_db), "members")
    out = tmp_path / "out"
    [first] = export_pack(pack, out, ["pdf"])
    old = first.read_bytes()
    calls = []

    def cancel_midway(done, total):
        calls.append(done)
        if done > total * 0.6:  # during the second format
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_pack(pack, out, ["docx", "pdf"], progress=cancel_midway)
    assert sorted(p.name for p in out.iterdir()) == [first.name]  # no .docx, no staging folder
    assert first.read_bytes() == old and len(calls) > 3


def test_progress_reaches_the_end(demo_db, tmp_path):
    seen = []
    export_pack(pack_for(demo_db, next_meeting_id(demo_db), "members"), tmp_path, ["docx", "pdf"],
                progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_overrun_and_revisions_are_printed(db, tmp_path):
    gov = add_member(db, Member("Nino Beridze", "national_government", "Ministry of Justice", role="co_chair",
                                term_start=dt.date(2025, 1, 1)))
    forum.save(db, forum.replace(forum.load(db), both_cochairs_approve=False))
    meeting = meetings.add_meeting(db, Meeting.at("Short meeting", dt.date(2026, 10, 26), dt.time(16),
                                                  dt.time(17), "Europe/Paris"))
    agendas.add_item(db, AgendaItem(meeting.id, "Long item", duration_minutes=60))
    agendas.approve_agenda(db, meeting.id, gov.id, on=dt.date(2026, 10, 1))
    records.send_notice(db, meeting.id, on=dt.date(2026, 10, 2))
    agendas.add_item(db, AgendaItem(meeting.id, "Late addition", duration_minutes=10), today=dt.date(2026, 10, 20))
    doc = build_document(pack_for(db, meeting.id, "members"))
    [path] = export_pack(pack_for(db, meeting.id, "members"), tmp_path, ["docx"])
    text = docx_text(path)
    assert "Changes since the notice" in text and "20 October 2026: Item added: Late addition." in text
    assert "past the meeting's end (5pm)" in text
    assert doc.title == "Short meeting"


def test_conflicts_are_in_the_members_pack_only(demo_db, tmp_path):
    from msf_desk.core.conflicts import conflicts_for_meeting

    # The demo's next regular meeting has a potential conflict on the themes item.
    meeting_id = next(m.id for m in meetings.list_meetings(demo_db)
                      if m.status == "planned" and conflicts_for_meeting(demo_db, m.id) and m.public)
    [conflict, *_] = conflicts_for_meeting(demo_db, meeting_id)
    members_pack = pack_for(demo_db, meeting_id, "members")
    public_pack = pack_for(demo_db, meeting_id, "public")
    assert any(item.conflicts for item in members_pack.items)
    assert not any(item.conflicts for item in public_pack.items)

    [members_pdf] = export_pack(members_pack, tmp_path / "m", ["pdf"])
    [public_pdf] = export_pack(public_pack, tmp_path / "p", ["pdf"])
    assert "Potential conflicts of interest" in pdf_text(members_pdf)
    assert "conflicts of interest" not in pdf_text(public_pdf)
