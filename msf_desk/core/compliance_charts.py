"""The series behind the compliance charts (meetings per quarter, parity over time, answer
times), and the answer times the indicators share. `r` is the Records that
msf_desk.core.compliance.gather read from the forum."""
from __future__ import annotations

import datetime as dt
import math

from msf_desk.model.dates import working_days_between
from msf_desk.model.meetings import FORUM_KINDS
from msf_desk.core.parity import parity_on
from msf_desk.model.dates import add_months
from msf_desk.model.records import record


def answer_times(r) -> list[int]:
    """Working days taken to answer each contribution received in the last 12 months."""
    cached = getattr(r, "_answer_times", None)
    if cached is not None:
        return cached
    since, off = r.since, frozenset(r.holidays)
    known: dict[tuple[dt.date, dt.date], int] = {}  # 100,000 contributions share a few thousand date pairs
    out = []
    for items in r.contributions.values():
        for x in items:
            answered_on = x.response.answered_on
            if x.received_on and answered_on and x.received_on >= since and x.answered:
                pair = (x.received_on, answered_on)
                if pair not in known:
                    known[pair] = working_days_between(x.received_on, answered_on, off)
                out.append(known[pair])
    r._answer_times = out
    return out


@record
class QuarterCount:
    label: str  # 'Q3 2025'
    start: dt.date
    held: int
    planned: int
    future: bool


@record
class ParityPoint:
    on: dt.date
    government: int
    non_government: int


@record
class ResponseBucket:
    label: str  # '0–5'
    low: int
    high: int | None
    count: int
    late: bool  # beyond the target


@record
class Series:
    quarters: list[QuarterCount]
    quarter_target: float  # an int while the rule asks for a meeting a quarter or more
    parity: list[ParityPoint]
    responses: list[ResponseBucket]
    response_target: int
    open_overdue: int
    # The regularity rule the meetings are drawn against: at least one forum meeting every
    # `rule_months` months, and whose rule that is: "forum" (its own governance), "2021" (the
    # OGP 2021 Standards' six months, where the forum's own rule is looser) or "2017" (the
    # 2017 toolkit's monthly meetings while the action plan is developed).
    rule_months: int = 3
    rule_basis: str = "forum"


def with_rule(s: Series, months: int, basis: str) -> Series:
    """The series drawn against a regularity rule of one meeting every `months` months: the
    target per quarter is the meetings the rule asks for in three months (a fraction when it
    asks for fewer than one a quarter)."""
    s.rule_months, s.rule_basis = months, basis
    s.quarter_target = math.ceil(3 / max(months, 1)) if months <= 3 else 3 / months
    return s


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def series(r, *, quarters_back: int = 8, quarters_ahead: int = 4, months_back: int = 24) -> Series:
    current = _quarter_start(r.today)
    quarters = []
    for n in range(-quarters_back, quarters_ahead + 1):
        start = add_months(current, 3 * n)
        end = add_months(start, 3)
        inside = [m for m in r.meetings if m.kind in FORUM_KINDS and start <= m.day < end]
        held = sum(1 for m in inside if m.status == "held")
        planned = sum(1 for m in inside if m.is_open and m.day >= r.today)
        quarters.append(QuarterCount(f"Q{(start.month - 1) // 3 + 1} {start.year}", start, held, planned, n > 0))
    target = math.ceil(3 / max(r.profile.target_months, 1))

    first = dt.date(r.today.year, r.today.month, 1)
    points = []
    for n in range(-months_back, 1):
        day = add_months(first, n)
        p = parity_on(r.members, day, r.profile)
        points.append(ParityPoint(day, p.government, p.non_government))
    if points[-1].on != r.today:
        p = parity_on(r.members, r.today, r.profile)
        points.append(ParityPoint(r.today, p.government, p.non_government))

    days = r.profile.response_working_days
    edges = sorted({0, max(1, days // 4), max(2, days // 2), max(3, 3 * days // 4), days, days + 10})
    buckets = []
    times = answer_times(r)
    for low, high in zip(edges, edges[1:] + [None]):
        lo = low + 1 if low else 0
        count = sum(1 for t in times if t >= lo and (high is None or t <= high))
        label = f"{lo}–{high}" if high is not None else f"over {low}"
        buckets.append(ResponseBucket(label, lo, high, count, lo > days))
    overdue = sum(1 for items in r.contributions.values() for x in items if x.overdue_on(r.today))
    return Series(quarters, target, points, buckets, days, overdue, r.profile.target_months,
                  "2017" if r.profile.action_plan_in_development else "forum")
