"""Counting seats present, alternates, and quorum by each of the forum's rules."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.model.minutes import Attendee
from msf_desk.core.attendance import quorum, quorum_needed, seats_present
from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import Member

DAY = dt.date(2026, 3, 14)


def roster(gov: int = 6, non: int = 6) -> list[Member]:
    members = []
    for i in range(gov):
        members.append(Member(f"Gov {i}", "national_government", role="co_chair" if i == 0 else "member", id=i + 1))
    for i in range(non):
        members.append(Member(f"CS {i}", "civil_society", role="co_chair" if i == 0 else "member", id=100 + i))
    members.append(Member("Alt for Gov 1", "national_government", role="alternate", alternate_for=2, id=200))
    members.append(Member("Observer", "international", role="observer", voting=False, id=300))
    members.append(Member("Secretary", "national_government", role="secretariat", voting=False, id=400))
    members.append(Member("Former", "civil_society", status="resigned", status_date=DAY - dt.timedelta(days=5),
                          id=500))
    return members


def present(*ids, meeting=1, how="in_person") -> list[Attendee]:
    return [Attendee(meeting, i, presence=how) for i in ids]


def test_in_person_and_remote_both_count():
    members = roster()
    att = present(1, 2) + present(100, how="remote") + [Attendee(1, 101, presence="apologies"),
                                                          Attendee(1, 102, presence="absent")]
    assert set(seats_present(members, att, DAY)) == {1, 2, 100}


def test_alternate_counts_as_the_seat_never_twice():
    members = roster()
    alone = [Attendee(1, 2, presence="apologies"), Attendee(1, 200, presence="in_person", substitute_for=2)]
    assert seats_present(members, alone, DAY) == {2: 200}
    both = [Attendee(1, 200, presence="in_person", substitute_for=2), Attendee(1, 2, presence="remote")]
    assert seats_present(members, both, DAY) == {2: 2}


def test_alternate_sitting_for_nobody_does_not_count():
    assert seats_present(roster(), present(200), DAY) == {}


def test_observers_secretariat_and_former_members_never_count():
    assert seats_present(roster(), present(300, 400, 500), DAY) == {}


@pytest.mark.parametrize("kind, value, holders, needed", [
    ("majority", "", 12, 7), ("majority", "", 13, 7), ("majority", "", 1, 1),
    ("fraction", "2/3", 12, 8), ("fraction", "2/3", 13, 9), ("fraction", "1/2", 12, 6),
    ("number", "5", 12, 5)])
def test_quorum_needed(kind, value, holders, needed):
    assert quorum_needed(ForumProfile(quorum_kind=kind, quorum_value=value), holders) == needed


def test_quorum_met_and_balance_stated():
    members = roster()
    q = quorum(ForumProfile(), members, present(1, 2, 3, 4, 100, 101, 102), DAY)
    assert q.seat_holders == 12 and q.needed == 7 and q.present == 7
    assert q.met
    assert q.statements()[0].startswith("Quorum: 7 of 12 voting members present; 7 needed")
    assert "4 of 6 government and 3 of 6 non-government" in q.balance_text()


def test_quorum_missing_is_said_plainly():
    q = quorum(ForumProfile(), roster(), present(1, 2, 100, 101, 102, 103), DAY)
    assert not q.met
    assert q.statements()[0].startswith("Quorum was NOT met: 6 of 12")


def test_one_side_absent_breaks_quorum_when_both_sides_required():
    q = quorum(ForumProfile(quorum_kind="number", quorum_value="5", quorum_both_sides=True), roster(),
               present(100, 101, 102, 103, 104, 105), DAY)
    assert q.enough and not q.met
    assert q.sides_absent == ["government"]
    assert any("No government member was present" in s and "not quorate" in s for s in q.statements())


def test_one_side_absent_is_still_reported_when_not_required():
    q = quorum(ForumProfile(quorum_kind="number", quorum_value="5", quorum_both_sides=False), roster(),
               present(100, 101, 102, 103, 104, 105), DAY)
    assert q.met
    assert "No government member was present." in q.statements()


def test_alternate_makes_quorum():
    members = roster()
    att = present(1, 3, 4, 100, 101, 102) + [Attendee(1, 200, presence="remote", substitute_for=2)]
    assert quorum(ForumProfile(), members, att, DAY).met
