"""index.html of the repository package: one page that works offline, without JavaScript.

Accessible by construction: a language, a skip link, landmarks (banner, navigation, main,
contentinfo), one h1 and ordered headings, tables with captions and header cells, every
picture with its alternative text, status shown in words as well as colour, visible focus.
Every value that came from a user is escaped; every link is a relative path inside the package.
"""
from __future__ import annotations

import html
from urllib.parse import quote

from msf_desk.core.compliance import ComplianceReport
from msf_desk.core import language
from msf_desk.core.language import N_, _, ngettext
from msf_desk.core.language import day as human
from msf_desk.core.forum import decision_rule_words
from msf_desk.core.repository import (CHARTS, MANIFEST_CSV, MANIFEST_JSON, STANDARDS_CHART, STANDARDS_CHART_TITLE, Plan,
                                     PlannedFile)

STATUS_CLASS = {"met": "met", "in_progress": "progress", "not_met": "notmet", "not_evidenced": "none"}
PROCESS_DOCUMENTS = N_("Process documents")
PROCESS_DOCUMENTS_CAPTION = N_("Action plans, self-assessments, reports and other documents of the process, newest first")
MINUTES_PENDING = N_("Minutes pending: not yet approved.")
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word", "csv": "CSV", "json": "JSON", "ics": N_("Calendar"), "png": N_("Picture")}
STATUS_WORDS = {"met": N_("Met"), "in_progress": N_("In progress"), "not_met": N_("Not met"),
                "not_evidenced": N_("Not evidenced")}

STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --line: #d9dee5; --link: #1d4f91; --bg: #ffffff; --soft: #f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); background: var(--bg);
       line-height: 1.5; font-size: 1rem; }
