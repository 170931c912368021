"""Where the forum stands against the participation and co-creation standards.

`gather(db, today)` reads the records once; each indicator is a pure function of them that
says met / in progress / not met / not evidenced, which records show it, and what to do
next in plain words. `check(db, today)` runs them all and adds the series the dashboard
draws (meetings per quarter, parity over time, response times).

Evidence names meetings by date and consultations by name, never a person: the compliance
report goes into the public repository.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import asdict, field

from msf_desk.core import standing
from msf_desk.core.standing import MINUTES_WITHIN_DAYS, REPOSITORY_MONTHS
from msf_desk.core.compliance_charts import Series, answer_times, series
from msf_desk.core.compliance_words import dates_text as _dates
from msf_desk.core.compliance_words import gap_text  # noqa: F401 (standards reads it from here too)
from msf_desk.core.language import N_, _, ngettext
from msf_desk.core.language import day as human
from msf_desk.core.meetings import check_regularity
from msf_desk.model.meetings import FORUM_KINDS
from msf_desk.core.members import list_rounds
from msf_desk.core.minutes import attendance_of
from msf_desk.core.parity import parity_on
from msf_desk.core.repository import governance_fingerprint, governance_missing
from msf_desk.model.responses import Contribution, Response
from msf_desk.model.dates import add_months
from msf_desk.store.compliance import contribution_timings
from msf_desk.model.records import record

STATUSES = {
    "met": "Met",
    "in_progress": "In progress",
    "not_met": "Not met",
    "not_evidenced": "Not evidenced",
}
# The worst first: the order in which a secretariat should look at them.
SEVERITY = {"not_met": 0, "not_evidenced": 1, "in_progress": 2, "met": 3}
LOOKBACK_DAYS = 365
LATE_SHARE_ALLOWED = 0.10  # above this share of late answers, answering in time is not met


@record
class Indicator:
    key: str
    title: str
    status: str  # 'met' | 'in_progress' | 'not_met' | 'not_evidenced'
    evidence: list[str]
    next_step: str
    standard: str = ""  # what the standard asks, in one line
    minimum: bool = False  # among the basic requirements of a "starred" process

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    def to_json(self) -> dict:
        data = asdict(self)
        data["status_label"] = self.status_label
        return data


@record
class Records:
    """Everything the indicators read, gathered once."""

    today: dt.date
    profile: object
    members: list
    rounds: list
    meetings: list
    minutes: dict  # meeting id -> Minutes
    remote_attendance: set  # meeting ids where someone attended remotely
    consultations: list
    contributions: dict  # consultation id -> [Contribution]
    holidays: list
    ethics: object | None  # ethics.ComplianceReport
    last_export: object | None  # repository.ExportRecord
    minutes_within_days: int = MINUTES_WITHIN_DAYS

    @property
    def since(self) -> dt.date:
        return self.today - dt.timedelta(days=LOOKBACK_DAYS)


def gather(db, today: dt.date, *, pending_export=None, progress=None) -> Records:
    """Read the records the indicators need: the forum as it stands (core.standing, what Today
    reads too), with the selection rounds, who attended remotely and every contribution's dates.
    `pending_export` stands in for the export being written (its own compliance report counts
    it). `progress(done, total)`, when given, is called as contributions are read (it may stop
    the work by raising)."""
    s = standing.read(db, today, pending_export=pending_export)
    remote = {meeting_id for meeting_id in s.minutes
              if any(a.presence == "remote" for a in attendance_of(db, meeting_id))}
    contributions = _contributions(db, s.consultations, progress)
    return Records(
        today=today, profile=s.profile, members=s.members, rounds=list_rounds(db),
        meetings=s.meetings, minutes=s.minutes, remote_attendance=remote, consultations=s.consultations,
        contributions=contributions, holidays=s.holidays, ethics=s.ethics,
        last_export=s.last_export, minutes_within_days=s.minutes_within_days,
    )


def _contributions(db, consultations, progress=None) -> dict:
    """Contributions with only their dates and outcome (the rules of answered, late and overdue
    stay those of msf_desk.core.responses). The indicators count them and never name one, so the
    rows of a consultation with the same dates and outcome share one record (without an id):
    100,000 contributions make a few thousand records, not 100,000."""
    day = dt.date.fromisoformat
    out: dict[int, list] = {c.id: [] for c in consultations}
    shared: dict[tuple, Contribution] = {}
    for n, (_cid, consultation_id, received, due, outcome, answered) in enumerate(contribution_timings(db), start=1):
        if progress is not None:
            progress(n, 0)
        key = (consultation_id, received, due, outcome, answered)
        record = shared.get(key)
        if record is None:
            record = shared[key] = Contribution(
                id=None, consultation_id=consultation_id, received_on=day(received[:10]) if received else None,
                due_on=day(due[:10]) if due else None,
                response=Response(outcome=outcome, answered_on=day(answered[:10]) if answered else None))
        out.setdefault(consultation_id, []).append(record)
    return out


# --- small helpers ----------------------------------------------------------------------------

def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


NOTHING = N_("Nothing to do.")
MEMBERSHIP = N_("The secretariat will publish the forum's membership.")


def _parity(r: Records):
    return parity_on(r.members, r.today, r.profile)


def _held(r: Records, *, since: dt.date | None = None) -> list:
    return sorted((m for m in r.meetings if m.kind in FORUM_KINDS and m.status == "held" and m.day <= r.today
                   and (since is None or m.day >= since)), key=lambda m: m.starts_at)


# --- the indicators ----------------------------------------------------------------------------

def forum_exists(r: Records) -> Indicator:
    title, standard = _("A forum oversees the process"), _("A multi-stakeholder forum oversees the OGP process.")
    holders = [m for m in r.members if m.holds_voting_seat_on(r.today)]
    held = _held(r)
    if not holders:
        return Indicator("forum_exists", title, "not_evidenced", [_("No member holds a voting seat today.")],
                         _(MEMBERSHIP), standard, True)
    evidence = [ngettext("{n} member holds a voting seat today.", "{n} members hold a voting seat today.",
                         len(holders)).format(n=len(holders))]
    if not held:
        planned = [m for m in r.meetings if m.is_open and m.day >= r.today]
        evidence.append(_("No forum meeting is recorded as held yet; the first is planned for {day}.").format(
            day=human(min(m.day for m in planned))) if planned else _("No forum meeting is recorded as held yet."))
        return Indicator("forum_exists", title, "in_progress", evidence,
                         _("Hold the forum's first meeting and record it as held."), standard, True)
    evidence.append(ngettext("{n} forum meeting held, the last on {day}.", "{n} forum meetings held, the last on {day}.",
                             len(held)).format(n=len(held), day=human(held[-1].day)))
    return Indicator("forum_exists", title, "met", evidence, _(NOTHING), standard, True)


def meets_regularly(r: Records) -> Indicator:
    months = r.profile.target_months
    title = (_("Meets at least every month") if months == 1
             else _("Meets at least every {n} months").format(n=months))
    standard = _("The forum meets at least every quarter (monthly while the Action Plan is developed).")
    report = check_regularity(r.meetings, months, r.today, grace_days=0)
    if not report.counted:
        return Indicator("meets_regularly", title, "not_evidenced", [_("No forum meeting is recorded.")],
                         _("The forum will publish its meeting calendar for the coming year."), standard)
    held = _held(r, since=r.since)
    evidence = [(ngettext("{n} forum meeting held in the last 12 months: {dates}.",
                          "{n} forum meetings held in the last 12 months: {dates}.", len(held)) if held else
                 _("No forum meeting held in the last 12 months.")).format(n=len(held),
                                                                          dates=_dates([m.day for m in held]))]
    past = [g for g in report.gaps if g.kind in ("past", "open") and g.end >= r.since]
    ahead = [g for g in report.gaps if g.kind == "planned"]
    planned = sorted(m.day for m in r.meetings if m.kind in FORUM_KINDS and m.is_open and m.day >= r.today)
    evidence += [gap_text(g) for g in past + ahead]
    if planned:
        evidence.append(_("Next forum meeting planned for {day}.").format(day=human(planned[0])))
    if past:
        if any(g.kind == "open" for g in past):
            step = ngettext("Hold a forum meeting as soon as possible, then plan the coming year so that no gap "
                            "exceeds {n} month.",
                            "Hold a forum meeting as soon as possible, then plan the coming year so that no gap "
                            "exceeds {n} months.", months).format(n=months)
        else:
            step = ngettext("The forum will plan the coming year's meetings so that no gap exceeds {n} month.",
                            "The forum will plan the coming year's meetings so that no gap exceeds {n} months.",
                            months).format(n=months)
        return Indicator("meets_regularly", title, "not_met", evidence, step, standard)
    last = report.counted[-1].day if report.counted else r.today
    if ahead:
        return Indicator("meets_regularly", title, "in_progress", evidence,
                         ngettext("Move or add planned meetings so that no gap ahead exceeds {n} month.",
                                  "Move or add planned meetings so that no gap ahead exceeds {n} months.",
                                  months).format(n=months), standard)
    if not planned:
        due = add_months(last, months)
        return Indicator("meets_regularly", title, "in_progress", evidence + [_("No forum meeting is planned.")],
                         _("Plan the next forum meeting for {day} at the latest.").format(day=human(due)), standard)
    return Indicator("meets_regularly", title, "met", evidence, _("Keep to the plan."), standard)


def multi_stakeholder(r: Records) -> Indicator:
    title, standard = _("Multi-stakeholder"), _("The forum has both government and non-government members.")
    p = _parity(r)
    if p.total == 0:
        return Indicator("multi_stakeholder", title, "not_evidenced", [_("No member holds a voting seat today.")],
                         _(MEMBERSHIP), standard, True)
    evidence = [_("Seats filled today: {government} government, {non_government} non-government.").format(
        government=p.government, non_government=p.non_government)]
    if p.government and p.non_government:
        return Indicator("multi_stakeholder", title, "met", evidence, _(NOTHING), standard, True)
    return Indicator("multi_stakeholder", title, "not_met", evidence,
                     _("The forum will fill the non-government seats through an open selection round.") if p.government
                     else _("The forum will fill the government seats through an open selection round."),
                     standard, True)


def parity(r: Records) -> Indicator:
    title, standard = _("Parity"), _("An even balance of government and non-government representatives.")
    p = _parity(r)
    if p.total == 0:
        return Indicator("parity", title, "not_evidenced", [_("No member holds a voting seat today.")],
                         _(MEMBERSHIP), standard)
    evidence = [p.balance_text()]
    if p.is_even:
        ending = [e for e in p.ending_soon if e["role"] in ("co_chair", "member")]
        step = _(NOTHING)
        if ending:
            step = ngettext("{n} term ends within 90 days: plan the selection of successors so the balance holds.",
                            "{n} terms end within 90 days: plan the selection of successors so the balance holds.",
                            len(ending)).format(n=len(ending))
        return Indicator("parity", title, "met", evidence, step, standard)
    n = abs(p.difference)
    status = "in_progress" if n == 1 else "not_met"
    return Indicator("parity", title, status, evidence,
                     (ngettext("Fill {n} non-government seat (or review the seats) to even the balance.",
                               "Fill {n} non-government seats (or review the seats) to even the balance.", n)
                      if p.difference > 0 else
                      ngettext("Fill {n} government seat (or review the seats) to even the balance.",
                               "Fill {n} government seats (or review the seats) to even the balance.", n)).format(n=n),
                     standard)


def transparent_selection(r: Records) -> Indicator:
    title = _("Transparent selection")
    standard = _("Non-government members are chosen through a fair, transparent process their side leads.")
    rounds = [x for x in r.rounds if x.side in ("non_government", "both")]
    holders = [m for m in r.members if m.holds_voting_seat_on(r.today) and m.side == "non_government"]
    if not rounds:
        return Indicator("transparent_selection", title, "not_evidenced",
                         [_("No selection round for the non-government seats is on record.")],
                         _("Record how the non-government members were chosen (open call or election, who led it, "
                           "the result) and publish it."), standard, True)
    open_rounds = [x for x in rounds if x.method in ("open_call", "election")]
    decided = [x for x in open_rounds if x.result.strip() and x.result_date]
    evidence = [(_("{round}: {method}, led by {who}") if x.led_by.strip() else _("{round}: {method}")).format(
                    round=x.title, method=_(x.method_label).lower(), who=x.led_by)
                + (_("; result on {day}.").format(day=human(x.result_date)) if x.result_date
                   else _("; no result recorded yet."))
                for x in rounds]
    if not open_rounds:
        return Indicator("transparent_selection", title, "not_met", evidence,
                         _("Choose the non-government members through an open call or an election led by their "
                           "side, and publish the result."), standard, True)
    chosen = {x.id for x in decided}
    unlinked = [m for m in holders if m.selection_round_id not in chosen]
    if not holders:
        evidence.append(_("No non-government member holds a seat today."))
        return Indicator("transparent_selection", title, "in_progress", evidence,
                         _("Fill the non-government seats through an open call or an election."), standard, True)
    if decided and not unlinked:
        evidence.append(ngettext("The {n} non-government seat holder came through a recorded round.",
                                 "All {n} non-government seat holders came through a recorded round.",
                                 len(holders)).format(n=len(holders)))
        return Indicator("transparent_selection", title, "met", evidence,
                         _("Publish each new round's result in the repository."), standard, True)
    if not decided:
        step = _("Record the result of the selection round (and its date) once it is decided.")
    else:
        evidence.append(ngettext("{n} non-government seat holder is not linked to a decided selection round.",
                                 "{n} non-government seat holders are not linked to a decided selection round.",
                                 len(unlinked)).format(n=len(unlinked)))
        step = _("The secretariat will publish, for each non-government member, the selection round that chose "
                 "them, or the forum will run a round for their seats.")
    return Indicator("transparent_selection", title, "in_progress", evidence, step, standard, True)


def high_level(r: Records) -> Indicator:
    title = _("High-level government representative")
    standard = _("Government is represented by someone with decision-making authority.")
    p = _parity(r)
    if p.government == 0:
        return Indicator("high_level", title, "not_evidenced", [_("No government member holds a voting seat.")],
                         _("The secretariat will publish the government members of the forum."), standard)
    if p.high_level:
        return Indicator("high_level", title, "met",
                         [ngettext("{n} government seat holder marked high-level.",
                                   "{n} government seat holders marked high-level.", len(p.high_level)).format(
                             n=len(p.high_level))],
                         _(NOTHING), standard)
    return Indicator("high_level", title, "not_met", [_("No government seat holder is marked high-level.")],
                     _("The government will name a minister or the ministerial point of contact to hold one of its "
                       "seats."), standard)


def co_chairs(r: Records) -> Indicator:
    title, standard = _("Co-chaired by both sides"), _("Government and civil society co-chair the forum.")
    p = _parity(r)
    sides = sorted({c["side"] for c in p.co_chairs})
    if p.co_chairs_ok:
        return Indicator("co_chairs", title, "met", [_("One government and one non-government co-chair in post.")],
                         _(NOTHING), standard)
    if not p.co_chairs:
        return Indicator("co_chairs", title, "not_met", [_("No co-chair is in post.")],
                         _("The forum will choose a government and a non-government co-chair."),
                         standard)
    if len(sides) == 1:
        return Indicator("co_chairs", title, "in_progress",
                         [ngettext("{n} co-chair in post, all from one side.", "{n} co-chairs in post, all from one side.",
                                   len(p.co_chairs)).format(n=len(p.co_chairs))],
                         _("Choose a non-government co-chair.") if sides[0] == "government"
                         else _("Choose a government co-chair."), standard)
    return Indicator("co_chairs", title, "in_progress",
                     [ngettext("{n} co-chair in post.", "{n} co-chairs in post.", len(p.co_chairs)).format(
                         n=len(p.co_chairs))],
                     _("Keep one co-chair per side."), standard)


def governance_published(r: Records) -> Indicator:
    title = _("Governance published")
    standard = _("The forum's remit, membership and governance are public.")
    missing = governance_missing(r.profile)
    if missing:
        return Indicator("governance_published", title, "not_met",
                         [_("Not written yet: {parts}.").format(parts=", ".join(_(m) for m in missing))],
                         _("The members will agree the missing parts of the forum's rules, and the secretariat will "
                           "publish them."), standard)
    evidence = [_("Remit, decision rule, agenda setting, conflicts policy, minutes and powers are written down.")]
    last = r.last_export
    if last is None or not last.governance:
        return Indicator("governance_published", title, "in_progress",
                         evidence + [_("The repository has not been exported yet.")],
                         _("The secretariat will publish the forum's rules in the repository on its website."),
                         standard)
    if last.governance != governance_fingerprint(r.profile):
        return Indicator("governance_published", title, "in_progress",
                         evidence + [_("The governance changed after the last export ({day}).").format(
                             day=human(last.on))],
                         _("The secretariat will update the repository so that it shows the current rules."), standard)
    return Indicator("governance_published", title, "met",
                     evidence + [_("Published in the repository export of {day}.").format(day=human(last.on))],
                     _(NOTHING), standard)


def remote_participation(r: Records) -> Indicator:
    title = _("Remote participation offered")
    standard = _("Remote participation is possible for at least some meetings.")
    recent = [m for m in r.meetings if m.status == "held" and r.since <= m.day <= r.today]
    coming = [m for m in r.meetings if m.is_open and m.day >= r.today]
    if not recent and not coming:
        return Indicator("remote_participation", title, "not_evidenced",
                         [_("No meeting held in the last 12 months or planned.")],
                         _("Record the forum's meetings and whether remote participation is offered."), standard)
    offered = [m for m in recent if m.remote_offered or m.id in r.remote_attendance]
    evidence = [_("{n} of {total} meetings held in the last 12 months offered remote participation.").format(
        n=len(offered), total=len(recent))]
    if offered:
        return Indicator("remote_participation", title, "met", evidence, _("Keep offering it."), standard)
    ahead = [m for m in coming if m.remote_offered]
    if ahead:
        evidence.append(_("It is offered for the meeting of {day}.").format(day=human(min(m.day for m in ahead))))
        return Indicator("remote_participation", title, "in_progress", evidence,
                         _("Hold that meeting with remote participation as planned."), standard)
    return Indicator("remote_participation", title, "not_met", evidence,
                     _("The forum will offer remote participation (a video link or phone line) at its next meeting."),
                     standard)


def minutes_published(r: Records) -> Indicator:
    days = r.minutes_within_days
    title = _("Minutes approved and published")
    standard = _("Minutes of held meetings are approved and published (here: within {days} days).").format(days=days)

    held = [m for m in r.meetings if m.status == "held" and m.public and r.since <= m.day <= r.today
            and (m.kind in FORUM_KINDS or m.id in r.minutes)]
    if not held:
        return Indicator("minutes_published", title, "not_evidenced",
                         [_("No public meeting was held in the last 12 months.")],
                         _("Record the meetings held and their minutes."), standard)
    on_time, late, overdue, waiting = [], [], [], []
    for m in sorted(held, key=lambda m: m.day):
        due = m.day + dt.timedelta(days=days)
        published = standing.published_on(r, m)
        if published is not None:
            (on_time if published <= due else late).append(m)
        elif due < r.today:
            overdue.append(m)
        else:
            waiting.append(m)
    evidence = [ngettext("{n} public meeting held in the last 12 months: {on_time} with minutes published in time, "
                         "{late} published late, {overdue} overdue, {waiting} not yet due.",
                         "{n} public meetings held in the last 12 months: {on_time} with minutes published in time, "
                         "{late} published late, {overdue} overdue, {waiting} not yet due.", len(held)).format(
        n=len(held), on_time=len(on_time), late=len(late), overdue=len(overdue), waiting=len(waiting))]
    if overdue:
        evidence.append(_("Overdue: minutes of {dates}.").format(dates=_dates([m.day for m in overdue])))
        return Indicator("minutes_published", title, "not_met", evidence,
                         _("The secretariat will circulate the overdue minutes, the forum will approve them at its next "
                           "meeting, and they will be published."), standard)
    if late:
        evidence.append(_("Published late: minutes of {dates}.").format(dates=_dates([m.day for m in late])))
        return Indicator("minutes_published", title, "in_progress", evidence,
                         _("Put minutes to the next meeting for approval and publish them within {days} days.").format(
                             days=days), standard)
    if not on_time:
        first = min(m.day for m in waiting) + dt.timedelta(days=days)
        return Indicator("minutes_published", title, "in_progress", evidence,
                         _("Approve and publish the minutes; the first are due by {day}.").format(day=human(first)),
                         standard)
    step = _(NOTHING)
    if waiting:
        first = min(m.day for m in waiting) + dt.timedelta(days=days)
        step = _("Publish the minutes now in draft by {day}.").format(day=human(first))
    return Indicator("minutes_published", title, "met", evidence, step, standard)


def reasoned_response(r: Records) -> Indicator:
    title = _("Reasoned response published")
    standard = _("For each closed consultation the forum publishes what it heard and what it did, with reasons.")
    closed = [c for c in r.consultations if c.status_on(r.today) == "closed"]
    if not closed:
        others = len(r.consultations)
        return Indicator("reasoned_response", title, "not_evidenced",
                         [ngettext("No consultation has closed yet ({n} open or planned).",
                                   "No consultation has closed yet ({n} open or planned).", others).format(n=others)
                          if others else _("No consultation has closed yet.")],
                         _("When a consultation closes, the forum will answer each contribution and publish the "
                           "answers."), standard, True)
    last = r.last_export
    published, unexported, unanswered, late = [], [], [], []
    for c in closed:
        items = r.contributions.get(c.id, [])
        open_items = [x for x in items if not x.answered]
        if open_items:
            unanswered.append(c)
            if any(x.overdue_on(r.today) for x in open_items):
                late.append(c)
            continue
        answered = [x.response.answered_on for x in items if x.response.answered_on]
        finished = max(answered, default=c.closes_on)
        if last is not None and c.id in last.consultations and last.on >= finished:
            published.append(c)
        else:
            unexported.append(c)
    evidence = [ngettext("{n} closed consultation: {published} with the response published, {unexported} answered but "
                         "not yet exported, {unanswered} with contributions still unanswered.",
                         "{n} closed consultations: {published} with the response published, {unexported} answered "
                         "but not yet exported, {unanswered} with contributions still unanswered.", len(closed)).format(
        n=len(closed), published=len(published), unexported=len(unexported), unanswered=len(unanswered))]
    for c in unanswered:
        n = sum(1 for x in r.contributions.get(c.id, []) if not x.answered)
        evidence.append(ngettext("{name}: {n} contribution not yet answered.",
                                 "{name}: {n} contributions not yet answered.", n).format(name=c.name, n=n))
    if late:
        return Indicator("reasoned_response", title, "not_met", evidence,
                         _("The forum will answer the remaining contributions of {names} with an outcome and a reason, "
                           "and publish the answers.").format(names=", ".join(c.name for c in late)), standard, True)
    if unanswered or unexported:
        step = (_("The forum will answer the remaining contributions and publish the answers.") if unanswered
                else _("The secretariat will publish the reasoned response in the repository."))
        return Indicator("reasoned_response", title, "in_progress", evidence, step, standard, True)
    return Indicator("reasoned_response", title, "met", evidence, _(NOTHING), standard, True)


def answered_in_time(r: Records) -> Indicator:
    days = r.profile.response_working_days
    title = _("Contributions answered within {days} working days").format(days=days)
    standard = _("Questions and contributions from stakeholders are answered within 20 working days.")
    since = r.since
    recent = [x for items in r.contributions.values() for x in items if x.received_on and x.received_on >= since]
    if not recent:
        return Indicator("answered_in_time", title, "not_evidenced",
                         [_("No contribution was received in the last 12 months.")],
                         _("The forum will record and publish what the public sends in."), standard)
    answered = [x for x in recent if x.answered]
    late = [x for x in answered if x.late]
    overdue = [x for x in recent if x.overdue_on(r.today)]
    evidence = [ngettext("{n} contribution received in the last 12 months: {answered} answered ({late} late), "
                         "{overdue} overdue now.",
                         "{n} contributions received in the last 12 months: {answered} answered ({late} late), "
                         "{overdue} overdue now.", len(recent)).format(
        n=len(recent), answered=len(answered), late=len(late), overdue=len(overdue))]
    times = answer_times(r)
    if times:
        median = int(statistics.median(times))
        evidence.append(ngettext("Median time to answer: {n} working day.", "Median time to answer: {n} working days.",
                                 median).format(n=median))
    if overdue:
        return Indicator("answered_in_time", title, "not_met", evidence,
                         ngettext("The forum will answer the {n} overdue contribution first.",
                                  "The forum will answer the {n} overdue contributions first.", len(overdue)).format(
                             n=len(overdue)), standard)
    if late and len(late) > LATE_SHARE_ALLOWED * max(len(answered), 1):
        return Indicator("answered_in_time", title, "not_met", evidence,
                         _("Answer within {days} working days: check the due-soon list every week.").format(days=days),
                         standard)
    if late:
        return Indicator("answered_in_time", title, "in_progress", evidence,
                         _("Answer every contribution within {days} working days; check the due-soon list "
                           "every week.").format(days=days), standard)
    step = _("Answer the open contributions before their due dates.") if len(answered) < len(recent) \
        else _(NOTHING)
    return Indicator("answered_in_time", title, "met", evidence, step, standard)


def repository_recent(r: Records) -> Indicator:
    title = _("Repository updated in the last {n} months").format(n=REPOSITORY_MONTHS)
    standard = _("The online repository is updated at least every six months.")
    last = r.last_export
    if last is None:
        return Indicator("repository_recent", title, "not_evidenced", [_("The repository has never been exported.")],
                         _("The secretariat will publish the repository on the forum's website."), standard, True)
    due = add_months(last.on, REPOSITORY_MONTHS)
    evidence = [ngettext("Last exported on {day} ({n} file).", "Last exported on {day} ({n} files).",
                         last.files).format(day=human(last.on), n=last.files)]
    if due >= r.today:
        return Indicator("repository_recent", title, "met", evidence,
                         _("The next update is due by {day} at the latest, and after each approval of minutes.").format(
                             day=human(due)), standard, True)
    return Indicator("repository_recent", title, "not_met",
                     evidence + [_("An update was due by {day}.").format(day=human(due))],
                     _("The secretariat will update the repository on the forum's website now."), standard, True)


def ethics_in_order(r: Records) -> Indicator:
    title = _("Ethics statements signed, declarations in date")
    standard = _("Members sign an ethics statement and keep a current declaration of interests.")
    report = r.ethics
    if report is None or not report.rows:
        return Indicator("ethics", title, "not_evidenced", [_("No member is covered by the ethics rules today.")],
                         _(MEMBERSHIP), standard)
    n = len(report.rows)
    if report.statement is None:
        declared = n - len(report.missing)
        return Indicator("ethics", title, "not_met" if declared else "not_evidenced",
                         [_("The forum has not adopted an ethics statement."),
                          _("{declared} of {n} members have a declaration of interests on record.").format(
                              declared=declared, n=n)],
                         _("The forum will adopt an ethics statement and every member will sign it."), standard)
    in_order = [x for x in report.rows if x.statement_ok and x.declaration in ("ok", "due_soon")]
    evidence = [_("{in_order} of {n} members are in order.").format(in_order=len(in_order), n=n),
                ngettext("{n} member still to sign version {version} of the statement; declarations: {missing} "
                         "missing, {overdue} overdue, {due_soon} due within {days} days.",
                         "{n} members still to sign version {version} of the statement; declarations: {missing} "
                         "missing, {overdue} overdue, {due_soon} due within {days} days.", len(report.unsigned)).format(
                    n=len(report.unsigned), version=report.statement.version, missing=len(report.missing),
                    overdue=len(report.overdue), due_soon=len(report.due_soon), days=report.within_days)]
    if len(in_order) == n:
        step = _(NOTHING) if not report.due_soon else _("Send the renewal reminders for declarations due soon.")
        return Indicator("ethics", title, "met", evidence, step, standard)
    step = _("The secretariat will remind the members whose statement or declaration is missing or out of date.")
    return Indicator("ethics", title, "in_progress" if len(in_order) * 2 >= n else "not_met", evidence, step,
                     standard)


INDICATORS = [
    forum_exists, meets_regularly, multi_stakeholder, parity, transparent_selection, high_level, co_chairs,
    governance_published, remote_participation, minutes_published, reasoned_response, answered_in_time,
    repository_recent, ethics_in_order,
]


def evaluate(r: Records, progress=None) -> list[Indicator]:
    out = []
    for indicator in INDICATORS:
        if progress is not None:
            progress(0, 0)   # between indicators: where a Cancel takes effect
        out.append(indicator(r))
    return out


# --- the whole report --------------------------------------------------------------------------

@record
class ComplianceReport:
    today: dt.date
    forum_name: str
    indicators: list[Indicator]
    series: Series
    last_export: object | None = None
    counts: dict = field(default_factory=dict)
    # The chosen frameworks other than the 2017 indicators (msf_desk.core.standards.FrameworkResult),
    # set by standards.assess for the documents; not part of to_json (`check --standard` has its own).
    frameworks: list = field(default_factory=list)
    chosen: list = field(default_factory=list)  # the chosen framework keys ('2021', 'local', '2017')

    def __post_init__(self) -> None:
        self.counts = {key: sum(1 for i in self.indicators if i.status == key) for key in STATUSES}

    def summary(self) -> str:
        c = self.counts
        return _("{met} of {n} indicators met, {in_progress} in progress, {not_met} not met, {not_evidenced} not "
                 "evidenced.").format(n=len(self.indicators), **c)

    def minimum_text(self) -> str:
        minimum = [i for i in self.indicators if i.minimum]
        missing = [i.title for i in minimum if i.status != "met"]
        if not missing:
            return _("All the basic requirements checked here for a starred process are met.")
        return _("Basic requirements not yet met: {titles}.").format(titles=", ".join(missing))

    def by_severity(self) -> list[Indicator]:
        return sorted(self.indicators, key=lambda i: SEVERITY[i.status])

    def to_json(self) -> dict:
        s = self.series
        return {
            "today": self.today.isoformat(),
            "forum": self.forum_name,
            "summary": self.summary(),
            "counts": self.counts,
            "indicators": [i.to_json() for i in self.indicators],
            "series": {
                "meetings_per_quarter": [
                    {"quarter": q.label, "start": q.start.isoformat(), "held": q.held, "planned": q.planned}
                    for q in s.quarters],
                "quarter_target": s.quarter_target,
                "parity": [{"on": p.on.isoformat(), "government": p.government,
                            "non_government": p.non_government} for p in s.parity],
                "response_times": [{"working_days": b.label, "count": b.count, "late": b.late}
                                   for b in s.responses],
                "response_target_working_days": s.response_target,
                "open_overdue": s.open_overdue,
            },
        }


def report_from(r: Records, progress=None) -> ComplianceReport:
    indicators = evaluate(r, progress)
    if progress is not None:
        progress(0, 0)
    return ComplianceReport(r.today, r.profile.name, indicators, series(r), r.last_export)


def check(db, today: dt.date | None = None, *, pending_export=None) -> ComplianceReport:
    """Every indicator on the forum's records as of `today`."""
    return report_from(gather(db, today or dt.date.today(), pending_export=pending_export))
