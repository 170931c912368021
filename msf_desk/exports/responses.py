"""The reasoned-response report (.docx, .pdf) and the open data of contributions (.csv, .json).

The report is described once as a Document; both writers render it. What each
audience may see has already been decided in core (msf_desk.core.audience.responses: report / open_data).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

from msf_desk.core import responses as core
from msf_desk.core.audience import responses as responses_view
from msf_desk.core.dates import human
from msf_desk.core.errors import UserError
from msf_desk.exports.atomic import atomic_write, write_all
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, PageBreak, Paragraph, Table

FORMATS = ("docx", "pdf", "csv", "json")
SCHEMA_VERSION = 1


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "consultation"


CHANNEL_PROSE = {
    "online_platform": "the online platform", "email": "e-mail", "written": "written submissions",
    "meeting": "meetings and events", "phone": "phone",
}


def _channels_prose(keys: list[str]) -> str:
    words = [CHANNEL_PROSE.get(k, k) for k in keys]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _period(c: core.Consultation) -> str:
    if c.opens_on and c.closes_on:
        return f"{human(c.opens_on)} to {human(c.closes_on)} ({_plural(c.open_days, 'day')})"
    if c.opens_on:
        return f"from {human(c.opens_on)}"
    if c.closes_on:
        return f"until {human(c.closes_on)}"
    return "dates not recorded"


def build_document(rep: responses_view.ResponseReport) -> Document:
    c = rep.consultation
    public = rep.audience == "public"
    doc = Document(
        title=f"What we heard and what we did: {c.name}",
        subtitle=f"{rep.forum_name} — reasoned response to the consultation",
        header=f"{rep.forum_name} — {c.name}" + ("" if public else " — for members, not for publication"),
    )
    if not public:
        doc.add(Paragraph(
            "Members' version: it shows contributors' names even where they did not agree to publication. "
            "Do not publish or forward it; publish the public version instead.", "note"))

    doc.add(Heading("Introduction", 1))
    about = c.document or c.name
    channels = _channels_prose(c.channels) or "the channels listed below"
    status = c.status_on(rep.today)
    tense = "is consulting" if status == "open" else "consulted"
    doc.add(Paragraph(
        f"{rep.forum_name} {tense} the public on {about}, {_period(c)}. People could take part through "
        f"{channels}. We received {_plural(rep.total, 'contribution')} from "
        f"{_plural(rep.contributors, 'contributor')}. This report sets out what we heard, what we did with "
        "each contribution and why."))
    answered_text = f"{rep.answered:,} of {rep.total:,}"
    if rep.answered_late:
        answered_text += f" ({rep.answered_late:,} after the due date)"
    pairs = [
        ("Consultation", c.name),
        ("Stage", c.stage_label),
        ("Draft concerned", c.document or "—"),
        ("Open", _period(c)),
        ("Channels", c.channels_text() or "—"),
        ("Contributions", f"{rep.total:,}"),
        ("Contributors", f"{rep.contributors:,}"),
        ("Answered", answered_text),
    ]
    if rep.overdue:
        pairs.append(("Waiting past the due date", f"{rep.overdue:,}"))
    doc.add(KeyValues(pairs))
    if rep.warnings and not public:
        doc.add(Paragraph("Points to check before publishing:", "body"), Bullets(rep.warnings))
    if rep.total:
        doc.add(Heading("Who took part and how", 2))
        doc.add(Table(
            ["Channel", "Contributions"],
            [[core.CHANNELS.get(k, k), f"{n:,}"] for k, n in rep.by_channel.items()], [3, 1]))
        doc.add(Table(
            ["Type of contributor", "Contributions"],
            [[core.CONTRIBUTOR_TYPES.get(k, k), f"{n:,}"] for k, n in rep.by_type.items()], [3, 1]))
        doc.add(Heading("Outcomes", 2))
        doc.add(Table(
            ["Outcome", "Contributions"],
            [[core.OUTCOMES.get(k, core.NOT_ANSWERED), f"{n:,}"] for k, n in rep.by_outcome.items()], [3, 1]))

    doc.add(Heading("What we heard and what we did", 1))
    doc.add(Paragraph(
        "The contributions grouped by theme: a summary of what people asked for, and our response with "
        "its reasons. Every contribution and its individual answer are in the annex."))
    rows = []
    for t in rep.themes:
        heard = f"{t.label} ({_plural(t.total, 'contribution')})"
        if t.heard:
            heard += f"\n\n{t.heard}"
        did = t.response or ("The response to this theme is being prepared." if public else
                             "No summary written yet: add one on the Responses page before publishing.")
        if t.counts_text():
            did += f"\n\nOutcomes: {t.counts_text()}."
        rows.append([heard, did])
    doc.add(Table(["What we heard", "What we did and why"], rows, [1, 1]))

    doc.add(PageBreak(), Heading("Annex: every contribution and our response", 1))
    doc.add(Paragraph(
        "Contributors are named only where they agreed to it; otherwise their organisation is shown, "
        f"or 'Individual'. Answers are due within {rep.response_working_days} working days of receipt."
        if public else
        "Names marked 'not for publication' must not appear in anything published.", "note"))
    by_theme: dict[str, list[responses_view.AnnexRow]] = {}
    for row in rep.annex:
        by_theme.setdefault(row.theme, []).append(row)
    for theme in sorted(by_theme, key=lambda t: (t == "No theme", t.lower())):
        doc.add(Heading(theme, 2))
        # A short line under the heading: the heading keeps with it, not with a table taller than a page.
        doc.add(Paragraph(_plural(len(by_theme[theme]), "contribution") + " on this theme.", "small"))
        doc.add(Table(
            ["No.", "Received", "From", "Contribution", "Outcome and reason"],
            [_annex_cells(r) for r in by_theme[theme]],
            [0.06, 0.14, 0.18, 0.32, 0.30],
        ))
    return doc


def _annex_cells(r: responses_view.AnnexRow) -> list[str]:
    received = f"{r.received.isoformat()}\n{r.channel}"
    who = f"{r.contributor}\n{r.contributor_type}" if r.contributor != r.contributor_type else r.contributor
    text = r.text
    if r.section:
        text = f"[{r.section}] {text}"
    if r.support:
        text += f"\n({r.support})"
    outcome = r.outcome
    if r.reason:
        outcome += f": {r.reason}"
    if r.answered:
        outcome += f"\nAnswered {r.answered.isoformat()}"
    elif r.outcome:
        outcome += f"\nDue {r.due.isoformat()}"
    if r.note:
        outcome += f"\n{r.note}"
    return [str(r.number), received, who, text, outcome]


def _schema() -> dict:
    return {
        "version": SCHEMA_VERSION,
        "description": "One record per contribution received in the consultation, with the forum's response. "
                       "Public fields only: contributors are named only with their consent.",
        "fields": [{"name": n, "type": t, "description": d} for n, t, d in responses_view.OPEN_DATA_FIELDS],
    }


def write_open_data_csv(rows: list[dict], path: Path) -> Path:
    names = [n for n, _, _ in responses_view.OPEN_DATA_FIELDS]
    with atomic_write(path) as tmp:
        # BOM: Excel on Windows opens UTF-8 CSV correctly only with it.
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=names)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if row[k] is None else
                                     ("true" if row[k] is True else "false" if row[k] is False else row[k]))
                                 for k in names})
    return path


def write_open_data_json(meta: dict, rows: list[dict], path: Path, today: dt.date) -> Path:
    data = {**meta, "generated": today.isoformat(), "schema": _schema(), "contributions": rows}
    with atomic_write(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def export_responses(db, consultation_id: int, *, audience: str, formats: list[str], out_dir: str | Path,
                     today: dt.date | None = None, progress=None) -> list[Path]:
    """Write the chosen formats into `out_dir`; returns the files written.

    All or nothing: every file is rendered in a staging folder and moved into place only when
    all succeeded; `progress(done, total)` may raise Cancelled, and then nothing is written.
    """
    from msf_desk.exports.docx_writer import write_docx
    from msf_desk.exports.pdf_writer import write_pdf

    wrong = [f for f in formats if f not in FORMATS]
    if wrong or not formats:
        raise UserError(f"Formats are {', '.join(FORMATS)} (got {', '.join(formats) or 'none'}).")
    if audience not in core.AUDIENCES:
        raise UserError(f"The audience is public or members, not '{audience}'.")
    today = today or dt.date.today()
    consultation = core.get_consultation(db, consultation_id)
    stem = f"responses-{consultation.id}-{_slug(consultation.name)}"
    names = {fmt: f"{stem}-{audience}.{fmt}" if fmt in ("docx", "pdf") else f"{stem}-open-data.{fmt}"
             for fmt in formats}
    doc = None
    if {"docx", "pdf"} & set(formats):
        doc = build_document(responses_view.report(db, consultation_id, audience, today=today))
    meta, rows = responses_view.open_data(db, consultation_id) if {"csv", "json"} & set(formats) else ({}, [])
    # Open data is for publication: public fields whatever the audience.
    writers = {
        "docx": lambda path, step: write_docx(doc, path, step),
        "pdf": lambda path, step: write_pdf(doc, path, step),
        "csv": lambda path, step: write_open_data_csv(rows, path),
        "json": lambda path, step: write_open_data_json(meta, rows, path, today),
    }
    return write_all(out_dir, stem, list(formats), writers, progress, names=names)
