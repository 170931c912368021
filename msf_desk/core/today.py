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
from dataclasses import asdict, dataclass

from msf_desk.core import actions, compliance, parity, responses
from msf_desk.core.meetings import notice_deadline, overdue_work
from msf_desk.model.dates import add_months, human

WEEK = 7  # how far ahead "due this week" looks
SEVERITIES = ("late", "due")  # late first


@dataclass(frozen=True)
class DueItem:
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


def _severity(due: dt.date | None, on: dt.date) -> str:
    return "late" if due is not None and due < on else "due"


def _meetings(r: compliance.Records, on: dt.date) -> list[DueItem]:
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
                               f"Send the notice and pack for “{m.title}” ({human(m.day)}) by {human(deadline)}.",
                               f"meetings:{m.id}"))
    return out


def _minutes(r: compliance.Records, on: dt.date) -> list[DueItem]:
    out = []
    for m in r.meetings:
        if m.status != "held" or m.day > on:
            continue
        due = m.day + dt.timedelta(days=r.minutes_within_days)
        minutes = r.minutes.get(m.id)
        status = minutes.status if minutes else None
        if status in (None, "draft"):
            kind, text = "minutes_circulate", f"Circulate the draft minutes of “{m.title}” ({human(m.day)})"
        elif status == "circulated":
            kind, text = "minutes_approve", f"Have the minutes of “{m.title}” ({human(m.day)}) approved"
        elif m.public and compliance._published_on(r, m) is None:
            kind, text = "minutes_publish", f"Publish the approved minutes of “{m.title}” ({human(m.day)})"
        else:
            continue
        out.append(DueItem(kind, due, _severity(due, on), f"{text}; due by {human(due)}.", f"minutes:{m.id}"))
    return out


def _contributions(db, on: dt.date) -> list[DueItem]:
    out = []
    groups: dict[tuple[int, str], list] = {}
    for c in responses.overdue(db, on):
        groups.setdefault((c.consultation_id, "late"), []).append(c)
    for c in responses.due_soon(db, on):
        groups.setdefault((c.consultation_id, "due"), []).append(c)
    names = {c.id: c.name for c in responses.list_consultations(db)}
    for (cid, severity), rows in groups.items():
        first = min(c.due_on for c in rows)
        n = len(rows)
        what = f"{n} contribution{'s' if n != 1 else ''} to “{names.get(cid, cid)}”"
        text = (f"{what} not answered in time (the first was due {human(first)})." if severity == "late"
                else f"Answer {what} by {human(first)}.")
        out.append(DueItem("contributions", first, severity, text, f"responses:{cid}"))
    return out


def _actions(db, on: dt.date) -> list[DueItem]:
    return [DueItem("action", t.action.due, "late",
                    f"Action for {t.owner or 'no owner'} from “{t.meeting_title}”: {actions._short(t.action.text)} "
                    f"— {t.due_text()}.", f"actions:{t.action.id}")
            for t in actions.tracker(db, today=on, overdue_only=True)]


def _ethics(r: compliance.Records, on: dt.date) -> list[DueItem]:
    report = r.ethics
    out = []
    if report is None:
        return out
    for row in report.rows:
        if report.statement is not None and not row.statement_ok:
            out.append(DueItem("signature", None, "due",
                               f"{row.name}: sign version {report.statement.version} of the ethics statement.",
                               f"ethics:{row.member_id}"))
        if row.declaration in ("missing", "overdue", "due_soon"):
            severity = "due" if row.declaration == "due_soon" else "late"
            out.append(DueItem("declaration", row.due_on, severity, f"{row.name}: declaration of interests {row.declaration_text[0].lower()}{row.declaration_text[1:]}."
                               if row.declaration != "missing" else f"{row.name}: no declaration of interests on record.",
                               f"ethics:{row.member_id}"))
    return out


def _terms(r: compliance.Records, on: dt.date, days: int = 90) -> list[DueItem]:
    out = []
    for change in parity.projection(r.members, on, days):
        last = change.on - dt.timedelta(days=1)
        parts = []
        if change.leaving:
            parts.append(f"terms end for {', '.join(change.leaving)}")
        if change.joining:
            parts.append(f"terms start for {', '.join(change.joining)}")
        balance = f"{change.government} government / {change.non_government} non-government"
        kind = "parity" if change.difference != 0 else "term"
        text = f"{human(change.on)}: {'; '.join(parts)}; the balance becomes {balance}."
        if kind == "parity":
            text += " Parity is lost unless seats are filled."
        out.append(DueItem(kind, last if change.leaving else change.on, "due", text, "members"))
    return out


def _repository(r: compliance.Records, on: dt.date) -> list[DueItem]:
    last = r.last_export
    if last is None:
        return [DueItem("repository", None, "due", "The repository has never been exported: export it.", "repository")]
    due = add_months(last.on, compliance.REPOSITORY_MONTHS)
    if due < on:
        return [DueItem("repository", due, "late",
                        f"The repository was last exported on {human(last.on)}; an update was due by {human(due)}.",
                        "repository")]
    if due <= on + dt.timedelta(days=WEEK):
        return [DueItem("repository", due, "due", f"Export the repository by {human(due)}.", "repository")]
    return []


def today(db, on: dt.date, records: compliance.Records | None = None) -> list[DueItem]:
    """Everything due or late on `on`: the late ones first, then by date. `records`: those
    compliance.gather(db, on) read, when the caller has them already."""
    r = records or compliance.gather(db, on)
    items = (_meetings(r, on) + _minutes(r, on) + _contributions(db, on) + _actions(db, on)
             + _ethics(r, on) + _terms(r, on) + _repository(r, on))
    far = dt.date.max
    items.sort(key=lambda i: (SEVERITIES.index(i.severity), i.due or far, i.kind, i.summary))
    return items
