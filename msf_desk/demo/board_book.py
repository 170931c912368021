"""The demo's board book: the next forum meeting has an objective, a coffee break, papers as
PDF and Word files, a paper tabled at the meeting and a revised one (its first version kept)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from msf_desk.core import agendas, meetings, papers
from msf_desk.model.meetings import AgendaItem, Paper

OBJECTIVE = ("Agree the themes of the next Action Plan and the revised budget timeline, and launch the "
             "selection of four civil society members.")


def write_pdf(path: Path, title: str, text: str, pages: int = 2) -> Path:
    """A small paper as a PDF, the way a ministry would send it (fonts embedded, as in ours)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from msf_desk.exports.pdf_writer import font_name, register_fonts

    register_fonts()
    regular, bold = font_name(), font_name(bold=True)
    canvas = Canvas(str(path), pagesize=A4, initialFontName=regular)
    canvas.setTitle(title)
    for n in range(1, pages + 1):
        canvas.setFont(bold, 16)
        canvas.drawString(72, 770, title)
        canvas.setFont(regular, 11)
        y = 740
        for line in _wrap(text, 90):
            canvas.drawString(72, y, line)
            y -= 16
        canvas.setFont(regular, 9)
        canvas.drawString(72, 40, f"{title} — page {n} of {pages}")
        canvas.showPage()
    canvas.save()
    return path


def write_docx(path: Path, title: str, text: str) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, 1)
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def prepare_next_meeting(db, meeting_id: int, item_ids: dict, sources: Path, files_dir: Path | None,
                         on: dt.date) -> None:
    """Before the co-chairs approve the agenda of the next forum meeting."""
    meeting = meetings.get_meeting(db, meeting_id)
    meetings.update_meeting(db, dataclasses.replace(meeting, objective=OBJECTIVE), today=on)
    items = agendas.items_of(db, meeting_id)
    budget = next(i for i in items if i.id == item_ids["budget_next"])
    agendas.add_item(db, AgendaItem(meeting_id, "Coffee", duration_minutes=10, is_break=True,
                                    position=budget.position + 1), today=on)
    papers.add_paper(db, Paper(meeting_id, "List of organisations endorsing the themes",
                               item_id=item_ids["themes_next"], disclosure="public", tabled=True,
                               summary="Collected until the day before the meeting; copies on the table."), today=on)
    if files_dir is None:
        return
    summary = next(p for p in papers.papers_of(db, meeting_id) if p.item_id == item_ids["themes_next"]
                   and p.stored_path)
    second = write_pdf(sources / "consultation-summary-v2.pdf", summary.title,
                       "Second version, with the six regional workshops added. " + summary.summary, pages=3)
    papers.revise_paper(db, summary.id, second, files_dir=files_dir, today=on + dt.timedelta(days=10))
