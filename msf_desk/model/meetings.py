"""Meetings, agenda items, standing items and papers: the records and their label tables."""
from __future__ import annotations

import datetime as dt

from msf_desk.model.dates import clock, human, to_local, to_utc
from msf_desk.model.records import record

KINDS = {
    "regular": "Regular meeting",
    "extraordinary": "Extraordinary meeting",
    "working_group": "Working group",
    "open_meeting": "Open meeting with civil society",
    "consultation_event": "Public consultation event",
}
# Only meetings of the whole forum count towards "meets at least every N months".
FORUM_KINDS = ("regular", "extraordinary")
STATUSES = {
    "planned": "Planned",
    "notice_sent": "Notice sent",
    "held": "Held",
    "cancelled": "Cancelled",
    "postponed": "Postponed",
}


@record
class Meeting:
    """A meeting of the forum: when and where, its notice and its status."""

    title: str
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime  # aware, UTC
    timezone: str = "UTC"
    kind: str = "regular"
    location: str = ""
    remote_offered: bool = False
    remote_details: str = ""
    status: str = "planned"
    status_reason: str = ""
    chair_id: int | None = None
    notice_sent_on: dt.date | None = None
    agenda_status: str = "draft"
    agenda_sent_on: dt.date | None = None
    public: bool = True
    objective: str = ""  # one paragraph at the top of the pack and the notice
    uid: str = ""
    sequence: int = 0
    created: str = ""
    id: int | None = None

    @classmethod
    def at(
        cls,
        title: str,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        timezone: str,
        **values,
    ) -> "Meeting":
        """A meeting from a local date and wall-clock times in `timezone`."""
        starts = to_utc(dt.datetime.combine(day, start), timezone)
        ends = to_utc(dt.datetime.combine(day, end), timezone)
        return cls(title=title, starts_at=starts, ends_at=ends, timezone=timezone, **values)

    @property
    def local_start(self) -> dt.datetime:
        return to_local(self.starts_at, self.timezone)

    @property
    def local_end(self) -> dt.datetime:
        return to_local(self.ends_at, self.timezone)

    @property
    def day(self) -> dt.date:
        """The meeting's date where it takes place."""
        return self.local_start.date()

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def counts_for_regularity(self) -> bool:
        return self.kind in FORUM_KINDS

    @property
    def is_open(self) -> bool:
        """Still to happen: neither held, cancelled nor postponed."""
        return self.status in ("planned", "notice_sent")

    def when_text(self) -> str:
        """'Tuesday 14 March 2026, 4pm–7pm (Europe/Paris)', as a pack prints it."""
        start, end = self.local_start, self.local_end
        day = f"{start.strftime('%A')} {human(start.date())}"
        if end.date() != start.date():
            return f"{day}, {clock(start)} to {end.strftime('%A')} {human(end.date())}, {clock(end)} ({self.timezone})"
        return f"{day}, {clock(start)}–{clock(end)} ({self.timezone})"


PURPOSES = {"information": "For information", "discussion": "For discussion", "decision": "For decision"}
AGENDA_STATUSES = {"draft": "Draft", "approved": "Approved by the co-chairs", "sent": "Sent with the notice"}


@record
class AgendaItem:
    """One item of a meeting's agenda."""

    meeting_id: int
    title: str
    position: int = 0
    purpose: str = "discussion"
    presenters: str = ""
    duration_minutes: int = 15
    description: str = ""
    questions: str = ""  # one question per line
    draft_decision: str = ""
    topics: str = ""  # ';'-separated keywords, for finding conflicts of interest
    organisations: str = ""  # ';'-separated organisations concerned
    standing: str = ""  # the standing item's key, if it came from the template
    is_break: bool = False  # a timed pause (coffee, lunch): no number, no paper, no decision
    id: int | None = None

    @property
    def purpose_label(self) -> str:
        return PURPOSES.get(self.purpose, self.purpose)

    @property
    def question_list(self) -> list[str]:
        return [q.strip().lstrip("•·-* ").strip() for q in self.questions.splitlines() if q.strip()]


@record
class StandingItem:
    """An item the forum puts on every agenda (opening, approval of minutes ...)."""

    key: str
    position: int
    title: str
    purpose: str = "information"
    duration_minutes: int = 5
    enabled: bool = True
    id: int | None = None


DISCLOSURES = {
    "public": "Public",
    "withheld": "Withheld as pre-decision",
    "confidential": "Confidential",
}


@record
class Paper:
    """A paper for a meeting: a stored file or a reference, with its versions."""

    meeting_id: int
    title: str
    item_id: int | None = None
    position: int = 0
    reference: str = ""  # a link or a citation when there is no file
    file_name: str = ""
    stored_path: str = ""  # relative to the forum's storage folder, with forward slashes
    sha256: str = ""
    size: int = 0
    media_type: str = ""
    summary: str = ""  # the text or abstract printed in the members' pack
    added_on: str = ""
    disclosure: str = "public"
    tabled: bool = False  # distributed at the meeting, not circulated with the pack
    version: int = 1  # the current version of its file (2 and more: revised)
    revised_on: str = ""  # the day the current version came in (ISO), when revised
    id: int | None = None

    @property
    def is_revised(self) -> bool:
        return self.version > 1

    @property
    def disclosure_label(self) -> str:
        return DISCLOSURES.get(self.disclosure, self.disclosure)

    @property
    def is_public(self) -> bool:
        return self.disclosure == "public"



@record
class PaperVersion:
    """An earlier version of a paper's file, kept for the record when a new one replaced it."""
    paper_id: int
    version: int
    file_name: str = ""
    stored_path: str = ""
    sha256: str = ""
    size: int = 0
    media_type: str = ""
    added_on: str = ""
    replaced_on: str = ""
    id: int | None = None
