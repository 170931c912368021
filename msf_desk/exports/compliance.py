"""The compliance report (.docx and .pdf, with its charts): where the forum stands against
the participation and co-creation standards, and what to do next.

The indicators come from msf_desk.core.compliance; evidence there names no person, so the
same report goes into the public repository.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from msf_desk.core.compliance import ComplianceReport
from msf_desk.model.errors import UserError
from msf_desk.core.language import N_, _, typed
from msf_desk.core.language import day as human
from msf_desk.exports.atomic import Progress, write_all
from msf_desk.exports.document import Document, Heading, Image, KeyValues, Paragraph, Table
from msf_desk.model.messages import M_

FORMATS = ("docx", "pdf")
TITLE = N_("Compliance with the participation and co-creation standards")
STATUS_MARKS = {"met": N_("Met"), "in_progress": N_("In progress"), "not_met": N_("NOT MET"),
                "not_evidenced": N_("Not evidenced")}
STATUS_LABELS = {"met": N_("Met"), "in_progress": N_("In progress"), "not_met": N_("Not met"),
                 "not_evidenced": N_("Not evidenced")}


def _status(i) -> str:
    """The status as the document's language says it (the record's own label when it is not one of ours)."""
    return _(STATUS_LABELS[i.status]) if i.status in STATUS_LABELS else i.status_label


def build_document(report: ComplianceReport, charts: dict[str, tuple[Path, str]] | None = None) -> Document:
    """`charts`: {key: (PNG path, description)} from exports.charts.write_charts."""
    doc = Document(title=_(TITLE), subtitle=_("{forum} — as of {day}").format(forum=typed(report.forum_name),
                                                                                day=human(report.today)),
                   header=_("{forum} — compliance with the standards, {day}").format(forum=typed(report.forum_name),
                                                                                     day=human(report.today)),
                   author=report.forum_name, date=report.today)
    for result in report.frameworks:
        _add_framework(doc, result, (charts or {}).get(f"standards-{result.key}"))
    if report.frameworks:
        doc.add(Heading(_(FRAMEWORK_2017), 1))
        if "2017" not in report.chosen:
            doc.add(Paragraph(_("The forum is not assessed against the 2017 toolkit; its indicators follow for "
                                "reference."), "note"))
    doc.add(Paragraph(report.summary()), Paragraph(report.minimum_text()))
    doc.add(Paragraph(_("Checked by MSF Desk on the forum's own records. “Not evidenced” means the records that "
                        "would show an indicator are missing, not that the forum fails it. Indicators marked * are "
                        "among the basic requirements of a starred process."), "note"))
    level = 2 if report.frameworks else 1
    doc.add(Heading(_("At a glance"), level))
    doc.add(Table([_("Indicator"), _("Status"), _("What to do next")],
                  [[i.title + (" *" if i.minimum else ""), _(STATUS_MARKS[i.status]), i.next_step]
                   for i in report.indicators], widths=[0.34, 0.16, 0.50]))
    if charts:
        doc.add(Heading(_("Charts"), level))
        for key in ("meetings", "parity", "responses"):
            if key in charts:
                path, alt = charts[key]
                doc.add(Image(str(path), alt, 1.0), Paragraph(alt, "small"))
    doc.add(Heading(_("Indicators and their evidence"), level))
    for i in report.indicators:
        doc.add(Heading(i.title + (" *" if i.minimum else ""), level + 1))
        doc.add(KeyValues([(_("Status"), _status(i)), (_("The standard"), i.standard),
                           (_("Evidence"), "\n".join(i.evidence) or "—"), (_("What to do next"), i.next_step)]))
    last = report.last_export
    if last is not None:
        doc.add(Paragraph(_("The repository export of {day} holds {n} files.").format(day=human(last.on),
                                                                                      n=last.files), "small"))
    doc.add(Paragraph(_("Prepared with MSF Desk on {day}.").format(day=human(report.today)), "small"))
    return doc


FRAMEWORK_2017 = N_("OGP Participation and Co-Creation Toolkit (2017) indicators")


def _add_framework(doc: Document, result, chart: tuple[Path, str] | None = None) -> None:
    """One chosen framework (2021 national, OGP Local): headline, chart, table, then each requirement."""
    doc.add(Heading(result.framework.title, 1))
    doc.add(Paragraph(_("Source: {source}").format(source=result.framework.source), "small"))
    doc.add(Paragraph(result.summary()))
    headline = result.contrary_text()
    if headline:
        doc.add(Paragraph(headline, "quote" if result.contrary() else "body"))
    doc.add(Paragraph(_("“Not evidenced” means the records that would show a requirement are missing, not that the "
                        "forum fails it."), "note"))
    if chart is not None:
        doc.add(Image(str(chart[0]), chart[1], 1.0))
    doc.add(Table([_("Requirement"), _("Status"), _("What to do next")],
                  [[i.title, _(STATUS_MARKS[i.status]), i.next_step] for i in result.requirements],
                  widths=[0.34, 0.16, 0.50]))
    for i in result.requirements:
        doc.add(Heading(i.title, 2))
        doc.add(KeyValues([(_("Status"), _status(i)), (_("The requirement"), i.standard),
                           (_("Evidence"), "\n".join(i.evidence) or "—"), (_("What to do next"), i.next_step)]))


def write_report(report: ComplianceReport, targets: dict[str, Path], charts: dict[str, tuple[Path, str]],
                 *, created: dt.datetime | None = None, progress: Progress | None = None) -> list[Path]:
    """Write the report to each {format: path}, all or nothing (one folder per call)."""
    from msf_desk.exports.docx_writer import write_docx
    from msf_desk.exports.pdf_writer import write_pdf

    doc = build_document(report, charts)
    writers = {"pdf": write_pdf, "docx": write_docx}
    formats = list(targets)
    folders = {Path(p).parent for p in targets.values()}
    if len(folders) != 1:
        raise ValueError("write_report writes into one folder")
    return write_all(folders.pop(), "", formats,
                     {fmt: (lambda path, step, fmt=fmt: writers[fmt](doc, path, step, created=created))
                      for fmt in formats},
                     progress, names={fmt: Path(p).name for fmt, p in targets.items()})


def export_compliance(db, *, formats: list[str], out_dir: str | Path, today: dt.date | None = None,
                      progress: Progress | None = None) -> list[Path]:
    """The compliance report as a document of its own ('compliance-report-YYYY-MM-DD.pdf'),
    all or nothing."""
    from msf_desk.core.standards import check
    from msf_desk.exports.charts import write_charts, write_standards_charts

    wrong = [f for f in formats if f not in FORMATS]
    if wrong or not formats:
        raise UserError(M_("The compliance report can be written as {formats} (got {value}).").format(formats=' or '.join(FORMATS), value=', '.join(wrong) or M_("nothing")))
    report = check(db, today or dt.date.today())
    out = Path(out_dir)
    scratch = Path(tempfile.mkdtemp(prefix="msf-charts-"))
    try:
        charts = write_charts(report.series, {key: scratch / f"{key}.png" for key in ("meetings", "parity",
                                                                                       "responses")})
        charts.update(write_standards_charts(report.frameworks, {r.key: scratch / f"standards-{r.key}.png"
                                                                 for r in report.frameworks}))
        stem = f"compliance-report-{report.today.isoformat()}"
        return write_report(report, {fmt: out / f"{stem}.{fmt}" for fmt in formats}, charts, progress=progress)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
