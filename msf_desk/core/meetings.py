"""Meetings: their status, notice deadlines, the year planner and the regularity check, and the
agenda a new meeting starts with (standing items) and the record of its changes.
The Meeting record lives in msf_desk.model.meetings."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import field

from msf_desk.core import calendar, forum
from msf_desk.model.dates import is_working_day, add_working_days, zone
from msf_desk.core.members import list_members
from msf_desk.core.audit import check_unchanged, logged
from msf_desk.model.dates import add_months, human
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import KINDS, STATUSES, AgendaItem, Meeting, StandingItem
from msf_desk.store import meetings as store, members as member_store, minutes_reads
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_, M_n
from msf_desk.core.messages import message_day, message_label, message_weekday
from msf_desk.core import regularity_words as words
from msf_desk.core.regularity_words import months_and_days  # noqa: F401 (read from here too)
from msf_desk.model.records import record

# Which status may follow which. A postponed or cancelled meeting comes back as planned
# (with its new date); a held meeting stays held.
TRANSITIONS = {
    "planned": {"notice_sent", "held", "cancelled", "postponed"},
    "notice_sent": {"held", "cancelled", "postponed", "planned"},
    "postponed": {"planned", "cancelled"},
    "cancelled": {"planned"},
    "held": set(),
}
NEEDS_REASON = ("cancelled", "postponed")
# The co-chairs review the pack before it goes out: papers reach the secretariat
# this many working days before the notice deadline.
PAPERS_LEAD_WORKING_DAYS = 3
# Standing items placed before this position open the agenda; the rest close it.
_CLOSING_FROM = 50


def validate(meeting: Meeting) -> None:
    problems: dict[str, str] = {}
    if not meeting.title.strip():
        problems["title"] = M_("a meeting needs a title")
    if meeting.kind not in KINDS:
        problems["kind"] = M_("'{kind}' is not a kind of meeting").format(kind=meeting.kind)
    if meeting.status not in STATUSES:
        problems["status"] = M_("'{status}' is not a meeting status").format(status=meeting.status)
    try:
        zone(meeting.timezone)
    except UserError as exc:
        problems["timezone"] = str(exc)
    if meeting.ends_at <= meeting.starts_at:
        problems["ends_at"] = M_("the meeting must end after it starts")
    elif meeting.ends_at - meeting.starts_at > dt.timedelta(days=3):
        problems["ends_at"] = M_("a meeting cannot last more than three days; record each day as a meeting")
    if meeting.status in NEEDS_REASON and not meeting.status_reason.strip():
        problems["status_reason"] = M_("say why the meeting is {status}").format(status=meeting.status)
    if meeting.remote_details.strip() and not meeting.remote_offered:
        problems["remote_details"] = M_("remote details are given but remote participation is not offered")
    if problems:
        raise ValidationError(problems)


# --- deadlines ------------------------------------------------------------------------

def notice_deadline(meeting: Meeting, notice_days: int, holidays=()) -> dt.date:
    """The last day the notice and pack can go out: `notice_days` before the meeting,
    brought forward to a working day (a notice is not sent on a Sunday)."""
    day = meeting.day - dt.timedelta(days=notice_days)
    off = set(holidays)
    while not is_working_day(day, off):
        day -= dt.timedelta(days=1)
    return day


def papers_deadline(meeting: Meeting, notice_days: int, holidays=()) -> dt.date:
    """When papers are due to the secretariat: a few working days before the notice,
    so the co-chairs can review the pack."""
    return add_working_days(notice_deadline(meeting, notice_days, holidays), -PAPERS_LEAD_WORKING_DAYS, holidays)


@record
class OverdueWork:
    """Work the secretariat is late with for one meeting (its notice or its record)."""

    meeting: Meeting
    what: str  # 'notice' | 'record'
    since: dt.date
    message: str


def overdue_work(meetings: list[Meeting], notice_days: int, holidays, today: dt.date) -> list[OverdueWork]:
    """What the secretariat is late with: notices past their deadline, past meetings not recorded."""
    out: list[OverdueWork] = []
    for m in meetings:
        if m.status == "planned" and m.day >= today:
            deadline = notice_deadline(m, notice_days, holidays)
            if deadline < today:
                out.append(OverdueWork(
                    m, "notice", deadline,
                    M_("The pack for “{title}” ({day}) has not been sent; the notice was due by {deadline}.").format(
                        title=m.title, day=message_day(m.day), deadline=message_day(deadline)),
                ))
        elif m.is_open and m.day < today:
            out.append(OverdueWork(
                m, "record", m.day,
                M_("“{title}” ({day}) is past: record it as held, cancelled or postponed.").format(
                    title=m.title, day=message_day(m.day)),
            ))
    out.sort(key=lambda w: w.since)
    return out


def next_meeting(meetings: list[Meeting], now: dt.datetime) -> Meeting | None:
    upcoming = [m for m in meetings if m.is_open and m.ends_at >= now]
    return min(upcoming, key=lambda m: m.starts_at, default=None)


# --- regularity -----------------------------------------------------------------------

@record
class Gap:
    """A stretch between meetings longer than the forum's rule allows."""

    start: dt.date  # the meeting before the gap
    end: dt.date  # the next meeting, or today when nothing follows
    after_meeting_id: int | None
    before_meeting_id: int | None  # None: nothing held or planned since
    kind: str  # 'past' (between held meetings), 'planned' (reaches a planned meeting), 'open'
    target_months: int

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def length(self) -> str:
        """'3 months and 7 days', in the person's language."""
        return words.length(self.start, self.end, words.person())

    def message(self) -> str:
        """The gap in a sentence, in the person's language (the window's, or --language)."""
        return words.gap_sentence(self, words.person())

    def to_json(self) -> dict:
        return {
            "start": self.start.isoformat(), "end": self.end.isoformat(), "days": self.days,
            "length": self.length, "kind": self.kind,
            "after_meeting_id": self.after_meeting_id, "before_meeting_id": self.before_meeting_id,
            "message": self.message(),
        }


