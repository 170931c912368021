"""A new forum, step by step: what takes it to a "starred" process, each step read from the records.

`checklist(db, on)` returns the seven steps in order (profile, members, co-chairs, the year's
meetings, the ethics statement, a first consultation, a first repository export). A step is
done when the records show it, never because someone ticked it: adding the co-chairs ticks
"co-chairs", removing them unticks it. The Today page shows the list while a step is open;
`msf-desk today --checklist` prints it.

`target` names the place to act, as in core.today ("page").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from msf_desk.core import compliance
from msf_desk.core.parity import parity_on
from msf_desk.model.forum import ForumProfile

YEAR_DAYS = 365
DEFAULT_NAME = ForumProfile().name


@dataclass(frozen=True)
class Step:
    key: str  # profile | members | co_chairs | year | ethics | consultation | repository
    title: str
    done: bool
    summary: str  # what the records show, or what is still missing
    target: str

    def to_json(self) -> dict:
        return asdict(self)


def _profile(r: compliance.Records) -> tuple[bool, str]:
    p = r.profile
    missing = []
    if not p.name.strip() or p.name.strip() == DEFAULT_NAME:
        missing.append("the forum's name")
    if not p.remit.strip():
        missing.append("its remit")
    if not p.contact_email.strip():
        missing.append("the secretariat's e-mail address")
    if missing:
        return False, f"Give {_joined(missing)} on the Forum page."
    return True, f"{p.name}: remit and contact address given."


def _members(r: compliance.Records, on: dt.date) -> tuple[bool, str]:
    serving = [m for m in r.members if m.serving_on(on) and m.role != "secretariat"]
    if not serving:
        return False, "Import the members from a spreadsheet (or add them one by one) on the Members page."
    return True, f"{len(serving)} member{'s' if len(serving) != 1 else ''} serving."


def _co_chairs(r: compliance.Records, on: dt.date) -> tuple[bool, str]:
    parity = parity_on(r.members, on, r.profile)
    if parity.co_chairs_ok:
        return True, "One government and one non-government co-chair in post."
    if not parity.co_chairs:
        return False, "Make one government and one non-government member co-chairs on the Members page."
    return False, "The co-chairs must be one government and one non-government member."


def _year(r: compliance.Records, on: dt.date) -> tuple[bool, str]:
    months = r.profile.target_months
    needed = max(1, 12 // months)
    until = on + dt.timedelta(days=YEAR_DAYS)
    planned = [m for m in r.meetings if m.status in ("planned", "postponed") and on <= m.day <= until]
    every = "every month" if months == 1 else f"every {months} months"
    if len(planned) >= needed:
        return True, f"{len(planned)} meetings planned in the coming twelve months ({every})."
    return False, (f"{len(planned)} of the {needed} meetings the coming twelve months need ({every}) are "
                   "planned: plan the year on the Meetings page.")


def _ethics(r: compliance.Records) -> tuple[bool, str]:
    statement = r.ethics.statement if r.ethics is not None else None
    if statement is None:
        return False, "Adopt the ethics statement members sign, on the Ethics page."
    return True, f"Version {statement.version} of the ethics statement adopted."


def _consultation(r: compliance.Records) -> tuple[bool, str]:
    if not r.consultations:
        return False, "Record the first consultation, to answer every contribution, on the Responses page."
    n = len(r.consultations)
    return True, f"{n} consultation{'s' if n != 1 else ''} recorded."


def _repository(r: compliance.Records) -> tuple[bool, str]:
    if r.last_export is None:
        return False, "Export the public repository for the forum's website, on the Repository page."
    return True, f"Repository exported on {r.last_export.on.isoformat()}."


TITLES = {
    "profile": ("Describe the forum", "forum"),
    "members": ("Import the members", "members"),
    "co_chairs": ("Name the co-chairs", "members"),
    "year": ("Plan the year's meetings", "meetings"),
    "ethics": ("Adopt the ethics statement", "ethics"),
    "consultation": ("Open a first consultation", "responses"),
    "repository": ("Export the public repository", "repository"),
}


def steps_from(r: compliance.Records, on: dt.date) -> list[Step]:
    results = {
        "profile": _profile(r), "members": _members(r, on), "co_chairs": _co_chairs(r, on), "year": _year(r, on),
        "ethics": _ethics(r), "consultation": _consultation(r), "repository": _repository(r),
    }
    return [Step(key, TITLES[key][0], done, summary, TITLES[key][1]) for key, (done, summary) in results.items()]


def checklist(db, on: dt.date) -> list[Step]:
    """The seven steps of a new forum, in order, each done or not as the records show."""
    return steps_from(compliance.gather(db, on), on)


def complete(steps: list[Step]) -> bool:
    return all(s.done for s in steps)


def next_step(steps: list[Step]) -> Step | None:
    return next((s for s in steps if not s.done), None)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
