"""The minutes of a meeting and where they stand (draft, circulated, approved, published): the
record and its status labels. Apart from model.minutes (attendance, declarations, decisions and
votes) so that Today and the checklist, which read only where each meeting's minutes stand, do
not load the records of what was said and decided."""
from __future__ import annotations

import datetime as dt

from msf_desk.model.records import record

STATUSES = {
    "draft": "Draft",
    "circulated": "Circulated to members",
    "approved": "Approved",
    "published": "Published",
}
LOCKED = ("approved", "published")


@record
class Minutes:
    """The minutes of a meeting and where they stand (draft to published)."""

    meeting_id: int
    status: str = "draft"
    circulated_on: dt.date | None = None
    approved_at_meeting_id: int | None = None
    approved_on: dt.date | None = None
    published_on: dt.date | None = None
    summary: str = ""
    quorum_text: str = ""
    updated: str = ""

    @property
    def locked(self) -> bool:
        return self.status in LOCKED

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)