a { color: var(--link); }
a:focus, a:hover { outline: 3px solid #f2b01e; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header, main, footer { max-width: 68rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 4px solid #3d5a80; }
header p { margin: .2rem 0; color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: .8rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
h1 { font-size: 1.9rem; margin: .4rem 0; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .95rem; }
caption { text-align: start; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid var(--line); padding: .45rem .55rem; text-align: start; vertical-align: top; }
nav.languages ul { margin: .2rem 0 0; }
thead th { background: var(--soft); }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .3rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.files { list-style: none; padding: 0; margin: 0; }
ul.files li { margin: .1rem 0; }
.status { display: inline-block; font-weight: 700; padding: .1rem .5rem; border-radius: .8rem; white-space: nowrap;
          border: 2px solid currentColor; }
.met { color: #1d6b3a; background: #e3f3e8; }
.progress { color: #7a4d00; background: #fdf1d8; }
.notmet { color: #a3221b; background: #fbe4e2; }
.none { color: #3e4c59; background: #eceff3; }
.counts { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.counts li { padding: .4rem .8rem; border-radius: .4rem; }
figure { margin: 1rem 0 1.6rem; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .9rem; }
.note { color: var(--muted); font-size: .92rem; }
.size { white-space: nowrap; }
table.meetings td:first-child { width: 9rem; }
table.meetings td:last-child, table.consultations td:last-child { width: 34%; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .92rem; margin-top: 2rem; }
@media print { nav, .skip { display: none; } a { color: inherit; } }
"""


def e(value: object) -> str:
    """Escape anything that may have come from a user (text and attribute values alike)."""
    return html.escape("" if value is None else str(value), quote=True)


def href(path: str) -> str:
    return e(quote(path, safe="/-._~"))


def _size(n: int) -> str:
    if n < 1024:
        return _("{n} bytes").format(n=n)
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def language_name(tag: str) -> str:
    """A document's language, named in its own words where MSF Desk knows it ('Français'), else
    its tag as recorded ('pt-BR'); '—' when none is recorded."""
    if not tag:
        return "—"
    primary = tag.split("-")[0].lower()
    if primary not in language.NATIVE_NAMES:
        return tag
    name = language.NATIVE_NAMES[primary]
    return name if primary == tag.lower() else f"{name} ({tag})"


def _link(f: PlannedFile, sizes: dict[str, int], label: str | None = None) -> str:
    what = label or _(FORMAT_NAMES.get(f.format, f.format.upper() or N_("File")))
    size = f", {_size(sizes[f.path])}" if f.path in sizes else ""
    return f'<a href="{href(f.path)}">{e(what)}</a><span class="note size">{e(size)}</span>'


def _links(files: list[PlannedFile], sizes: dict[str, int], names: dict[str, str]) -> str:
    """Grouped by kind: 'Minutes: PDF, Word'."""
    groups: dict[str, list[PlannedFile]] = {}
    for f in files:
        groups.setdefault(f.kind, []).append(f)
    items = []
    for kind, group in groups.items():
        if kind == "paper":
            for f in group:
                items.append(f"<li>{_link(f, sizes, f.title)}</li>")
            continue
        parts = ", ".join(_link(f, sizes) for f in group)
        items.append(f"<li>{e(names.get(kind, kind.replace('_', ' ').capitalize()))}: {parts}</li>")
    return (f'<ul class="files">{"".join(items)}</ul>' if items
            else f'<span class="note">{e(_("No documents yet"))}</span>')


def _status(status: str, label: str) -> str:
    words = _(STATUS_WORDS[status]) if status in STATUS_WORDS else label
    return f'<span class="status {STATUS_CLASS[status]}">{e(words)}</span>'


def render(plan: Plan, report: ComplianceReport, sizes: dict[str, int], chart_alts: dict[str, str],
           profile, parity_lines: list[str], versions: list[tuple[str, str]] | None = None) -> str:
    """The page, in the current document language. `versions`: (language code, relative link to
    its index.html) of the same repository in the forum's other document languages."""
    names = {"pack": _("Public pack"), "minutes": _("Minutes"), "participants": _("Participants"),
             "response_report": _("Reasoned response"), "open_data": _("Contributions (open data)"),
             "governance": _("Remit and governance"), "members": _("Members and parity"),
             "selection_rounds": _("Selection rounds"), "decisions": _("Decisions register"),
             "actions": _("Action tracker"), "interests": _("Register of interests"),
             "compliance": _("Compliance report")}
    code = language.current()
    forum = e(plan.forum_name)
    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{code}" dir="rtl">' if language.is_rtl(code) else f'<html lang="{code}">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    title = _("{forum}: public repository").format(forum=language.typed(plan.forum_name))
    description = _("{forum}: meetings, minutes, decisions, members, consultations and compliance with the "
                    "participation and co-creation standards.").format(forum=language.typed(plan.forum_name))
    w(f"<title>{e(title)}</title>")
    w(f'<meta name="description" content="{e(description)}">')
    for other, link in versions or []:
        w(f'<link rel="alternate" hreflang="{e(other)}" href="{href(link)}">')
    w(f"<style>{STYLE}</style>")
    w("</head>")
    w("<body>")
    w(f'<a class="skip" href="#main">{e(_("Skip to the content"))}</a>')
    w("<header>")
    w(f"<h1>{forum}</h1>")
    w(f"<p>{e(_('Public repository of the multi-stakeholder forum, as of {day}.').format(day=human(plan.as_of)))}</p>")
    if versions:
        # The same repository in the forum's other document languages, each named in its own language.
        w(f'<nav class="languages" aria-label="{e(_("Other languages"))}"><ul>')
        for other, link in versions:
            w(f'<li><a href="{href(link)}" hreflang="{e(other)}" lang="{e(other)}">'
              f"{e(language.NATIVE_NAMES.get(other, other))}</a></li>")
        w("</ul></nav>")
    w(f'<nav aria-label="{e(_("Sections"))}"><ul>')
    sections = [("forum", _("The forum")), ("standards", _("Against the standards")), ("meetings", _("Meetings")),
                ("registers", _("Registers")), ("consultations", _("Consultations"))]
    if plan.document_files or plan.documents_elsewhere:
        sections.append(("process-documents", _(PROCESS_DOCUMENTS)))
    for anchor, label in sections + [("all-files", _("All files"))]:
        w(f'<li><a href="#{anchor}">{e(label)}</a></li>')
    w("</ul></nav>")
    w("</header>")
    w('<main id="main">')

    # The forum
    w(f'<section aria-labelledby="forum"><h2 id="forum">{e(_("The forum"))}</h2>')
    if profile.remit.strip():
        w(f"<p>{e(profile.remit.strip())}</p>")
    w('<dl class="facts">')
    if profile.action_plan_in_development:
        meetings = _("Monthly while the Action Plan is in development")
    else:
        meetings = ngettext("At least every month", "At least every {n} months", profile.frequency_months).format(
            n=profile.frequency_months)
    for label, value in ((_("Meetings"), meetings), (_("Decisions"), decision_rule_words(profile)),
                         (_("Who sets the agenda"), profile.agenda_setter),
                         (_("What it may decide"), profile.decision_powers),
                         (_("Answers to the public"),
                          _("Within {n} working days").format(n=profile.response_working_days))):
        if str(value).strip():
            w(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>")
    w("</dl>")
    w(f"<h3>{e(_('Parity'))}</h3><ul>" + "".join(f"<li>{e(line)}</li>" for line in parity_lines) + "</ul>")
    w(f"<h3>{e(_('Documents'))}</h3>")
    w(_links(plan.forum_files, sizes, names))
    w("</section>")

    # Against the standards
    w(f'<section aria-labelledby="standards"><h2 id="standards">{e(_("Against the standards"))}</h2>')
    for n, result in enumerate(report.frameworks):
        w(f'<h3 id="standard-{e(result.key)}">{e(result.framework.title)}</h3>')
        w(f'<p class="note">{e(_("Source: {source}").format(source=result.framework.source))}</p>')
        w(f"<p>{e(result.summary())}</p>")
        if result.contrary_text():
            strong = result.contrary()
            w(f"<p>{'<strong>' if strong else ''}{e(result.contrary_text())}{'</strong>' if strong else ''}</p>")
        chart = STANDARDS_CHART.format(key=result.key)
        if chart in sizes:
            w(f'<figure><img src="{href(chart)}" alt="{e(chart_alts.get("standards-" + result.key, ""))}" '
              f'width="1200"><figcaption>{e(_(STANDARDS_CHART_TITLE).format(framework=result.framework.short))}'
              "</figcaption></figure>")
        w(f"<table><caption>{e(_('Each requirement of {framework}, its evidence and the next step').format(framework=result.framework.short))}"
          "</caption>")
        w(f'<thead><tr><th scope="col">{e(_("Requirement"))}</th><th scope="col">{e(_("Status"))}</th>'
          f'<th scope="col">{e(_("Evidence"))}</th><th scope="col">{e(_("Next step"))}</th></tr></thead><tbody>')
        for i in result.requirements:
            evidence = "<br>".join(e(x) for x in i.evidence)
            w(f'<tr><th scope="row">{e(i.title)}</th><td>{_status(i.status, i.status_label)}</td>'
              f"<td>{evidence}</td><td>{e(i.next_step)}</td></tr>")
        w("</tbody></table>")
    if report.frameworks:
        w(f'<h3 id="standard-2017">{e(_("OGP Participation and Co-Creation Toolkit (2017) indicators"))}</h3>')
        if "2017" not in report.chosen:
            w(f'<p class="note">{e(_("The forum is not assessed against the 2017 toolkit; its indicators follow for reference."))}</p>')
    w(f"<p>{e(report.summary())} {e(report.minimum_text())}</p>")
    w(f'<ul class="counts" aria-label="{e(_("Indicators by status"))}">')
    for key in ("met", "in_progress", "not_met", "not_evidenced"):
        w(f'<li class="{STATUS_CLASS[key]}">{e(_(STATUS_WORDS[key]))}: <strong>{report.counts[key]}</strong></li>')
    w("</ul>")
    w(f"<table><caption>{e(_('Each indicator, its evidence and the next step'))}</caption>")
    w(f'<thead><tr><th scope="col">{e(_("Indicator"))}</th><th scope="col">{e(_("Status"))}</th>'
      f'<th scope="col">{e(_("Evidence"))}</th><th scope="col">{e(_("Next step"))}</th></tr></thead><tbody>')
    for i in report.indicators:
        evidence = "<br>".join(e(x) for x in i.evidence)
        star = (f' <abbr title="{e(_("a basic requirement of a starred process"))}">*</abbr>'
                if i.minimum else "")
        w(f'<tr><th scope="row">{e(i.title)}{star}</th><td>{_status(i.status, i.status_label)}</td>'
          f"<td>{evidence}</td><td>{e(i.next_step)}</td></tr>")
    w("</tbody></table>")
    for key, (path, title) in CHARTS.items():
        if path in sizes:
            w(f'<figure><img src="{href(path)}" alt="{e(chart_alts.get(key, _(title)))}" width="1200" height="560">'
              f"<figcaption>{e(_(title))}</figcaption></figure>")
    compliance_files = [f for f in plan.other_files if f.kind == "compliance"]
    w(f"<p>{e(_('The full report:'))} " + ", ".join(_link(f, sizes) for f in compliance_files) + ".</p>")
    w("</section>")

    # Meetings
    w(f'<section aria-labelledby="meetings"><h2 id="meetings">{e(_("Meetings"))}</h2>')
    calendar = [f for f in plan.other_files if f.kind == "calendar"]
    if calendar:
        add = _("Add the forum's meetings to your calendar:")
        w(f"<p>{e(add)} {_link(calendar[0], sizes, 'meetings.ics')}.</p>")
    if plan.meetings:
        w(f'<table class="meetings"><caption>{e(_("Meetings of the forum, newest first"))}</caption>')
        w(f'<thead><tr><th scope="col">{e(_("Date"))}</th><th scope="col">{e(_("Meeting"))}</th>'
          f'<th scope="col">{e(_("Status"))}</th><th scope="col">{e(_("Documents"))}</th></tr></thead><tbody>')
        for m in sorted(plan.meetings, key=lambda m: m.day, reverse=True):
            reason = m.status_reason.strip()
            if reason.lower().startswith(m.status_label.lower()):
                reason = reason[len(m.status_label):].lstrip(" :—-").strip()  # "Cancelled: Cancelled: …"
            status = _(m.status_label) + (f": {reason}" if reason else ".")
            if m.status == "held" and m.minutes_day is None:
                status += " " + _(MINUTES_PENDING)
            remote = " " + _("Remote participation offered.") if m.remote_offered and m.status in (
                "held", "planned", "notice_sent") else ""
            w(f'<tr><td><time datetime="{m.day.isoformat()}">{e(human(m.day))}</time></td>'
              f"<th scope=\"row\">{e(m.title)}<br><span class=\"note\">{e(_(m.kind_label))}</span></th>"
              f"<td>{e(status)}{e(remote)}</td><td>{_links(m.files, sizes, names)}</td></tr>")
        w("</tbody></table>")
    else:
        w(f'<p class="note">{e(_("No public meeting is recorded yet."))}</p>')
    w("</section>")

    # Registers
    w(f'<section aria-labelledby="registers"><h2 id="registers">{e(_("Registers"))}</h2>')
    w(_links(plan.register_files, sizes, names))
    database = [f for f in plan.other_files if f.kind == "open_data_sqlite" and f.format == "sqlite"]
    described = [f for f in plan.other_files if f.kind == "open_data_sqlite" and f.format == "json"]
    if database:
        w(f"<p>All these public records in one database, to query or serve: "
          f"{_link(database[0], sizes, 'forum.sqlite')}"
          + (f" and the description of its tables, {_link(described[0], sizes, 'metadata.json')}"
             if described else "") + ".</p>")
    w("</section>")

    # Consultations
    w(f'<section aria-labelledby="consultations"><h2 id="consultations">{e(_("Consultations"))}</h2>')
    if plan.consultations:
        caption = _("Public consultations and the forum's reasoned response")
        w(f'<table class="consultations"><caption>{e(caption)}</caption>')
        w(f'<thead><tr><th scope="col">{e(_("Consultation"))}</th><th scope="col">{e(_("Open for comment"))}</th>'
          f'<th scope="col">{e(_("Status"))}</th><th scope="col">{e(_("Documents"))}</th></tr></thead><tbody>')
        for c in plan.consultations:
            period = (_("{start} to {end}").format(start=human(c.opens_on), end=human(c.closes_on))
                      if c.opens_on and c.closes_on else "—")
            status = {"planned": _("Planned"), "open": _("Open for comment"),
                      "closed": _("Closed; every contribution answered") if c.answered_all else _("Closed")}[c.status]
            w(f'<tr><th scope="row">{e(c.name)}<br><span class="note">{e(_(c.stage_label))}</span></th>'
              f"<td>{e(period)}</td><td>{e(status)}</td><td>{_links(c.files, sizes, names)}</td></tr>")
        w("</tbody></table>")
    else:
        w(f'<p class="note">{e(_("No consultation is recorded yet."))}</p>')
    w("</section>")

    # Process documents
    if plan.document_files or plan.documents_elsewhere:
        w(f'<section aria-labelledby="process-documents"><h2 id="process-documents">{e(_(PROCESS_DOCUMENTS))}</h2>')
        w(f'<table class="documents"><caption>{e(_(PROCESS_DOCUMENTS_CAPTION))}</caption>')
        w(f'<thead><tr><th scope="col">{e(_("Date"))}</th><th scope="col">{e(_("Document"))}</th>'
          f'<th scope="col">{e(_("Language"))}</th><th scope="col">{e(_("File"))}</th></tr></thead><tbody>')
        # Documents in this language's folder, and those published in another language's folder
        # (linked there, their language named).
        rows = [(f, None) for f in plan.document_files] + list(plan.documents_elsewhere)
        for f, link in sorted(rows, key=lambda r: (r[0].date or plan.as_of, r[0].path), reverse=True):
            day = (f'<time datetime="{f.date.isoformat()}">{e(human(f.date))}</time>' if f.date else "—")
            tag = f.language or ""
            where = _link(f, sizes) if link is None else (
                f'<a href="{href(link)}" hreflang="{e(tag)}">'
                f'{e(_(FORMAT_NAMES.get(f.format, f.format.upper() or N_("File"))))}</a>')
            lang = f' lang="{e(tag)}"' if tag else ""
            w(f'<tr><td>{day}</td><th scope="row"{lang}>{e(f.title)}</th>'
              f"<td>{e(language_name(tag))}</td><td>{where}</td></tr>")
        w("</tbody></table>")
        w("</section>")

    # All files
    w(f'<section aria-labelledby="all-files"><h2 id="all-files">{e(_("All files"))}</h2>')
    w("<p>" + e(_("Every file of this package, with its title, date, size and SHA-256 checksum:")) + " "
      f'<a href="{href(MANIFEST_JSON)}">manifest.json</a> {e(_("and"))} <a href="{href(MANIFEST_CSV)}">manifest.csv</a>. '
      + e(_("File names stay the same from one update to the next, so links to them keep working.")) + "</p>")
    w("</section>")
    w("</main>")

    w("<footer>")
    contact = e(profile.lead_agency or profile.contact_name or profile.name)
    if profile.contact_email.strip():
        address = profile.contact_email.strip()
        contact += f' — <a href="mailto:{e(quote(address, safe="@.+-_"))}">{e(address)}</a>'
    w(f"<p>{e(_('Secretariat:'))} {contact}</p>")
    w(f"<p>{e(_('Prepared with MSF Desk. This page works without JavaScript and without a network connection.'))}</p>")
    w("</footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"
