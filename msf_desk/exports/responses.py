"""The reasoned-response report (.docx, .pdf) and the open data of contributions (.csv, .json).

The report is described once as a Document; both writers render it. What each
audience may see has already been decided in core (msf_desk.core.audience.responses: report / open_data).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from babel.numbers import format_percent

from msf_desk.core import responses as core
from msf_desk.core.audience import responses as responses_view
from msf_desk.model.errors import UserError
from msf_desk.core.language import N_, _, babel_locale, commas, current, ngettext, number, typed
from msf_desk.core.language import day as human
from msf_desk.core.tabular import FORMULA_NOTE, safe_csv_writer
from msf_desk.exports.atomic import atomic_write, checkpoint, every, write_all
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, PageBreak, Paragraph, Table
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, Consultation, FINAL_OUTCOMES, NOT_ANSWERED, OUTCOMES
from msf_desk.model.messages import M_

FORMATS = ("docx", "pdf", "csv", "json")
ROWS_PER_REPORT = 500   # rows between two progress reports: where a Cancel takes effect
SCHEMA_VERSION = 1


def _contributions(n: int) -> str:
    return ngettext("{n} contribution", "{n} contributions", n).format(n=number(n))


def _contributors(n: int) -> str:
    return ngettext("{n} contributor", "{n} contributors", n).format(n=number(n))


def _days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=number(n))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "consultation"


CHANNEL_PROSE = {
    "online_platform": N_("the online platform"), "email": N_("e-mail"), "written": N_("written submissions"),
    "meeting": N_("meetings and events"), "phone": N_("phone"),
}


def _channels_prose(keys: list[str]) -> str:
    words = [_(CHANNEL_PROSE[k]) if k in CHANNEL_PROSE else k for k in keys]
    if len(words) <= 1:
        return "".join(words)
    return _("{list} and {last}").format(list=commas(words[:-1]), last=words[-1])


def _period(c: Consultation) -> str:
    if c.opens_on and c.closes_on:
        return _("{start} to {end} ({days})").format(start=human(c.opens_on), end=human(c.closes_on),
                                                     days=_days(c.open_days))
    if c.opens_on:
        return _("from {day}").format(day=human(c.opens_on))
    if c.closes_on:
        return _("until {day}").format(day=human(c.closes_on))
    return _("dates not recorded")


def _outcome_label(key: str) -> str:
    if key == "withdrawn":
        return _(responses_view.WITHDRAWN)
    return _(OUTCOMES.get(key, NOT_ANSWERED))


def _share(n: int, total: int) -> str:
    return format_percent(n / total, locale=babel_locale()) if total else "—"


def build_document(rep: responses_view.ResponseReport, open_data_name: str = "",
                   answers: Iterable[responses_view.AnswerGroup] | None = None, lone_reasons: bool = True) -> Document:
    """The report, in the order of a good consultation report: executive summary, who took part
    (and what the figures cannot tell), what was most supported, what we heard and did by theme,
    who decided and where, what happens next, and the answer to every contribution.

    Above ANNEX_ROW_LIMIT contributions the annex is compact: the outcomes per theme, then every
    answer given (`answers`, from `responses_view.answer_groups`) with its reason and the numbers of
    the contributions that received it; the open data has every field of every contribution."""
    c = rep.consultation
    public = rep.audience == "public"
    title = (_("Interim report — What we heard and what we did: {name}") if rep.interim
             else _("What we heard and what we did: {name}")).format(name=typed(c.name))
    doc = Document(
        title=title,
        subtitle=f"{typed(rep.forum_name)} — " + (_("interim reasoned response to the consultation") if rep.interim
                                           else _("reasoned response to the consultation")),
        header=f"{typed(rep.forum_name)} — {typed(c.name)}" + (" — " + _("INTERIM") if rep.interim else "")
               + ("" if public else " — " + _("for members, not for publication")),
        author=rep.forum_name, date=rep.today,
    )
    if rep.interim:
        doc.add(Paragraph(
            _("Interim: this report will be updated because {reasons} (as of {day}).").format(
                reasons=_(" and ").join(_(r) for r in rep.interim_reasons), day=human(rep.today)), "note"))
    if not public:
        doc.add(Paragraph(
            _("Members' version: it shows contributors' names even where they did not agree to publication. "
              "Do not publish or forward it; publish the public version instead."), "note"))

    # --- executive summary ------------------------------------------------------------------
    doc.add(Heading(_("Executive summary"), 1))
    about = c.document or c.name
    channels = _channels_prose(c.channels) or _("the channels listed below")
    status = c.status_on(rep.today)
    opening = (_("{forum} is consulting the public on {about}, {period}.") if status == "open"
               else _("{forum} consulted the public on {about}, {period}."))
    doc.add(Paragraph(
        opening.format(forum=typed(rep.forum_name), about=typed(about), period=_period(c)) + " "
        + _("People could take part through {channels}. We received {contributions} from {contributors}. "
            "This report sets out what we heard, what we did with each contribution and why.").format(
            channels=channels, contributions=_contributions(rep.total),
            contributors=_contributors(rep.contributors))))
    if rep.total:
        final = {k: n for k, n in rep.by_outcome.items() if k in FINAL_OUTCOMES}
        taken_up = sum(n for k, n in final.items() if k in ("included", "amended", "merged"))
        answered = _("{answered} of {total} contributions ({share}) have a final answer").format(
            answered=number(rep.answered), total=number(rep.total), share=_share(rep.answered, rep.total))
        if rep.answered_late:
            answered += ngettext("; {n} was answered after the due date", "; {n} were answered after the due date",
                                 rep.answered_late).format(n=number(rep.answered_late))
        points = [
            answered + ".",
            _("{n} ({share}) were taken up in full, amended or merged into another; {rest} were not, each with "
              "its reason.").format(n=number(taken_up), share=_share(taken_up, rep.total),
                                    rest=number(sum(final.values()) - taken_up)),
        ]
        if rep.unanswered:
            late = rep.last_due is not None and rep.last_due < rep.today
            waiting = _("{n} still wait for an answer").format(n=number(rep.unanswered))
            if rep.last_due:
                waiting += (_(", late: due by {day}") if late else _(", due by {day}")).format(day=human(rep.last_due))
            points.append(waiting + ".")
        if rep.withdrawn:
            points.append(_("{n} were withdrawn by their authors and need no answer.").format(n=number(rep.withdrawn)))
        busiest = sorted(rep.themes, key=lambda t: -t.total)[:3]
        if busiest and busiest[0].total:
            points.append(_("Most contributions concerned {themes}.").format(themes=commas(
                f"{typed(_theme(t.label))} ({number(t.total)})" for t in busiest)))
        if rep.ranked:
            top = rep.ranked[0]
            points.append(_("The most supported proposal (no. {number}, {votes} votes for) was: “{text}” — "
                            "{outcome}.").format(number=top.number, votes=number(top.votes_for),
                                                 text=typed(_short(top.text, 120)), outcome=_(top.outcome).lower()))
        doc.add(Bullets(points))
    answered_text = _("{answered} of {total}").format(answered=number(rep.answered), total=number(rep.total))
    if rep.answered_late:
        answered_text += " " + _("({n} after the due date)").format(n=number(rep.answered_late))
    pairs = [
        (_("Consultation"), c.name),
        (_("Stage"), _(c.stage_label)),
        (_("Draft concerned"), c.document or "—"),
        (_("Open"), _period(c)),
        (_("Channels"), commas(_(CHANNELS.get(k, k)) for k in c.channels) or "—"),
        (_("Contributions"), number(rep.total)),
        (_("Contributors"), number(rep.contributors)),
        (_("Answered"), answered_text),
    ]
    if rep.overdue:
        pairs.append((_("Waiting past the due date"), number(rep.overdue)))
    if rep.withdrawn:
        pairs.append((_("Withdrawn by their authors"), number(rep.withdrawn)))
    doc.add(KeyValues(pairs))
    if rep.warnings and not public:
        doc.add(Paragraph(_("Points to check before publishing:"), "body"), Bullets(rep.warnings))

    # --- who took part ---------------------------------------------------------------------
    if rep.total:
        doc.add(Heading(_("Who took part and how"), 1))
        doc.add(Table(
            [_("Channel"), _("Contributions"), _("Share")],
            [[_(CHANNELS.get(k, k)), number(n), _share(n, rep.total)] for k, n in rep.by_channel.items()],
            [3, 1, 1]))
        doc.add(Table(
            [_("Type of contributor"), _("Contributions"), _("Share")],
            [[_(CONTRIBUTOR_TYPES.get(k, k)), number(n), _share(n, rep.total)] for k, n in rep.by_type.items()],
            [3, 1, 1]))
        if rep.limitations:
            doc.add(Heading(_("Data limitations"), 2), Bullets(rep.limitations))
        doc.add(Heading(_("Outcomes"), 2))
        doc.add(Table(
            [_("Outcome"), _("Contributions"), _("Share")],
            [[_outcome_label(k), number(n), _share(n, rep.total)]
             for k, n in rep.by_outcome.items()], [3, 1, 1]))

    # --- support ------------------------------------------------------------------------------
    if rep.ranked:
        doc.add(Heading(_("Proposals ranked by support"), 1))
        doc.add(Paragraph(
            _("{n} contributions came with votes from the platform they were made on. The {top} with the most net "
              "support (votes for minus votes against) and what we did with them. Votes show the support of those "
              "who voted on the platform, not of the public at large.").format(n=number(rep.with_votes),
                                                                                top=len(rep.ranked))))
        doc.add(Table(
            [_("No."), _("Votes for"), _("Against"), _("Proposal"), _("Theme"), _("Outcome")],
            [[str(p.number), number(p.votes_for), "" if p.votes_against is None else number(p.votes_against),
              p.text + (f"\n— {_contributor(p.contributor)}" if p.contributor else ""), _theme(p.theme),
              _(p.outcome)]
             for p in rep.ranked],
            [0.07, 0.09, 0.09, 0.45, 0.15, 0.15]))

    # --- takeaways and responses -----------------------------------------------------------
    doc.add(Heading(_("What we heard and what we did"), 1))
    doc.add(Paragraph(
        _("The contributions grouped by theme: the main takeaways, and our response with its reasons.") + " "
        + (_("Every contribution and its individual answer are in the annex.") if not rep.annex_omitted else
           _("Every contribution and its individual answer are in the open-data file (see the annex)."))))
    rows = []
    for t in rep.themes:
        heard = f"{_theme(t.label)} ({_contributions(t.total)})"
        if t.heard:
            heard += f"\n\n{t.heard}"
        did = t.response or (_("The response to this theme is being prepared.") if public else
                             _("No summary written yet: add one on the Responses page before publishing."))
        if t.counts_text():
            did += "\n\n" + _("Outcomes: {counts}.").format(counts=t.counts_text())
        rows.append([heard, did])
    doc.add(Table([_("Takeaway: what we heard"), _("Response: what we did and why")], rows, [1, 1]))

    # --- who decided ---------------------------------------------------------------------------
    if rep.deciders:
        doc.add(Heading(_("Who decided, and where"), 1))
        doc.add(Paragraph(_("Every answer records who decided it and, where the forum decided at a meeting, "
                            "which one (the minutes of that meeting record the decision). Each answer in the annex "
                            "says the same.")))
        doc.add(Table([_("Decided by"), _("At the meeting"), _("Answers")],
                      [[who, meeting or "—", number(n)] for who, meeting, n in rep.deciders], [3, 3, 1]))

    # --- next steps -------------------------------------------------------------------------
    doc.add(Heading(_("What happens next and how to follow"), 1))
    steps = []
    if status == "open":
        steps.append(_("The consultation is open until {day}: contributions can still be sent through "
                       "{channels}.").format(day=human(c.closes_on), channels=channels)
                     if c.closes_on else _("The consultation is still open."))
    if rep.unanswered:
        n = rep.unanswered
        if rep.last_due and rep.last_due < rep.today:
            steps.append(ngettext(
                "The {n} contribution not yet answered was due by {day}: it is late, and will be answered "
                "first; this report will then be published again in full.",
                "The {n} contributions not yet answered were due by {day}: they are late, and will be answered "
                "first; this report will then be published again in full.", n).format(
                n=number(n), day=human(rep.last_due)))
        else:
            when = ngettext("The {n} contribution not yet answered will be answered within {days} working days "
                            "of receipt", "The {n} contributions not yet answered will be answered within {days} "
                            "working days of receipt", n).format(n=number(n), days=rep.response_working_days)
            if rep.last_due:
                when += " " + _("(by {day} at the latest)").format(day=human(rep.last_due))
            steps.append(when + _("; this report will then be published again in full."))
    steps.append(_("Contributions taken up become part of the final document; each answer above says how."))
    if open_data_name:
        steps.append(_("Every contribution and its answer are published as open data ({csv} and {json}), to be "
                       "searched and reused.").format(csv=f"{open_data_name}.csv", json=f"{open_data_name}.json"))
    if rep.contact:
        steps.append(_("Questions about this report or an answer: {contact}.").format(contact=typed(rep.contact)))
    doc.add(Bullets(steps))

    # --- annex ------------------------------------------------------------------------------
    doc.add(PageBreak(), Heading(_("Annex: every contribution and our response"), 1))
    if rep.annex_omitted:
        where = (_("Each one, with its answer, reason, who decided and when, is in the open-data file {file} (and "
                   ".json) published with this report.").format(file=f"{open_data_name}.csv") if open_data_name else
                 _("Each one, with its answer, reason, who decided and when, is in the open-data file published "
                   "with this report (export it with the csv or json format)."))
        doc.add(Paragraph(
            _("There are {n} contributions: more than this report can list usefully (it lists every one up to "
              "{limit}).").format(n=number(rep.total), limit=number(responses_view.ANNEX_ROW_LIMIT))
            + " " + where + " " + _("The table below gives the outcomes per theme.")))
        doc.add(Table(
            [_("Theme"), _("Contributions"), _("Outcomes")],
            [[_theme(t.label), number(t.total), t.counts_text() or "—"] for t in rep.themes], [0.24, 0.18, 0.58]))
        doc.add(Paragraph(_("Withdrawn contributions are counted as not yet answered here; the open data "
                            "says which were withdrawn."), "small"))
        if answers is not None:
            _compact_annex(doc, answers, {t.label: t.total for t in rep.themes}, lone_reasons)
        return doc
    doc.add(Paragraph(
        _("Contributors are named only where they agreed to it; otherwise their organisation is shown, "
          "or 'Individual'. Answers are due within {days} working days of receipt.").format(
            days=rep.response_working_days)
        if public else
        _("Names marked 'not for publication' must not appear in anything published."), "note"))
    by_theme: dict[str, list[responses_view.AnnexRow]] = {}
    for row in rep.annex:
        by_theme.setdefault(row.theme, []).append(row)
    for theme in sorted(by_theme, key=lambda t: (t == responses_view.NO_THEME, t.lower())):
        doc.add(Heading(_theme(theme), 2))
        # A short line under the heading: the heading keeps with it, not with a table taller than a page.
        doc.add(Paragraph(ngettext("{n} contribution on this theme.", "{n} contributions on this theme.",
                                   len(by_theme[theme])).format(n=number(len(by_theme[theme]))), "small"))
        doc.add(Table(
            [_("No."), _("Received"), _("From"), _("Contribution"), _("Outcome and reason")],
            [_annex_cells(r) for r in by_theme[theme]],
            [0.06, 0.14, 0.18, 0.32, 0.30],
        ))
    return doc


# Numbers per paragraph of the compact annex: a paragraph breaks across pages, but reportlab
# lays out what is left of it again at each page, so each stays shorter than a page.
NUMBERS_PER_PARAGRAPH = 300
SINGLES_PER_PARAGRAPH = 40


def _compact_annex(doc: Document, answers: Iterable[responses_view.AnswerGroup], totals: dict[str, int],
                   lone_reasons: bool = True) -> None:
    """Theme by theme, each outcome, each reason given for it once, and the numbers of the
    contributions that received it: every contribution is in it, by its number. Answers given
    to one contribution each are a line each (`lone_reasons`), or, when there are too many of
    them, their numbers under the outcome with a word that their reasons are in the open data."""
    doc.add(Paragraph(_("Below, theme by theme, is every answer we gave, with its reason and the numbers of the "
                        "contributions that received it: look for a contribution's number to find its answer.")))
    theme = outcome = None
    singles: list[str] = []   # answers given to one contribution each, a line each
    lone: list[int] = []      # … or only their numbers

    def numbers(label: str, ids) -> None:
        doc.add(Paragraph(label))
        spans = _spans(ids)
        for start in range(0, len(spans), NUMBERS_PER_PARAGRAPH):
            text = commas(spans[start:start + NUMBERS_PER_PARAGRAPH])   # "، " in Arabic
            doc.add(Paragraph(f"{_('No.')} {text}" if start == 0 else text, "small"))

    def flush() -> None:
        if singles:
            doc.add(Paragraph("\n".join(singles)))
            singles.clear()
        if lone:
            numbers(_("{label}: {value}").format(label=_contributions(len(lone)), value=_(
                "each answered with a reason of its own, given in the open-data file")), lone)
            lone.clear()

    for group in answers:
        if group.theme != theme:
            flush()
            theme, outcome = group.theme, None
            doc.add(Heading(_theme(theme), 2))
            if theme in totals:
                doc.add(Paragraph(ngettext("{n} contribution on this theme.", "{n} contributions on this theme.",
                                           totals[theme]).format(n=number(totals[theme])), "small"))
        if group.outcome != outcome:
            flush()
            outcome = group.outcome
            doc.add(Heading(_outcome_label(outcome), 3))
        reason = group.reason.strip()
        if len(group.numbers) == 1 and reason and not lone_reasons:
            lone.append(group.numbers[0])
            continue
        if len(group.numbers) == 1:
            # An answer given to one contribution: its number and the reason on one line (a
            # consultation answered one by one gives lines, not a paragraph each).
            label = f"{_('No.')} {group.numbers[0]}"
            singles.append(_("{label}: {value}").format(label=label, value=typed(reason)) if reason else label)
            if len(singles) >= SINGLES_PER_PARAGRAPH:
                flush()
            continue
        flush()
        count = _contributions(len(group.numbers))
        numbers(_("{label}: {value}").format(label=count, value=typed(reason)) if reason else count, group.numbers)
    flush()


def _spans(numbers: list[int]) -> list[str]:
    """Sorted numbers as "12", "14–17", … (runs of three or more as a span)."""
    out: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{numbers[i]}–{numbers[j]}")
        else:
            out.extend(str(n) for n in numbers[i:j + 1])
        i = j + 1
    return out


def _theme(label: str) -> str:
    """A theme as the forum named it; "No theme" is ours, in the document's language."""
    return _(label) if label == responses_view.NO_THEME else label


