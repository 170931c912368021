"""What is due or late on a given day, gathered from the rules that already decide it.

`today(db, on)` asks the existing rules (meetings' notice deadlines and overdue work,
minutes' publication window from the compliance settings, responses' due dates, the action
tracker, the ethics compliance report, the parity projection, the repository's age) and
returns one `DueItem` per thing to do, the late ones first. Nothing here decides a deadline
of its own.

`target` names the place to act as "page" or "page:id" (e.g. "meetings:12", "minutes:12",
"responses:3", "actions:7", "ethics:4", "members:4", "repository").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from msf_desk.core import action_tracker as actions, consultations_due, language, parity, standing
from msf_desk.core.meetings import notice_deadline, overdue_work
from msf_desk.core.messages import message_day, message_language, message_number
from msf_desk.model.dates import add_months
from msf_desk.model.messages import M_, M_n
from msf_desk.model.records import record

WEEK = 7  # how far ahead "due this week" looks
SEVERITIES = ("late", "due")  # late first


@record(frozen=True)
class DueItem:
    """One thing due or late on Today, and where it is done."""

    kind: str  # notice | record | minutes_circulate | minutes_approve | minutes_publish | contributions
    #            | declaration | signature | term | parity | action | repository
    due: dt.date | None
    severity: str  # 'late' | 'due'
    summary: str
    target: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["due"] = self.due.isoformat() if self.due else None
        return data


def _said(text) -> str:
    """A phrase the documents also write (an action's due date, a declaration's state), in the
    language Today is read in rather than the documents' language."""
    with language.using(message_language()):
        return text()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _severity(due: dt.date | None, on: dt.date) -> str:
    return "late" if due is not None and due < on else "due"


def _meetings(r: standing.Standing, on: dt.date) -> list[DueItem]:
    out = []
    notice_days = r.profile.notice_days
    for work in overdue_work(r.meetings, notice_days, r.holidays, on):
        out.append(DueItem(work.what, work.since, "late", work.message, f"meetings:{work.meeting.id}"))
    for m in r.meetings:
        if m.status != "planned" or m.day < on:
            continue
        deadline = notice_deadline(m, notice_days, r.holidays)
        if on <= deadline <= on + dt.timedelta(days=WEEK):
            out.append(DueItem("notice", deadline, "due",
                               M_("Send the notice and pack for “{title}” ({day}) by {deadline}.").format(
                                   title=m.title, day=message_day(m.day), deadline=message_day(deadline)),
                               f"meetings:{m.id}"))
    return out


def _minutes(r: standing.Standing, on: dt.date) -> list[DueItem]:
    out = []
    for m in r.meetings:
        if m.status != "held" or m.day > on:
            continue
        due = m.day + dt.timedelta(days=r.minutes_within_days)
        minutes = r.minutes.get(m.id)
        status = minutes.status if minutes else None
        if status in (None, "draft"):
            kind, text = "minutes_circulate", M_("Circulate the draft minutes of “{title}” ({day}); due by {due}.")
        elif status == "circulated":
            kind, text = "minutes_approve", M_("Have the minutes of “{title}” ({day}) approved; due by {due}.")
        elif m.public and standing.published_on(r, m) is None:
            kind, text = "minutes_publish", M_("Publish the approved minutes of “{title}” ({day}); due by {due}.")
        else:
            continue
        out.append(DueItem(kind, due, _severity(due, on),
                           text.format(title=m.title, day=message_day(m.day), due=message_day(due)), f"minutes:{m.id}"))
    return out


def _contributions(db, on: dt.date) -> list[DueItem]:
    """One line per consultation with contributions not answered in time, and one per
    consultation with some to answer soon (responses.overdue and due_soon, counted)."""
    out = []
    names = {c.id: c.name for c in consultations_due.list_consultations(db)}
    for (cid, severity), (n, first) in consultations_due.open_due_counts(db, on).items():
        text = (M_n("{count} contribution to “{consultation}” not answered in time (it was due {day}).",
                    "{count} contributions to “{consultation}” not answered in time (the first was due {day}).", n)
                if severity == "late" else
                M_n("Answer {count} contribution to “{consultation}” by {day}.",
                    "Answer {count} contributions to “{consultation}” by {day}.", n)).format(
                        count=message_number(n), consultation=names.get(cid, cid), day=message_day(first))
        out.append(DueItem("contributions", first, severity, text, f"responses:{cid}"))
    return out


