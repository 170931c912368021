"""What the Responses page reads, in functions of the forum alone (`db`): the page may run them
off the GUI thread (ui/pages/base.py, read_then_show) and shows what they return."""
from __future__ import annotations

import dataclasses
import datetime as dt
from msf_desk.model.records import record

from msf_desk.core import forum
from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.model.dates import working_days_between
from msf_desk.model.errors import UserError
from msf_desk.model.responses import Consultation, ContributionFilter
from msf_desk.ui.models.responses import ContributionsModel

SUMMARY_TAB, DUE_TAB = 1, 2


@record
class DueReading:
    late: list            # (contribution, consultation name, working days late)
    soon: list
    response_working_days: int


@record
class ResponsesReading:
    consultations: list[Consultation]
    counts: dict[int, dict[str, int]]
    consultation_id: int | None        # the one asked for, or None when it is gone
    themes: list[str]                  # the themes of that consultation (or of all)
    filter: ContributionFilter         # the filter the ids were read for ...
    order: tuple[str, bool]            # ... and their order (column, descending)
    ids: list[int] = dataclasses.field(default_factory=list)
    soon_limit: dt.date | None = None
    error: str = ""                    # a search the rules refused, in words
    tab: int = 0                       # the tab whose contents were read with the rest
    summary: list | None = None
    due: DueReading | None = None


def read_summary(db, consultation_id: int) -> list:
    return core.theme_overview(db, consultation_id)


def read_due(db, today: dt.date, consultation_id: int | None) -> DueReading:
    _, off = consultations_due.due_rule(db)
    names = {c.id: c.name for c in consultations_due.list_consultations(db)}

    def rows(items):
        return [(c, names.get(c.consultation_id, ""), working_days_between(c.due_on, today, off))
                for c in items if consultation_id is None or c.consultation_id == consultation_id]

    return DueReading(rows(core.overdue(db, today)), rows(core.due_soon(db, today)),
                      forum.load(db).response_working_days)


def read_responses(db, today: dt.date, flt: ContributionFilter, order: str, descending: bool,
                   tab: int) -> ResponsesReading:
    """Everything the page shows for `flt` (its consultation and theme as the lists will be:
    a consultation or theme that is gone shows all), with the contents of tab `tab`."""
    consultations = consultations_due.list_consultations(db)
    cid = flt.consultation_id if any(c.id == flt.consultation_id for c in consultations) else None
    themes = core.themes(db, cid)
    flt = dataclasses.replace(flt, consultation_id=cid, theme=flt.theme if flt.theme in themes else None)
    reading = ResponsesReading(consultations, core.consultation_counts(db, today), cid, themes, flt,
                               (order, descending), tab=tab)
    try:
        reading.ids, reading.soon_limit = ContributionsModel.query(db, flt, today, order, descending)
    except UserError as exc:
        reading.error = str(exc)
    if tab == SUMMARY_TAB and cid is not None:
        reading.summary = read_summary(db, cid)
    elif tab == DUE_TAB:
        reading.due = read_due(db, today, cid)
    return reading