def _contributor(name: str) -> str:
    """A contributor as the public sees them: "Individual" (one not named) is ours, translated;
    a name or an organisation stays as typed."""
    return _(name) if name == "Individual" else name


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _annex_cells(r: responses_view.AnnexRow) -> list[str]:
    received = f"{r.received.isoformat()}\n{_(r.channel)}"
    # "Individual" stands for a contributor not named: ours, translated; a name stays as typed.
    name = _(r.contributor) if r.contributor == r.contributor_type else r.contributor
    who = f"{name}\n{_(r.contributor_type)}" if r.contributor != r.contributor_type else name
    text = r.text
    if r.section:
        text = f"[{typed(r.section)}] {typed(text)}"
    if r.support:
        text += f"\n({r.support})"
    outcome = _(r.outcome)
    if r.reason:
        outcome = _("{label}: {value}").format(label=outcome, value=typed(r.reason))
    if r.decided_by or r.meeting:
        outcome += "\n" + _("Decided by {who}").format(who=typed(r.decided_by) or "—") + (
            " " + _("(meeting: {meeting})").format(meeting=typed(r.meeting)) if r.meeting else "")
    if r.answered:
        outcome += "\n" + _("Answered {day}").format(day=r.answered.isoformat())
    elif r.outcome:
        outcome += "\n" + _("Due {day}").format(day=r.due.isoformat())
    if r.note:
        outcome += f"\n{r.note}"
    return [str(r.number), received, who, text, outcome]


