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
from dataclasses import asdict

from msf_desk.core import standing
from msf_desk.core.messages import message_day
from msf_desk.core.parity import parity_on
from msf_desk.model.forum import ForumProfile
from msf_desk.model.messages import M_, M_mark, M_n
from msf_desk.model.records import record

YEAR_DAYS = 365
DEFAULT_NAME = ForumProfile().name


@record(frozen=True)
class Step:
    """One step of the new forum's checklist and whether the records show it done."""

    key: str  # profile | members | co_chairs | year | ethics | consultation | repository
    title: str
    done: bool
    summary: str  # what the records show, or what is still missing
    target: str

    def to_json(self) -> dict:
        return asdict(self)


def _profile(r: standing.Standing) -> tuple[bool, str]:
    p = r.profile
    missing = []
    if not p.name.strip() or p.name.strip() == DEFAULT_NAME:
        missing.append(M_("the forum's name"))
    if not p.remit.strip():
        missing.append(M_("its remit"))
    if not p.contact_email.strip():
        missing.append(M_("the secretariat's e-mail address"))
    if missing:
        return False, M_("Give {what} on the Forum page.").format(what=_joined(missing))
    return True, M_("{name}: remit and contact address given.").format(name=p.name)


def _members(r: standing.Standing, on: dt.date) -> tuple[bool, str]:
    serving = [m for m in r.members if m.serving_on(on) and m.role != "secretariat"]
    if not serving:
        return False, M_("Import the members from a spreadsheet (or add them one by one) on the Members page.")
    return True, M_n("{count} member serving.", "{count} members serving.", len(serving)).format(count=len(serving))


def _co_chairs(r: standing.Standing, on: dt.date) -> tuple[bool, str]:
    parity = parity_on(r.members, on, r.profile)
    if parity.co_chairs_ok:
        return True, M_("One government and one non-government co-chair in post.")
    if not parity.co_chairs:
        return False, M_("Make one government and one non-government member co-chairs on the Members page.")
    return False, M_("The co-chairs must be one government and one non-government member.")


def _year(r: standing.Standing, on: dt.date) -> tuple[bool, str]:
    months = r.profile.target_months
    needed = max(1, 12 // months)
    until = on + dt.timedelta(days=YEAR_DAYS)
    planned = [m for m in r.meetings if m.status in ("planned", "postponed") and on <= m.day <= until]
    every = M_n("every month", "every {count} months", months).format(count=months)
    if len(planned) >= needed:
        return True, M_n("{count} meeting planned in the coming twelve months ({every}).", "{count} meetings planned in the coming twelve months ({every}).", len(planned)).format(count=len(planned), every=every)
    return False, M_("{count} of the {needed} meetings the coming twelve months need ({every}) are planned: "
                     "plan the year on the Meetings page.").format(count=len(planned), needed=needed, every=every)


def _ethics(r: standing.Standing) -> tuple[bool, str]:
    statement = r.ethics.statement if r.ethics is not None else None
    if statement is None:
        return False, M_("Adopt the ethics statement members sign, on the Ethics page.")
    return True, M_("Version {version} of the ethics statement adopted.").format(version=statement.version)


def _consultation(r: standing.Standing) -> tuple[bool, str]:
    if not r.consultations:
        return False, M_("Record the first consultation, to answer every contribution, on the Responses page.")
    n = len(r.consultations)
    return True, M_n("{count} consultation recorded.", "{count} consultations recorded.", n).format(count=n)


def _repository(r: standing.Standing) -> tuple[bool, str]:
    if r.last_export is None:
        return False, M_("Export the public repository for the forum's website, on the Repository page.")
    return True, M_("Repository exported on {day}.").format(day=message_day(r.last_export.on))


TITLES = {
    "profile": (M_mark("Describe the forum"), "forum"),
    "members": (M_mark("Import the members"), "members"),
    "co_chairs": (M_mark("Name the co-chairs"), "members"),
    "year": (M_mark("Plan the year's meetings"), "meetings"),
    "ethics": (M_mark("Adopt the ethics statement"), "ethics"),
    "consultation": (M_mark("Open a first consultation"), "responses"),
    "repository": (M_mark("Export the public repository"), "repository"),
}


def steps_from(r: standing.Standing, on: dt.date) -> list[Step]:
    results = {
        "profile": _profile(r), "members": _members(r, on), "co_chairs": _co_chairs(r, on), "year": _year(r, on),
        "ethics": _ethics(r), "consultation": _consultation(r), "repository": _repository(r),
    }
    return [Step(key, TITLES[key][0], done, summary, TITLES[key][1]) for key, (done, summary) in results.items()]


def checklist(db, on: dt.date) -> list[Step]:
    """The seven steps of a new forum, in order, each done or not as the records show."""
    return steps_from(standing.read(db, on), on)


def complete(steps: list[Step]) -> bool:
    return all(s.done for s in steps)


def next_step(steps: list[Step]) -> Step | None:
    return next((s for s in steps if not s.done), None)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else M_("{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])
