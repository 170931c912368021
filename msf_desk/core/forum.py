"""The forum profile: its published governance and the rules other modules apply."""
from __future__ import annotations

import dataclasses
from dataclasses import fields
import zoneinfo
from contextlib import contextmanager

from msf_desk.core import language
from msf_desk.core.addresses import is_email_address
from msf_desk.core.audit import check_unchanged, recorded
from msf_desk.model.errors import ValidationError
from msf_desk.model.forum import (DECISION_RULES, QUALIFIED_FRACTIONS, QUALIFIED_BASES,  # noqa: F401  (the records live in model)
                                  QUORUM_KINDS, JURISDICTIONS, ForumProfile)
from msf_desk.store import forum as store
from msf_desk.store.db import WriteNeeded, open_forum, plain_connection, snapshot
from msf_desk.model.messages import M_



def validate(profile: ForumProfile) -> None:
    """Raise ValidationError naming each offending field."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = M_("the forum needs a name")
    if profile.jurisdiction not in JURISDICTIONS:
        problems["jurisdiction"] = M_("choose national or local")
    if profile.jurisdiction == "local" and not profile.place.strip():
        problems["place"] = M_("a local forum needs the place it serves")
    if profile.decision_rule not in DECISION_RULES:
        problems["decision_rule"] = M_("unknown decision rule")
    if profile.qualified_fraction not in QUALIFIED_FRACTIONS:
        problems["qualified_fraction"] = M_("choose 2/3 or 3/5")
    if profile.qualified_base not in QUALIFIED_BASES:
        problems["qualified_base"] = M_("choose members present or all active members")
    if profile.quorum_kind not in QUORUM_KINDS:
        problems["quorum_kind"] = M_("unknown quorum rule")
    elif profile.quorum_kind == "fraction":
        from fractions import Fraction  # fractions (with decimal) takes a few ms to load; the window starts without it

        try:
            value = Fraction(profile.quorum_value.strip())
            if not 0 < value <= 1:
                raise ValueError
        except (ValueError, ZeroDivisionError):
            problems["quorum_value"] = M_("write a fraction between 0 and 1, such as 1/2 or 2/3")
    elif profile.quorum_kind == "number":
        if not profile.quorum_value.strip().isdigit() or int(profile.quorum_value) < 1:
            problems["quorum_value"] = M_("write a whole number of members, such as 6")
    if not 1 <= int(profile.frequency_months) <= 12:
        problems["frequency_months"] = M_("between 1 and 12 months")
    if not 0 <= int(profile.notice_days) <= 90:
        problems["notice_days"] = M_("between 0 and 90 days")
    if profile.contact_email.strip() and not is_email_address(profile.contact_email.strip()):
        problems["contact_email"] = M_("'{contact_email}' is not an e-mail address").format(contact_email=profile.contact_email)
    for name in ("seats_government", "seats_non_government"):
        if int(getattr(profile, name)) < 0:
            problems[name] = M_("cannot be negative")
    if not 1 <= int(profile.declaration_interval_months) <= 60:
        problems["declaration_interval_months"] = M_("between 1 and 60 months")
    if not 1 <= int(profile.response_working_days) <= 120:
        problems["response_working_days"] = M_("between 1 and 120 working days")
    try:
        zoneinfo.ZoneInfo(profile.timezone)
    except Exception:
        problems["timezone"] = M_("'{timezone}' is not a time zone name (e.g. Europe/Paris)").format(timezone=profile.timezone)
    codes = language.document_languages(profile)
    wrong = [c for c in codes if c not in language.SHIPPED]
    if wrong or len(set(codes)) != len(codes):
        problems["document_languages"] = (M_("write codes of {shipped}, each once, first preferred (got '{document_languages}')").format(shipped=', '.join(language.SHIPPED), document_languages=profile.document_languages))
    if problems:
        raise ValidationError(problems)


def load(db) -> ForumProfile:
    return store.load_profile(db)


# What a change to the profile is called in the history (the first matching group wins).
_CHANGE_WORDS = [
    ({"quorum_kind", "quorum_value", "quorum_both_sides", "quorum_rule"}, "the quorum rule"),
    ({"decision_rule", "qualified_fraction", "qualified_base"}, "the decision rule"),
    ({"seats_government", "seats_non_government"}, "the seats"),
    ({"frequency_months", "action_plan_in_development", "notice_days"}, "the meeting rules"),
    ({"publish_names"}, "whether members' names are published"),
    ({"contact_name", "contact_email", "contact_phone"}, "the contact details"),
    ({"name"}, "the forum's name"),
    ({"document_languages"}, "the document languages"),
]


def change_sentence(old: ForumProfile, new: ForumProfile) -> str:
    """"Changed the quorum rule and the seats": the history's words for a profile edit."""
    changed = {f.name for f in fields(ForumProfile) if getattr(old, f.name) != getattr(new, f.name)}
    parts = []
    for group, words in _CHANGE_WORDS:
        if changed & group:
            parts.append(words)
            changed -= group
    if changed:
        parts.append("the forum profile (" + ", ".join(sorted(n.replace("_", " ") for n in changed)) + ")")
    if not parts:
        return "Saved the forum profile unchanged"
    return "Changed " + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0])


