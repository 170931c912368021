"""Ethics: the statement members sign, their declarations of interest, and who is up to date.

A declaration is a member's whole picture of their interests on the day it is made
(joining, the periodic renewal, or a change): the newest one replaces the earlier ones,
and "nothing to declare" is a declaration too. The earlier ones stay on record. The records
live in msf_desk.model.ethics; the register each audience may see in core.audience.interests.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from msf_desk.core import forum
from msf_desk.core.attachments import store_file
from msf_desk.core.members import get_member, list_members
from msf_desk.core import trash
from msf_desk.core.language import _, day, ngettext
from msf_desk.model.dates import add_months, human
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.ethics import (INTEREST_TYPES, VISIBILITIES, DECLARATION_KINDS, Statement, Signature,
                                   Interest, Declaration)
from msf_desk.store import ethics as store
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day
from msf_desk.core.interests_in_force import declarations, latest_declaration
from msf_desk.model.records import record

# Who must sign and declare: members who sit at the table. Observers and the secretariat do not.
COVERED_ROLES = ("co_chair", "member", "alternate")
DEFAULT_WITHIN_DAYS = 30

DEFAULT_STATEMENT = """\
Ethics statement of the forum's members

We sit on this forum to serve the public, not ourselves or those who sent us. In all the forum's work each of us undertakes to follow these seven principles.

1. Selflessness. I act in the public interest. I do not use my seat to gain anything for myself, my family, my friends or my organisation.

2. Integrity. I do not place myself under any obligation to people or organisations that might try to sway my work on the forum. I declare my interests, and I step back from any item where they could influence me or appear to.

3. Objectivity. I judge proposals, people and evidence on their merits, fairly and without discrimination or bias.

4. Accountability. I answer to the forum and to the public for what I say and decide here, and I accept the scrutiny that comes with the seat.

5. Openness. I share information and reasons openly, and keep back only what the forum has agreed, for a stated and lawful reason, to hold in confidence.

6. Honesty. I am truthful with the forum and the public. I declare the interests listed in the forum's declaration form when I join, every year and whenever they change, and I say at a meeting when an item touches one of them.

7. Leadership. I show these principles in what I do, support others in following them, and raise a concern when I see them broken.

Conflicts of interest. When an agenda item concerns an organisation or a matter in which I have an interest, I say so before the item is discussed. Unless the co-chairs record a waiver, I leave the discussion of that item and take no part in its decision.

Breaches and sanctions. Anyone may report a suspected breach of this statement to the co-chairs or the secretariat. The co-chairs, or a panel the forum appoints, hear the member concerned before deciding. Depending on how serious the breach is, the forum may take no action, give a warning, suspend the member for a set time, or remove the member from the forum; a removal ends the member's term and the seat is filled under the forum's selection rules. The forum keeps a register of breaches and their outcomes.

