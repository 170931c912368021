"""A small forum with a meeting and papers of every kind, for the board-book tests."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from msf_desk.core import agendas, meetings, papers
from msf_desk.model.meetings import AgendaItem, Meeting, Paper
from msf_desk.paths import forum_files_dir

WITHHELD_SENTINEL = "ZQXWITHHELD7731"
CONFIDENTIAL_SENTINEL = "ZQXCONFIDENTIAL5519"
PUBLIC_TEXT = "Rotation options for the forum"
OLD_VERSION_TEXT = "ZQXOLDVERSION4242"
TODAY = dt.date(2026, 6, 15)


def make_pdf(path: Path, text: str, pages: int = 1) -> Path:
    """A PDF whose text is stored uncompressed, so that a byte scan of a book finds it if bound."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pageCompression=0)
    for n in range(pages):
        canvas.drawString(72, 720, f"{text} page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def make_encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_name("plain-" + path.name), "a protected paper")
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def make_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Word paper", 1)
    document.add_paragraph(text)
    document.save(path)
    return path


def build_forum(forum_path: Path, sources: Path, *, word: bool = False) -> dict:
    """A forum file with one public meeting: items (a break among them) and papers of every kind.
    Returns the ids by name."""
    from msf_desk.store.db import create_forum

    sources.mkdir(parents=True, exist_ok=True)
    db = create_forum(forum_path)
    files = forum_files_dir(forum_path)
    earlier = meetings.add_meeting(db, Meeting.at("Spring forum meeting", dt.date(2026, 3, 10), dt.time(10),
                                                  dt.time(12), "Europe/London"), standing_items=False)
    meeting = meetings.add_meeting(db, Meeting.at("Summer forum meeting", dt.date(2026, 7, 7), dt.time(16),
                                                  dt.time(19), "Europe/London", location="Town hall",
                                                  objective="Agree the rotation policy and hear the IRM."),
                                   standing_items=False)
    item1 = agendas.add_item(db, AgendaItem(meeting.id, "Rotation policy", purpose="discussion", duration_minutes=30),
                             today=TODAY)
    coffee = agendas.add_item(db, AgendaItem(meeting.id, "Coffee", duration_minutes=15, is_break=True), today=TODAY)
    item2 = agendas.add_item(db, AgendaItem(meeting.id, "Budget", purpose="discussion", duration_minutes=30),
                             today=TODAY)

    def add(title, disclosure, item, source=None, **kw):
        return papers.add_paper(db, Paper(meeting.id, title, item_id=item.id if item else None,
                                          disclosure=disclosure, **kw),
                                files_dir=files if source else None, source=source, today=TODAY)

    ids = {"db": db, "meeting": meeting.id, "earlier": earlier.id, "item1": item1.id, "item2": item2.id,
           "coffee": coffee.id}
    ids["public"] = add("Rotation options", "public", item1, make_pdf(sources / "options.pdf", PUBLIC_TEXT, 3)).id
    ids["withheld"] = add("Country updates", "withheld", item1,
                          make_pdf(sources / "updates.pdf", WITHHELD_SENTINEL, 2)).id
    ids["confidential"] = add("Staff matter", "confidential", item2,
                              make_pdf(sources / "staff.pdf", CONFIDENTIAL_SENTINEL)).id
    ids["tabled"] = add("Updated infographic", "public", item2, tabled=True).id
    revised = add("Draft budget", "public", item2, make_pdf(sources / "budget-v1.pdf", OLD_VERSION_TEXT))
    papers.revise_paper(db, revised.id, make_pdf(sources / "budget-v2.pdf", "Draft budget, second version", 2),
                        files_dir=files, today=TODAY)
    ids["revised"] = revised.id
    ids["encrypted"] = add("Protected annex", "public", item2, make_encrypted_pdf(sources / "locked.pdf")).id
    broken = sources / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n")
    ids["broken"] = add("Damaged annex", "public", None, broken).id
    if word:
        ids["word"] = add("Word paper", "public", item1, make_docx(sources / "word.docx", "ZQXWORDTEXT")).id
    return ids
