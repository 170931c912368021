"""Deleting a member entered by mistake, and putting them back (what undo relies on)."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import members as core
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.members import Member, SelectionRound


def test_restore_puts_back_the_same_id_and_the_alternates(db):
    holder = core.add_member(db, Member(name="Ana Silva", sector="civil_society",
                                        term_start=dt.date(2026, 1, 1), email="ana@example.org"))
    alternate = core.add_member(db, Member(name="Rui Costa", sector="civil_society",
                                           role="alternate", alternate_for=holder.id))
    links = core.alternates_of(db, holder.id)
    assert links == [alternate.id]

    core.remove_member(db, holder.id)
    assert [m.id for m in core.list_members(db)] == [alternate.id]
    assert core.get_member(db, alternate.id).alternate_for is None  # the schema clears the link

    core.restore_member(db, holder, links)
    assert core.get_member(db, holder.id) == holder
    assert core.get_member(db, alternate.id).alternate_for == holder.id


def test_restore_over_an_edit_writes_back_every_field(db):
    member = core.add_member(db, Member(name="Ana Silva", sector="civil_society", bio="First."))
    core.update_member(db, Member(**{**member.__dict__, "bio": "Second.", "voting": False}))
    core.restore_member(db, member)
    assert core.get_member(db, member.id) == member


def test_a_member_named_in_other_records_cannot_be_deleted(demo_db):
    amara = next(m for m in core.list_members(demo_db) if m.name == "Amara Okafor")
    with pytest.raises(UserError) as caught:
        core.remove_member(demo_db, amara.id)
    assert "Amara Okafor cannot be deleted" in str(caught.value)
    assert "attendance" in str(caught.value) and "set their status" in str(caught.value)
    assert core.get_member(demo_db, amara.id) == amara


def test_rounds_are_checked_in_one_place_and_can_be_removed(db):
    with pytest.raises(ValidationError) as caught:
        core.validate_round(SelectionRound(title=" ", call_opened=dt.date(2026, 3, 1),
                                           call_closed=dt.date(2026, 2, 1)))
    assert set(caught.value.problems) == {"title", "call_closed"}
    saved = core.add_round(db, SelectionRound(title="Open call 2026"))
    core.remove_round(db, saved.id)
    assert core.list_rounds(db) == []
    again = core.add_round(db, saved)  # undo, then redo: the same id again
    assert again.id == saved.id