@record
class RegularityReport:
    """Whether the forum met as often as its rule says, and its gaps."""

    target_months: int
    today: dt.date
    counted: list[Meeting] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.counted) and not self.gaps

    def summary(self) -> str:
        """In the person's language (the window's, or --language)."""
        return words.regularity_summary(self, words.person())

    def to_json(self) -> dict:
        return {
            "target_months": self.target_months, "today": self.today.isoformat(), "ok": self.ok,
            "summary": self.summary(), "meetings_counted": len(self.counted),
            "gaps": [g.to_json() for g in self.gaps],
        }


def counts_on(meeting: Meeting, today: dt.date) -> bool:
    """Held meetings in the past and planned ones from today on keep the forum regular."""
    if not meeting.counts_for_regularity:
        return False
    if meeting.day < today:
        return meeting.status == "held"
    return meeting.status in ("planned", "notice_sent", "held")


# Meetings kept on one weekday are whole weeks apart, and N months are not: the second
# Tuesday of every other month falls up to six days later in the month than the one before.
# The next meeting is on time up to the end of the week the N months end in (N months and
# up to six days), so that such a cadence is regular; a later one leaves a gap.
SAME_WEEK_DAYS = 6


def next_due(day: dt.date, target_months: int, grace_days: int = SAME_WEEK_DAYS) -> dt.date:
    """The last day the forum meeting after one on `day` is on time."""
    return add_months(day, target_months) + dt.timedelta(days=grace_days)


def check_regularity(meetings: list[Meeting], target_months: int, today: dt.date,
                     grace_days: int = SAME_WEEK_DAYS) -> RegularityReport:
    """Flag every gap between forum meetings longer than the target (exactly N months is fine,
    and so is the rest of that week: see SAME_WEEK_DAYS). The published compliance check passes
    `grace_days=0`: what it prints says "at least every N months" to the public, so there it
    means N months to the day."""
    counted = sorted((m for m in meetings if counts_on(m, today)), key=lambda m: m.starts_at)
    report = RegularityReport(target_months, today, counted)
    for before, after in zip(counted, counted[1:]):
        if after.day > next_due(before.day, target_months, grace_days):
            kind = "past" if after.day < today else "planned"
            report.gaps.append(Gap(before.day, after.day, before.id, after.id, kind, target_months))
    if counted:
        last = counted[-1]
        if today > next_due(last.day, target_months, grace_days):
            report.gaps.append(Gap(last.day, today, last.id, None, "open", target_months))
    return report


