"""Decisions and their verdicts: whether the forum's threshold was met.

Nothing here is typed by the secretariat: the outcome comes from attendance, recusals
and the votes (or objections) recorded, by the rule that applies. Fractions, never
floats, so that 2/3 of 12 is exactly 8.
"""
from __future__ import annotations

import math
from dataclasses import field
from typing import TYPE_CHECKING

from msf_desk.core.language import N_, _, ngettext
from msf_desk.model.forum import DECISION_RULES, ForumProfile
from msf_desk.model.minutes import OUTCOMES, Votes
from msf_desk.model.records import record

if TYPE_CHECKING:
    from fractions import Fraction



@record
class Count:
    """The numbers a verdict is computed from, already net of recusals."""

    present_government: int        # voting seats present and eligible to vote, by side
    present_non_government: int
    active: int = 0                # all active voting seat holders, eligible (qualified 'all_active')
    recused: int = 0               # recused seats left out of both bases

    @property
    def present(self) -> int:
        return self.present_government + self.present_non_government


@record
class Verdict:
    """The outcome of a decision by the rule that applies, and why."""

    outcome: str                   # agreed | not_agreed | deferred | incomplete
    rule: str                      # the rule applied, resolved (never '')
    explanation: str
    needed: int | None = None
    base: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return OUTCOMES[self.outcome]

    @property
    def agreed(self) -> bool:
        return self.outcome == "agreed"

    def to_json(self) -> dict:
        return {"outcome": self.outcome, "rule": self.rule, "explanation": self.explanation,
                "needed": self.needed, "base": self.base, "warnings": list(self.warnings)}


def resolve_rule(rule: str, profile: ForumProfile) -> str:
    """The rule that applies to a decision: its own, or the forum's by default."""
    return rule or profile.decision_rule


def rule_text(rule: str, profile: ForumProfile) -> str:
    """The rule in words, with the qualified fraction and base where they apply."""
    resolved = resolve_rule(rule, profile)
    if resolved == "qualified_majority":
        said = (_("Qualified majority ({fraction} of members present)") if profile.qualified_base == "present"
                else _("Qualified majority ({fraction} of all active members)"))
        return said.format(fraction=profile.qualified_fraction)
    words = {"consensus": N_("Consensus"), "majority": N_("Majority"), "mixed": N_("Mixed (consensus; vote by exception)")}
    return _(words.get(resolved, DECISION_RULES.get(resolved, resolved)))


def majority_needed(base: int) -> int:
    """More than half of the base: 7 of 12, 7 of 13. A tie (6 of 12) is not enough."""
    return base // 2 + 1


def qualified_needed(fraction: Fraction, base: int) -> int:
    """At least `fraction` of the base, rounded up: 2/3 of 12 → 8, of 13 → 9, 3/5 of 12 → 8."""
    return math.ceil(fraction * base)


# The verdicts' words are in the documents' catalogue (core.language): minutes in French say
# them in French, and the window says them in its own language (it asks in its language).

def _tally(votes: Votes) -> str:
    return _("{for_} for, {against} against, {abstaining} abstaining").format(
        for_=votes.for_total, against=votes.against_total, abstaining=votes.abstain_total)


