"""The forum profile: its published governance and the rules other modules apply."""
from __future__ import annotations

import dataclasses
import re
import zoneinfo
from contextlib import contextmanager
from fractions import Fraction

from msf_desk.model.errors import ValidationError
from msf_desk.model.forum import (DECISION_RULES, QUALIFIED_FRACTIONS, QUALIFIED_BASES,  # noqa: F401  (the records live in model)
                                  QUORUM_KINDS, JURISDICTIONS, ForumProfile)
from msf_desk.store import forum as store
from msf_desk.store.db import open_forum, plain_connection

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate(profile: ForumProfile) -> None:
    """Raise ValidationError naming each offending field."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = "the forum needs a name"
    if profile.jurisdiction not in JURISDICTIONS:
        problems["jurisdiction"] = "choose national or local"
    if profile.jurisdiction == "local" and not profile.place.strip():
        problems["place"] = "a local forum needs the place it serves"
    if profile.decision_rule not in DECISION_RULES:
        problems["decision_rule"] = "unknown decision rule"
    if profile.qualified_fraction not in QUALIFIED_FRACTIONS:
        problems["qualified_fraction"] = "choose 2/3 or 3/5"
    if profile.qualified_base not in QUALIFIED_BASES:
        problems["qualified_base"] = "choose members present or all active members"
    if profile.quorum_kind not in QUORUM_KINDS:
        problems["quorum_kind"] = "unknown quorum rule"
    elif profile.quorum_kind == "fraction":
        try:
            value = Fraction(profile.quorum_value.strip())
            if not 0 < value <= 1:
                raise ValueError
        except (ValueError, ZeroDivisionError):
            problems["quorum_value"] = "write a fraction between 0 and 1, such as 1/2 or 2/3"
    elif profile.quorum_kind == "number":
        if not profile.quorum_value.strip().isdigit() or int(profile.quorum_value) < 1:
            problems["quorum_value"] = "write a whole number of members, such as 6"
    if not 1 <= int(profile.frequency_months) <= 12:
        problems["frequency_months"] = "between 1 and 12 months"
    if not 0 <= int(profile.notice_days) <= 90:
        problems["notice_days"] = "between 0 and 90 days"
    if profile.contact_email.strip() and not _EMAIL.match(profile.contact_email.strip()):
        problems["contact_email"] = f"'{profile.contact_email}' is not an e-mail address"
    for name in ("seats_government", "seats_non_government"):
        if int(getattr(profile, name)) < 0:
            problems[name] = "cannot be negative"
    if not 1 <= int(profile.declaration_interval_months) <= 60:
        problems["declaration_interval_months"] = "between 1 and 60 months"
    if not 1 <= int(profile.response_working_days) <= 120:
        problems["response_working_days"] = "between 1 and 120 working days"
    try:
        zoneinfo.ZoneInfo(profile.timezone)
    except Exception:
        problems["timezone"] = f"'{profile.timezone}' is not a time zone name (e.g. Europe/Paris)"
    if problems:
        raise ValidationError(problems)


def load(db) -> ForumProfile:
    return store.load_profile(db)


def save(db, profile: ForumProfile) -> None:
    validate(profile)

    store.save_profile(db, profile)


def replace(profile: ForumProfile, **changes) -> ForumProfile:
    return dataclasses.replace(profile, **changes)


@contextmanager
def worker_db(path, *, plain: bool = False):
    """The one way work off the GUI thread (an export, an import, a backup) touches the forum:
    a connection of its own, opened in the worker's thread and closed when the work ends.
    The window's connection never leaves the GUI thread (it refuses to: check_same_thread).

    `plain=True` gives the bare sqlite3 connection (checkpoints and backups of a file open in
    the window) without the checks of opening a forum."""
    if plain:
        conn = plain_connection(path)
        try:
            yield conn
        finally:
            conn.close()
        return
    db = open_forum(path)
    try:
        yield db
    finally:
        db.conn.close()