# --- the year planner -----------------------------------------------------------------

@record
class Proposal:
    """A meeting the planner suggests; the user accepts, moves or drops it."""

    day: dt.date
    title: str
    start: dt.time = dt.time(10, 0)
    end: dt.time = dt.time(12, 0)
    kind: str = "regular"
    chair_id: int | None = None
    note: str = ""
    accepted: bool = True

    def to_json(self) -> dict:
        return {"day": self.day.isoformat(), "title": self.title, "start": self.start.strftime("%H:%M"),
                "end": self.end.strftime("%H:%M"), "kind": self.kind, "chair_id": self.chair_id,
                "note": self.note}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (nth - 1))


FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years whose dates MSF Desk accepts


def check_year(year: int) -> None:
    """Refuse, in words, a year no forum meets in (99999, 0, -5)."""
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise UserError(M_("{year} is not a year to plan meetings for: choose a year from {first_year} to {last_year}.").format(year=year, first_year=FIRST_YEAR, last_year=LAST_YEAR))


def plan_year(
    year: int,
    *,
    target_months: int,
    existing: list[Meeting],
    holidays=(),
    today: dt.date,
    notice_days: int = 0,
    cochair_ids: list[int] | None = None,
    weekday: int = 1,
    start: dt.time = dt.time(10, 0),
    end: dt.time = dt.time(12, 0),
) -> list[Proposal]:
    """Propose forum meetings for `year` so that no gap exceeds `target_months`.

    Each period of `target_months` without a forum meeting gets one, on the second
    `weekday` (0 = Monday) of its middle month, pulled earlier when the last meeting
    would otherwise be too far back. Every meeting is on the chosen weekday, from `start`
    to `end`, and never on a public holiday (`holidays`) or one of the first working days
    of January (core.calendar.avoided_days): when such a day comes up it moves to the
    same weekday a week earlier (or later), and each note says which day was avoided
    and why. Only when no such weekday keeps the gap within the target does a meeting
    go on another working day (the note says so). Nothing is proposed before `today`
    plus the notice period. A final pass adds a meeting wherever a gap the user can
    still close remains.
    """
    if not 1 <= target_months <= 12:
        raise UserError(M_("The target frequency must be between 1 and 12 months."))
    check_year(year)
    if not 0 <= weekday <= 4:
        raise UserError(M_("Meetings are planned on a working day: weekday {weekday} is not Monday (0) to Friday (4).").format(weekday=weekday))
    off = set(holidays)
    avoided = calendar.avoided_days([year - 1, year], off)
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    earliest = max(year_start, today + dt.timedelta(days=notice_days + 1))
    if earliest > year_end:
        return []
    fixed = sorted(m.day for m in existing if counts_on(m, today) or (
        m.counts_for_regularity and m.is_open))
    proposals: list[Proposal] = []

    def all_days() -> list[dt.date]:
        return sorted(fixed + [p.day for p in proposals])

    def place(day: dt.date, floor: dt.date, latest: dt.date) -> tuple[dt.date | None, str]:
        """The chosen weekday near `day`; else another working day; else (the gap wins)
        a day otherwise avoided, never a weekend or a public holiday."""
        found, why = calendar.place_on_weekday(day, weekday, avoided, floor=floor, latest=latest)
        if found is not None:
            return found, why
        found, _ = calendar.place_any_day(day, avoided, floor=floor, latest=latest)
        if found is not None:
            return found, M_("a {weekday}: no {chosen_weekday} is free between {first} and {last}").format(
                weekday=message_weekday(found.weekday()), chosen_weekday=message_weekday(weekday),
                first=message_day(floor), last=message_day(latest))
        holidays_only = {d: r for d, r in avoided.items() if r == calendar.HOLIDAY_REASON}
        found, _ = calendar.place_any_day(day, holidays_only, floor=floor, latest=latest)
        if found is not None:
            return found, (M_("{day} is {reason}, kept because no other working day keeps the gap within the "
                              "target (a meeting late in December would avoid it)").format(
                                  day=message_day(found), reason=M_(avoided[found]))
                           if found in avoided else "")
        return None, ""

    def one_for(first_month: int, last_month: int, period_start: dt.date, period_end: dt.date) -> Proposal | None:
        middle = first_month + (last_month - first_month) // 2
        ideal = _nth_weekday(year, middle, weekday, 2)
        before = [d for d in all_days() if d < period_start]
        day, latest = ideal, period_end
        note = ""
        if before and next_due(before[-1], target_months) < max(earliest, period_start):
            # The gap since the last meeting is already too long: meet as early as may be.
            day, latest = max(earliest, period_start), period_end
            note = M_n("as early as possible: {day}, the last forum meeting, is already more than {count} month "
                       "before", "as early as possible: {day}, the last forum meeting, is already more than {count} "
                       "months before", target_months).format(day=message_day(before[-1]), count=target_months)
        elif before and next_due(before[-1], target_months) < max(day, earliest):
            day = latest = next_due(before[-1], target_months)
            note = M_n("brought forward from {day}: at most {count} month after {last}",
                       "brought forward from {day}: at most {count} months after {last}", target_months).format(
                           day=message_day(ideal), count=target_months, last=message_day(before[-1]))
        # When the next period already has its meeting, this one must reach it.
        after = [d for d in fixed if period_end < d <= add_months(period_end, target_months)]
        if after and next_due(day, target_months) < after[0]:
            later = add_months(after[0] - dt.timedelta(days=SAME_WEEK_DAYS), -target_months)
            limit = next_due(before[-1], target_months) if before else period_end
            day = latest = min(later, limit, period_end)
        if before and latest > next_due(before[-1], target_months) >= max(earliest, period_start):
            latest = next_due(before[-1], target_months)     # never later than the gap allows
            day = min(day, latest)
        floor = max(earliest, period_start)
        if latest < period_end and before:
            # Brought forward: the chosen weekday may fall at the end of the last period
            # (it is still this period's meeting) rather than on another weekday.
            floor = max(earliest, before[-1] + dt.timedelta(days=1))
        day = max(day, floor)
        placed, why = place(day, floor, max(latest, floor))
        if placed is None:
            placed, why = place(day, floor, period_end)
        if placed is None:
            return None
        return Proposal(placed, "", start, end, note="; ".join(filter(None, [note, why])))

    for first_month in range(1, 13, target_months):
        last_month = min(12, first_month + target_months - 1)
        period_start = dt.date(year, first_month, 1)
        period_end = add_months(period_start, last_month - first_month + 1) - dt.timedelta(days=1)
        if period_end < earliest:
            continue
        if any(period_start <= d <= period_end for d in all_days()):
            continue
        # One meeting per period, even one brought forward into the end of the period
        # before (N months a meeting: 12 / N a year); the pass below adds one only where a
        # gap still needs it.
        proposal = one_for(first_month, last_month, period_start, period_end)
        if proposal is not None and proposal.day not in all_days():
            proposals.append(proposal)

    # Close what one meeting per period cannot: a gap between two fixed meetings, say.
    for _ in range(400):
        days = all_days()
        added = False
        for a, b in zip(days, days[1:]):
            needed = next_due(a, target_months)
            if b <= needed or needed < earliest or needed > year_end:
                continue
            day, why = place(needed, max(earliest, a + dt.timedelta(days=1)), min(needed, b - dt.timedelta(days=1)))
            if day is None or day in days:
                continue  # no working day left to close this one
            proposals.append(Proposal(day, "", start, end, note="; ".join(filter(None, [M_("added to close a gap"), why]))))
            added = True
            break
        if not added:
            break

    proposals.sort(key=lambda p: p.day)
    chairs = list(cochair_ids or [])
    last_chair = next((m.chair_id for m in sorted(existing, key=lambda m: m.starts_at, reverse=True)
                       if m.chair_id in chairs and m.day < (proposals[0].day if proposals else year_start)), None)
    turn = (chairs.index(last_chair) + 1) if last_chair in chairs else 0
    for p in proposals:
        p.title = f"Forum meeting, {p.day.strftime('%B %Y')}"
        if chairs:
            p.chair_id = chairs[turn % len(chairs)]
            turn += 1
    return proposals


