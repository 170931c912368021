"""Minutes, attendance, decisions and votes: the records and their label tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import field
from msf_desk.model.minutes_status import LOCKED, STATUSES, Minutes  # noqa: F401 (read from here too)
from msf_desk.model.records import record

DECLARATION_KINDS = {"declaration": "Declared an interest", "recusal": "Recused", "waiver": "Waiver granted"}


@record
class Declaration:
    """A declaration of interest, a recusal or a waiver on one agenda item (read by ethics)."""

    item_id: int
    member_id: int
    kind: str = "declaration"
    note: str = ""
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return DECLARATION_KINDS.get(self.kind, self.kind)


@record
class Amendment:
    """An amendment to minutes, and the meeting that agreed it."""

    meeting_id: int
    made_on: dt.date
    text: str
    agreed_at_meeting_id: int | None = None
    id: int | None = None


PRESENCE = {
    "in_person": "Present in person",
    "remote": "Present remotely",
    "apologies": "Apologies",
    "absent": "Absent",
}
PRESENT = ("in_person", "remote")
KINDS = {
    "member": "Member",
    "guest": "Guest",
    "observer": "Observer",
    "secretariat": "Secretariat",
}


@record
class Attendee:
    """One line of the attendance list: a member on the roll, or a guest/observer by name."""

    meeting_id: int
    member_id: int | None = None
    name: str = ""
    organisation: str = ""
    kind: str = "member"
    presence: str = "absent"
    substitute_for: int | None = None
    publish_name: bool = True
    id: int | None = None

    @property
    def present(self) -> bool:
        return self.presence in PRESENT

    @property
    def presence_label(self) -> str:
        return PRESENCE.get(self.presence, self.presence)


RULES = {
    "": "The forum's rule",
    "consensus": "Consensus",
    "majority": "Majority",
    "qualified_majority": "Qualified majority",
    "mixed": "Mixed (consensus; vote by exception)",
}
OUTCOMES = {
    "agreed": "Agreed",
    "not_agreed": "Not agreed",
    "deferred": "Deferred",
    "incomplete": "Votes needed",
}


@record
class Votes:
    """The votes of one decision, counted by side."""

    for_government: int = 0
    for_non_government: int = 0
    against_government: int = 0
    against_non_government: int = 0
    abstain_government: int = 0
    abstain_non_government: int = 0

    @property
    def for_total(self) -> int:
        return self.for_government + self.for_non_government

    @property
    def against_total(self) -> int:
        return self.against_government + self.against_non_government

    @property
    def abstain_total(self) -> int:
        return self.abstain_government + self.abstain_non_government

    def cast(self, side: str) -> int:
        if side == "government":
            return self.for_government + self.against_government + self.abstain_government
        return self.for_non_government + self.against_non_government + self.abstain_non_government


@record
class Decision:
    """A decision recorded in the minutes, with its rule and its votes."""

    meeting_id: int
    text: str
    item_id: int | None = None
    position: int = 0
    rule: str = ""                 # '' = the forum's rule
    deferred: bool = False
    vote_held: bool = False
    votes: Votes = field(default_factory=Votes)
    objections: int = 0
    # Frozen at approval (empty while the minutes are a draft).
    rule_applied: str = ""
    outcome: str = ""
    verdict_text: str = ""
    id: int | None = None
