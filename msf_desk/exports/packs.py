"""The meeting pack (.docx and .pdf): the agenda with its timings, each item, the papers.

Takes a PackData from msf_desk.core.audience.pack.pack_for, which has already removed what
the audience may not see; this module only lays it out.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from msf_desk.core.audience.pack import PackData
from msf_desk.model.errors import UserError
from msf_desk.core.language import N_, _, commas, current, typed
from msf_desk.core.language import day as human
from msf_desk.exports.atomic import Progress, write_all
from msf_desk.exports.document import (Bullets, Document, Heading, KeyValues, PageBreak, Paragraph,
                                       Table)
from msf_desk.model.messages import M_

FORMATS = ("docx", "pdf")
# The purpose of an item in the agenda's narrow column.
PURPOSE_SHORT = {"information": N_("Information"), "discussion": N_("Discussion"), "decision": N_("Decision")}
AUDIENCE_NAMES = {"members": N_("Members' pack"), "public": N_("Public pack")}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "meeting"


def file_stem(pack: PackData) -> str:
    """'2026-06-29-forum-meeting-june-2026-members-pack': sorts by date in a folder."""
    from msf_desk.model.dates import to_local

    day = to_local(pack.starts_at, pack.timezone).date().isoformat() if pack.starts_at else "undated"
    return f"{day}-{slug(pack.title)}-{pack.audience}-pack"


def build_document(pack: PackData, book: list[tuple] | None = None) -> Document:
    """Describe the pack once; both writers render the same description. `book`: for the board
    book, each paper's view and where it is in the book (or why it is not)."""
    audience = _(AUDIENCE_NAMES[pack.audience])
    doc = Document(
        title=pack.title, language=current(),
        subtitle=f"{typed(pack.forum_name)} — {audience}",
        header=f"{typed(pack.forum_name)} — {typed(pack.title)}, {pack.date_text} — {audience}",
        author=pack.forum_name, date=pack.starts_at,
    )
    if pack.is_public:
        doc.add(Paragraph(_("Public version. Papers withheld as pre-decision or confidential are listed "
                            "without their content; draft decisions are published with the minutes."), "note"))
    else:
        doc.add(Paragraph(_("For members of the forum. Papers marked withheld or confidential are not for "
                            "circulation outside the forum."), "note"))
    if pack.status_label in ("Cancelled", "Postponed"):
        said = {"Cancelled": _("This meeting is cancelled."), "Postponed": _("This meeting is postponed.")}
        doc.add(Paragraph(f"{said[pack.status_label]} {pack.status_reason}".strip(), "quote"))

    details = [(_("Meeting"), _(pack.kind_label)), (_("Date"), pack.date_text), (_("Time"), pack.time_text),
               (_("Location"), pack.location or _("To be confirmed")), (_("Remote participation"), pack.remote_text)]
    if pack.chair_text:
        details.append((_("Chair"), pack.chair_text))
    agenda_line = {"draft": _("Draft: not yet approved by the co-chairs"), "approved": _("Approved by the co-chairs"),
                   "sent": _("Sent with the notice")}.get(pack.agenda_status, pack.agenda_status)
    if pack.approvals:
        if pack.agenda_status == "approved":
            agenda_line = _("{label}: {value}").format(label=agenda_line, value=commas(pack.approvals))
        else:
            joiner = _("; approved so far by ") if pack.agenda_status == "draft" else _("; approved by ")
            agenda_line += joiner + commas(pack.approvals)
    details.append((_("Agenda"), agenda_line))
    if not pack.is_public:
        details += [(_("Papers due"), human(pack.papers_deadline)), (_("Notice due"), human(pack.notice_deadline)),
                    (_("Decisions"), pack.decision_rule), (_("Quorum"), pack.quorum)]
    doc.add(KeyValues(details))

    if pack.objective:
        doc.add(Heading(_("Objective of the meeting"), 1), Paragraph(pack.objective))
    has_welcome_item = any(i.standing == "welcome" for i in pack.items)
    if pack.welcome_lines and not has_welcome_item:
        doc.add(Heading(_("Welcome"), 1), Bullets(pack.welcome_lines))

    if pack.revisions:
        doc.add(Heading(_("Changes since the notice"), 1),
                Bullets([_("{label}: {value}").format(label=human(on), value=typed(text)) for on, text in pack.revisions]))

    doc.add(Heading(_("Agenda"), 1))
    rows = [[i.start, "", f"{i.title} ({_('break')})", "", ""] if i.is_break else
            [i.start, str(i.number), i.title, _(PURPOSE_SHORT.get(i.purpose, i.purpose_label)), i.presenters]
            for i in pack.items]
    if pack.items:
        rows.append([pack.items[-1].end, "", _("Close"), "", ""])
    doc.add(Table([_("Time"), _("No."), _("Item"), _("Purpose"), _("Presented by")], rows,
                  widths=[0.1, 0.09, 0.39, 0.16, 0.26]))  # "No." is "الرقم" in Arabic: kept on one line
    if pack.overrun_text:
        doc.add(Paragraph(pack.overrun_text, "note"))

    for item in pack.items:
        if item.is_break:
            continue  # a break is a line in the agenda table, not a section
        doc.add(Heading(f"{item.number}. {item.title}", 2))
        line = [_("{start}–{end} ({minutes} min)").format(start=item.start, end=item.end,
                                                          minutes=item.duration_minutes), _(item.purpose_label)]
        if item.presenters:
            line.append(_("Presented by {names}").format(names=typed(item.presenters)))
        doc.add(Paragraph(" · ".join(line), "note"))
        if item.papers:
            doc.add(Paragraph(_("Background papers:") + " " + "; ".join(p.listing() for p in item.papers)))
        if item.description:
            doc.add(Paragraph(item.description))
        if item.standing == "welcome" and pack.welcome_lines:
            doc.add(Bullets(pack.welcome_lines))
        if item.arising:
            doc.add(Paragraph(_("Open actions from earlier meetings:"), "small"), Bullets(item.arising))
        if item.conflicts:
            doc.add(Heading(_("Potential conflicts of interest"), 3), Bullets(item.conflicts))
        if item.questions:
            doc.add(Heading(_("Questions for the forum"), 3), Bullets(item.questions))
        if item.draft_decision:
            doc.add(Heading(_("Draft decision"), 3), Paragraph(item.draft_decision, "quote"))
        elif item.decision_note:
            doc.add(Paragraph(item.decision_note, "note"))

    if pack.papers:
        doc.add(Heading(_("Papers"), 1))
        doc.add(Table([_("No."), _("Paper"), _("Item"), _("Disclosure"), _("File or reference")],
                      [[str(p.number), p.title + (f" ({p.status_note})" if p.status_note else ""),
                        str(p.item_number or "—"), _(p.disclosure_label), _where(p)] for p in pack.papers],
                      widths=[0.07, 0.38, 0.07, 0.18, 0.30]))
        if book is not None:
            doc.add(Heading(_("Papers in this board book"), 1),
                    Table([_("No."), _("Paper"), _("Item"), _("In this book")],
                          [[str(view.number), view.title, str(view.item_number or "—"), where]
                           for view, where in book], widths=[0.07, 0.45, 0.08, 0.40]))
        shown = [p for p in pack.papers if not p.withheld and p.summary.strip()]
        if shown:
            doc.add(PageBreak(), Heading(_("Annex: papers"), 1))
            for p in shown:
                doc.add(Heading(_("{label}: {value}").format(label=p.label, value=typed(p.title)), 2))
                if p.disclosure != "public":
                    doc.add(Paragraph(_("{disclosure}: for members only, not for circulation.").format(
                        disclosure=_(p.disclosure_label)), "note"))
                doc.add(Paragraph(p.summary))

    doc.add(Heading(_("Contact"), 1), KeyValues([(_(k), v) for k, v in pack.contact]),
            Paragraph(_("Prepared with MSF Desk on {day}.").format(day=human(pack.generated_on)), "small"))
    return doc