# --- operations on the forum file -----------------------------------------------------

def list_meetings(db) -> list[Meeting]:
    return store.all_meetings(db)


def choosable_meetings(db, *, keep: int | None = None) -> list[Meeting]:
    """The meetings offered wherever a person picks one (where a response was decided, whose
    conflicts to check): never a cancelled or postponed meeting, except `keep`, the meeting
    a record already names, so that opening and saving it does not silently drop the link.
    Oldest first."""
    return [m for m in list_meetings(db) if m.status not in ("cancelled", "postponed") or m.id == keep]


def get_meeting(db, meeting_id: int) -> Meeting:
    meeting = store.get_meeting(db, meeting_id)
    if meeting is None:
        raise UserError(M_("There is no meeting with id {meeting_id}.").format(meeting_id=meeting_id))
    return meeting


@logged(lambda db, meeting, **_: f"Added the meeting “{meeting.title}” on {human(meeting.day)}", action="add")
def add_meeting(db, meeting: Meeting, *, standing_items: bool = True) -> Meeting:
    """Save a new meeting; by default its agenda starts with the forum's standing items."""
    validate(meeting)
    if meeting.chair_id is not None:
        _check_chair(db, meeting.chair_id)
    with transaction(db):
        saved = store.insert_meeting(db, meeting)
        if standing_items:
            add_standing_items(db, saved.id)
    return store.get_meeting(db, saved.id)


