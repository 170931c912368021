"""Members and selection rounds: the records and their label tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import field
from msf_desk.model.records import record

SECTORS = {
    "national_government": "National government",
    "local_government": "Local government",
    "parliament": "Parliament",
    "civil_society": "Civil society",
    "academia": "Academia",
    "private_sector": "Private sector",
    "trade_union": "Trade union",
    "international": "International / multilateral",
    "other": "Other",
}
GOVERNMENT_SECTORS = {"national_government", "local_government", "parliament"}
SIDES = {"government": "Government", "non_government": "Non-government"}
ROLES = {
    "co_chair": "Co-chair",
    "member": "Member",
    "alternate": "Alternate",
    "observer": "Observer",
    "secretariat": "Secretariat",
}
STATUSES = {
    "active": "Active",
    "term_ended": "Term ended",
    "resigned": "Resigned",
    "removed": "Removed",
}
METHODS = {
    "open_call": "Open call with selection committee",
    "election": "Election in electoral colleges",
    "appointment": "Appointment",
}
OUTCOMES = {
    "candidate": "Candidate",
    "selected": "Selected",
    "reserve": "Reserve",
    "not_selected": "Not selected",
    "withdrawn": "Withdrawn",
}


def side_for_sector(sector: str) -> str:
    return "government" if sector in GOVERNMENT_SECTORS else "non_government"


@record
class Member:
    """A member of the forum, or an alternate, an observer or the secretariat."""

    name: str
    sector: str
    organisation: str = ""
    side: str = ""
    side_overridden: bool = False
    role: str = "member"
    voting: bool = True
    alternate_for: int | None = None
    high_level: bool = False
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    selection_round_id: int | None = None
    appointed_by: str = ""
    email: str = ""
    phone: str = ""
    bio: str = ""
    publish_name: bool = True
    status: str = "active"
    status_date: dt.date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        # The side follows the sector unless someone deliberately set it otherwise.
        if not self.side_overridden or not self.side:
            self.side = side_for_sector(self.sector)

    @property
    def side_label(self) -> str:
        return SIDES.get(self.side, self.side)

    @property
    def sector_label(self) -> str:
        return SECTORS.get(self.sector, self.sector)

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    def serving_on(self, day: dt.date) -> bool:
        """In post on `day`: within the term (both ends inclusive) and not yet gone."""
        if self.term_start and day < self.term_start:
            return False
        if self.term_end and day > self.term_end:
            return False
        if self.status != "active":
            # A departure with a date counts until the day before; without one, from always.
            return bool(self.status_date and day < self.status_date)
        return True

    def holds_voting_seat_on(self, day: dt.date) -> bool:
        """Counts for parity: a voting co-chair or member in post. Alternates never add a seat."""
        return self.voting and self.role in ("co_chair", "member") and self.serving_on(day)


@record
class Candidate:
    """A candidate in a selection round, and how the round went for them."""

    name: str
    organisation: str = ""
    sector: str = "civil_society"
    outcome: str = "candidate"
    votes: int | None = None
    id: int | None = None


@record
class SelectionRound:
    """How members of one side were chosen: the call, who led it, the result."""

    title: str
    side: str = "non_government"
    method: str = "open_call"
    call_opened: dt.date | None = None
    call_closed: dt.date | None = None
    advertised: str = ""
    led_by: str = ""
    result: str = ""
    result_date: dt.date | None = None
    notes: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    id: int | None = None

    @property
    def method_label(self) -> str:
        return METHODS.get(self.method, self.method)
