"""Consultations, contributions and their reasoned responses: the records and their label tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import field
from msf_desk.model.consultations import CHANNELS, STAGES, Consultation  # noqa: F401 (read from here too)
from msf_desk.model.records import record

CONTRIBUTOR_TYPES = {
    "individual": "Individual",
    "civil_society": "Civil society",
    "government": "Government",
    "private_sector": "Private sector",
    "academia": "Academia",
    "other": "Other",
}
OUTCOMES = {
    "included": "Included",
    "amended": "Included with amendment",
    "merged": "Merged into another proposal",
    "not_included": "Not included",
    "out_of_scope": "Outside the scope of open government",
    "deferred": "Deferred to a later plan",
    "under_consideration": "Under consideration",
}
# Every outcome but "under consideration" closes the contribution and needs a reason.
FINAL_OUTCOMES = tuple(k for k in OUTCOMES if k != "under_consideration")
NOT_ANSWERED = "Not yet answered"
LINK_KINDS = {"duplicate_of": "Duplicate of", "merged_into": "Merged into", "related": "Related to"}


@record
class Response:
    """The forum's answer to a contribution: outcome, reason, who decided, when."""

    outcome: str | None = None
    reason: str = ""
    decided_by: str = ""
    meeting_id: int | None = None
    decision_id: int | None = None
    answered_on: dt.date | None = None
    commitment: str = ""

    @property
    def final(self) -> bool:
        return self.outcome in FINAL_OUTCOMES

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, NOT_ANSWERED) if self.outcome else NOT_ANSWERED


@record
class Contribution:
    """One contribution received in a consultation, with the forum's response."""

    id: int | None = None
    consultation_id: int | None = None
    received_on: dt.date | None = None
    channel: str = "online_platform"
    contributor_name: str = ""
    organisation: str = ""
    contributor_type: str = "individual"
    publish_name: bool = False
    text: str = ""
    theme: str = ""
    section: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    opinions: int | None = None
    average_support: float | None = None
    due_on: dt.date | None = None
    due_set_by_hand: bool = False
    response: Response = field(default_factory=Response)
    import_fingerprint: str | None = None
    duplicate_of: int | None = None
    merged_into: int | None = None
    # Where an imported row came from (see store migration 0010): re-imports update it.
    source_platform: str = ""
    source_id: str = ""
    source_parent: str = ""
    withdrawn_on: dt.date | None = None   # withdrawn by its author on the platform: nothing to answer

    @property
    def answered(self) -> bool:
        return self.response.final

    @property
    def late(self) -> bool:
        """Answered after its due date."""
        r = self.response
        return bool(r.final and r.answered_on and self.due_on and r.answered_on > self.due_on)

    def overdue_on(self, day: dt.date) -> bool:
        return not self.answered and self.withdrawn_on is None and self.due_on is not None and day > self.due_on

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel, self.channel)

    @property
    def contributor_type_label(self) -> str:
        return CONTRIBUTOR_TYPES.get(self.contributor_type, self.contributor_type)


@record
class ContributionFilter:
    """What a list of contributions is narrowed to (text, consultation, theme ...)."""

    text: str = ""
    consultation_id: int | None = None
    theme: str | None = None
    outcome: str | None = None      # an outcome key, or "none" for not yet answered
    channel: str | None = None
    contributor_type: str | None = None
    overdue_on: dt.date | None = None  # only those overdue on this day
