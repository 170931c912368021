"""Matching declared interests against agenda items, and flagging decisions."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core.conflicts import (
    Conflict, DecisionTaken, ItemRecord, ItemSubject, MemberInterests, fold, flag_decisions,
    merge_records, names_match, potential_conflicts, topic_in,
)
from msf_desk.model.ethics import Interest


@pytest.mark.parametrize("a, b", [
    ("Open Budget Coalition Ltd", "open budget coalition"),
    ("OPEN BUDGET COALITION", "Open Budget Coalition"),
    ("Fundación Ciudadanía Activa", "Ciudadania Activa"),
    ("Fondation Côte d'Ivoire Santé", "cote d’ivoire sante"),
    ("Ministry of Finance", "Ministère de Finance"),
    ("Ministerio de Salud", "Department of Salud"),
    ("The Riverside Water Trust", "Riverside Water"),
    ("Riverside Water Company Inc.", "RIVERSIDE WATER"),
    ("Chamber of Commerce", "National Chamber of Commerce"),
    ("IMF", "International Monetary Fund"),
])
def test_names_that_match(a, b):
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize("a, b", [
    # Sharing a generic word is not being the same body.
    ("Transparency International", "International Monetary Fund"),
    ("International", "International Monetary Fund"),
    ("National Council", "National Council for Roads"),
    ("Open Budget Coalition", "Open Contracting Partnership"),
    ("Ministry of Finance", "Ministry of Justice"),
    ("City of Riverside", "Riverside Water Ltd"),
    ("Ltd", "Acme Ltd"),  # nothing significant left: never a match
    ("", "Acme"),
    ("TI", "International Monetary Fund"),
])
def test_names_that_do_not_match(a, b):
    assert not names_match(a, b)
    assert not names_match(b, a)


def test_fold_strips_accents_case_and_punctuation():
    assert fold("Ministère  de l'Économie—Ltd.") == "ministere de l economie ltd"


def test_topics_match_whole_words_only():
    assert topic_in("procurement", "Adviser on public procurement reform")
    assert topic_in("Open contracting", "board of the open-contracting network")
    assert topic_in("grants", "Receives a grant from the Ministry")  # singular and plural alike
    assert not topic_in("procure", "public procurement")  # part of a word is not a word
    assert not topic_in("open data", "data is open")  # words must be in order
    assert not topic_in("", "anything")


def _item(position=4, topics=(), organisations=()):
    return ItemSubject(id=40 + position, meeting_id=1, position=position, title=f"Item {position}",
                       topics=list(topics), organisations=list(organisations))


def test_a_conflict_carries_a_plain_reason():
    amara = MemberInterests(7, "Amara Okafor", "Open Budget Coalition",
                            [Interest("employment", "Open Budget Coalition Ltd", "Director", id=3)])
    found = potential_conflicts([_item(organisations=["open budget coalition"])], [amara])
    assert len(found) == 1
    assert found[0].reason == ("Declared employment with Open Budget Coalition Ltd; "
                               "item 4 concerns open budget coalition")
    assert (found[0].basis, found[0].member_id, found[0].interest_id) == ("organisation", 7, 3)


def test_topic_conflict_and_no_false_match():
    tamar = MemberInterests(8, "Tamar", "Transparency Watch",
                            [Interest("directorship", "Transparency International", "Board member")])
    carlos = MemberInterests(9, "Carlos", "Ministry of Finance",
                             [Interest("financial", "", "Shares in a public procurement software firm")])
    items = [_item(4, organisations=["International Monetary Fund"]), _item(5, topics=["public procurement"])]
    found = potential_conflicts(items, [tamar, carlos])
    assert [(c.item_position, c.member_name, c.basis) for c in found] == [(5, "Carlos", "topic")]
    assert found[0].reason == ("Declared a financial interest in Shares in a public procurement software firm; "
                               "item 5 concerns public procurement")


def test_records_mark_recusals_and_add_declarations_made_at_the_meeting():
    c = Conflict(1, 44, 4, "Item 4", 7, "Amara", "organisation", "r")
    items = [_item(4), _item(5)]
    records = [ItemRecord(44, 7, "recusal", "left the room"), ItemRecord(45, 9, "declaration", "my brother bids")]
    merged = merge_records([c], records, items, {7: "Amara", 9: "Carlos"})
    assert [(m.item_id, m.member_id, m.recused, m.declared_at_meeting) for m in merged] == [
        (44, 7, True, False), (45, 9, False, True)]
    assert merged[1].reason == "Declared an interest at the meeting on item 5: my brother bids"


def test_flagged_vote_needs_presence_and_no_recusal_or_waiver():
    base = dict(meeting_id=1, item_position=4, item_title="t", basis="organisation", reason="R")
    recused = Conflict(item_id=44, member_id=1, member_name="A", recused=True, **base)
    waived = Conflict(item_id=44, member_id=2, member_name="B", waived=True, **base)
    plain = Conflict(item_id=44, member_id=3, member_name="C", **base)
    absent = Conflict(item_id=44, member_id=4, member_name="D", **base)
    decisions = [DecisionTaken(100, 44, "Approve the grant"), DecisionTaken(101, 44, "Later", deferred=True),
                 DecisionTaken(102, None, "General")]
    flagged = flag_decisions([recused, waived, plain, absent], decisions, took_part={1, 2, 3})
    assert [(f.decision_id, f.member_id) for f in flagged] == [(100, 3)]
    assert "no recusal or waiver" in flagged[0].reason
    # Without attendance on record, the conflicted member is presumed present, and told so.
    unknown = flag_decisions([absent], decisions, took_part=None)
    assert [f.member_id for f in unknown] == [4] and "attendance not recorded" in unknown[0].reason


# --- on a forum file -------------------------------------------------------------------------

def _forum_with_meeting(db):
    from msf_desk.core import agendas, ethics, meetings
    from msf_desk.model.meetings import AgendaItem
    from msf_desk.model.ethics import Declaration
    from msf_desk.model.meetings import Meeting
    from msf_desk.model.members import Member
    from msf_desk.core.members import add_member

    def member(name, org, sector="civil_society", **kw):
        return add_member(db, Member(name=name, organisation=org, sector=sector,
                                     term_start=dt.date(2024, 1, 1), **kw))

    amara = member("Amara", "Open Budget Coalition")
    diego = member("Diego", "Youth for Accountability")
    carla = member("Carla", "Ministry of Finance", "national_government")
    olga = member("Olga", "OGP Support Unit", "international", role="observer", voting=False)
    ethics.add_declaration(db, Declaration(amara.id, dt.date(2025, 1, 1), "joining", interests=[
        Interest("employment", "Open Budget Coalition Ltd", "Director")]))
    ethics.add_declaration(db, Declaration(diego.id, dt.date(2025, 1, 1), "joining", interests=[
        Interest("government_funding", "City of Riverside", "Grant for youth budget schools",
                 visibility="forum_only", reason="Grant not yet announced")]))
    # Her ministry is the subject, not a personal interest: she has nothing to declare.
    ethics.add_declaration(db, Declaration(carla.id, dt.date(2025, 1, 1), "joining", nothing_to_declare=True))
    ethics.add_declaration(db, Declaration(olga.id, dt.date(2025, 1, 1), "joining", interests=[
        Interest("employment", "Open Budget Coalition", "Seconded adviser")]))
    meeting = meetings.add_meeting(db, Meeting.at("Forum meeting", dt.date(2025, 6, 3), dt.time(16), dt.time(18),
                                                  "Europe/Paris"), standing_items=False)
    budget = agendas.add_item(db, AgendaItem(meeting.id, "Budget", purpose="decision",
                                             organisations="open budget coalition; Ministry of Finance"))
    youth = agendas.add_item(db, AgendaItem(meeting.id, "Youth budgets", purpose="decision",
                                            topics="youth budget schools\nlocal government"))
    return meeting, budget, youth, amara, diego, carla, olga


def test_conflicts_for_a_meeting_and_the_flagged_vote(db):
    from msf_desk.core import minutes
    from msf_desk.core.conflicts import conflicts_for_item, conflicts_for_meeting, flagged_decisions
    from msf_desk.model.minutes import Decision

    meeting, budget, youth, amara, diego, carla, olga = _forum_with_meeting(db)
    found = conflicts_for_meeting(db, meeting.id)
    assert [(c.item_id, c.member_name, c.basis) for c in found] == [
        (budget.id, "Amara", "organisation"), (budget.id, "Olga", "organisation"), (youth.id, "Diego", "topic")]
    assert found[2].visibility == "forum_only"
    assert [c.member_name for c in conflicts_for_item(db, youth.id)] == ["Diego"]

    # Nothing decided yet: nothing flagged.
    assert flagged_decisions(db, meeting.id) == []
    minutes.start_minutes(db, meeting.id)
    for m in (amara, diego, carla, olga):
        minutes.set_presence(db, meeting.id, m.id, "in_person")
    minutes.add_declaration(db, budget.id, amara.id, "recusal", "left the room")
    minutes.add_declaration(db, youth.id, carla.id, "declaration", "my son attends a budget school")
    minutes.add_decision(db, Decision(meeting.id, "Budget agreed", item_id=budget.id))
    youth_decision = minutes.add_decision(db, Decision(meeting.id, "Youth budgets agreed", item_id=youth.id))
    flagged = flagged_decisions(db, meeting.id)
    # Amara recused; Olga is an observer (no vote); Diego and Carla (declared at the meeting) took part.
    assert sorted((f.decision_id, f.member_name) for f in flagged) == [
        (youth_decision.id, "Carla"), (youth_decision.id, "Diego")]
    carla_flag = next(f for f in flagged if f.member_name == "Carla")
    assert "Declared an interest at the meeting on item 2: my son attends a budget school" in carla_flag.reason

    # A waiver for Diego, and Carla stepping out, clear the flags.
    minutes.add_declaration(db, youth.id, diego.id, "waiver", "the co-chairs found the grant too small to matter")
    minutes.set_presence(db, meeting.id, carla.id, "apologies")
    assert flagged_decisions(db, meeting.id) == []


def test_lines_by_item_for_packs_and_minutes():
    from msf_desk.core.conflicts import lines_by_item

    base = dict(meeting_id=1, item_position=4, item_title="t", basis="organisation")
    a = Conflict(item_id=44, member_id=1, member_name="A", reason="Declared X", recused=True, **base)
    b = Conflict(item_id=44, member_id=2, member_name="B", reason="Declared Y", **base)
    flag = flag_decisions([a, b], [DecisionTaken(9, 44, "Agreed")], took_part={1, 2})
    assert lines_by_item([a, b], flag) == {44: ["A — recused: Declared X.",
                                               "B — took part in the decision (flagged): Declared Y."]}
    assert lines_by_item([b]) == {44: ["B — potential conflict: Declared Y."]}