def save(db, profile: ForumProfile, *, loaded: ForumProfile | None = None) -> None:
    """Save the profile. With `loaded` (the profile as the editor loaded it), refuse when the
    file's profile has been changed since (StaleRecord), instead of overwriting that change."""

    validate(profile)
    current = store.load_profile(db)
    with recorded(db, change_sentence(loaded or current, profile)):
        check_unchanged(db, "forum", 1, loaded, store.load_profile(db), "the forum profile")
        store.save_profile(db, profile)


def decision_rule_words(profile: ForumProfile) -> str:
    """The decision rule as a document in the current language says it."""
    if profile.decision_rule == "qualified_majority":
        base = {"present": language._("of members present"),
                "all_active": language._("of all active members")}[profile.qualified_base]
        return language._("Qualified majority of {fraction} {base}").format(fraction=profile.qualified_fraction,
                                                                             base=base)
    return language._(DECISION_RULES[profile.decision_rule])


def quorum_words(profile: ForumProfile) -> str:
    """The quorum rule as a document in the current language says it (a rule the forum typed
    stays as typed)."""
    if profile.quorum_rule.strip():
        return profile.quorum_rule.strip()
    if profile.quorum_kind == "majority":
        text = language._("More than half of the voting members")
    elif profile.quorum_kind == "fraction":
        text = language._("At least {value} of the voting members").format(value=profile.quorum_value)
    else:
        text = language._("At least {value} voting members").format(value=profile.quorum_value)
    if profile.quorum_both_sides:
        text += language._(", with both sides present")
    return text


def set_document_languages(db, codes: list[str]) -> list[str]:
    """Set the languages the forum's documents are written in, first preferred ("en fr")."""
    codes = language.check_choice([c.strip().lower() for c in codes if c.strip()])
    profile = store.load_profile(db)
    save(db, replace(profile, document_languages=",".join(codes)), loaded=profile)
    return codes


def replace(profile: ForumProfile, **changes) -> ForumProfile:
    return dataclasses.replace(profile, **changes)


@contextmanager
def worker_db(path, *, plain: bool = False, one_snapshot: bool = False, reading: bool = False):
    """The one way work off the GUI thread (an export, an import, a backup) touches the forum:
    a connection of its own, opened in the worker's thread and closed when the work ends.
    The window's connection never leaves the GUI thread (it refuses to: check_same_thread).

    `one_snapshot=True` reads the forum as it stood when the work began, whatever the window
    writes meanwhile, until the work's own first write (msf_desk.store.db.snapshot).
    `plain=True` gives the bare sqlite3 connection (checkpoints and backups of a file open in
    the window) without the checks of opening a forum.
    `reading=True` gives a connection SQLite lets write nothing, and so without the change
    log's triggers (msf_desk.store.audit); a write tried on it raises WriteNeeded (see
    read_off_thread)."""
    if plain:
        conn = plain_connection(path)
        try:
            yield conn
        finally:
            conn.close()
        return
    # A worker writes under the lock this process's window holds; a reading writes nothing.
    db = open_forum(path, access="reader" if reading else "worker")
    try:
        if one_snapshot:
            with snapshot(db):
                yield db
        else:
            yield db
    finally:
        db.conn.close()


def read_off_thread(path, work):
    """`work(db)` for a page's reading off the GUI thread, on one snapshot of the forum.

    It runs on a reading connection: SQLite refuses every write through it, so it needs none
    of the change log's 120 triggers (about 8 ms to make). A reading that comes to a write
    (the due dates worked out again after the forum's holidays changed) is run again, whole,
    on a worker's connection, where the write is logged as any other."""
    try:
        with worker_db(path, one_snapshot=True, reading=True) as db:
            return work(db)
    except WriteNeeded:
        pass
    with worker_db(path, one_snapshot=True) as db:
        return work(db)