def _schema() -> dict:
    return {
        "version": SCHEMA_VERSION,
        "language": current(),
        "description": _("One record per contribution received in the consultation, with the forum's response. "
                         "Public fields only: contributors are named only with their consent."),
        # Field names and coded values stay the same in every language; their descriptions are words for people.
        "fields": [{"name": n, "type": t, "description": _(d).replace("{values}", v)}
                   for n, t, d, v in responses_view.open_data_fields()],
        "csv": _("The .csv has the same fields in this order (UTF-8 with BOM; empty for null; true/false for "
                 "booleans).") + " " + FORMULA_NOTE + " " + _("The .json keeps every text exactly as recorded."),
    }


class _RowFile:
    """A file written a row at a time into a temporary file beside it, renamed into place by
    `close` (or removed by `abort`): the repository writes a consultation's CSV, JSON and the rows
    of forum.sqlite from one reading of its contributions."""

    def __init__(self, path: Path, encoding: str, newline: str | None = None) -> None:
        self._stack = ExitStack()
        try:
            tmp = self._stack.enter_context(atomic_write(path))
            self.fh = self._stack.enter_context(tmp.open("w", encoding=encoding, newline=newline))
        except BaseException:
            self._stack.close()
            raise
        self.rows = 0

    def _end(self) -> None:
        """What follows the last row."""

    def close(self) -> None:
        try:
            self._end()
        except BaseException as exc:
            self.abort(exc)
            raise
        self._stack.close()

    def abort(self, exc: BaseException) -> None:
        self._stack.__exit__(type(exc), exc, exc.__traceback__)


