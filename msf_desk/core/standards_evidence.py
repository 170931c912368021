"""What the 2021 national and OGP Local requirements read: the forum's records gathered once
(on top of the 2017 check's), and the small helpers their rules share."""
from __future__ import annotations

import datetime as dt
from dataclasses import field

from msf_desk.core import compliance
from msf_desk.core.compliance import Indicator, Records
from msf_desk.core.language import N_, _, day, is_rtl, ngettext
from msf_desk.core.language import day as human
from msf_desk.model.dates import add_months
from msf_desk.model.meetings import FORUM_KINDS
from msf_desk.core.minutes import attendance_of
from msf_desk.core.process_documents import list_documents
from msf_desk.core.repository import export_days
from msf_desk.model.process_documents import ProcessDocument
from msf_desk.model.standards import ActionPlan, OutreachActivity
from msf_desk.store import standards as store
from msf_desk.store.forum import get_setting
from msf_desk.model.records import record

SETTING_FRAMEWORKS = "standards.frameworks"
SETTING_WEBSITE = "standards.website"
FORUM_EVERY_MONTHS = 6  # Standard 1: the forum meets at least every six months
REPOSITORY_MONTHS = 6  # Standard 2: the repository is updated at least twice a year
WEBSITE_STALE_MONTHS = 12  # our reading: a website not updated in a year is not maintained
TIMELINE_NOTICE_DAYS = 14  # Standard 3: the timeline is online two weeks before co-creation
IMPLEMENTATION_MEETINGS = 2  # Standard 5: at least two meetings with civil society
LOCAL_IMPLEMENTATION_MEETINGS = 1


@record
class Requirement(Indicator):
    number: str = ""  # '1.1', 'L2', … ('' for the 2017 indicators)
    contrary: bool = False  # failing it (evidenced) means the IRM finds "acted contrary to process"

    def to_json(self) -> dict:
        data = super().to_json()
        data["acted_contrary_if_not_met"] = self.contrary
        return data


@record
class Evidence:
    """The records beyond the 2017 check: plans, outreach, website, who attended."""

    base: Records
    plans: list[ActionPlan]
    outreach: list[OutreachActivity]
    website: str
    sides_present: dict  # meeting id -> set of sides present ('government', 'non_government'); absent = no roll
    exports: list[dt.date] | None = None  # every repository export's day, oldest first (None: the last only)
    documents: list[ProcessDocument] = field(default_factory=list)  # public process documents

    def export_history(self) -> list[dt.date]:
        """The days of the repository exports, oldest first, the one being written included."""
        days = list(self.exports or [])
        last = self.base.last_export
        if last is not None and last.on not in days:
            days.append(last.on)
        return sorted({d for d in days if d <= self.today})  # several exports on one day are one update

    def published(self, doc_type: str) -> list[ProcessDocument]:
        """Public documents of this type that the last repository export published, newest first."""
        last = self.base.last_export
        held = set(getattr(last, "documents", None) or []) if last is not None else set()
        return sorted((d for d in self.documents if d.doc_type == doc_type and d.id in held),
                      key=lambda d: d.issued_on or dt.date.min, reverse=True)

    def recorded(self, doc_type: str) -> list[ProcessDocument]:
        return sorted((d for d in self.documents if d.doc_type == doc_type),
                      key=lambda d: d.issued_on or dt.date.min, reverse=True)

    @property
    def today(self) -> dt.date:
        return self.base.today

    def cocreation_plan(self) -> ActionPlan | None:
        """The latest plan whose co-creation has a start date."""
        plans = [p for p in self.plans if p.cocreation_starts]
        return max(plans, key=lambda p: p.cocreation_starts) if plans else None

    def implementation_plan(self) -> ActionPlan | None:
        """The latest plan whose implementation has started by today."""
        plans = [p for p in self.plans if p.implementation_starts and p.implementation_starts <= self.today]
        return max(plans, key=lambda p: p.implementation_starts) if plans else None

    def held_between(self, start: dt.date, end: dt.date | None) -> list:
        end = min(end or self.today, self.today)
        return sorted((m for m in self.base.meetings if m.kind in FORUM_KINDS and m.status == "held"
                       and start <= m.day <= end), key=lambda m: m.starts_at)


