"""The forum profile: its published governance, and the label tables of its rules."""
from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING
from msf_desk.model.records import record

if TYPE_CHECKING:
    from fractions import Fraction


DECISION_RULES = {
    "consensus": "Consensus (no member opposes)",
    "majority": "Majority (50% plus one of members attending)",
    "qualified_majority": "Qualified majority",
    "mixed": "Mixed (consensus sought; vote by exception)",
}
QUALIFIED_FRACTIONS = ("2/3", "3/5")
QUALIFIED_BASES = {"present": "of members present", "all_active": "of all active members"}
QUORUM_KINDS = {
    "majority": "More than half of voting members",
    "fraction": "At least a fraction of voting members",
    "number": "At least a number of voting members",
}
JURISDICTIONS = {"national": "National", "local": "Local"}


@record
class ForumProfile:
    """The forum's profile: its name, remit, seats and the rules it has published."""

    name: str = "New forum"
    jurisdiction: str = "national"
    place: str = ""
    languages: str = ""
    # The languages the forum publishes its documents in, first preferred: "en,fr" (codes of
    # the languages MSF Desk ships; see msf_desk.core.language).
    document_languages: str = "en"
    remit: str = ""
    decision_rule: str = "consensus"
    qualified_fraction: str = "2/3"
    qualified_base: str = "present"
    quorum_kind: str = "majority"
    quorum_value: str = ""
    quorum_both_sides: bool = True
    quorum_rule: str = ""
    frequency_months: int = 3
    action_plan_in_development: bool = False
    notice_days: int = 7
    agenda_setter: str = ""
    conflicts_policy: str = ""
    minutes_detail: str = ""
    decision_powers: str = ""
    publish_names: bool = True
    lead_agency: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    seats_government: int = 0
    seats_non_government: int = 0
    timezone: str = "UTC"
    both_cochairs_approve: bool = True
    declaration_interval_months: int = 12
    response_working_days: int = 20

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @property
    def target_months(self) -> int:
        """How often the forum must meet: monthly while the Action Plan is developed."""
        return 1 if self.action_plan_in_development else self.frequency_months

    @property
    def qualified(self) -> Fraction:
        from fractions import Fraction  # fractions (with decimal) takes a few ms to load; the window starts without it

        return Fraction(self.qualified_fraction)

    def decision_rule_text(self) -> str:
        if self.decision_rule == "qualified_majority":
            return (
                f"Qualified majority of {self.qualified_fraction} "
                f"{QUALIFIED_BASES[self.qualified_base]}"
            )
        return DECISION_RULES[self.decision_rule]

    def quorum_text(self) -> str:
        if self.quorum_rule.strip():
            return self.quorum_rule.strip()
        if self.quorum_kind == "majority":
            text = "More than half of the voting members"
        elif self.quorum_kind == "fraction":
            text = f"At least {self.quorum_value} of the voting members"
        else:
            text = f"At least {self.quorum_value} voting members"
        if self.quorum_both_sides:
            text += ", with both sides present"
        return text

    def frequency_text(self) -> str:
        if self.action_plan_in_development:
            return "Monthly while the Action Plan is in development"
        if self.frequency_months == 1:
            return "At least every month"
        return f"At least every {self.frequency_months} months"