By signing, I confirm that I have read this statement and will abide by it for as long as I sit on the forum.
"""


# --- records ----------------------------------------------------------------------------


# --- rules ------------------------------------------------------------------------------

def validate_statement_text(text: str, previous: Statement | None, dated: dt.date | None) -> None:
    problems = {}
    if not text.strip():
        problems["text"] = M_("the statement needs its text")
    elif previous is not None and text.strip() == previous.text.strip():
        problems["text"] = M_("the text is the same as version {version}; change it to make a new version").format(version=previous.version)
    if dated is None:
        problems["dated"] = M_("give the date the forum adopted this version")
    elif previous is not None and dated < previous.dated:
        problems["dated"] = M_("version {version} is dated {dated}; a new version cannot be older").format(version=previous.version, dated=message_day(previous.dated))
    if problems:
        raise ValidationError(problems)


def validate_interest(interest: Interest, n: int | None = None) -> dict[str, str]:
    """Problems of one interest, keyed by field (prefixed with 'interest N: ' when n is given)."""
    where = M_("interest {number}:").format(number=n) + " " if n is not None else ""
    problems = {}
    if interest.type not in INTEREST_TYPES:
        problems["type"] = M_("{where}'{type}' is not a type of interest").format(where=where, type=interest.type)
    if not interest.organisation.strip() and not interest.description.strip():
        problems["organisation"] = M_("{where}name the organisation or describe the interest").format(where=where)
    if interest.from_date and interest.to_date and interest.to_date < interest.from_date:
        problems["to_date"] = M_("{where}the interest ends before it starts").format(where=where)
    if interest.visibility not in VISIBILITIES:
        problems["visibility"] = M_("{where}choose public or forum only").format(where=where)
    elif interest.visibility == "forum_only" and not interest.reason.strip():
        problems["reason"] = M_("{where}say why this interest is kept within the forum").format(where=where)
    return problems


def validate_declaration(decl: Declaration) -> None:
    problems: dict[str, str] = {}
    if decl.made_on is None:
        problems["made_on"] = M_("give the date of the declaration")
    if decl.kind not in DECLARATION_KINDS:
        problems["kind"] = M_("'{kind}' is not a kind of declaration").format(kind=decl.kind)
    if decl.nothing_to_declare and decl.interests:
        problems["nothing_to_declare"] = M_("a declaration with interests cannot also say 'nothing to declare'")
    elif not decl.nothing_to_declare and not decl.interests:
        problems["interests"] = M_("list at least one interest, or tick 'nothing to declare'")
    for n, interest in enumerate(decl.interests, start=1):
        for key, message in validate_interest(interest, n).items():
            problems.setdefault(key, message)
    if problems:
        raise ValidationError(problems)


def due_on(last: dt.date, interval_months: int) -> dt.date:
    """The next periodic declaration is due `interval_months` after the last one."""
    return add_months(last, interval_months)


def declaration_status(last: dt.date | None, interval_months: int, today: dt.date,
                       within_days: int = DEFAULT_WITHIN_DAYS) -> tuple[str, dt.date | None, int | None]:
    """('missing' | 'overdue' | 'due_soon' | 'ok', due date, days left; negative when overdue).

    Due on the due day itself counts as due soon (0 days left); overdue from the day after.
    """
    if last is None:
        return "missing", None, None
    due = due_on(last, interval_months)
    days = (due - today).days
    if days < 0:
        return "overdue", due, days
    if days <= within_days:
        return "due_soon", due, days
    return "ok", due, days


def typed_confirmation(member_name: str, statement: Statement) -> str:
    """The words a member types (or the secretariat records from their e-mail) to sign."""
    return (f"I, {member_name}, have read version {statement.version} of the forum's ethics statement "
            f"({human(statement.dated)}) and will abide by it.")


# --- statements and signatures on the forum file ----------------------------------------

def statements(db) -> list[Statement]:
    return store.all_statements(db)


def current_statement(db) -> Statement | None:
    versions = statements(db)
    return versions[-1] if versions else None


def get_statement(db, statement_id: int) -> Statement:
    found = store.get_statement(db, statement_id)
    if found is None:
        raise UserError(M_("There is no ethics statement with id {statement_id}.").format(statement_id=statement_id))
    return found


def new_statement_version(db, text: str, dated: dt.date | None, note: str = "") -> Statement:
    """Adopt a new version: everyone is asked to sign again (signatures are per version)."""
    previous = current_statement(db)
    validate_statement_text(text, previous, dated)
    version = (previous.version + 1) if previous else 1
    return store.insert_statement(db, Statement(version=version, text=text.strip() + "\n", dated=dated, note=note.strip()))


def remove_statement(db, statement_id: int) -> None:
    """Undo adopting a version. Refused once anyone has signed it."""
    statement = get_statement(db, statement_id)
    latest = current_statement(db)
    if latest is None or latest.id != statement_id:
        raise UserError(M_("Only the newest version can be withdrawn; version {version} is not the newest.").format(version=statement.version))
    if store.signatures_of_statement(db, statement_id):
        raise UserError(M_("Version {version} has been signed; it stays on record.").format(version=statement.version))
    store.delete_statement(db, statement_id)


def restore_statement(db, statement: Statement) -> None:
    store.restore_statement(db, statement)


def signatures(db, member_id: int | None = None) -> list[Signature]:
    return store.signatures(db, member_id)


def signature_problems(db, member_id: int | None, statement_id: int | None, signed_on: dt.date | None, *,
                       confirmation: str = "", scan: str | Path | None = None,
                       files_dir: Path | None = None) -> dict[str, str]:
    """What stands in the way of recording this signature, by field (empty: nothing)."""
    problems: dict[str, str] = {}
    member = get_member(db, member_id) if member_id is not None else None
    statement = get_statement(db, statement_id) if statement_id is not None else None
    if member is None:
        problems["member"] = M_("choose the member who signed")
    if statement is None:
        problems["statement"] = M_("choose the version signed")
    if signed_on is None:
        problems["signed_on"] = M_("give the date of the signature")
    elif statement is not None and signed_on < statement.dated:
        problems["signed_on"] = (M_("version {version} was adopted on {dated}; it cannot be signed before that").format(version=statement.version, dated=message_day(statement.dated)))
    if scan is None and not confirmation.strip():
        problems["confirmation"] = M_("type the member's confirmation, or attach a scanned signed copy")
    if scan is not None:
        if not str(scan).strip() or not Path(scan).is_file():
            problems["scan"] = M_("choose the scanned signed copy (a file)")
        elif files_dir is None:
            problems["scan"] = M_("the forum's files folder is not known; save the forum first")
    if member and statement and store.signature_of(db, member.id, statement.id) is not None:
        problems["member"] = M_("{name} has already signed version {version}").format(name=member.name, version=statement.version)
    return problems


def sign(db, member_id: int, statement_id: int, signed_on: dt.date | None, *,
         confirmation: str = "", scan: str | Path | None = None,
         files_dir: Path | None = None) -> Signature:
    """Record a member's signature: typed words, or a scanned signed copy stored in the
    forum's files folder (`files_dir`, i.e. msf_desk.paths.forum_files_dir(forum file))."""
    get_member(db, member_id)
    get_statement(db, statement_id)
    problems = signature_problems(db, member_id, statement_id, signed_on, confirmation=confirmation,
                                  scan=scan, files_dir=files_dir)
    if problems:
        raise ValidationError(problems)
    signature = Signature(member_id=member_id, statement_id=statement_id, signed_on=signed_on,
                          method="scan" if scan is not None else "typed",
                          confirmation="" if scan is not None else confirmation.strip())
    if scan is not None:
        stored = store_scan(Path(files_dir), scan)
        signature = dataclasses.replace(signature, **stored)
    return store.insert_signature(db, signature)


