"""Action items: the record and its statuses."""
from __future__ import annotations

import datetime as dt
from msf_desk.model.records import record

STATUSES = {"open": "Open", "done": "Done", "dropped": "Dropped"}
SECRETARIAT = "Secretariat"


@record
class Action:
    """An action agreed at a meeting: what, who owns it, when it is due."""

    meeting_id: int
    text: str
    item_id: int | None = None
    owner_member_id: int | None = None
    owner_text: str = ""            # when the owner is not a member, e.g. 'Secretariat'
    due: dt.date | None = None
    status: str = "open"
    closed_on: dt.date | None = None
    id: int | None = None

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)
