"""Minutes (.docx, .pdf), the decisions register and the action tracker (.docx, .pdf, .csv).

Each document is described once as a Document and rendered by both writers. What each
audience may read was decided in core (msf_desk.core.audience.minutes: minutes_for, decisions_register,
action_tracker); nothing here chooses what to hide.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import field
from pathlib import Path
from typing import Callable

from msf_desk.core.action_tracker import TrackedAction
from msf_desk.core.audience.minutes import BreakoutView, DecisionView, MinutesView, RegisterEntry
from msf_desk.model.errors import UserError
from msf_desk.core.language import N_, _, ngettext, typed
from msf_desk.core.language import day as human
from msf_desk.core.tabular import SafeDictWriter
from msf_desk.exports.atomic import Progress, write_all
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, Paragraph, Table
from msf_desk.model.messages import M_
from msf_desk.model.records import record

DOCUMENT_FORMATS = ("docx", "pdf")
TABLE_FORMATS = ("docx", "pdf", "csv")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "forum"


def _date(value: dt.date | None) -> str:
    return human(value) if value else "—"


def outcome_text(d: DecisionView) -> str:
    """The verdict in one sentence: the explanation already opens with the outcome."""
    if d.outcome == "incomplete":
        return _("{label}: {value}").format(label=_(d.outcome_label), value=typed(d.explanation))
    return d.explanation


SHORT_PRESENCE = {"Present in person": N_("In person"), "Present remotely": N_("Remote")}


def _presence(label: str) -> str:
    return _(SHORT_PRESENCE.get(label, label))


def _votes_cell(d: DecisionView) -> str:
    if d.vote_held:
        v = d.votes
        return _("{yes} for, {no} against, {abstaining} abstaining").format(
            yes=v.for_total, no=v.against_total, abstaining=v.abstain_total)
    if d.outcome == "deferred":
        return "—"
    return (ngettext("{n} objection", "{n} objections", d.objections).format(n=d.objections)
            if d.objections else _("No objection"))


# --- the minutes ---------------------------------------------------------------------------

def _blocks_of_text(blocks: list[tuple[str, object]]) -> list:
    out = []
    for kind, value in blocks:
        out.append(Paragraph(value) if kind == "paragraph" else Bullets(list(value)))
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _breakout(b: BreakoutView) -> list:
    """As breakout notes are kept: the group and facilitator, then points by theme, then
    the points on each commitment together under "Commitments"."""
    title = " — ".join(x for x in (b.session, b.group) if x)
    if b.facilitator:
        title += " " + _("(facilitator: {name})").format(name=typed(b.facilitator))
    out: list = [Heading(title or _("Breakout group"), 3)]
    merged: list[tuple[str, list[str]]] = []
    for heading, kind, points in b.sections:
        if kind == "commitment":
            generic = not heading or heading.lower() in ("commitment", "commitments")
            shown = [_capital(p) if generic else f"{heading}: {p}" for p in points]
            if merged and merged[-1][0] == _("Commitments"):
                merged[-1][1].extend(shown)
            else:
                merged.append((_("Commitments"), shown))
        else:
            merged.append((heading, [_capital(p) for p in points]))
    for heading, points in merged:
        if heading:
            out.append(Paragraph(heading + ":"))
        out.append(Bullets(points))
    return out


def _decision(d: DecisionView) -> list:
    out: list = [Heading(_("Decision {number}").format(number=d.number), 3), Paragraph(d.text)]
    out.append(KeyValues([(_("Rule"), _(d.rule)), (_("Verdict"), outcome_text(d))]))
    if d.vote_held:
        v = d.votes
        out.append(Table([_("Votes"), _("For"), _("Against"), _("Abstaining")], [
            [_("Government"), str(v.for_government), str(v.against_government), str(v.abstain_government)],
            [_("Non-government"), str(v.for_non_government), str(v.against_non_government),
             str(v.abstain_non_government)],
            [_("Total"), str(v.for_total), str(v.against_total), str(v.abstain_total)],
        ], widths=[2.2, 1, 1, 1]))
    for warning in d.warnings:
        out.append(Paragraph(warning, "note"))
    return out


def _arising(actions) -> list:
    return [Paragraph(_("Actions from earlier meetings:"), "small"),
            Table([_("Action"), _("Owner"), _("Due"), _("Status now")],
                  [[a.text, a.owner, _date(a.due), _(a.status_label) + (_(" — overdue") if a.overdue else "")]
                   for a in actions], [4, 1.8, 1.5, 1.4])]


def _role(line) -> str:
    if line.note.startswith("alternate for"):
        return _("Alternate for {name}").format(name=typed(line.note[len("alternate for "):]))
    if line.note.startswith("for "):
        return _("{role}, sitting for {name}").format(role=_(line.role), name=typed(line.note[len("for "):]))
    return _(line.role) + (f" ({_(line.note)})" if line.note else "")


def build_minutes_document(view: MinutesView) -> Document:
    public = view.is_public
    draft = view.is_draft
    header = _("{forum} — minutes of {day}").format(forum=typed(view.forum_name), day=view.date_text)
    if draft:
        header += " — " + _("DRAFT")
    elif not public:
        header += " — " + _("members' copy")
    doc = Document(title=_("Minutes: {title}").format(title=typed(view.title)), subtitle=view.forum_name, header=header,
                   author=view.forum_name, date=view.generated_on)
    if draft:
        doc.add(Paragraph(view.approval_text + " " + _("It may change before the forum approves it; "
                                                         "do not publish it."), "note"))
    pairs = [(_("Date"), view.date_text), (_("Time"), view.time_text)]
    if view.location:
        pairs.append((_("Place"), view.location))
    if view.chair:
        pairs.append((_("Chair"), view.chair))
    pairs.append((_("Status"), view.approval_text if not draft else _(view.status_text)))
    if view.decision_rule:
        pairs.append((_("Decision rule"), view.decision_rule))
    doc.add(KeyValues(pairs))

    if view.amendments:
        doc.add(Paragraph(ngettext("These minutes were amended after approval ({n} amendment); see the end.",
                                   "These minutes were amended after approval ({n} amendments); see the end.",
                                   len(view.amendments)).format(n=len(view.amendments)), "note"))

    doc.add(Heading(_("Attendance"), 1))
    for line in view.quorum:
        doc.add(Paragraph(line))
    show_names = any(line.name for line in view.members)
    if show_names:
        header_row = [_("Name"), _("Organisation"), _("Side"), _("Role"), _("Attendance")]
        rows = [[line.name or _("(name not published)"), line.organisation, _(line.side), _role(line),
                 _presence(line.presence)] for line in view.members]
        widths = [2.1, 2.2, 1.8, 1.9, 1.35]
    else:
        header_row = [_("Organisation"), _("Side"), _("Role"), _("Attendance")]
        rows = [[line.organisation, _(line.side), _role(line), _presence(line.presence)]
                for line in view.members]
        widths = [3.3, 1.6, 2.2, 1.35]
    doc.add(Table(header_row, rows, widths))
    if view.others:
        doc.add(Heading(_("Observers, guests and secretariat"), 2))
        if any(o.name for o in view.others):
            doc.add(Table([_("Name"), _("Organisation"), _("Attending as"), _("Attendance")],
                          [[o.name or _("(name not published)"), o.organisation, _(o.role),
                            _presence(o.presence)] for o in view.others],
                          [2.3, 2.9, 1.6, 1.35]))
        else:
            doc.add(Table([_("Organisation"), _("Attending as"), _("Attendance")],
                          [[o.organisation, _(o.role), _presence(o.presence)]
                           for o in view.others], [4.6, 1.8, 1.35]))

    if view.summary:
        doc.add(Heading(_("Summary"), 1))
        doc.add(*_blocks_of_text(view.summary))

    doc.add(Heading(_("Proceedings"), 1))
    for item in view.items:
        doc.add(Heading(f"{item.number}. {item.title}", 2))
        blocks = _blocks_of_text(item.discussion)
        if not (blocks or item.declarations or item.breakouts or item.decisions or item.actions or item.arising):
            doc.add(Paragraph(_("Nothing recorded."), "note"))
            continue
        doc.add(*blocks)
        if item.arising:
            doc.add(*_arising(item.arising))
        if item.declarations:
            doc.add(Paragraph(_("Declarations of interest and recusals:"), "small"), Bullets(item.declarations))
        for b in item.breakouts:
            doc.add(*_breakout(b))
        for d in item.decisions:
            doc.add(*_decision(d))
        if item.actions:
            doc.add(Paragraph(_("Actions agreed:"), "small"), Bullets([
                _("Action {number}: {text} — {owner}").format(number=a.number, text=typed(a.text), owner=typed(a.owner))
                + (_(", by {day}").format(day=human(a.due)) if a.due else "") for a in item.actions]))

    doc.add(Heading(_("Decisions"), 1))
    if view.decisions:
        doc.add(Table([_("No."), _("Item"), _("Decision"), _("Rule"), _("Outcome")],
                      [[str(d.number), str(d.item_number or "—"), d.text, _(d.rule), _(d.outcome_label)]
                       for d in view.decisions], [0.6, 0.75, 4, 1.8, 1.2]))
    else:
        doc.add(Paragraph(_("No decisions were taken."), "note"))

    doc.add(Heading(_("Actions"), 1))
    if view.actions:
        doc.add(Table([_("No."), _("Action"), _("Owner"), _("Due"), _("Status"), _("Item")],
                      [[str(a.number), a.text, a.owner, _date(a.due),
                        _(a.status_label) + (_(" — overdue") if a.overdue else ""), str(a.item_number or "—")]
                       for a in view.actions], [0.6, 3.4, 1.8, 1.5, 1.3, 0.75]))
    else:
        doc.add(Paragraph(_("No actions were agreed."), "note"))

    if view.amendments:
        doc.add(Heading(_("Amendments after approval"), 1))
        doc.add(Table([_("Date"), _("Amendment"), _("Agreed")],
                      [[human(on), text, agreed or "—"] for on, text, agreed in view.amendments], [1.4, 5, 2]))
    doc.add(Paragraph(_("Produced with MSF Desk on {day}.").format(day=human(view.generated_on)), "small"))
    return doc


def minutes_file_stem(view: MinutesView, meeting_day: dt.date | None = None) -> str:
    day = meeting_day.isoformat() if meeting_day else str(view.meeting_id)
    return f"minutes-{day}-{slug(view.title)}" + ("-public" if view.is_public else "")


# --- the decisions register and the action tracker --------------------------------------------

def build_register_document(entries: list[RegisterEntry], forum_name: str, audience: str,
                            today: dt.date) -> Document:
    public = audience == "public"
    doc = Document(title=_("Decisions register"), subtitle=forum_name,
                   header=f"{forum_name} — {_('decisions register')}" + ("" if public else " — " + _("members' copy")),
                   author=forum_name, date=today)
    doc.add(Paragraph(
        (_("Decisions in approved minutes of the forum's public meetings.")
         if public else _("Every decision recorded in the forum's minutes, drafts included (marked)."))
        + " " + _("As of {day}.").format(day=human(today)), "note"))
    if not entries:
        doc.add(Paragraph(_("No decisions are recorded yet."), "note"))
    current: RegisterEntry | None = None
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            doc.add(Table([_("No."), _("Decision"), _("Rule"), _("Votes"), _("Verdict")], list(rows),
                          [0.6, 3.4, 1.6, 1.5, 2.8]))
            rows.clear()
        if current is not None and current.amendments:
            doc.add(Paragraph(_("Amended after approval:"), "small"),
                    Bullets([f"{human(on)}: {text}" for on, text, _agreed in current.amendments]))

    for e in entries:
        if current is None or e.meeting_id != current.meeting_id:
            flush()
            current = e
            label = f"{human(e.meeting_day)} — {e.meeting_title}"
            if e.minutes_status in ("draft", "circulated"):
                label += " " + _("(draft minutes)")
            doc.add(Heading(label, 2))
        d = e.decision
        rows.append([str(d.number), d.text, _(d.rule), _votes_cell(d), outcome_text(d)])
    flush()
    doc.add(Paragraph(_("Produced with MSF Desk on {day}.").format(day=human(today)), "small"))
    return doc


REGISTER_COLUMNS = ["meeting_id", "meeting_date", "meeting", "minutes_status", "number", "item", "decision",
                    "rule", "vote_held", "for_government", "for_non_government", "against_government",
                    "against_non_government", "abstain_government", "abstain_non_government", "objections",
                    "outcome", "explanation"]


def register_rows(entries: list[RegisterEntry]) -> list[dict]:
    rows = []
    for e in entries:
        d = e.decision
        v = d.votes
        rows.append({
            "meeting_id": e.meeting_id, "meeting_date": e.meeting_day.isoformat(), "meeting": e.meeting_title,
            "minutes_status": e.minutes_status, "number": d.number, "item": d.item_title, "decision": d.text,
            "rule": d.rule, "vote_held": int(d.vote_held),
            "for_government": v.for_government, "for_non_government": v.for_non_government,
            "against_government": v.against_government, "against_non_government": v.against_non_government,
            "abstain_government": v.abstain_government, "abstain_non_government": v.abstain_non_government,
            "objections": d.objections, "outcome": d.outcome, "explanation": d.explanation})
    return rows


def build_tracker_document(tracked: list[TrackedAction], forum_name: str, audience: str, today: dt.date,
                           overdue_only: bool = False) -> Document:
    public = audience == "public"
    title = _("Overdue actions") if overdue_only else _("Action tracker")
    doc = Document(title=title, subtitle=forum_name,
                   header=f"{forum_name} — {title.lower()}" + ("" if public else " — " + _("members' copy")),
                   author=forum_name, date=today)
    late = sum(1 for t in tracked if t.overdue)
    still_open = sum(1 for t in tracked if t.action.status == "open")
    doc.add(Paragraph(ngettext("As of {day}: {n} action, {open} open, {late} overdue.",
                               "As of {day}: {n} actions, {open} open, {late} overdue.", len(tracked)).format(
        day=human(today), n=len(tracked), open=still_open, late=late), "note"))
    if tracked:
        doc.add(Table([_("No."), _("Action"), _("Owner"), _("Due"), _("Status"), _("Agreed at")], [
            [str(t.action.id), t.action.text, t.owner, t.due_text(),
             _(t.action.status_label) + (f" ({human(t.action.closed_on)})" if t.action.closed_on else "")
             + (_(" — OVERDUE") if t.overdue else ""),
             t.meeting_title]
            for t in tracked], [0.6, 3.2, 1.7, 1.7, 1.4, 2]))
    else:
        doc.add(Paragraph(_("No actions to show."), "note"))
    doc.add(Paragraph(_("Produced with MSF Desk on {day}.").format(day=human(today)), "small"))
    return doc


TRACKER_COLUMNS = ["id", "meeting_id", "meeting_date", "meeting", "item", "text", "owner", "due", "status",
                   "closed_on", "overdue", "days_overdue"]


def tracker_rows(tracked: list[TrackedAction]) -> list[dict]:
    rows = []
    for t in tracked:
        data = t.to_json()
        data["overdue"] = int(t.overdue)
        rows.append({k: ("" if data.get(k) is None else data[k]) for k in TRACKER_COLUMNS})
    return rows


def _write_csv(columns: list[str], rows: list[dict]) -> Callable[..., Path]:
    def writer(_doc, path: Path, progress: Progress | None = None) -> Path:
        from msf_desk.exports.atomic import atomic_write

        with atomic_write(path) as tmp:
            # utf-8-sig: Excel on Windows then reads the accents and scripts correctly.
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                out = SafeDictWriter(fh, fieldnames=columns)
                out.writeheader()
                for n, row in enumerate(rows, start=1):
                    out.writerow(row)
                    if progress is not None and n % 200 == 0:
                        progress(n, len(rows))
        if progress is not None:
            progress(1, 1)
        return path
    return writer


# --- writing files -------------------------------------------------------------------------

@record
class Prepared:
    """A document read from the records (on the GUI thread), ready to be written (in a worker)."""

    doc: Document
    stem: str
    allowed: tuple[str, ...]
    csv_columns: list[str] = field(default_factory=list)
    csv_rows: list[dict] = field(default_factory=list)

    def write(self, formats: list[str], out_dir: str | Path, progress: Progress | None = None) -> list[Path]:
        """All or nothing: files are rendered in a hidden staging folder and moved into place
        only when every one succeeded (nothing at all when the user cancelled)."""
        from msf_desk.exports.docx_writer import write_docx
        from msf_desk.exports.pdf_writer import write_pdf

        wrong = [f for f in formats if f not in self.allowed]
        if wrong or not formats:
            raise UserError(M_("Choose one or more of {allowed} (got {value}).").format(allowed=', '.join(self.allowed), value=', '.join(wrong) or M_("nothing")))
        writers = {"docx": write_docx, "pdf": write_pdf, "csv": _write_csv(self.csv_columns, self.csv_rows)}
        return write_all(out_dir, self.stem, formats,
                         {fmt: (lambda path, step, w=w: w(self.doc, path, progress=step)) for fmt, w in writers.items()},
                         progress)


def prepare_minutes(db, meeting_id: int, audience: str, *, today: dt.date | None = None) -> Prepared:
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.audience.minutes import minutes_for

    view = minutes_for(db, meeting_id, audience, today=today)
    meeting = get_meeting(db, meeting_id)
    doc = build_minutes_document(view)
    doc.date = meeting.starts_at  # the files are dated by the meeting they record
    return Prepared(doc, minutes_file_stem(view, meeting.day), DOCUMENT_FORMATS)


def prepare_register(db, audience: str, *, today: dt.date | None = None) -> Prepared:
    from msf_desk.core import forum
    from msf_desk.core.audience.minutes import decisions_register

    today = today or dt.date.today()
    entries = decisions_register(db, audience, today=today)
    name = forum.load(db).name
    stem = f"decisions-register-{slug(name)}" + ("-public" if audience == "public" else "")
    return Prepared(build_register_document(entries, name, audience, today), stem, TABLE_FORMATS,
                    REGISTER_COLUMNS, register_rows(entries))


def prepare_tracker(db, audience: str, *, today: dt.date | None = None, overdue_only: bool = False) -> Prepared:
    from msf_desk.core import forum
    from msf_desk.core.audience.minutes import action_tracker

    today = today or dt.date.today()
    tracked = action_tracker(db, audience, today=today, overdue_only=overdue_only)
    name = forum.load(db).name
    stem = ("overdue-actions-" if overdue_only else "action-tracker-") + slug(name) + (
        "-public" if audience == "public" else "")
    return Prepared(build_tracker_document(tracked, name, audience, today, overdue_only), stem, TABLE_FORMATS,
                    TRACKER_COLUMNS, tracker_rows(tracked))


def export_minutes(db, meeting_id: int, *, audience: str, formats: list[str], out_dir: str | Path,
                   progress: Progress | None = None, today: dt.date | None = None) -> list[Path]:
    return prepare_minutes(db, meeting_id, audience, today=today).write(formats, out_dir, progress)


def export_register(db, *, audience: str, formats: list[str], out_dir: str | Path,
                    progress: Progress | None = None, today: dt.date | None = None) -> list[Path]:
    return prepare_register(db, audience, today=today).write(formats, out_dir, progress)


def export_tracker(db, *, audience: str, formats: list[str], out_dir: str | Path, overdue_only: bool = False,
                   progress: Progress | None = None, today: dt.date | None = None) -> list[Path]:
    return prepare_tracker(db, audience, today=today, overdue_only=overdue_only).write(formats, out_dir, progress)
