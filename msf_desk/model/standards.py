"""Records the 2021 OGP standards and OGP Local look at: action plans and outreach."""
from __future__ import annotations

import datetime as dt
from msf_desk.model.records import record

OUTREACH_KINDS = {
    "event": "Public event or workshop",
    "media": "Press, radio or social media",
    "mailing": "Mailing or newsletter",
    "meeting": "Meeting with a group or network",
    "other": "Other",
}


@record
class ActionPlan:
    id: int | None = None
    name: str = ""
    cocreation_starts: dt.date | None = None
    cocreation_ends: dt.date | None = None  # the day the plan was submitted
    implementation_starts: dt.date | None = None
    implementation_ends: dt.date | None = None
    timeline_published_on: dt.date | None = None
    timeline_url: str = ""

    def cocreating_on(self, day: dt.date) -> bool:
        return bool(self.cocreation_starts and self.cocreation_starts <= day
                    and (self.cocreation_ends is None or day <= self.cocreation_ends))


@record
class OutreachActivity:
    id: int | None = None
    held_on: dt.date | None = None
    kind: str = "other"
    description: str = ""

    @property
    def kind_label(self) -> str:
        return OUTREACH_KINDS.get(self.kind, self.kind)
