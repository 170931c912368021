"""Verdict arithmetic: majority, qualified majority (of present and of all active members),
ties, abstentions, recusals, consensus and mixed rules."""
from __future__ import annotations

from fractions import Fraction

import pytest

from msf_desk.core.decisions import Count, majority_needed, qualified_needed, verdict
from msf_desk.model.minutes import Votes
from msf_desk.model.forum import ForumProfile


def profile(**values) -> ForumProfile:
    return ForumProfile(**values)


def votes(for_=0, against=0, abstain=0, *, gov_share=None) -> Votes:
    """Votes split between sides: by default all government up to 6, the rest non-government."""
    def split(n):
        g = min(n, 6) if gov_share is None else gov_share
        return g, n - g
    fg, fn = split(for_)
    ag, an = (0, against)
    bg, bn = (0, abstain)
    return Votes(fg, fn, ag, an, bg, bn)


TWELVE = Count(present_government=6, present_non_government=6, active=16)


@pytest.mark.parametrize("base, needed", [(12, 7), (13, 7), (1, 1), (2, 2), (0, 1)])
def test_majority_needs_more_than_half(base, needed):
    assert majority_needed(base) == needed


@pytest.mark.parametrize("fraction, base, needed", [
    ("2/3", 12, 8), ("2/3", 13, 9), ("2/3", 3, 2), ("3/5", 12, 8), ("3/5", 10, 6), ("2/3", 16, 11)])
def test_qualified_rounds_up_exactly(fraction, base, needed):
    assert qualified_needed(Fraction(fraction), base) == needed


def test_majority_agreed_with_plain_explanation():
    v = verdict("majority", profile(), TWELVE, vote_held=True, votes=votes(7, 5))
    assert v.outcome == "agreed"
    assert v.needed == 7 and v.base == 12
    assert v.explanation.startswith("Agreed: 7 of 12 members present voted for; a majority needed 7")


def test_majority_tie_fails():
    v = verdict("majority", profile(), TWELVE, vote_held=True, votes=votes(6, 6))
    assert v.outcome == "not_agreed"
    assert "exactly half is not a majority" in v.explanation


def test_abstentions_stay_in_the_base_for_majority():
    # 6 for, 2 against, 4 abstain of 12 present: 6 is not more than half of 12.
    v = verdict("majority", profile(), TWELVE, vote_held=True, votes=votes(6, 2, 4))
    assert v.outcome == "not_agreed"
    assert v.base == 12


def test_present_members_who_do_not_vote_stay_in_the_base():
    v = verdict("majority", profile(), TWELVE, vote_held=True, votes=votes(6, 1, 0))
    assert v.outcome == "not_agreed"


def test_recusal_leaves_the_base():
    # Two recused: 10 may vote, 6 for is a majority of 10.
    count = Count(present_government=5, present_non_government=5, active=14, recused=2)
    v = verdict("majority", profile(), count, vote_held=True,
                votes=Votes(for_government=3, for_non_government=3, against_government=2, against_non_government=2))
    assert v.outcome == "agreed"
    assert v.base == 10
    assert "2 members recused" in v.explanation


def test_qualified_of_present_agreed_nine_of_twelve():
    p = profile(decision_rule="qualified_majority", qualified_fraction="2/3", qualified_base="present")
    v = verdict("", p, TWELVE, vote_held=True, votes=votes(9, 2, 1))
    assert v.outcome == "agreed"
    assert v.explanation.startswith("Agreed: 9 of 12 members present voted for; 2/3 needed 8.")


def test_qualified_of_present_fails_one_short():
    p = profile(decision_rule="qualified_majority", qualified_fraction="2/3", qualified_base="present")
    v = verdict("", p, TWELVE, vote_held=True, votes=votes(7, 5))
    assert v.outcome == "not_agreed"
    assert v.needed == 8


def test_qualified_of_all_active_members_is_harder():
    # The same 9 votes for: enough of 12 present, not enough of 16 active (needs 11).
    p = profile(decision_rule="qualified_majority", qualified_fraction="2/3", qualified_base="all_active")
    v = verdict("", p, TWELVE, vote_held=True, votes=votes(9, 3))
    assert v.outcome == "not_agreed"
    assert v.base == 16 and v.needed == 11
    assert "9 of 16 active members" in v.explanation


def test_qualified_three_fifths():
    p = profile(decision_rule="qualified_majority", qualified_fraction="3/5", qualified_base="present")
    assert verdict("", p, TWELVE, vote_held=True, votes=votes(8, 4)).outcome == "agreed"
    assert verdict("", p, TWELVE, vote_held=True, votes=votes(7, 5)).outcome == "not_agreed"


def test_qualified_all_active_leaves_recused_out():
    p = profile(decision_rule="qualified_majority", qualified_fraction="2/3", qualified_base="all_active")
    count = Count(present_government=6, present_non_government=6, active=15, recused=1)
    v = verdict("", p, count, vote_held=True, votes=votes(10, 2))
    assert v.base == 15 and v.needed == 10
    assert v.outcome == "agreed"


def test_consensus_fails_on_a_single_objection():
    v = verdict("consensus", profile(), TWELVE, objections=1)
    assert v.outcome == "not_agreed"
    assert v.explanation == "Not agreed: 1 member objected; consensus needs no objection."


def test_consensus_agreed_with_no_objection():
    v = verdict("consensus", profile(), TWELVE)
    assert v.outcome == "agreed"
    assert "no member objected" in v.explanation


def test_consensus_with_a_vote_counts_votes_against_as_objections():
    v = verdict("consensus", profile(), TWELVE, vote_held=True, votes=votes(11, 1))
    assert v.outcome == "not_agreed"
    assert v.warnings


def test_mixed_without_vote_is_consensus():
    p = profile(decision_rule="mixed")
    assert verdict("", p, TWELVE).outcome == "agreed"
    assert verdict("", p, TWELVE, objections=2).outcome == "not_agreed"


def test_mixed_with_vote_is_majority():
    p = profile(decision_rule="mixed")
    v = verdict("", p, TWELVE, vote_held=True, votes=votes(7, 5), objections=5)
    assert v.outcome == "agreed"
    assert v.rule == "mixed"
    assert verdict("", p, TWELVE, vote_held=True, votes=votes(6, 6)).outcome == "not_agreed"


def test_decision_rule_overrides_the_forums():
    p = profile(decision_rule="consensus")
    v = verdict("majority", p, TWELVE, vote_held=True, votes=votes(7, 5))
    assert v.rule == "majority" and v.outcome == "agreed"
    assert verdict("", p, TWELVE).rule == "consensus"


def test_deferred_overrides_everything():
    v = verdict("majority", profile(), TWELVE, vote_held=True, votes=votes(12), deferred=True)
    assert v.outcome == "deferred"
    assert verdict("consensus", profile(), TWELVE, objections=3, deferred=True).outcome == "deferred"


def test_majority_without_a_vote_is_incomplete():
    v = verdict("majority", profile(), TWELVE)
    assert v.outcome == "incomplete"
    assert "No vote recorded" in v.explanation


def test_more_votes_than_members_present_on_a_side_is_incomplete():
    count = Count(present_government=3, present_non_government=6, active=16)
    v = verdict("majority", profile(), count, vote_held=True, votes=Votes(for_government=4, for_non_government=5))
    assert v.outcome == "incomplete"
    assert "4 government votes recorded, but only 3 government members present may vote" in v.explanation


def test_nobody_present_is_incomplete():
    v = verdict("majority", profile(), Count(0, 0, active=10), vote_held=True, votes=Votes())
    assert v.outcome == "incomplete"