class OpenDataCsv(_RowFile):
    """The open-data CSV, a row at a time (`write_open_data_csv` writes it from an iterable)."""

    def __init__(self, path: Path) -> None:
        # BOM: Excel on Windows opens UTF-8 CSV correctly only with it.
        super().__init__(path, "utf-8-sig", newline="")
        self.names = [n for n, _, _ in responses_view.OPEN_DATA_FIELDS]
        # A list per row through the safe writer: DictWriter's two dicts per row were most of the
        # time at 100,000 rows.
        self.writer = safe_csv_writer(self.fh)
        self.writer.writerow(self.names)

    def add(self, row: dict) -> None:
        self.writer.writerow([_csv_cell(row[k]) for k in self.names])
        self.rows += 1


class OpenDataJson(_RowFile):
    """The same text as json.dumps(data, ensure_ascii=False, indent=1), a row at a time; each row
    with the C encoder, as its fields are plain values."""

    def __init__(self, meta: dict, path: Path, today: dt.date) -> None:
        super().__init__(path, "utf-8")
        self.data = {**meta, "generated": today.isoformat(), "schema": _schema()}
        placeholder = "\0rows\0"   # stands for the rows in the general encoder's text
        head = json.dumps({**self.data, "contributions": [placeholder]}, ensure_ascii=False, indent=1)
        self.before, self.after = head.split(json.dumps(placeholder, ensure_ascii=False), 1)
        self.encoder = json.JSONEncoder(ensure_ascii=False, separators=(",\n   ", ": "))

    def add(self, row: dict) -> None:
        fh = self.fh
        fh.write(self.before if not self.rows else ",\n  ")
        if any(isinstance(v, (dict, list, tuple)) for v in row.values()):
            # A nested value: the general encoder, indented as it would be in place.
            text = json.dumps(row, ensure_ascii=False, indent=1)
            fh.write(text.replace("\n", "\n  "))
        else:
            fh.write("{\n   " + self.encoder.encode(row)[1:-1] + "\n  }" if row else "{}")
        self.rows += 1

    def _end(self) -> None:
        if self.rows:
            self.fh.write(self.after)
        else:   # no row: what the general encoder writes for an empty list
            self.fh.write(json.dumps({**self.data, "contributions": []}, ensure_ascii=False, indent=1))


