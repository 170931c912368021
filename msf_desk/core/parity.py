"""Parity: the balance of voting seats between government and non-government.

Only voting co-chairs and members in post hold a seat. An alternate never adds a
second seat (it covers a seat that is already counted); non-voting members,
observers and the secretariat never count.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, field

from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import SECTORS, Member
from msf_desk.core.language import _, ngettext
from msf_desk.core.language import day as written_day
from msf_desk.model.records import record


@record
class Parity:
    """The balance of seats between the sides on a day, and its co-chairs."""

    on: dt.date
    government: int
    non_government: int
    by_sector: dict[str, int]
    co_chairs: list[dict]
    co_chairs_ok: bool
    high_level: list[str]
    vacant_government: int | None
    vacant_non_government: int | None
    ending_soon: list[dict] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.government + self.non_government

    @property
    def difference(self) -> int:
        """Positive when government holds more seats."""
        return self.government - self.non_government

    @property
    def balance(self) -> str:
        if self.difference == 0:
            return "even"
        return "government" if self.difference > 0 else "non_government"

    @property
    def is_even(self) -> bool:
        return self.total > 0 and self.difference == 0

    def balance_text(self) -> str:
        if self.total == 0:
            return _("No voting seats are filled.")
        if self.difference == 0:
            return _("Even: {gov} government and {non} non-government seats.").format(
                gov=self.government, non=self.non_government)
        n = abs(self.difference)
        said = (ngettext("Leaning to government by {n} seat: {gov} government, {non} non-government.",
                         "Leaning to government by {n} seats: {gov} government, {non} non-government.", n)
                if self.difference > 0 else
                ngettext("Leaning to non-government by {n} seat: {gov} government, {non} non-government.",
                         "Leaning to non-government by {n} seats: {gov} government, {non} non-government.", n))
        return said.format(n=n, gov=self.government, non=self.non_government)

    def verdict(self, public: bool = False) -> list[str]:
        """The parity picture in plain sentences, for the panel and for reports; `public` leaves
        out every name (the published members list decides whose names are shown)."""
        lines = [self.balance_text()]
        if self.co_chairs_ok:
            lines.append(_("Co-chaired by government and non-government."))
        elif not self.co_chairs:
            lines.append(_("No co-chair is in post."))
        else:
            lines.append(_("The co-chairs are not one government and one non-government member."))
        if self.high_level and public:
            lines.append(ngettext("{n} government seat holder marked high-level.",
                                  "{n} government seat holders marked high-level.",
                                  len(self.high_level)).format(n=len(self.high_level)))
        elif self.high_level:
            lines.append(_("High-level government representative: {names}.").format(names=", ".join(self.high_level)))
        else:
            lines.append(_("No high-level government representative holds a seat."))
        vacant = []
        if self.vacant_government:
            vacant.append(ngettext("{n} government seat", "{n} government seats",
                                   self.vacant_government).format(n=self.vacant_government))
        if self.vacant_non_government:
            vacant.append(ngettext("{n} non-government seat", "{n} non-government seats",
                                   self.vacant_non_government).format(n=self.vacant_non_government))
        if vacant:
            lines.append(_("Vacant seats: {seats}.").format(seats=_(" and ").join(vacant)))
        if self.ending_soon and not public:
            names = ", ".join(f"{e['name']} ({written_day(dt.date.fromisoformat(e['term_end']))})"
                              for e in self.ending_soon)
            lines.append(_("Terms ending soon: {names}.").format(names=names))
        return lines

    def to_json(self) -> dict:
        data = asdict(self)
        data["on"] = self.on.isoformat()
        data["total"] = self.total
        data["difference"] = self.difference
        data["balance"] = self.balance
        data["even"] = self.is_even
        data["summary"] = self.balance_text()
        return data


def seat_holders(members: list[Member], on: dt.date) -> list[Member]:
    return [m for m in members if m.holds_voting_seat_on(on)]


def parity_on(
    members: list[Member],
    on: dt.date,
    profile: ForumProfile | None = None,
    ending_within_days: int = 90,
) -> Parity:
    holders = seat_holders(members, on)
    gov = sum(1 for m in holders if m.side == "government")
    non = len(holders) - gov
    by_sector = {key: 0 for key in SECTORS}
    for m in holders:
        by_sector[m.sector] = by_sector.get(m.sector, 0) + 1
    chairs = [m for m in members if m.role == "co_chair" and m.serving_on(on)]
    chair_sides = sorted(m.side for m in chairs)
    high = [m.name for m in holders if m.side == "government" and m.high_level]
    vacant_gov = vacant_non = None
    if profile and (profile.seats_government or profile.seats_non_government):
        vacant_gov = max(0, profile.seats_government - gov)
        vacant_non = max(0, profile.seats_non_government - non)
    horizon = on + dt.timedelta(days=ending_within_days)
    ending = [
        {"id": m.id, "name": m.name, "side": m.side, "role": m.role,
         "term_end": m.term_end.isoformat()}
        for m in sorted(members, key=lambda m: (m.term_end or dt.date.max, m.name))
        if m.serving_on(on) and m.term_end and on <= m.term_end <= horizon
        and m.role in ("co_chair", "member", "alternate")
    ]
    return Parity(
        on=on,
        government=gov,
        non_government=non,
        by_sector=by_sector,
        co_chairs=[{"id": m.id, "name": m.name, "side": m.side} for m in chairs],
        co_chairs_ok=chair_sides == ["government", "non_government"],
        high_level=high,
        vacant_government=vacant_gov,
        vacant_non_government=vacant_non,
        ending_soon=ending,
    )


@record
class ProjectedChange:
    """The balance of seats on a day when members leave or join."""

    on: dt.date
    leaving: list[str]
    joining: list[str]
    government: int
    non_government: int

    @property
    def difference(self) -> int:
        return self.government - self.non_government

    def to_json(self) -> dict:
        return {
            "on": self.on.isoformat(),
            "leaving": self.leaving,
            "joining": self.joining,
            "government": self.government,
            "non_government": self.non_government,
            "difference": self.difference,
            "even": self.difference == 0 and (self.government + self.non_government) > 0,
        }


def projection(members: list[Member], start: dt.date, days: int = 730) -> list[ProjectedChange]:
    """The balance on each coming date when a seat holder's term ends (or a new term starts).

    A term ends at the close of its last day, so the change shows the day after.
    """
    until = start + dt.timedelta(days=days)
    dates: set[dt.date] = set()
    for m in members:
        if not (m.voting and m.role in ("co_chair", "member")):
            continue
        if m.term_end and start <= m.term_end < until:
            dates.add(m.term_end + dt.timedelta(days=1))
        if m.term_start and start < m.term_start <= until:
            dates.add(m.term_start)
        if m.status != "active" and m.status_date and start < m.status_date <= until:
            dates.add(m.status_date)
    changes = []
    for day in sorted(dates):
        before = {m.id for m in seat_holders(members, day - dt.timedelta(days=1))}
        after_members = seat_holders(members, day)
        after = {m.id for m in after_members}
        names = {m.id: m.name for m in members}
        gov = sum(1 for m in after_members if m.side == "government")
        changes.append(
            ProjectedChange(
                on=day,
                leaving=sorted(names[i] for i in before - after),
                joining=sorted(names[i] for i in after - before),
                government=gov,
                non_government=len(after_members) - gov,
            )
        )
    return [c for c in changes if c.leaving or c.joining]