def verdict(
    rule: str,
    profile: ForumProfile,
    count: Count,
    *,
    vote_held: bool = False,
    votes: Votes | None = None,
    objections: int = 0,
    deferred: bool = False,
) -> Verdict:
    """The outcome of one decision, with a plain-words explanation.

    - Deferred overrides everything.
    - Consensus: agreed if and only if no member objected.
    - Majority: the votes for must be more than half of the members present and eligible
      to vote. Members who abstain, or who are present and do not vote, stay in that base
      (DOMAIN: "50% plus one of the members attending"); so an abstention weighs like a
      vote against. Recused members are left out of the base. A tie fails.
    - Qualified majority: the votes for must reach the forum's fraction (2/3 or 3/5) of its
      base: the members present, or all active voting members (ForumProfile.qualified_base).
      Recused members are left out of either base: a member barred from voting must not
      count as a silent "no".
    - Mixed: consensus, unless a vote was held; then majority.
    A rule that needs a vote with no vote recorded, or votes that exceed the members who
    may vote, give 'incomplete': the minutes cannot be approved until it is put right.
    """
    resolved = resolve_rule(rule, profile)
    votes = votes or Votes()
    warnings: list[str] = []
    recused_note = ""
    if count.recused:
        recused_note = ngettext(" ({n} member recused and left out of the count)",
                                " ({n} members recused and left out of the count)", count.recused).format(n=count.recused)
    if deferred:
        return Verdict("deferred", resolved, _("Deferred to a later meeting."))
    problems = _check_counts(count, vote_held, votes, objections)
    if problems:
        return Verdict("incomplete", resolved, _("Check the record: {problems}").format(problems=" ".join(problems)))
    if resolved == "mixed":
        if not vote_held:
            return _consensus(resolved, objections, mixed=True)
        resolved_vote = "majority"
    else:
        resolved_vote = resolved
    if resolved_vote == "consensus":
        if vote_held:
            warnings.append(_("A vote was recorded, but the rule is consensus: the verdict "
                              "counts objections (members who voted against are objections)."))
            objections = max(objections, votes.against_total)
        result = _consensus(resolved, objections)
        result.warnings = warnings
        return result
    if not vote_held:
        said = (_("No vote recorded: the majority rule needs the votes for, against and abstaining.")
                if resolved_vote == "majority" else
                _("No vote recorded: the qualified majority rule needs the votes for, against and abstaining."))
        return Verdict("incomplete", resolved, said)
    if resolved_vote == "majority":
        base = count.present
        needed = majority_needed(base)
        base_words = _("members present")
        need_words = _("a majority needed {needed}").format(needed=needed)
    else:
        from fractions import Fraction  # fractions (with decimal) takes a few ms to load; the window starts without it

        fraction = Fraction(profile.qualified_fraction)
        if profile.qualified_base == "all_active":
            base, base_words = count.active, _("active members")
        else:
            base, base_words = count.present, _("members present")
        needed = qualified_needed(fraction, base)
        need_words = _("{fraction} needed {needed}").format(fraction=profile.qualified_fraction, needed=needed)
    if base == 0:
        return Verdict("incomplete", resolved, _("No member who may vote was present."), needed, base)
    agreed = votes.for_total >= needed
    if resolved_vote == "majority" and votes.for_total * 2 == base:
        need_words += _(" (exactly half is not a majority)")
    said = (_("Agreed: {for_} of {base} {base_words} voted for; {need_words}{recused_note}. Votes: {tally}.")
            if agreed else
            _("Not agreed: {for_} of {base} {base_words} voted for; {need_words}{recused_note}. Votes: {tally}."))
    explanation = said.format(for_=votes.for_total, base=base, base_words=base_words, need_words=need_words,
                              recused_note=recused_note, tally=_tally(votes))
    return Verdict("agreed" if agreed else "not_agreed", resolved, explanation, needed, base, warnings)


def _consensus(rule: str, objections: int, mixed: bool = False) -> Verdict:
    if objections > 0:
        return Verdict("not_agreed", rule, ngettext(
            "Not agreed: {n} member objected; consensus needs no objection.",
            "Not agreed: {n} members objected; consensus needs no objection.", objections).format(n=objections))
    return Verdict("agreed", rule, _("Agreed by consensus (mixed rule): no member objected.") if mixed
                   else _("Agreed by consensus: no member objected."))


def _check_counts(count: Count, vote_held: bool, votes: Votes, objections: int) -> list[str]:
    problems = []
    numbers = [objections] + ([] if not vote_held else [
        votes.for_government, votes.for_non_government, votes.against_government,
        votes.against_non_government, votes.abstain_government, votes.abstain_non_government])
    if any(n < 0 for n in numbers):
        return [_("a number of votes or objections is negative.")]
    if vote_held:
        for side, present in (("government", count.present_government),
                              ("non_government", count.present_non_government)):
            cast = votes.cast(side)
            if cast > present:
                problems.append((
                    ngettext("{cast} government votes recorded, but only {present} government member present may vote.",
                             "{cast} government votes recorded, but only {present} government members present may vote.",
                             present) if side == "government" else
                    ngettext("{cast} non-government votes recorded, but only {present} non-government member present "
                             "may vote.",
                             "{cast} non-government votes recorded, but only {present} non-government members present "
                             "may vote.", present)).format(cast=cast, present=present))
    if objections > count.present:
        problems.append(_("{objections} objections recorded, but only {present} members present may take part.").format(
            objections=objections, present=count.present))
    return problems