def is_locked(db, meeting_id: int) -> bool:
    """The meeting's minutes are approved: nothing about it may change any more."""
    return minutes_reads.status_of(db, meeting_id) in ("approved", "published")


def ensure_unlocked(db, meeting_id: int, what: str | None = None) -> None:
    """Refuse, in plain words, any change to a meeting whose minutes are approved."""
    if is_locked(db, meeting_id):
        meeting = get_meeting(db, meeting_id)
        raise UserError(
            M_("The minutes of “{title}” ({day}) are approved, so {what} can no longer be changed: the approved record stays as the forum approved it. To correct it, record a dated amendment to the minutes.").format(title=meeting.title, day=message_day(meeting.day), what=what or M_("this meeting")))


def _check_chair(db, member_id: int) -> None:
    if member_store.get_member(db, member_id) is None:
        raise ValidationError({"chair_id": M_("the chair is not a member of the forum")})


_EVENT_FIELDS = ("title", "starts_at", "ends_at", "timezone", "location", "remote_offered",
                 "remote_details", "status", "kind", "public")


@logged(lambda db, meeting, **_: f"Changed the meeting “{meeting.title}” on {human(meeting.day)}")
def update_meeting(db, meeting: Meeting, *, today: dt.date | None = None, loaded: Meeting | None = None) -> Meeting:
    """Save changes. After the notice has gone out, a change of time or place is logged
    as a dated revision for the next pack, and the calendar SEQUENCE goes up."""
    validate(meeting)
    old = get_meeting(db, meeting.id)
    ensure_unlocked(db, meeting.id)
    check_unchanged(db, "meetings", meeting.id, loaded, old, f"the meeting “{old.title}”")
    if meeting.chair_id is not None and meeting.chair_id != old.chair_id:
        _check_chair(db, meeting.chair_id)
    changed = [f for f in _EVENT_FIELDS if getattr(old, f) != getattr(meeting, f)]
    meeting = dataclasses.replace(meeting, uid=old.uid, created=old.created,
                                  sequence=old.sequence + (1 if changed else 0))
    with transaction(db):
        store.update_meeting(db, meeting)
        if old.agenda_status == "sent":
            for text in _describe_changes(old, meeting):
                store.add_revision(db, meeting.id, today or dt.date.today(), text)
    return store.get_meeting(db, meeting.id)


def _describe_changes(old: Meeting, new: Meeting) -> list[str]:
    out = []
    if (old.starts_at, old.ends_at, old.timezone) != (new.starts_at, new.ends_at, new.timezone):
        out.append(f"Time changed: now {new.when_text()} (was {old.when_text()}).")
    if old.location != new.location:
        out.append(f"Location changed: now {new.location or 'to be confirmed'} (was {old.location or 'to be confirmed'}).")
    if (old.remote_offered, old.remote_details) != (new.remote_offered, new.remote_details):
        out.append("Remote participation details changed." if new.remote_offered
                   else "Remote participation is no longer offered.")
    if old.title != new.title:
        out.append(f"Title changed to “{new.title}”.")
    if old.objective.strip() != new.objective.strip():
        out.append("Objective of the meeting changed." if new.objective.strip() else "Objective removed.")
    return out


