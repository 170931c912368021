"""The reasoned-response report (.docx, .pdf) and the open data of contributions (.csv, .json).

The report is described once as a Document; both writers render it. What each
audience may see has already been decided in core (msf_desk.core.audience.responses: report / open_data).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from msf_desk.core import responses as core
from msf_desk.core.audience import responses as responses_view
from msf_desk.model.dates import human
from msf_desk.model.errors import UserError
from msf_desk.core.tabular import FORMULA_NOTE, SafeDictWriter
from msf_desk.exports.atomic import atomic_write, write_all
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, PageBreak, Paragraph, Table
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, Consultation, FINAL_OUTCOMES, NOT_ANSWERED, OUTCOMES

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


def _period(c: Consultation) -> str:
    if c.opens_on and c.closes_on:
        return f"{human(c.opens_on)} to {human(c.closes_on)} ({_plural(c.open_days, 'day')})"
    if c.opens_on:
        return f"from {human(c.opens_on)}"
    if c.closes_on:
        return f"until {human(c.closes_on)}"
    return "dates not recorded"


def _outcome_label(key: str) -> str:
    if key == "withdrawn":
        return responses_view.WITHDRAWN
    return OUTCOMES.get(key, NOT_ANSWERED)


def _share(n: int, total: int) -> str:
    return f"{n / total:.0%}" if total else "—"


def build_document(rep: responses_view.ResponseReport, open_data_name: str = "") -> Document:
    """The report, in the order of a good consultation report: executive summary, who took part
    (and what the figures cannot tell), what was most supported, what we heard and did by theme,
    who decided and where, what happens next, and the answer to every contribution."""
    c = rep.consultation
    public = rep.audience == "public"
    interim = "Interim report — " if rep.interim else ""
    doc = Document(
        title=f"{interim}What we heard and what we did: {c.name}",
        subtitle=f"{rep.forum_name} — {'interim ' if rep.interim else ''}reasoned response to the consultation",
        header=f"{rep.forum_name} — {c.name}" + (" — INTERIM" if rep.interim else "")
               + ("" if public else " — for members, not for publication"),
        author=rep.forum_name, date=rep.today,
    )
    if rep.interim:
        doc.add(Paragraph(
            f"Interim: this report will be updated because {' and '.join(rep.interim_reasons)} "
            f"(as of {human(rep.today)}).", "note"))
    if not public:
        doc.add(Paragraph(
            "Members' version: it shows contributors' names even where they did not agree to publication. "
            "Do not publish or forward it; publish the public version instead.", "note"))

    # --- executive summary ------------------------------------------------------------------
    doc.add(Heading("Executive summary", 1))
    about = c.document or c.name
    channels = _channels_prose(c.channels) or "the channels listed below"
    status = c.status_on(rep.today)
    tense = "is consulting" if status == "open" else "consulted"
    doc.add(Paragraph(
        f"{rep.forum_name} {tense} the public on {about}, {_period(c)}. People could take part through "
        f"{channels}. We received {_plural(rep.total, 'contribution')} from "
        f"{_plural(rep.contributors, 'contributor')}. This report sets out what we heard, what we did with "
        "each contribution and why."))
    if rep.total:
        final = {k: n for k, n in rep.by_outcome.items() if k in FINAL_OUTCOMES}
        taken_up = sum(n for k, n in final.items() if k in ("included", "amended", "merged"))
        points = [
            f"{rep.answered:,} of {rep.total:,} contributions ({_share(rep.answered, rep.total)}) have a final answer"
            + (f"; {rep.answered_late:,} were answered after the due date" if rep.answered_late else "") + ".",
            f"{taken_up:,} ({_share(taken_up, rep.total)}) were taken up in full, amended or merged into another; "
            f"{sum(final.values()) - taken_up:,} were not, each with its reason.",
        ]
        if rep.unanswered:
            late = rep.last_due is not None and rep.last_due < rep.today
            points.append(f"{rep.unanswered:,} still wait for an answer"
                          + (f", {'late: due' if late else 'due'} by {human(rep.last_due)}" if rep.last_due else "")
                          + ".")
        if rep.withdrawn:
            points.append(f"{rep.withdrawn:,} were withdrawn by their authors and need no answer.")
        busiest = sorted(rep.themes, key=lambda t: -t.total)[:3]
        if busiest and busiest[0].total:
            points.append("Most contributions concerned " + ", ".join(
                f"{t.label} ({t.total:,})" for t in busiest) + ".")
        if rep.ranked:
            top = rep.ranked[0]
            points.append(f"The most supported proposal (no. {top.number}, {top.votes_for:,} votes for) was: "
                          f"“{_short(top.text, 120)}” — {top.outcome.lower()}.")
        doc.add(Bullets(points))
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
    if rep.withdrawn:
        pairs.append(("Withdrawn by their authors", f"{rep.withdrawn:,}"))
    doc.add(KeyValues(pairs))
    if rep.warnings and not public:
        doc.add(Paragraph("Points to check before publishing:", "body"), Bullets(rep.warnings))

    # --- who took part ---------------------------------------------------------------------
    if rep.total:
        doc.add(Heading("Who took part and how", 1))
        doc.add(Table(
            ["Channel", "Contributions", "Share"],
            [[CHANNELS.get(k, k), f"{n:,}", _share(n, rep.total)] for k, n in rep.by_channel.items()],
            [3, 1, 1]))
        doc.add(Table(
            ["Type of contributor", "Contributions", "Share"],
            [[CONTRIBUTOR_TYPES.get(k, k), f"{n:,}", _share(n, rep.total)] for k, n in rep.by_type.items()],
            [3, 1, 1]))
        if rep.limitations:
            doc.add(Heading("Data limitations", 2), Bullets(rep.limitations))
        doc.add(Heading("Outcomes", 2))
        doc.add(Table(
            ["Outcome", "Contributions", "Share"],
            [[_outcome_label(k), f"{n:,}", _share(n, rep.total)]
             for k, n in rep.by_outcome.items()], [3, 1, 1]))

    # --- support ------------------------------------------------------------------------------
    if rep.ranked:
        doc.add(Heading("Proposals ranked by support", 1))
        doc.add(Paragraph(
            f"{rep.with_votes:,} contributions came with votes from the platform they were made on. "
            f"The {len(rep.ranked)} with the most net support (votes for minus votes against) and what we did "
            "with them. Votes show the support of those who voted on the platform, not of the public at large."))
        doc.add(Table(
            ["No.", "Votes for", "Against", "Proposal", "Theme", "Outcome"],
            [[str(p.number), f"{p.votes_for:,}", "" if p.votes_against is None else f"{p.votes_against:,}",
              p.text + (f"\n— {p.contributor}" if p.contributor else ""), p.theme, p.outcome] for p in rep.ranked],
            [0.07, 0.09, 0.09, 0.45, 0.15, 0.15]))

    # --- takeaways and responses -----------------------------------------------------------
    doc.add(Heading("What we heard and what we did", 1))
    doc.add(Paragraph(
        "The contributions grouped by theme: the main takeaways, and our response with its reasons. "
        + ("Every contribution and its individual answer are in the annex." if not rep.annex_omitted else
           "Every contribution and its individual answer are in the open-data file (see the annex).")))
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
    doc.add(Table(["Takeaway: what we heard", "Response: what we did and why"], rows, [1, 1]))

    # --- who decided ---------------------------------------------------------------------------
    if rep.deciders:
        doc.add(Heading("Who decided, and where", 1))
        doc.add(Paragraph("Every answer records who decided it and, where the forum decided at a meeting, "
                          "which one (the minutes of that meeting record the decision). Each answer in the annex "
                          "says the same."))
        doc.add(Table(["Decided by", "At the meeting", "Answers"],
                      [[who, meeting or "—", f"{n:,}"] for who, meeting, n in rep.deciders], [3, 3, 1]))

    # --- next steps -------------------------------------------------------------------------
    doc.add(Heading("What happens next and how to follow", 1))
    steps = []
    if status == "open":
        steps.append(f"The consultation is open until {human(c.closes_on)}: contributions can still be sent "
                     f"through {channels}." if c.closes_on else "The consultation is still open.")
    if rep.unanswered:
        waiting = f"The {rep.unanswered:,} contribution{'s' if rep.unanswered != 1 else ''} not yet answered"
        if rep.last_due and rep.last_due < rep.today:
            steps.append(f"{waiting} were due by {human(rep.last_due)}: they are late, and will be answered "
                         "first; this report will then be published again in full.")
        else:
            steps.append(f"{waiting} will be answered within {rep.response_working_days} working days of receipt"
                         + (f" (by {human(rep.last_due)} at the latest)" if rep.last_due else "")
                         + "; this report will then be published again in full.")
    steps.append("Contributions taken up become part of the final document; each answer above says how.")
    if open_data_name:
        steps.append(f"Every contribution and its answer are published as open data ({open_data_name}.csv and "
                     f"{open_data_name}.json), to be searched and reused.")
    if rep.contact:
        steps.append(f"Questions about this report or an answer: {rep.contact}.")
    doc.add(Bullets(steps))

    # --- annex ------------------------------------------------------------------------------
    doc.add(PageBreak(), Heading("Annex: every contribution and our response", 1))
    if rep.annex_omitted:
        doc.add(Paragraph(
            f"There are {rep.total:,} contributions: more than this report can list usefully "
            f"(it lists every one up to {responses_view.ANNEX_ROW_LIMIT:,}). Each one, with its answer, reason, who decided "
            "and when, is in the open-data file"
            + (f" {open_data_name}.csv (and .json) published with this report" if open_data_name else
               " published with this report (export it with the csv or json format)")
            + ". The table below gives the outcomes per theme."))
        doc.add(Table(
            ["Theme", "Contributions", "Outcomes"],
            [[t.label, f"{t.total:,}", t.counts_text() or "—"] for t in rep.themes], [0.25, 0.15, 0.6]))
        doc.add(Paragraph("Withdrawn contributions are counted as not yet answered here; the open data "
                          "says which were withdrawn.", "small"))
        return doc
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


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


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
    if r.decided_by or r.meeting:
        outcome += "\nDecided by " + (r.decided_by or "—") + (f" (meeting: {r.meeting})" if r.meeting else "")
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
        "csv": "The .csv has the same fields in this order (UTF-8 with BOM; empty for null; true/false for "
               "booleans). " + FORMULA_NOTE + " The .json keeps every text exactly as recorded.",
    }


def write_open_data_csv(rows: list[dict], path: Path) -> Path:
    names = [n for n, _, _ in responses_view.OPEN_DATA_FIELDS]
    with atomic_write(path) as tmp:
        # BOM: Excel on Windows opens UTF-8 CSV correctly only with it.
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = SafeDictWriter(fh, fieldnames=names)
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
    formats = list(formats)
    doc = None
    if {"docx", "pdf"} & set(formats):
        rep = responses_view.report(db, consultation_id, audience, today=today)
        if rep.annex_omitted and not {"csv", "json"} & set(formats):
            # The report points to the open data for every contribution: write it alongside.
            formats.append("csv")
        doc = build_document(rep, open_data_name=f"{stem}-open-data")
    names = {fmt: f"{stem}-{audience}.{fmt}" if fmt in ("docx", "pdf") else f"{stem}-open-data.{fmt}"
             for fmt in formats}
    meta, rows = responses_view.open_data(db, consultation_id) if {"csv", "json"} & set(formats) else ({}, [])
    # Open data is for publication: public fields whatever the audience.
    writers = {
        "docx": lambda path, step: write_docx(doc, path, step),
        "pdf": lambda path, step: write_pdf(doc, path, step),
        "csv": lambda path, step: write_open_data_csv(rows, path),
        "json": lambda path, step: write_open_data_json(meta, rows, path, today),
    }
    return write_all(out_dir, stem, list(formats), writers, progress, names=names)
