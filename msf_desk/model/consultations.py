"""Consultations the forum holds: the record and its stage and channel labels. Apart from
model.responses (contributions and their answers) so that Today, which reads the consultations and
counts what is due, does not load the contributions' records."""
from __future__ import annotations

import datetime as dt
from dataclasses import field

from msf_desk.model.records import record

STAGES = {
    "theme_scoping": "Theme scoping",
    "specific_proposals": "Specific proposals",
    "draft_plan": "Draft plan (draft commitments)",
    "self_assessment": "Self-assessment",
    "other": "Other",
}
CHANNELS = {
    "online_platform": "Online platform",
    "email": "E-mail",
    "written": "Written submission",
    "meeting": "Meeting or event",
    "phone": "Phone",
}


@record
class Consultation:
    """A consultation the forum holds: its stage, dates and channels."""

    id: int | None = None
    name: str = ""
    stage: str = "other"
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    channels: list[str] = field(default_factory=list)
    document: str = ""
    description: str = ""

    @property
    def stage_label(self) -> str:
        return STAGES.get(self.stage, self.stage)

    @property
    def open_days(self) -> int | None:
        if self.opens_on and self.closes_on:
            return (self.closes_on - self.opens_on).days
        return None

    def status_on(self, day: dt.date) -> str:
        if self.opens_on and day < self.opens_on:
            return "planned"
        if self.closes_on and day > self.closes_on:
            return "closed"
        return "open"

    def channels_text(self) -> str:
        return ", ".join(CHANNELS.get(c, c) for c in self.channels)