@logged(lambda db, meeting_id, status, *a, **k: f"Marked the meeting “{get_meeting(db, meeting_id).title}” as {STATUSES[status].lower()}", action="status")
def set_status(db, meeting_id: int, status: str, reason: str = "", *, today: dt.date | None = None) -> Meeting:
    """Move a meeting along planned → notice sent → held, or cancel / postpone it with a reason."""
    meeting = get_meeting(db, meeting_id)
    ensure_unlocked(db, meeting_id)
    if status not in STATUSES:
        raise UserError(M_("'{status}' is not a meeting status.").format(status=status))
    if status == meeting.status:
        return meeting
    if status not in TRANSITIONS[meeting.status]:
        raise UserError(M_("“{title}” is {status_label}; it cannot become {statuses}.").format(title=meeting.title, status_label=message_label(meeting.status_label).lower(), statuses=message_label(STATUSES[status]).lower()))
    today = today or dt.date.today()
    if status == "held" and meeting.day > today:
        raise UserError(M_("“{title}” is on {day}; it cannot be recorded as held before then.").format(title=meeting.title, day=message_day(meeting.day)))
    if status in NEEDS_REASON and not reason.strip():
        raise ValidationError({"status_reason": M_("say why the meeting is {statuses}").format(statuses=message_label(STATUSES[status]).lower())})
    changed = dataclasses.replace(meeting, status=status,
                                  status_reason=reason.strip() if status in NEEDS_REASON else "")
    return update_meeting(db, changed, today=today)


@logged(lambda db, meeting_id: f"Deleted the meeting “{get_meeting(db, meeting_id).title}”", action="delete")
def remove_meeting(db, meeting_id: int) -> None:
    """Delete a meeting entered by mistake (with its agenda and papers' records).

    A meeting that was held or whose notice went out is cancelled instead: it is on the record.
    """
    meeting = get_meeting(db, meeting_id)
    if meeting.status in ("held", "notice_sent") or meeting.agenda_status == "sent":
        raise UserError(M_("“{title}” has been announced or held; cancel it (with a reason) instead of deleting it.").format(title=meeting.title))
    if store.has_minutes(db, meeting_id):
        raise UserError(M_("“{title}” has minutes; it cannot be deleted.").format(title=meeting.title))
    store.delete_meeting(db, meeting_id)


@record
class MeetingRecord:
    """A meeting with everything hanging from it: what an undo of a deletion puts back."""

    meeting: Meeting
    items: list = field(default_factory=list)
    papers: list = field(default_factory=list)
    approvals: dict = field(default_factory=dict)
    revisions: list = field(default_factory=list)


def meeting_record(db, meeting_id: int) -> MeetingRecord:
    return MeetingRecord(get_meeting(db, meeting_id), store.items_of(db, meeting_id), store.papers_of(db, meeting_id),
                         store.approvals_of(db, meeting_id), store.revisions_of(db, meeting_id))


def restore_meeting_record(db, record: MeetingRecord) -> None:
    """Put a deleted meeting back with the same ids (undo). No checks: it was valid before."""
    mid = record.meeting.id
    with transaction(db):
        store.restore_meeting(db, record.meeting)
        for item in record.items:
            store.restore_item(db, item)
        for paper in record.papers:
            store.restore_paper(db, paper)
        for member_id, on in record.approvals.items():
            store.add_approval(db, mid, member_id, on)
        for revision_id, on, text in record.revisions:
            store.restore_revision(db, mid, revision_id, on, text)


@logged("Put back the meeting “{meeting.title}” as recorded before", action="undo")
def put_back(db, meeting: Meeting) -> None:
    """Write a meeting's row as it was before an edit or a status change (undo).

    Only SEQUENCE moves on, so that calendars that saw the change take the undo too."""
    ensure_unlocked(db, meeting.id)
    current = store.get_meeting(db, meeting.id)
    store.update_meeting(db, dataclasses.replace(meeting, sequence=current.sequence + 1))


