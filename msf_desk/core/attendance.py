"""Who came to a meeting, whether the meeting was quorate, and the balance of sides.

The counting rule, in one place: a seat is present when its holder attends (in person
or remotely), or when an alternate attends in the holder's place. A seat counts once,
however many people sit for it. Only voting seat holders on the meeting's day count
(`Member.holds_voting_seat_on`); observers, guests, the secretariat and alternates who
sit for nobody are recorded but never counted.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import field

from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import Member
from msf_desk.model.minutes import Attendee
from msf_desk.core.language import N_, _
from msf_desk.model.records import record

SIDE_WORDS = {"government": N_("government"), "non_government": N_("non-government")}


def seats_present(members: list[Member], attendance: list[Attendee], day: dt.date) -> dict[int, int]:
    """The voting seats present on `day`: {seat holder's id: id of the person sitting}.

    The holder sitting in person wins over an alternate sitting for them, so a seat is
    never counted twice.
    """
    by_id = {m.id: m for m in members}
    seats: dict[int, int] = {}
    for a in attendance:
        if not a.present or a.member_id is None:
            continue
        person = by_id.get(a.member_id)
        if person is None:
            continue
        if a.substitute_for is not None:
            holder = by_id.get(a.substitute_for)
            if holder is not None and holder.holds_voting_seat_on(day):
                seats.setdefault(holder.id, person.id)
        elif person.holds_voting_seat_on(day):
            seats[person.id] = person.id
    return seats


def seat_of(member_id: int, attendance: list[Attendee]) -> int:
    """The seat a person sits in at this meeting: their own, or the one they substitute for."""
    for a in attendance:
        if a.member_id == member_id and a.substitute_for is not None and a.present:
            return a.substitute_for
    return member_id


def quorum_needed(profile: ForumProfile, seat_holders: int) -> int:
    """How many voting seats must be present, by the forum's rule.

    'majority': more than half of the voting seat holders (7 of 12, 7 of 13);
    'fraction': at least that fraction, rounded up (2/3 of 13 → 9);
    'number': at least that many.
    """
    if profile.quorum_kind == "fraction":
        from fractions import Fraction  # fractions (with decimal) takes a few ms to load; the window starts without it

        return math.ceil(Fraction(profile.quorum_value.strip()) * seat_holders)
    if profile.quorum_kind == "number":
        return int(profile.quorum_value)
    return seat_holders // 2 + 1


@record
class Quorum:
    """Whether a meeting was quorate: the seats held, present and needed."""

    day: dt.date
    seat_holders: int
    holders_government: int
    holders_non_government: int
    present_government: int
    present_non_government: int
    needed: int
    both_sides_required: bool
    rule_text: str
    seats: dict[int, int] = field(default_factory=dict)

    @property
    def present(self) -> int:
        return self.present_government + self.present_non_government

    @property
    def enough(self) -> bool:
        return self.seat_holders > 0 and self.present >= self.needed

    @property
    def sides_absent(self) -> list[str]:
        """The sides with no voting seat present (always reported, whatever the rule)."""
        out = []
        if self.present_government == 0:
            out.append("government")
        if self.present_non_government == 0:
            out.append("non_government")
        return out

    @property
    def met(self) -> bool:
        return self.enough and not (self.both_sides_required and self.sides_absent)

    def balance_text(self) -> str:
        gov, non = self.present_government, self.present_non_government
        if gov == non:
            lean = _("an even balance")
        elif gov > non:
            lean = _("{n} more government").format(n=gov - non)
        else:
            lean = _("{n} more non-government").format(n=non - gov)
        return _("Present: {gov} of {gov_seats} government and {non} of {non_seats} non-government voting "
                 "members ({lean}).").format(gov=gov, gov_seats=self.holders_government, non=non,
                                             non_seats=self.holders_non_government, lean=lean)

    def statements(self) -> list[str]:
        """What the minutes say about quorum and balance, in plain sentences."""
        lines = []
        said = (_("Quorum: {present} of {seats} voting members present; {needed} needed ({rule}).") if self.enough
                else _("Quorum was NOT met: {present} of {seats} voting members present; {needed} needed ({rule})."))
        lines.append(said.format(present=self.present, seats=self.seat_holders, needed=self.needed,
                                 rule=self.rule_text))
        lines.append(self.balance_text())
        for side in self.sides_absent:
            words = _(SIDE_WORDS[side])
            if self.both_sides_required:
                lines.append(_("No {side} member was present: the forum's quorum needs both sides, so the "
                               "meeting was not quorate.").format(side=words))
            else:
                lines.append(_("No {side} member was present.").format(side=words))
        return lines

    def to_json(self) -> dict:
        return {
            "day": self.day.isoformat(), "seat_holders": self.seat_holders,
            "present": self.present, "present_government": self.present_government,
            "present_non_government": self.present_non_government,
            "needed": self.needed, "met": self.met, "sides_absent": self.sides_absent,
            "statements": self.statements(),
        }


def quorum(profile: ForumProfile, members: list[Member], attendance: list[Attendee], day: dt.date) -> Quorum:
    """Quorum and the balance of sides among the voting seats present on `day`."""
    holders = [m for m in members if m.holds_voting_seat_on(day)]
    side = {m.id: m.side for m in holders}
    seats = seats_present(members, attendance, day)
    return Quorum(
        day=day,
        seat_holders=len(holders),
        holders_government=sum(1 for m in holders if m.side == "government"),
        holders_non_government=sum(1 for m in holders if m.side != "government"),
        present_government=sum(1 for s in seats if side[s] == "government"),
        present_non_government=sum(1 for s in seats if side[s] != "government"),
        needed=quorum_needed(profile, len(holders)),
        both_sides_required=bool(profile.quorum_both_sides),
        rule_text=_rule_words(profile),
        seats=seats,
    )


def _rule_words(profile: ForumProfile) -> str:
    if profile.quorum_kind == "fraction":
        text = _("at least {value} of voting members").format(value=profile.quorum_value.strip())
    elif profile.quorum_kind == "number":
        text = _("at least {value} voting members").format(value=profile.quorum_value.strip())
    else:
        text = _("more than half of voting members")
    return text + (_(", both sides present") if profile.quorum_both_sides else "")


def roll_kind(member: Member) -> str:
    """The attendance list a member appears in."""
    if member.role == "secretariat":
        return "secretariat"
    if member.role == "observer":
        return "observer"
    return "member"


def on_roll(member: Member, day: dt.date) -> bool:
    """Members listed in a meeting's attendance: everyone serving that day."""
    return member.serving_on(day)