def remove_signature(db, signature_id: int) -> None:
    """Undo a signature entered by mistake (the scan, if any, stays in the files folder)."""
    store.delete_signature(db, signature_id)


def restore_signature(db, signature: Signature) -> None:
    store.restore_signature(db, signature)


SCAN_MAX_BYTES = 50 * 1024 * 1024


def store_scan(files_dir: Path, source: str | Path) -> dict:
    """Copy a scanned signed copy into `files_dir/signatures/` under its SHA-256."""
    stored = store_file(files_dir, source, folder="signatures", max_bytes=SCAN_MAX_BYTES, what=M_("a scan"),
                        field="scan")
    return {k: stored[k] for k in ("file_name", "stored_path", "sha256", "size")}


# --- declarations -------------------------------------------------------------------------

def get_declaration(db, declaration_id: int) -> Declaration:
    found = store.get_declaration(db, declaration_id)
    if found is None:
        raise UserError(M_("There is no declaration with id {declaration_id}.").format(declaration_id=declaration_id))
    return found


def add_declaration(db, decl: Declaration) -> Declaration:
    get_member(db, decl.member_id)
    validate_declaration(decl)
    return store.insert_declaration(db, decl)


def update_declaration(db, decl: Declaration) -> Declaration:
    if decl.id is None:
        raise UserError(M_("This declaration has not been saved yet."))
    validate_declaration(decl)
    store.replace_declaration(db, decl)
    return get_declaration(db, decl.id)