def _where(paper) -> str:
    if paper.withheld:
        return _("Not published")
    if paper.tabled and not paper.file_name:
        return _("Tabled at the meeting")
    parts = []
    if paper.file_name:
        parts.append(f"{paper.file_name} ({paper.size})" if paper.size else paper.file_name)
    if paper.reference:
        parts.append(paper.reference)
    return "; ".join(parts) or "—"


def export_pack(pack: PackData, out_dir: str | Path, formats=FORMATS, progress: Progress | None = None,
                *, book=None) -> list[Path]:
    """Write the pack in each format into `out_dir`. All or nothing: every file is rendered in a
    hidden staging folder and moved into place only when all succeeded (or the user cancelled).
    Each writer's library (python-docx, reportlab) is loaded only when its format is asked for.

    `book` (from core.audience.board_book.book_papers): the PDF becomes the board book, with
    the papers the audience may read bound in after the pack."""
    wrong = [f for f in formats if f not in FORMATS]
    if wrong or not formats:
        raise UserError(M_("A pack can be written as {formats} (got {value}).").format(formats=' or '.join(FORMATS), value=', '.join(wrong) or M_("nothing")))
    if book is not None and "pdf" not in formats:
        raise UserError(M_("The board book (with the papers) is a PDF: add pdf to the formats."))
    doc = build_document(pack)
    writers = {"docx": _write_docx(doc), "pdf": _write_pdf(doc) if book is None else _write_book(pack, book)}
    return write_all(out_dir, file_stem(pack), formats, writers, progress)


def _write_docx(doc: Document):
    def write(path, step):
        from msf_desk.exports.docx_writer import write_docx

        return write_docx(doc, path, progress=step)
    return write


def _write_book(pack: PackData, book):
    def render_pack(where, pdf_path):
        from msf_desk.exports.pdf_writer import write_pdf

        return write_pdf(build_document(pack, book=where), pdf_path)

    def write(path, step):
        from msf_desk.exports.board_book import write_board_book

        return write_board_book(pack, book, path, render_pack, step)
    return write


def _write_pdf(doc: Document):
    def write(path, step):
        from msf_desk.exports.pdf_writer import write_pdf

        return write_pdf(doc, path, progress=step)
    return write
