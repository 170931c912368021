"""Ethics: the statement, signatures, declarations of interest and their label tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import field

from msf_desk.model.dates import human
from msf_desk.model.records import record


INTEREST_TYPES = {
    "employment": "Employment",
    "directorship": "Directorship or board seat",
    "financial": "Financial interest",
    "government_funding": "Funding or grants from government",
    "family": "Family or close relationship",
    "gifts": "Gifts or hospitality",
    "other": "Other",
}
VISIBILITIES = {"public": "Public", "forum_only": "Forum only"}
DECLARATION_KINDS = {"joining": "On joining", "periodic": "Periodic renewal", "change": "Change of interests"}
SIGNATURE_METHODS = {"typed": "Typed confirmation", "scan": "Scanned signed copy"}


@record
class Statement:
    """One version of the forum's ethics statement that members sign."""

    version: int
    text: str
    dated: dt.date
    note: str = ""
    id: int | None = None

    @property
    def label(self) -> str:
        return f"Version {self.version} of {human(self.dated)}"


@record
class Signature:
    """A member's signature of a version of the ethics statement."""

    member_id: int
    statement_id: int
    signed_on: dt.date
    method: str = "typed"
    confirmation: str = ""  # private: never printed in a public document
    file_name: str = ""
    stored_path: str = ""
    sha256: str = ""
    size: int = 0
    id: int | None = None
    statement_version: int | None = None  # filled when read

    @property
    def method_label(self) -> str:
        return SIGNATURE_METHODS.get(self.method, self.method)


@record
class Interest:
    """One interest a member declared, public or kept within the forum."""

    type: str
    organisation: str = ""
    description: str = ""
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    visibility: str = "public"
    reason: str = ""  # why it is kept within the forum (forum-only)
    id: int | None = None

    @property
    def type_label(self) -> str:
        return INTEREST_TYPES.get(self.type, self.type)

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"

    def in_force_on(self, day: dt.date) -> bool:
        return (self.from_date is None or self.from_date <= day) and (self.to_date is None or day <= self.to_date)

    def period_text(self) -> str:
        if self.from_date and self.to_date:
            return f"{self.from_date.isoformat()} to {self.to_date.isoformat()}"
        if self.from_date:
            return f"since {self.from_date.isoformat()}"
        if self.to_date:
            return f"until {self.to_date.isoformat()}"
        return ""


@record
class Declaration:
    """A member's declaration of interests made on one day."""

    member_id: int
    made_on: dt.date
    kind: str = "periodic"
    nothing_to_declare: bool = False
    interests: list[Interest] = field(default_factory=list)
    note: str = ""
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return DECLARATION_KINDS.get(self.kind, self.kind)

    def summary(self) -> str:
        if self.nothing_to_declare:
            return "Nothing to declare"
        n = len(self.interests)
        return f"{n} interest{'s' if n != 1 else ''}"