def remove_declaration(db, declaration_id: int) -> None:
    store.delete_declaration(db, declaration_id)


def trash_declaration(db, declaration_id: int, *, now: dt.datetime | None = None) -> int:
    """Move a declaration of interests (with its interests) into the trash; return the entry."""
    decl = get_declaration(db, declaration_id)
    member = get_member(db, decl.member_id)
    count = len(decl.interests)
    what = "nothing to declare" if decl.nothing_to_declare or not count else \
        f"{count} interest{'s' if count != 1 else ''}"
    label = f"{member.name}: declaration of {human(decl.made_on)} ({what})"
    return trash.move(db, "declaration", declaration_id, label, now=now)


def restore_declaration(db, decl: Declaration) -> None:
    """Put a declaration back as it was (undo), same id and interest ids."""
    store.restore_declaration(db, decl)


def prefill_declaration(db, member_id: int, today: dt.date) -> Declaration:
    """A new declaration for a member, pre-filled with what is on record and still current.

    The kind is 'joining' for a first declaration, 'periodic' otherwise (the user may
    choose 'change').
    """
    last = latest_declaration(db, member_id)
    if last is None:
        return Declaration(member_id=member_id, made_on=today, kind="joining")
    kept = [dataclasses.replace(i, id=None) for i in last.interests
            if i.to_date is None or i.to_date >= today]
    return Declaration(member_id=member_id, made_on=today, kind="periodic",
                       nothing_to_declare=not kept, interests=kept)


# --- compliance ---------------------------------------------------------------------------

@record
class ComplianceRow:
    """Where one member stands with the ethics statement and their declaration."""

    member_id: int
    name: str
    organisation: str
    role: str
    side: str
    signed_version: int | None  # the newest version this member signed
    signed_on: dt.date | None
    statement_ok: bool
    last_declared: dt.date | None
    declaration: str  # 'missing' | 'overdue' | 'due_soon' | 'ok'
    due_on: dt.date | None
    days_left: int | None
    current_version: int | None = None

    @property
    def statement_text(self) -> str:
        if self.current_version is None:
            return _("No statement adopted")
        if self.statement_ok:
            return _("Signed version {version}").format(version=self.signed_version)
        if self.signed_version:
            return _("Signed version {signed} only; version {current} to sign").format(
                signed=self.signed_version, current=self.current_version)
        return _("Not signed")

    @property
    def declaration_text(self) -> str:
        if self.declaration == "missing":
            return _("No declaration on record")
        if self.declaration == "overdue":
            n = -(self.days_left or 0)
            return ngettext("Overdue since {day} ({n} day)", "Overdue since {day} ({n} days)", n).format(
                day=day(self.due_on), n=n)
        if self.declaration == "due_soon":
            if self.days_left == 0:
                return _("Due today")
            return ngettext("Due on {day} (in {n} day)", "Due on {day} (in {n} days)", self.days_left).format(
                day=day(self.due_on), n=self.days_left)
        return _("Up to date until {day}").format(day=day(self.due_on))

    @property
    def needs_reminder(self) -> bool:
        return bool(self.reminders())

    def reminders(self) -> list[str]:
        out = []
        if self.current_version is not None and not self.statement_ok:
            out.append(_("sign version {version} of the ethics statement").format(version=self.current_version))
        if self.declaration == "missing":
            out.append(_("make a declaration of interests"))
        elif self.declaration == "overdue":
            out.append(_("renew the declaration of interests (due {day})").format(day=day(self.due_on)))
        elif self.declaration == "due_soon":
            out.append(_("renew the declaration of interests by {day}").format(day=day(self.due_on)))
        return out

    def to_json(self) -> dict:
        data = dataclasses.asdict(self)
        for key in ("signed_on", "last_declared", "due_on"):
            data[key] = data[key].isoformat() if data[key] else None
        data["statement"] = self.statement_text
        data["declaration_text"] = self.declaration_text
        data["reminders"] = self.reminders()
        return data