def _write_rows(out: _RowFile, rows: Iterable[dict], progress, total: int) -> None:
    try:
        for n, row in enumerate(rows, start=1):
            out.add(row)
            if progress is not None and n % ROWS_PER_REPORT == 0:
                progress(n, total)   # where a Cancel takes effect
    except BaseException as exc:
        out.abort(exc)
        raise
    out.close()


def write_open_data_csv(rows: Iterable[dict], path: Path, progress=None, total: int | None = None) -> Path:
    """The rows as CSV, written as they come (a generator reading the forum keeps the memory flat).
    `progress(done, total)` every ROWS_PER_REPORT rows; `total` defaults to len(rows) when it has one."""
    _write_rows(OpenDataCsv(path), rows, progress, _total(rows, total))
    return path


def _total(rows, total: int | None) -> int:
    if total is not None:
        return total
    return len(rows) if hasattr(rows, "__len__") else 0


def _csv_cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value


def write_open_data_json(meta: dict, rows: Iterable[dict], path: Path, today: dt.date, progress=None,
                         total: int | None = None) -> Path:
    """The same text as json.dumps(data, ensure_ascii=False, indent=1), written row by row as the
    rows come (so that a Cancel takes effect, and a generator keeps the memory flat)."""
    _write_rows(OpenDataJson(meta, path, today), rows, progress, _total(rows, total))
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
        raise UserError(M_("Formats are {formats} (got {value}).").format(formats=', '.join(FORMATS), value=', '.join(formats) or M_("nothing")))
    if audience not in core.AUDIENCES:
        raise UserError(M_("The audience is public or members, not '{audience}'.").format(audience=audience))
    today = today or dt.date.today()
    consultation = core.get_consultation(db, consultation_id)
    stem = f"responses-{consultation.id}-{_slug(consultation.name)}"
    formats = list(formats)
    doc = None
    checkpoint(progress)
    if {"docx", "pdf"} & set(formats):
        # Counted as the contributions are read, one at a time: the memory does not grow with them.
        rep = responses_view.report(db, consultation_id, audience, today=today, progress=every(progress))
        if rep.annex_omitted and not {"csv", "json"} & set(formats):
            # The report points to the open data for every contribution: write it alongside.
            formats.append("csv")
        # A Cancel takes effect between two answers of the compact annex (each may cover thousands).
        answers = (responses_view.answer_groups(db, consultation_id, lambda _done, _total: checkpoint(progress))
                   if rep.annex_omitted else None)
        doc = build_document(rep, open_data_name=f"{stem}-open-data", answers=answers,
                             lone_reasons=rep.annex_omitted and responses_view.lone_answers_listed(db, consultation_id))
        checkpoint(progress)
    names = {fmt: f"{stem}-{audience}.{fmt}" if fmt in ("docx", "pdf") else f"{stem}-open-data.{fmt}"
             for fmt in formats}
    checkpoint(progress)
    # Open data is for publication: public fields whatever the audience. Each file is written as
    # its rows are read from the forum (one at a time), not from a list of them all.
    count = responses_view.contribution_count(db, consultation_id) if {"csv", "json"} & set(formats) else 0

    def rows():
        return responses_view.open_data_rows(db, consultation_id, every(progress))

    writers = {
        "docx": lambda path, step: write_docx(doc, path, step),
        "pdf": lambda path, step: write_pdf(doc, path, step),
        "csv": lambda path, step: write_open_data_csv(rows(), path, step, count),
        "json": lambda path, step: write_open_data_json(responses_view.open_data_meta(db, consultation_id), rows(),
                                                        path, today, step, count),
    }
    return write_all(out_dir, stem, list(formats), writers, progress, names=names)
