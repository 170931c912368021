"""Which declaration of interests stood on a day, and the interests it declared in force.

Apart from core/ethics.py (recording declarations, statements and signatures) so that what
only reads them (the conflicts of a meeting, in its pack) does not load the register's rules.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.model.ethics import Declaration, Interest
from msf_desk.store import ethics as store


def declaration_in_force(declarations: list[Declaration], day: dt.date) -> Declaration | None:
    """The newest declaration made on or before `day`.

    When the member declared only after `day` (a meeting held before their first
    declaration), the first declaration stands in: its interests carry their own dates.
    """
    ordered = sorted(declarations, key=lambda d: (d.made_on, d.id or 0))
    made = [d for d in ordered if d.made_on <= day]
    if made:
        return made[-1]
    return ordered[0] if ordered else None


def declarations(db, member_id: int | None = None) -> list[Declaration]:
    """Declarations (with their interests), oldest first."""
    return store.declarations(db, member_id)


def latest_declaration(db, member_id: int, on: dt.date | None = None) -> Declaration | None:
    found = declarations(db, member_id)
    if not found:
        return None
    if on is None:
        return found[-1]
    return declaration_in_force(found, on)


def interests_in_force(db, member_id: int, day: dt.date) -> list[Interest]:
    decl = latest_declaration(db, member_id, day)
    if decl is None or decl.nothing_to_declare:
        return []
    return [i for i in decl.interests if i.in_force_on(day)]


def interests_in_force_by_member(db, day: dt.date) -> dict[int, list[Interest]]:
    """interests_in_force for every member who declared, read in one go (a meeting's conflicts
    on a forum of 420 members read their declarations one member at a time)."""
    by_member: dict[int, list[Declaration]] = {}
    for decl in declarations(db):
        by_member.setdefault(decl.member_id, []).append(decl)
    out: dict[int, list[Interest]] = {}
    for member_id, found in by_member.items():
        decl = declaration_in_force(found, day)
        if decl is None or decl.nothing_to_declare:
            continue
        out[member_id] = [i for i in decl.interests if i.in_force_on(day)]
    return out