def cochairs_on(db, day: dt.date) -> list:
    """The co-chairs serving on `day` (members with the co-chair role), government side first."""
    chairs = [m for m in list_members(db) if m.role == "co_chair" and m.serving_on(day)]
    return sorted(chairs, key=lambda m: (m.side != "government", m.name))


def plan_for(db, year: int, *, today: dt.date | None = None, extra_holidays=(), **options) -> list[Proposal]:
    """The planner on this forum's records: its target, holidays, co-chairs and meetings."""
    check_year(year)
    profile = forum.load(db)
    today = today or dt.date.today()
    off = set(calendar.holidays(db)) | set(extra_holidays)
    chairs = [m.id for m in cochairs_on(db, max(today, dt.date(year, 1, 1)))]
    return plan_year(year, target_months=profile.target_months, existing=list_meetings(db), holidays=off,
                     today=today, notice_days=profile.notice_days, cochair_ids=chairs, **options)


@logged(lambda db, proposals, **_: f"Planned {sum(1 for p in proposals if p.accepted)} meetings", action="plan")
def apply_plan(db, proposals: list[Proposal], *, location: str = "") -> list[Meeting]:
    """Create the accepted proposals as planned meetings (all or nothing)."""
    profile = forum.load(db)
    created = []
    with transaction(db):
        for p in proposals:
            if not p.accepted:
                continue
            meeting = Meeting.at(p.title, p.day, p.start, p.end, profile.timezone, kind=p.kind,
                                 chair_id=p.chair_id, location=location)
            created.append(add_meeting(db, meeting))
    return created


def regularity(db, today: dt.date | None = None) -> RegularityReport:
    return check_regularity(list_meetings(db), forum.load(db).target_months, today or dt.date.today())


# --- the meeting's agenda: its standing items and the record of changes ---------------------

def note_change(db, meeting_id: int, description: str, *, today: dt.date | None = None) -> None:
    """Every change to an agenda goes through here.

    After the notice went out it becomes a dated revision listed in the next pack; an
    approved agenda goes back to draft, because the co-chairs approved something else.
    """
    meeting = get_meeting(db, meeting_id)
    ensure_unlocked(db, meeting_id, M_("its agenda"))
    with transaction(db):
        if meeting.agenda_status == "sent":
            store.add_revision(db, meeting_id, today or dt.date.today(), description)
        elif meeting.agenda_status == "approved":
            store.set_meeting_fields(db, meeting_id, agenda_status="draft")
            store.clear_approvals(db, meeting_id)
        elif store.approvals_of(db, meeting_id):
            # One co-chair approved a version that has now changed.
            store.clear_approvals(db, meeting_id)


def _is_closing(db, key: str) -> bool:
    for s in store.standing_items(db, enabled_only=False):
        if s.key == key:
            return s.position >= _CLOSING_FROM
    return False


def standing_items(db) -> list[StandingItem]:
    return store.standing_items(db)


def add_standing_items(db, meeting_id: int, *, today: dt.date | None = None) -> list[AgendaItem]:
    """Put the forum's standing items on the agenda (those not there yet): opening items
    first, closing ones (any other business) last. "Matters arising" is an ordinary item
    that the minutes step fills from open actions."""
    ensure_unlocked(db, meeting_id, M_("its agenda"))
    existing = store.items_of(db, meeting_id)
    present = {i.standing for i in existing if i.standing}
    added = []
    with transaction(db):
        opening, closing = [], []
        for s in store.standing_items(db):
            if s.key in present:
                continue
            saved = store.insert_item(db, AgendaItem(
                meeting_id=meeting_id, title=s.title, purpose=s.purpose,
                duration_minutes=s.duration_minutes, standing=s.key, position=999))
            added.append(saved)
            (opening if s.position < _CLOSING_FROM else closing).append(saved.id)
        if not added:
            return []
        lead = [i.id for i in existing if i.standing and not _is_closing(db, i.standing)]
        tail = [i.id for i in existing if i.standing and _is_closing(db, i.standing)]
        middle = [i.id for i in existing if i.id not in lead and i.id not in tail]
        store.set_positions(db, lead + opening + middle + tail + closing)
        note_change(db, meeting_id, "Standing items added.", today=today)
    return added