@record
class ComplianceReport:
    """Where every member stands with the ethics rules on a day."""

    on: dt.date
    within_days: int
    interval_months: int
    statement: Statement | None
    rows: list[ComplianceRow]

    def _where(self, **kw) -> list[ComplianceRow]:
        return [r for r in self.rows if all(getattr(r, k) == v for k, v in kw.items())]

    @property
    def unsigned(self) -> list[ComplianceRow]:
        return [r for r in self.rows if self.statement is not None and not r.statement_ok]

    @property
    def missing(self) -> list[ComplianceRow]:
        return self._where(declaration="missing")

    @property
    def overdue(self) -> list[ComplianceRow]:
        return self._where(declaration="overdue")

    @property
    def due_soon(self) -> list[ComplianceRow]:
        return self._where(declaration="due_soon")

    @property
    def reminders(self) -> list[ComplianceRow]:
        return [r for r in self.rows if r.needs_reminder]

    def summary_lines(self) -> list[str]:
        n = len(self.rows)
        lines = []
        if self.statement is None:
            lines.append(_("The forum has not adopted an ethics statement yet."))
        else:
            signed = n - len(self.unsigned)
            lines.append(_("Ethics statement, version {version} of {day}: signed by {signed} of {n} members.").format(
                version=self.statement.version, day=day(self.statement.dated), signed=signed, n=n))
        lines.append(_("Declarations of interest (renewed every {months} months): {missing} missing, {overdue} "
                       "overdue, {soon} due within {days} days.").format(
            months=self.interval_months, missing=len(self.missing), overdue=len(self.overdue),
            soon=len(self.due_soon), days=self.within_days))
        return lines

    def to_json(self) -> dict:
        return {
            "on": self.on.isoformat(),
            "within_days": self.within_days,
            "interval_months": self.interval_months,
            "statement": None if self.statement is None else {
                "id": self.statement.id, "version": self.statement.version,
                "dated": self.statement.dated.isoformat()},
            "counts": {"members": len(self.rows), "unsigned": len(self.unsigned),
                       "missing": len(self.missing), "overdue": len(self.overdue),
                       "due_soon": len(self.due_soon), "reminders": len(self.reminders)},
            "summary": self.summary_lines(),
            "members": [r.to_json() for r in self.rows],
        }


def covered_members(db, day: dt.date) -> list:
    return [m for m in list_members(db) if m.role in COVERED_ROLES and m.serving_on(day)]


def compliance(db, today: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> ComplianceReport:
    """Who lacks a signature on the current statement; whose declaration is missing,
    overdue or due within `within_days`."""
    if within_days < 0:
        raise UserError(M_("The number of days ahead cannot be negative."), field="within_days")
    profile = forum.load(db)
    statement = current_statement(db)
    versions = {s.id: s.version for s in statements(db)}
    sigs: dict[int, list[Signature]] = {}
    for s in signatures(db):
        sigs.setdefault(s.member_id, []).append(s)
    decls: dict[int, list[Declaration]] = {}
    for d in declarations(db):
        decls.setdefault(d.member_id, []).append(d)
    rows = []
    for m in covered_members(db, today):
        mine = sorted(sigs.get(m.id, []), key=lambda s: versions.get(s.statement_id, 0))
        newest = mine[-1] if mine else None
        ok = statement is not None and any(s.statement_id == statement.id for s in mine)
        made = [d.made_on for d in decls.get(m.id, []) if d.made_on <= today]
        last = max(made) if made else None
        status, due, days = declaration_status(last, profile.declaration_interval_months, today, within_days)
        rows.append(ComplianceRow(
            member_id=m.id, name=m.name, organisation=m.organisation, role=m.role, side=m.side,
            signed_version=versions.get(newest.statement_id) if newest else None,
            signed_on=newest.signed_on if newest else None, statement_ok=ok,
            last_declared=last, declaration=status, due_on=due, days_left=days,
            current_version=statement.version if statement else None,
        ))
    return ComplianceReport(on=today, within_days=within_days,
                            interval_months=profile.declaration_interval_months,
                            statement=statement, rows=rows)
