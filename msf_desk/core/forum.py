"""The forum profile: its published governance and the rules other modules apply."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, fields
from fractions import Fraction

from msf_desk.core.errors import ValidationError

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
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class ForumProfile:
    name: str = "New forum"
    jurisdiction: str = "national"
    place: str = ""
    languages: str = ""
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


def validate(profile: ForumProfile) -> None:
    """Raise ValidationError naming each offending field."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = "the forum needs a name"
    if profile.jurisdiction not in JURISDICTIONS:
        problems["jurisdiction"] = "choose national or local"
    if profile.jurisdiction == "local" and not profile.place.strip():
        problems["place"] = "a local forum needs the place it serves"
    if profile.decision_rule not in DECISION_RULES:
        problems["decision_rule"] = "unknown decision rule"
    if profile.qualified_fraction not in QUALIFIED_FRACTIONS:
        problems["qualified_fraction"] = "choose 2/3 or 3/5"
    if profile.qualified_base not in QUALIFIED_BASES:
        problems["qualified_base"] = "choose members present or all active members"
    if profile.quorum_kind not in QUORUM_KINDS:
        problems["quorum_kind"] = "unknown quorum rule"
    elif profile.quorum_kind == "fraction":
        try:
            value = Fraction(profile.quorum_value.strip())
            if not 0 < value <= 1:
                raise ValueError
        except (ValueError, ZeroDivisionError):
            problems["quorum_value"] = "write a fraction between 0 and 1, such as 1/2 or 2/3"
    elif profile.quorum_kind == "number":
        if not profile.quorum_value.strip().isdigit() or int(profile.quorum_value) < 1:
            problems["quorum_value"] = "write a whole number of members, such as 6"
    if not 1 <= int(profile.frequency_months) <= 12:
        problems["frequency_months"] = "between 1 and 12 months"
    if not 0 <= int(profile.notice_days) <= 90:
        problems["notice_days"] = "between 0 and 90 days"
    if profile.contact_email.strip() and not _EMAIL.match(profile.contact_email.strip()):
        problems["contact_email"] = f"'{profile.contact_email}' is not an e-mail address"
    for name in ("seats_government", "seats_non_government"):
        if int(getattr(profile, name)) < 0:
            problems[name] = "cannot be negative"
    if not 1 <= int(profile.declaration_interval_months) <= 60:
        problems["declaration_interval_months"] = "between 1 and 60 months"
    if not 1 <= int(profile.response_working_days) <= 120:
        problems["response_working_days"] = "between 1 and 120 working days"
    try:
        import zoneinfo

        zoneinfo.ZoneInfo(profile.timezone)
    except Exception:
        problems["timezone"] = f"'{profile.timezone}' is not a time zone name (e.g. Europe/Paris)"
    if problems:
        raise ValidationError(problems)


def load(db) -> ForumProfile:
    from msf_desk.store import forum as store

    return store.load_profile(db)


def save(db, profile: ForumProfile) -> None:
    validate(profile)
    from msf_desk.store import forum as store

    store.save_profile(db, profile)


def replace(profile: ForumProfile, **changes) -> ForumProfile:
    return dataclasses.replace(profile, **changes)