def _actions(db, on: dt.date) -> list[DueItem]:
    return [DueItem("action", t.action.due, "late",
                    M_("Action for {owner} from “{meeting}”: {action} — {due}.").format(
                        owner=t.owner or M_("no owner"), meeting=t.meeting_title, action=actions._short(t.action.text),
                        due=_said(t.due_text)), f"actions:{t.action.id}")
            for t in actions.tracker(db, today=on, overdue_only=True)]


def _ethics(r: standing.Standing, on: dt.date) -> list[DueItem]:
    report = r.ethics
    out = []
    if report is None:
        return out
    for row in report.rows:
        if report.statement is not None and not row.statement_ok:
            out.append(DueItem("signature", None, "due",
                               M_("{name}: sign version {version} of the ethics statement.").format(
                                   name=row.name, version=report.statement.version),
                               f"ethics:{row.member_id}"))
        if row.declaration in ("missing", "overdue", "due_soon"):
            severity = "due" if row.declaration == "due_soon" else "late"
            out.append(DueItem("declaration", row.due_on, severity, M_("{name}: declaration of interests {status}.").format(
                                   name=row.name, status=_lower_first(_said(lambda: row.declaration_text)))
                               if row.declaration != "missing" else
                               M_("{name}: no declaration of interests on record.").format(name=row.name),
                               f"ethics:{row.member_id}"))
    return out


def _terms(r: standing.Standing, on: dt.date, days: int = 90) -> list[DueItem]:
    out = []
    for change in parity.projection(r.members, on, days):
        last = change.on - dt.timedelta(days=1)
        parts = []
        if change.leaving:
            parts.append(M_("terms end for {names}").format(names=", ".join(change.leaving)))
        if change.joining:
            parts.append(M_("terms start for {names}").format(names=", ".join(change.joining)))
        balance = M_("{government} government / {non_government} non-government").format(
            government=change.government, non_government=change.non_government)
        kind = "parity" if change.difference != 0 else "term"
        text = M_("{day}: {changes}; the balance becomes {balance}.").format(
            day=message_day(change.on), changes="; ".join(parts), balance=balance)
        if kind == "parity":
            text += " " + M_("Parity is lost unless seats are filled.")
        out.append(DueItem(kind, last if change.leaving else change.on, "due", text, "members"))
    return out


def _repository(r: standing.Standing, on: dt.date) -> list[DueItem]:
    last = r.last_export
    if last is None:
        return [DueItem("repository", None, "due", M_("The repository has never been exported: export it."), "repository")]
    due = add_months(last.on, standing.REPOSITORY_MONTHS)
    if due < on:
        return [DueItem("repository", due, "late",
                        M_("The repository was last exported on {day}; an update was due by {due}.").format(
                            day=message_day(last.on), due=message_day(due)),
                        "repository")]
    if due <= on + dt.timedelta(days=WEEK):
        return [DueItem("repository", due, "due", M_("Export the repository by {due}.").format(due=message_day(due)),
                        "repository")]
    return []


def today(db, on: dt.date, records: standing.Standing | None = None) -> list[DueItem]:
    """Everything due or late on `on`: the late ones first, then by date. `records`: those
    standing.read(db, on) read (or the compliance check's, which hold them too), when the
    caller has them already."""
    r = records or standing.read(db, on)
    items = (_meetings(r, on) + _minutes(r, on) + _contributions(db, on) + _actions(db, on)
             + _ethics(r, on) + _terms(r, on) + _repository(r, on))
    far = dt.date.max
    items.sort(key=lambda i: (SEVERITIES.index(i.severity), i.due or far, i.kind, i.summary))
    return items
