"""Who an e-mail draft goes to: members' own contact addresses, for members only.

A draft is addressed to the members concerned with the address each gave (never an
organisation's or an alternate's address in their place), all in Bcc. Where nobody
concerned has an address there is nothing to draft: `require` refuses in words, naming
who has none, rather than writing a draft to nobody.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core.audience.pack import notice_recipients, Recipient
from msf_desk.core.ethics import compliance, ComplianceRow, current_statement
from msf_desk.core.meetings import get_meeting
from msf_desk.core.members import list_members
from msf_desk.core.minutes_reads import get_minutes
from msf_desk.model.dates import human
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day, message_label
from msf_desk.model.records import record


@record
class Addressed:
    """The members a draft goes to, and those concerned who have no address."""

    recipients: list[Recipient]
    without: list[str]


def require(addressed: Addressed, what: str) -> Addressed:
    """Refuse a draft nobody can receive: `what` says what it was ('the reminder to sign the
    ethics statement')."""
    if not addressed.recipients:
        names = ", ".join(addressed.without)
        raise UserError(M_("No e-mail draft for {what}: none of the members concerned has an e-mail address ({names}). Add their addresses on the Members page, or reach them by other means.").format(what=what, names=names))
    return addressed


def _addressed(members: list) -> Addressed:
    with_email, without = [], []
    for m in members:
        email = (m.email or "").strip()
        if email:
            with_email.append(Recipient(m.name, email))
        else:
            without.append(m.name)
    return Addressed(with_email, without)


# --- ethics reminders ---------------------------------------------------------------------------

@record
class Reminders:
    """Members to remind on a day, by what they are asked to do."""

    on: dt.date
    statement_version: int | None
    sign: Addressed  # the current ethics statement is not signed
    declare: Addressed  # the declaration of interests is missing, overdue or due soon
    within_days: int

    @property
    def empty(self) -> bool:
        return not (self.sign.recipients or self.sign.without or self.declare.recipients or self.declare.without)


def reminders(db, on: dt.date) -> Reminders:
    """From the ethics compliance report (core.ethics): who must sign the statement, who must
    declare their interests."""
    report = compliance(db, on)
    by_id = {m.id: m for m in list_members(db)}
    rows: list[ComplianceRow] = report.rows
    to_sign = [by_id[r.member_id] for r in rows
               if report.statement is not None and not r.statement_ok and r.member_id in by_id]
    to_declare = [by_id[r.member_id] for r in rows
                  if r.declaration in ("missing", "overdue", "due_soon") and r.member_id in by_id]
    statement = current_statement(db)
    return Reminders(on, statement.version if statement else None, _addressed(to_sign), _addressed(to_declare),
                     report.within_days)


def require_reminders(r: Reminders) -> None:
    if r.empty:
        raise UserError(M_("Nobody needs an ethics reminder on {on}: every member in post has signed the ethics statement and declared their interests in time.").format(on=message_day(r.on)))
    if not r.sign.recipients and not r.declare.recipients:
        names = ", ".join(dict.fromkeys(r.sign.without + r.declare.without))
        raise UserError(M_("No e-mail draft for the ethics reminders: none of the members to remind has an e-mail address ({names}). Add their addresses on the Members page, or remind them by other means.").format(names=names))


# --- draft minutes ------------------------------------------------------------------------------

def minutes_circulation(db, meeting_id: int) -> Addressed:
    """The members who receive the draft minutes of a meeting: those the notice went to
    (serving on the meeting's day). Refused once the minutes are approved: they are then
    published, not circulated."""
    meeting = get_meeting(db, meeting_id)
    minutes = get_minutes(db, meeting_id)
    if minutes is None:
        raise UserError(M_("“{title}” has no minutes yet: record them on the Minutes page first.").format(title=meeting.title))
    if minutes.locked:
        raise UserError(M_("The minutes of “{title}” are {status_label}; only draft minutes are circulated for comment.").format(title=meeting.title, status_label=message_label(minutes.status_label).lower()))
    recipients, without = notice_recipients(db, meeting_id)
    return require(Addressed(recipients, without), f"the draft minutes of “{meeting.title}”")