def gather(db, today: dt.date, *, pending_export=None, base: Records | None = None) -> Evidence:
    base = base or compliance.gather(db, today, pending_export=pending_export)
    plans = store.list_plans(db)
    sides = {m.id: m.side for m in base.members}
    present: dict[int, set] = {}
    for meeting in base.meetings:
        if meeting.id not in base.minutes or meeting.kind not in FORUM_KINDS:
            continue
        present[meeting.id] = {sides.get(a.member_id) for a in attendance_of(db, meeting.id)
                               if a.member_id is not None and a.present} - {None}
    days = export_days(db)
    if pending_export is not None:
        days.append(pending_export.on)
    return Evidence(base, plans, store.list_outreach(db), get_setting(db, SETTING_WEBSITE, "") or "", present,
                    days, list_documents(db, public_only=True))


def _req(number, key, title, standard, contrary=False):
    def make(status: str, evidence: list[str], next_step: str) -> Requirement:
        # Title and requirement in the document language the assessment is made in (marked N_ where written).
        name = _(title)
        return Requirement(key, f"{number} {name}" if number else name, status, evidence, next_step, _(standard),
                           False, number, contrary)
    return make


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _dates(days: list[dt.date], limit: int = 6) -> str:
    """'9 January 2026, 9 June 2026' in the document language, the rest counted."""
    shown = ("، " if is_rtl() else ", ").join(day(d) for d in days[:limit])
    return _("{dates} and {n} more").format(dates=shown, n=len(days) - limit) if len(days) > limit else shown




def _within(day: dt.date, start: dt.date, end: dt.date | None) -> bool:
    return start <= day and (end is None or day <= end)


# --- helpers of the 2021 requirements ---------------------------------------------------------

def _gaps(days: list[dt.date], since: dt.date, today: dt.date, months: int) -> list[tuple[dt.date, dt.date]]:
    """Stretches since `since` (or the first export) longer than `months` without an export, the
    stretch from the last export to today included."""
    inside = [d for d in days if d >= since]
    before = [d for d in days if d < since]
    points = ([before[-1]] if before else []) + inside
    out = []
    for a, b in zip(points, points[1:] + [today]):
        if add_months(a, months) < b:
            out.append((max(a, since) if b != today else a, b))
    return out


def _documents_evidence(e: Evidence) -> tuple[list[str], str]:
    """What the repository holds of the process's own documents, and the next step when the plan
    in implementation is not in it."""
    lines = []
    for doc_type, word in (("action_plan", N_("Action plan")), ("self_assessment", N_("Self-assessment report")),
                           ("end_of_term_report", N_("End-of-term report")), ("irm_report", N_("IRM report"))):
        found = e.published(doc_type)
        if found:
            lines.append((ngettext("{kind} in the repository: {title} ({day}) and {n} earlier one.",
                                   "{kind} in the repository: {title} ({day}) and {n} earlier ones.", len(found) - 1)
                          if len(found) > 1 else _("{kind} in the repository: {title} ({day}).")).format(
                kind=_(word), title=found[0].title, day=human(found[0].issued_on), n=len(found) - 1))
    plan = e.implementation_plan()
    if plan is None or e.published("action_plan"):
        return lines, ""
    recorded = e.recorded("action_plan")
    lines.append((_("{plan} is being implemented, but no action plan document is in the repository yet.") if recorded
                  else _("{plan} is being implemented, but no action plan document is recorded.")).format(
        plan=plan.name))
    return lines, _("The forum will publish the action plan in its repository.")


def _plan_consultations(e: Evidence, plan: ActionPlan) -> list:
    return [c for c in e.base.consultations if c.opens_on and _within(c.opens_on, plan.cocreation_starts,
                                                                       plan.cocreation_ends)]
