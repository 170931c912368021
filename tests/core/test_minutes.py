"""Minutes on a real forum file: the attendance list, verdicts from the records, actions and
matters arising, breakout notes, the lifecycle and what the public may read."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import action_tracker, actions, agendas, forum, meetings, minutes
from msf_desk.core import records
from msf_desk.core.matters_arising import is_overdue, matters_arising
from msf_desk.model.actions import Action
from msf_desk.model.meetings import AgendaItem
from msf_desk.model.minutes import Decision, Votes
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member
from msf_desk.store import members as member_store
from msf_desk.core.audience.minutes import minutes_for

PARIS = "Europe/Paris"
DAYS = (dt.date(2026, 1, 15), dt.date(2026, 3, 12), dt.date(2026, 5, 14))
SENTINEL_EMAIL = "SENTINEL-EMAIL-7731@x.org"
SENTINEL_PHONE = "+99 SENTINEL-PHONE-4410"


def build_forum(db, **profile_changes) -> dict:
    """Six government and six non-government seats, an alternate, an observer, the
    secretariat; three forum meetings with one substantive item each."""
    forum.save(db, forum.replace(forum.load(db), name="Test Forum", timezone=PARIS,
                                 decision_rule="majority", **profile_changes))
    start = dt.date(2025, 1, 1)
    people = []
    for i in range(6):
        people.append(Member(f"Gov Member {i}", "national_government", organisation=f"Ministry {i}",
                             role="co_chair" if i == 0 else "member", term_start=start,
                             email=SENTINEL_EMAIL, phone=SENTINEL_PHONE))
    for i in range(6):
        people.append(Member(f"Civil Member {i}", "civil_society", organisation=f"Association {i}",
                             role="co_chair" if i == 0 else "member", term_start=start,
                             email=SENTINEL_EMAIL, phone=SENTINEL_PHONE))
    saved = member_store.insert_members(db, people)
    gov = [m.id for m in saved[:6]]
    non = [m.id for m in saved[6:]]
    extra = member_store.insert_members(db, [
        Member("Alternate Person", "national_government", organisation="Ministry 1", role="alternate",
               alternate_for=gov[1], term_start=start),
        Member("Observer Person", "international", organisation="Support Unit", role="observer", voting=False,
               term_start=start),
        Member("Secretary Person", "national_government", organisation="Open Government Unit",
               role="secretariat", voting=False, email=SENTINEL_EMAIL, phone=SENTINEL_PHONE),
    ])
    ids = {"gov": gov, "non": non, "alternate": extra[0].id, "observer": extra[1].id,
           "secretariat": extra[2].id, "meetings": [], "items": []}
    for n, day in enumerate(DAYS):
        meeting = meetings.add_meeting(db, Meeting.at(f"Forum meeting {n + 1}", day, dt.time(16), dt.time(19),
                                                      PARIS, chair_id=gov[0] if n % 2 == 0 else non[0]))
        item = agendas.add_item(db, AgendaItem(meeting.id, f"Budget commitment {n + 1}", purpose="decision"))
        ids["meetings"].append(meeting.id)
        ids["items"].append(item.id)
    return ids


def mark(db, meeting_id: int, *member_ids: int, how: str = "in_person") -> None:
    for member_id in member_ids:
        minutes.set_presence(db, meeting_id, member_id, how)


@pytest.fixture
def ids(db):
    return build_forum(db)


# --- attendance ----------------------------------------------------------------------------

def test_starting_minutes_lists_everyone_serving(db, ids):
    m1 = ids["meetings"][0]
    minutes.start_minutes(db, m1)
    roll = minutes.attendance_of(db, m1)
    assert len(roll) == 15
    assert {a.kind for a in roll} == {"member", "observer", "secretariat"}
    assert all(a.presence == "absent" for a in roll)
    minutes.start_minutes(db, m1)  # again: nothing doubled
    assert len(minutes.attendance_of(db, m1)) == 15


def test_alternate_sits_for_a_named_member(db, ids):
    m1 = ids["meetings"][0]
    mark(db, m1, *ids["gov"][2:], *ids["non"])
    minutes.set_presence(db, m1, ids["gov"][1], "apologies")
    assert minutes.meeting_quorum(db, m1).present == 10
    minutes.set_presence(db, m1, ids["alternate"], "remote", substitute_for=ids["gov"][1])
    q = minutes.meeting_quorum(db, m1)
    assert q.present == 11 and q.present_government == 5
    with pytest.raises(ValidationError):
        minutes.set_presence(db, m1, ids["observer"], "in_person", substitute_for=ids["gov"][1])


def test_guests_are_listed_but_never_counted(db, ids):
    m1 = ids["meetings"][0]
    minutes.add_guest(db, m1, "Visiting Expert", "Budget Institute")
    assert minutes.meeting_quorum(db, m1).present == 0
    with pytest.raises(ValidationError):
        minutes.add_guest(db, m1, "", "")


# --- verdicts from the records -----------------------------------------------------------------

def test_verdict_computed_from_attendance_and_recusals(db, ids):
    m1, item = ids["meetings"][0], ids["items"][0]
    mark(db, m1, *ids["gov"], *ids["non"])
    decision = minutes.add_decision(db, Decision(m1, "Adopt the revised timeline", item_id=item, vote_held=True,
                                                 votes=Votes(for_government=4, for_non_government=2,
                                                             against_government=2, against_non_government=4)))
    v = minutes.decision_verdict(db, decision)
    assert v.outcome == "not_agreed" and v.base == 12  # 6 of 12 is a tie
    # Two members who voted against recuse: 6 of 10 is a majority.
    minutes.add_declaration(db, item, ids["non"][4], "recusal", "sits on the supplier's board")
    minutes.add_declaration(db, item, ids["non"][5], "recusal")
    minutes.add_declaration(db, item, ids["gov"][3], "declaration", "former employee")
    decision.votes = Votes(for_government=4, for_non_government=2, against_government=2, against_non_government=2)
    minutes.update_decision(db, decision)
    v = minutes.decision_verdict(db, decision)
    assert v.base == 10 and v.outcome == "agreed"
    assert "2 members recused" in v.explanation
    assert [d.kind for d in minutes.declarations_of(db, item)] == ["recusal", "recusal", "declaration"]


def test_decision_in_a_meeting_without_quorum_is_flagged(db, ids):
    m1 = ids["meetings"][0]
    mark(db, m1, ids["gov"][0], ids["non"][0])
    decision = minutes.add_decision(db, Decision(m1, "Agree the rotation", rule="consensus"))
    v = minutes.decision_verdict(db, decision)
    assert v.outcome == "agreed"
    assert any("not quorate" in w for w in v.warnings)


def test_decision_needs_text_and_a_known_rule(db, ids):
    with pytest.raises(ValidationError) as exc:
        minutes.add_decision(db, Decision(ids["meetings"][0], " ", rule="unanimity"))
    assert set(exc.value.problems) == {"text", "rule"}


# --- actions and matters arising ---------------------------------------------------------------

def test_matters_arising_carries_open_actions_forward(db, ids):
    m1, m2, m3 = ids["meetings"]
    done = actions.add_action(db, Action(m1, "Publish the minutes", owner_text="Secretariat",
                                         due=dt.date(2026, 2, 1)))
    still_open = actions.add_action(db, Action(m1, "Send the budget note", owner_member_id=ids["gov"][2],
                                               due=dt.date(2026, 2, 15), item_id=ids["items"][0]))
    later = actions.add_action(db, Action(m2, "Draft the call for seats", owner_member_id=ids["non"][0],
                                          due=dt.date(2026, 4, 1)))
    actions.change_status(db, done.id, "done", on=dt.date(2026, 1, 30))
    assert [a.id for a in matters_arising(db, m2)] == [still_open.id]
    assert [a.id for a in matters_arising(db, m3)] == [still_open.id, later.id]
    assert matters_arising(db, m1) == []
    actions.change_status(db, still_open.id, "dropped", on=dt.date(2026, 3, 12))
    assert [a.id for a in matters_arising(db, m3)] == [later.id]


def test_overdue_is_open_and_due_before_today(db, ids):
    m1 = ids["meetings"][0]
    a = actions.add_action(db, Action(m1, "Report back", owner_text="Secretariat", due=dt.date(2026, 2, 1)))
    assert not is_overdue(a, dt.date(2026, 2, 1))
    assert is_overdue(a, dt.date(2026, 2, 2))
    [tracked] = action_tracker.tracker(db, today=dt.date(2026, 2, 4), overdue_only=True)
    assert tracked.days_overdue == 3 and tracked.owner == "Secretariat"
    assert "overdue by 3 days" in tracked.due_text()
    actions.change_status(db, a.id, "done", on=dt.date(2026, 2, 4))
    assert action_tracker.tracker(db, today=dt.date(2026, 3, 1), overdue_only=True) == []


def test_action_needs_an_owner(db, ids):
    with pytest.raises(ValidationError) as exc:
        actions.add_action(db, Action(ids["meetings"][0], "Something"))
    assert "owner" in exc.value.problems


# --- notes -------------------------------------------------------------------------------------

NOTES = """SESSION 1
Group A (Marta)
Reaching more people
· Link up with regional networks
· The plan needs a clearer story
Commitments
· Commitment 3: too vague to measure
· Commitment 1, 4 and 5: hard to tell what changed.
Group B (Ilyas)
Reaching more people
- Invite unions and chambers
SESSION 2
The network's future
- Small working groups per commitment
"""


def test_breakout_notes_by_session_group_theme_and_commitment():
    groups = minutes.parse_breakout_notes(NOTES)
    assert [(g["session"], g["group_name"], g["facilitator"]) for g in groups] == [
        ("Session 1", "Group A", "Marta"), ("Session 1", "Group B", "Ilyas"), ("Session 2", "Plenary", "")]
    a = groups[0]["points"]
    assert a[0] == {"heading_kind": "theme", "heading": "Reaching more people",
                    "point": "Link up with regional networks"}
    assert a[2] == {"heading_kind": "commitment", "heading": "Commitment 3", "point": "too vague to measure"}
    assert a[3]["heading"] == "Commitment 1, 4 and 5"
    assert groups[2]["points"][0]["heading"] == "The network's future"
    # What the editor shows reads back to the same groups.
    assert minutes.parse_breakout_notes(minutes.breakout_notes_text(groups)) == groups


def test_breakout_notes_saved_per_item(db, ids):
    item = ids["items"][0]
    minutes.set_breakout_notes(db, item, NOTES)
    stored = minutes.breakouts_of(db, item)
    assert len(stored) == 3 and len(stored[0]["points"]) == 4
    minutes.set_breakout_notes(db, item, "Group C (Ana)\nTheme\n- one point")
    assert [g["group_name"] for g in minutes.breakouts_of(db, item)] == ["Group C"]


def test_summary_text_becomes_paragraphs_and_bullets():
    blocks = minutes.text_blocks("The forum discussed the plan.\nIt agreed to meet again.\n\n- first\n• second\n"
                                 "After the list.")
    assert blocks == [("paragraph", "The forum discussed the plan. It agreed to meet again."),
                      ("bullets", ["first", "second"]), ("paragraph", "After the list.")]


# --- lifecycle -----------------------------------------------------------------------------------

def _ready(db, ids):
    m1, m2 = ids["meetings"][:2]
    mark(db, m1, *ids["gov"], *ids["non"])
    minutes.add_decision(db, Decision(m1, "Adopt the timeline", item_id=ids["items"][0], vote_held=True,
                                      votes=Votes(5, 4, 1, 2, 0, 0)))
    minutes.set_discussion(db, ids["items"][0], "Members discussed the late milestones.")
    held(db, m2)
    return m1, m2


def held(db, *meeting_ids) -> None:
    """Minutes are approved only at a forum meeting that took place (recorded as held)."""
    for meeting_id in meeting_ids:
        meetings.set_status(db, meeting_id, "held", today=dt.date(2026, 12, 31))


def test_approval_needs_circulation_a_later_meeting_and_complete_decisions(db, ids):
    m1, m2 = _ready(db, ids)
    with pytest.raises(UserError, match="Circulate"):
        records.approve(db, m1, m2)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    with pytest.raises(UserError, match="later meeting"):
        records.approve(db, m1, m1)
    incomplete = minutes.add_decision(db, Decision(m1, "Ask for a monthly note", rule="majority"))
    with pytest.raises(UserError, match="No vote recorded"):
        records.approve(db, m1, m2)
    minutes.remove_decision(db, incomplete.id)
    approved = records.approve(db, m1, m2)
    assert approved.status == "approved" and approved.approved_on == DAYS[1]
    assert approved.approved_at_meeting_id == m2
    [decision] = minutes.decisions_of(db, m1)
    assert decision.outcome == "agreed" and decision.rule_applied == "majority"
    assert decision.verdict_text.startswith("Agreed: 9 of 12")


def test_approved_minutes_refuse_every_edit_in_plain_words(db, ids):
    m1, m2 = _ready(db, ids)
    action = actions.add_action(db, Action(m1, "Report on milestones", owner_text="Secretariat",
                                           due=dt.date(2026, 2, 1)))
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    records.approve(db, m1, m2)
    [decision] = minutes.decisions_of(db, m1)
    attempts = [
        lambda: minutes.set_discussion(db, ids["items"][0], "Rewritten"),
        lambda: minutes.set_presence(db, m1, ids["gov"][0], "absent"),
        lambda: minutes.add_decision(db, Decision(m1, "Late addition", rule="consensus")),
        lambda: minutes.update_decision(db, Decision(**{**decision.__dict__, "text": "Changed"})),
        lambda: minutes.remove_decision(db, decision.id),
        lambda: minutes.set_summary(db, m1, "New summary"),
        lambda: minutes.set_breakout_notes(db, ids["items"][0], NOTES),
        lambda: minutes.add_declaration(db, ids["items"][0], ids["gov"][1], "declaration"),
        lambda: actions.update_action(db, Action(**{**action.__dict__, "text": "Changed"})),
        lambda: actions.add_action(db, Action(m1, "New", owner_text="Secretariat")),
        lambda: minutes.circulate(db, m1),
    ]
    for attempt in attempts:
        with pytest.raises(UserError, match="approved and locked|only its status"):
            attempt()
    # The tracker still moves on.
    assert actions.change_status(db, action.id, "done", on=dt.date(2026, 3, 1)).status == "done"


def test_amendments_only_after_approval_and_publication(db, ids):
    m1, m2 = _ready(db, ids)
    with pytest.raises(UserError, match="not approved"):
        minutes.amend(db, m1, "Correct the spelling")
    with pytest.raises(UserError, match="Only approved"):
        minutes.publish(db, m1)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    records.approve(db, m1, m2)
    am = minutes.amend(db, m1, "Item 6: the vote was 9 for, not 8.", on=dt.date(2026, 3, 20),
                       agreed_at_meeting_id=ids["meetings"][2])
    assert minutes.amendments_of(db, m1) == [am]
    with pytest.raises(ValidationError):
        minutes.amend(db, m1, "Too early", on=dt.date(2026, 3, 1))
    published = minutes.publish(db, m1, on=dt.date(2026, 3, 25))
    assert published.status == "published" and published.published_on == dt.date(2026, 3, 25)


def test_public_view_only_for_approved_minutes_and_names_as_allowed(db, ids):
    m1, m2 = _ready(db, ids)
    minutes.add_guest(db, m1, "Private Guest", "Guest Org", publish_name=False)
    actions.add_action(db, Action(m1, "Gov Member 2 to send the note", owner_member_id=ids["gov"][2]))
    with pytest.raises(UserError, match="only approved minutes are published"):
        minutes_for(db, m1, "public")
    members_view = minutes_for(db, m1, "members")
    assert members_view.is_draft and "DRAFT" in members_view.approval_text
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    records.approve(db, m1, m2)
    public = minutes_for(db, m1, "public")
    assert "Gov Member 2" in [line.name for line in public.members]
    assert "" in [line.name for line in public.others]  # the guest who did not consent
    forum.save(db, forum.replace(forum.load(db), publish_names=False))
    public = minutes_for(db, m1, "public")
    assert {line.name for line in public.members} == {""}
    assert public.actions[0].owner == "Ministry 2"
    assert public.actions[0].text == "Ministry 2 to send the note"
    assert public.items[-1].title  # items are listed


def test_cancelled_meeting_has_no_minutes(db, ids):
    m3 = ids["meetings"][2]
    meetings.set_status(db, m3, "cancelled", "No quorum expected", today=dt.date(2026, 5, 1))
    with pytest.raises(UserError, match="cancelled"):
        minutes.start_minutes(db, m3)


def test_public_minutes_do_not_name_a_closed_meeting_that_approved_them(db, ids):
    import dataclasses

    m1, m2 = _ready(db, ids)
    closed = dataclasses.replace(meetings.get_meeting(db, m2), title="Closed session SENTINEL-CLOSED-4471",
                                 public=False)
    meetings.update_meeting(db, closed)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    records.approve(db, m1, m2)
    public = minutes_for(db, m1, "public")
    assert public.approval_text.startswith("Approved on") and "SENTINEL-CLOSED-4471" not in public.approval_text
    assert "SENTINEL-CLOSED-4471" in minutes_for(db, m1, "members").approval_text
