"""Importing members from a spreadsheet: every row checked, all or nothing."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import field
from pathlib import Path

from msf_desk.core import members as core_members
from msf_desk.core.addresses import is_email_address
from msf_desk.model.members import Member
from msf_desk.core.tabular import parse_yes_no, read_table, write_template
from msf_desk.model.errors import ImportFailed, Problem, UserError, ValidationError
from msf_desk.store import members as store
from msf_desk.store.db import transaction
from msf_desk.model.members import ROLES, SECTORS, SIDES, side_for_sector
from msf_desk.model.messages import M_
from msf_desk.model.records import record

HEADERS = [
    "name", "organisation", "sector", "role", "voting", "term_start", "term_end",
    "email", "phone", "high_level", "alternate_for", "side",
]
ALIASES = {"organization": "organisation"}
REQUIRED = ("name", "sector")


@record
class ImportResult:
    source: str
    members: list[Member] = field(default_factory=list)
    written: bool = False
    unused_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. that the file was read as Windows-1252

    def preview(self, limit: int = 20) -> list[dict[str, str]]:
        """The first members as they will be stored, field by field."""
        rows = []
        for m in self.members[:limit]:
            rows.append({
                "Name": m.name, "Organisation": m.organisation,
                "Sector": SECTORS.get(m.sector, m.sector),
                "Side": SIDES.get(m.side or side_for_sector(m.sector), ""),
                "Role": ROLES.get(m.role, m.role), "Voting": "yes" if m.voting else "no",
                "High level": "yes" if m.high_level else "no",
                "Term start": m.term_start.isoformat() if m.term_start else "",
                "Term end": m.term_end.isoformat() if m.term_end else "",
                "E-mail": m.email, "Phone": m.phone,
            })
        return rows

    @property
    def count(self) -> int:
        return len(self.members)


def template(path: str | Path) -> Path:
    return write_template(path, HEADERS)


def read_members(path: str | Path, existing: list[Member], *, progress=None,
                 sheet=None) -> tuple[list[Member], list[dict], list[Problem]]:
    """The members in the file at `path` (or its `sheet`, read already), checked row by row.
    `progress(done, total)`, when given, is called every 50 rows (a worker's: it may raise to stop)."""
    sheet = sheet if sheet is not None else read_table(path)
    columns = {ALIASES.get(k, k) for r in sheet.rows if r for k in r} | {
        ALIASES.get(h, h) for h in map(lambda h: h.strip().lower(), sheet.headers)
    }
    problems: list[Problem] = []
    for col in REQUIRED:
        if col not in columns:
            problems.append(Problem(0, col, M_("the header has no '{col}' column").format(col=col)))
    if problems:
        raise ImportFailed(sheet.source, problems)

    members: list[Member] = []
    pending_alternates: list[tuple[int, Member, str]] = []
    names_in_file: dict[tuple[str, str], int] = {}
    for index, raw in enumerate(sheet.rows):
        row_no = index + 2
        if progress is not None and index % 50 == 0:
            progress(index, len(sheet.rows))
        if raw is None:
            continue
        row = {ALIASES.get(k, k): v for k, v in raw.items()}
        row_problems: list[Problem] = []

        def bad(col: str, msg: str) -> None:
            row_problems.append(Problem(row_no, col, msg))

        name = row.get("name", "").strip()
        if not name:
            bad("name", M_("the name is missing"))
        sector = core_members.sector_key(row.get("sector", ""))
        if not row.get("sector", "").strip():
            bad("sector", M_("the sector is missing"))
        elif sector is None:
            bad("sector", M_("'{sector}' is not a sector (use one of: {values})").format(sector=row['sector'], values=', '.join(SECTORS.values())))
        role = "member"
        if row.get("role", "").strip():
            role = core_members.role_key(row["role"])
            if role is None:
                bad("role", M_("'{role}' is not a role (co-chair, member, alternate, observer, secretariat)").format(role=row['role']))
                role = "member"
        flags = {}
        for col, default in (("voting", role in ("co_chair", "member", "alternate")), ("high_level", False)):
            text = row.get(col, "").strip()
            flags[col] = default if not text else parse_yes_no(text)
            if flags[col] is None:
                bad(col, M_("'{text}' is not yes or no").format(text=text))
        dates = {}
        for col in ("term_start", "term_end"):
            text = row.get(col, "").strip()
            try:
                dates[col] = dt.date.fromisoformat(text) if text else None
            except ValueError:
                bad(col, M_("'{text}' is not a date in the form YYYY-MM-DD").format(text=text))
                dates[col] = None
        if dates["term_start"] and dates["term_end"] and dates["term_end"] < dates["term_start"]:
            bad("term_end", M_("the term ends before it starts"))
        side = ""
        overridden = False
        if row.get("side", "").strip():
            side = core_members.side_key(row["side"])
            overridden = True
            if side is None:
                bad("side", M_("'{side}' is not a side (government or non-government)").format(side=row['side']))
                side, overridden = "", False
        email = row.get("email", "").strip()
        if email and not is_email_address(email):
            bad("email", M_("'{email}' is not an e-mail address").format(email=email))
        key = (" ".join(name.lower().split()), row.get("organisation", "").strip().lower())
        if name and key in names_in_file:
            bad("name", M_("{name} already appears in row {row}").format(name=name, row=names_in_file[key]))
        elif name and any(
            " ".join(m.name.lower().split()) == key[0] and m.organisation.strip().lower() == key[1]
            and m.status == "active" for m in existing
        ):
            bad("name", M_("{name} ({organisation}) is already a member").format(
                name=name, organisation=row.get('organisation', '') or M_("no organisation")))
        if name:
            names_in_file[key] = row_no
        problems += row_problems
        if row_problems:
            continue
        member = Member(
            name=name,
            organisation=row.get("organisation", "").strip(),
            sector=sector,
            side=side,
            side_overridden=overridden,
            role=role,
            voting=bool(flags["voting"]),
            high_level=bool(flags["high_level"]),
            term_start=dates["term_start"],
            term_end=dates["term_end"],
            email=email,
            phone=row.get("phone", "").strip(),
        )
        members.append(member)
        alt = row.get("alternate_for", "").strip()
        if alt:
            pending_alternates.append((row_no, member, alt))
        elif role == "alternate":
            problems.append(Problem(row_no, "alternate_for", M_("an alternate needs the name of the member whose seat they cover")))
    known = {" ".join(m.name.lower().split()) for m in existing} | {" ".join(m.name.lower().split()) for m in members}
    for row_no, member, alt in pending_alternates:
        if " ".join(alt.lower().split()) not in known:
            problems.append(Problem(row_no, "alternate_for", M_("'{alt}' is nobody known in the forum or in this file").format(alt=alt)))
    links = [(m, alt) for _, m, alt in pending_alternates]
    return members, links, problems


def import_members(db, path: str | Path, *, dry_run: bool = False, progress=None) -> ImportResult:
    """Check every row; write all of them in one transaction, or none.

    `progress(done, total)`, when given (a worker's), is called while the rows are checked and
    written; it may raise to stop, and then nothing is written (the transaction is rolled back)."""
    path = Path(path)
    existing = store.all_members(db)
    sheet = read_table(path)
    members, links, problems = read_members(path, existing, progress=progress, sheet=sheet)
    if problems:
        raise ImportFailed(path.name, sorted(problems, key=lambda p: p.row))
    if not members:
        raise UserError(M_("{name} has a header but no members in it.").format(name=path.name))
    headers = sheet.headers
    known = set(HEADERS) | set(ALIASES)
    result = ImportResult(source=path.name, members=members,
                          unused_columns=[h for h in headers if h.strip() and h.strip().lower() not in known],
                          notes=[sheet.encoding_note] if sheet.encoding_note else [])
    if dry_run:
        return result
    n = len(members)
    with transaction(db, f"Imported {n} member{'s' if n != 1 else ''} from {path.name}", action="import"):
        if progress is not None:
            progress(0, n)
        saved = store.insert_members(db, members)
        by_name = {" ".join(m.name.lower().split()): m.id for m in existing}
        by_name.update({" ".join(m.name.lower().split()): m.id for m in saved})
        index = {id(orig): s for orig, s in zip(members, saved)}
        for member, alt in links:
            s = index[id(member)]
            s.alternate_for = by_name[" ".join(alt.lower().split())]
            try:
                core_members.validate_member(s, existing + saved)
            except ValidationError as exc:
                raise ImportFailed(path.name, [Problem(0, "alternate_for", M_("{name}: {exc}").format(name=s.name, exc=exc))]) from None
            store.update_member(db, s)
        if progress is not None:
            progress(n, n)     # the last chance to cancel: nothing is written yet
    result.members = saved
    result.written = True
    return result


def undo_import(db, member_ids: list[int]) -> list[Member]:
    """Remove the members an import added (undo), all or nothing; returns them as they were, for redo."""
    saved = [core_members.get_member(db, i) for i in member_ids]
    with transaction(db):
        store.set_alternate_for(db, member_ids, None)
        for member_id in member_ids:
            core_members.check_removable(db, member_id)
            store.delete_member(db, member_id)
    return saved


def redo_import(db, members: list[Member]) -> None:
    """Put back the members an undone import had added, with the same ids."""
    with transaction(db):
        for member in members:
            core_members.restore_member(db, dataclasses.replace(member, alternate_for=None))
        for member in members:
            if member.alternate_for:
                store.set_alternate_for(db, [member.id], member.alternate_for)
