"""The record of each repository export, kept in the settings table: when the repository was
last exported and what it held. The compliance check, Today and the new forum's checklist read
it; core.repository writes it (`record_export`) and plans the package. Kept apart from the plan
so that reading it loads none of what planning an export needs."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, field

from msf_desk.store.forum import get_setting
from msf_desk.model.records import record

SETTING_LAST = "repository.last_export"
SETTING_HISTORY = "repository.exports"


@record
class ExportRecord:
    """One repository export, as the compliance check needs it."""

    on: dt.date  # the day the package describes
    at: str  # when it was written (UTC, ISO)
    folder: str
    files: int
    size: int
    package_hash: str
    minutes: list[int] = field(default_factory=list)  # meetings whose minutes it held
    consultations: list[int] = field(default_factory=list)  # consultations whose report it held
    governance: str = ""  # fingerprint of the governance it published ('' = none)
    documents: list[int] = field(default_factory=list)  # process documents it published
    added: int = 0
    changed: int = 0
    removed: int = 0

    def to_json(self) -> dict:
        data = asdict(self)
        data["on"] = self.on.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict) -> "ExportRecord":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["on"] = dt.date.fromisoformat(known["on"])
        return cls(**known)


def last_export(db) -> ExportRecord | None:
    text = get_setting(db, SETTING_LAST)
    if not text:
        return None
    try:
        return ExportRecord.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable record counts as no export; the next export replaces it


def export_history(db) -> list[ExportRecord]:
    """Earlier exports, newest first."""
    try:
        rows = json.loads(get_setting(db, SETTING_HISTORY) or "[]")
        return [ExportRecord.from_json(r) for r in rows]
    except (ValueError, KeyError, TypeError):
        return []
