"""Ethics documents: the register of interests (.docx, .pdf, .csv), a member's declaration
form to print and sign (.docx, .pdf), and the compliance summary (.docx, .pdf).

What each audience may see is decided in core (msf_desk.core.audience.interests.register_of_interests);
this module lays out what it is given.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from msf_desk.core import ethics
from msf_desk.core.interests_in_force import latest_declaration
from msf_desk.core.audience import interests as interests_view
from msf_desk.model.errors import UserError
from msf_desk.model.members import ROLES, SIDES
from msf_desk.core.language import N_, _, typed
from msf_desk.core.language import day as human
from msf_desk.core.tabular import SafeDictWriter
from msf_desk.exports.atomic import Progress, atomic_write, write_all
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, Paragraph, Table
from msf_desk.model.ethics import DECLARATION_KINDS, Declaration, INTEREST_TYPES, Interest, Statement
from msf_desk.model.messages import M_
from msf_desk.model.records import record

REGISTER_FORMATS = ("docx", "pdf", "csv")
DOCUMENT_FORMATS = ("docx", "pdf")
BLANK_ROWS = 4
CSV_FIELDS = ["member", "member_organisation", "side", "role", "declared_on", "declaration_kind",
              "nothing_to_declare", "interest_type", "interest_organisation", "interest_description",
              "interest_from", "interest_to"]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50]


def _d(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


# --- the register ---------------------------------------------------------------------------

def register_document(register: interests_view.Register, interval_months: int = 12) -> Document:
    public = register.audience == "public"
    doc = Document(
        title=_("Register of interests"),
        subtitle=_("{forum} — as at {day}").format(forum=typed(register.forum_name), day=human(register.on)),
        header=f"{typed(register.forum_name)} — {_('Register of interests')}"
               + ("" if public else " — " + _("for members of the forum, not for publication")),
        author=register.forum_name, date=register.on,
    )
    intro = _("Members of the forum declare their interests when they join, every {months} months and whenever "
              "their interests change. The register shows each member's latest declaration.").format(
        months=interval_months)
    if public:
        intro += " " + _("Interests a member declared in confidence, for a reason the forum accepted, are held on "
                         "the forum's own record and are not published. Where a member has not agreed to "
                         "publication of their name, their organisation is shown instead.")
        doc.add(Paragraph(intro))
    else:
        doc.add(Paragraph(_("For members of the forum. This version includes interests declared in confidence "
                            "(marked \"forum only\"); it is not for publication."), "note"),
                Paragraph(intro))
    for side in SIDES:
        entries = [e for e in register.entries if e.side == side]
        if not entries:
            continue
        doc.add(Heading(_(SIDES[side]), 1))
        # One row per member: a row never splits across pages, so a member's interests stay together.
        rows = []
        for e in entries:
            who = e.shown_name
            if e.organisation and e.organisation != e.shown_name:
                who += f"\n{e.organisation}"
            declared = (f"{e.declared_on.isoformat()}\n{_(DECLARATION_KINDS.get(e.kind, e.kind))}"
                        if e.declared_on else "—")
            listed = "\n".join(_interest_line(i, public) for i in e.interests) or e.status_text
            rows.append([who, _(ROLES.get(e.role, e.role)), declared, listed])
        doc.add(Table([_("Member"), _("Seat"), _("Declared"), _("Interests")], rows,
                      widths=[0.25, 0.13, 0.15, 0.47]))
    doc.add(Paragraph(_("Prepared with MSF Desk on {day}.").format(day=human(register.on)), "small"))
    return doc


def _interest_line(i: Interest, public: bool) -> str:
    text = f"• {_(i.type_label)}: " + " — ".join(typed(x) for x in (i.organisation.strip(), i.description.strip()) if x)
    if i.from_date and i.to_date:
        text += " (" + _("{start} to {end}").format(start=_d(i.from_date), end=_d(i.to_date)) + ")"
    elif i.from_date:
        text += " (" + _("since {day}").format(day=_d(i.from_date)) + ")"
    elif i.to_date:
        text += " (" + _("until {day}").format(day=_d(i.to_date)) + ")"
    if not public and not i.is_public:
        text += " [" + _("forum only: {reason}").format(reason=typed(i.reason)) + "]"
    return text


def register_rows(register: interests_view.Register) -> list[dict]:
    """One row per interest; a member without any gets one row saying so. The members'
    version adds each interest's visibility and the reason for keeping it within the forum."""
    private = register.audience != "public"
    rows = []
    for e in register.entries:
        base = {"member": e.shown_name, "member_organisation": e.organisation,
                "side": SIDES.get(e.side, e.side), "role": ROLES.get(e.role, e.role),
                "declared_on": _d(e.declared_on), "declaration_kind": e.kind,
                "nothing_to_declare": "yes" if e.nothing_to_declare else "no"}
        if not e.interests:
            row = {**base, "interest_type": "", "interest_organisation": "",
                   "interest_description": e.status_text, "interest_from": "", "interest_to": ""}
            rows.append({**row, "visibility": "", "reason": ""} if private else row)
        for i in e.interests:
            row = {**base, "interest_type": i.type_label, "interest_organisation": i.organisation,
                   "interest_description": i.description, "interest_from": _d(i.from_date),
                   "interest_to": _d(i.to_date)}
            if private:
                row.update(visibility="Public" if i.is_public else "Forum only", reason=i.reason)
            rows.append(row)
    return rows


def write_register_csv(register: interests_view.Register, path: Path) -> Path:
    fields = CSV_FIELDS + ([] if register.audience == "public" else ["visibility", "reason"])
    with atomic_write(path) as tmp:
        # BOM: Excel on Windows reads UTF-8 CSV correctly only with it.
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = SafeDictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(register_rows(register))
    return path


# --- the declaration form -----------------------------------------------------------------------

def declaration_form_document(forum_name: str, member, last: Declaration | None,
                              statement: Statement | None, today: dt.date,
                              interval_months: int = 12) -> Document:
    """A member's form, pre-filled with what is on record, to check, complete, sign and return."""
    doc = Document(
        title=_("Declaration of interests"),
        subtitle=f"{forum_name} — {member.name}",
        header=f"{forum_name} — {_('Declaration of interests')} — {member.name}",
        author=forum_name, date=today,
    )
    term = _(" to ").join(filter(None, [_d(member.term_start), _d(member.term_end)])) or "—"
    doc.add(KeyValues([
        (_("Member"), member.name), (_("Organisation"), member.organisation or "—"),
        (_("Side"), _(SIDES.get(member.side, member.side))), (_("Seat"), _(ROLES.get(member.role, member.role))),
        (_("Term"), term),
        (_("Last declaration"), f"{human(last.made_on)} ({_(last.kind_label).lower()})" if last
         else _("None on record")),
        (_("Form prepared"), human(today)),
    ]))
    doc.add(Heading(_("What to declare"), 1), Paragraph(
        _("Declare every interest that someone could reasonably think might influence your work on the forum: "
          "yours, and those of your close family where you know of them. Declare on joining, every {months} "
          "months, and whenever something changes. The forum publishes its register of interests; if an "
          "interest should stay within the forum, tick \"forum only\" and say why.").format(months=interval_months)))
    doc.add(Bullets([_(label) + _hint(key) for key, label in INTEREST_TYPES.items()]))
    doc.add(Heading(_("This declaration is made"), 1),
            Paragraph("[  ]  " + _("on joining the forum") + "\n[  ]  " + _("as the periodic renewal")
                      + "\n[  ]  " + _("because my interests changed")))
    doc.add(Heading(_("Interests"), 1))
    on_record = [] if last is None or last.nothing_to_declare else last.interests
    if on_record:
        doc.add(Paragraph(_("The first lines are the interests on record. Check each one: strike out what has "
                            "ended and write its end date, correct what has changed, and add what is new."), "note"))
    elif last is not None:
        doc.add(Paragraph(_("Your last declaration said: nothing to declare. Add any interest you now hold."),
                          "note"))
    else:
        doc.add(Paragraph(_("No interests on record. List any interest you hold."), "note"))
    rows = [[_(i.type_label), i.organisation, i.description, _d(i.from_date), _d(i.to_date),
             _("Public") if i.is_public else _("Forum only: {reason}").format(reason=typed(i.reason))] for i in on_record]
    # Blank lines tall enough to write in by hand.
    blanks = [["\n\n"] + [""] * 5 for _row in range(BLANK_ROWS)]
    doc.add(Table([_("Type"), _("Organisation"), _("Description"), _("From"), _("To"),
                   _("Public or forum only (why)")], rows + blanks, widths=[0.15, 0.18, 0.24, 0.13, 0.13, 0.17]))
    doc.add(Paragraph("[  ] " + _("I have no interests to declare.")))
    doc.add(Heading(_("Signature"), 1))
    if statement is not None:
        pledge = _("I declare that the information on this form is complete and correct to the best of my "
                   "knowledge, and that I will tell the secretariat of any change and declare at a meeting any "
                   "interest in an item, as version {version} of the forum's ethics statement asks.").format(
            version=statement.version)
    else:
        pledge = _("I declare that the information on this form is complete and correct to the best of my "
                   "knowledge.")
    doc.add(Paragraph(pledge))
    doc.add(KeyValues([(_("Signed"), "_" * 40), (_("Name"), member.name), (_("Date"), "_" * 20)]))
    doc.add(Paragraph(_("Return the signed form to the forum's secretariat. It is kept on the forum's record; "
                        "only interests marked public appear in the published register."), "small"))
    return doc


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _hint(key: str) -> str:
    hint = {
        "employment": N_("paid work, consultancy, self-employment"),
        "directorship": N_("seats on boards, trustee or committee roles, paid or not"),
        "financial": N_("shares, loans, property, contracts held"),
        "government_funding": N_("grants or contracts your organisation or you receive from government"),
        "family": N_("a relative or partner working for or with a body the forum deals with"),
        "gifts": N_("anything received because of your seat, above a token value"),
        "other": N_("anything else a reasonable person could see as an interest"),
    }.get(key)
    return ": " + _(hint) if hint else ""


# --- the compliance summary -----------------------------------------------------------------------

def compliance_document(forum_name: str, report: ethics.ComplianceReport, breach_list: list,
                        names: dict[int, str]) -> Document:
    doc = Document(
        title=_("Ethics compliance summary"),
        subtitle=_("{forum} — as at {day}").format(forum=typed(forum_name), day=human(report.on)),
        header=f"{typed(forum_name)} — " + _("Ethics compliance — for the forum, not for publication"),
        author=forum_name, date=report.on,
    )
    doc.add(Paragraph(_("For the forum's co-chairs and secretariat."), "note"), Bullets(report.summary_lines()))
    doc.add(Heading(_("Members"), 1))
    doc.add(Table([_("Member"), _("Seat"), _("Ethics statement"), _("Declaration of interests")],
                  [[r.name, _(ROLES.get(r.role, r.role)), r.statement_text, r.declaration_text] for r in report.rows],
                  widths=[0.28, 0.12, 0.28, 0.32]))
    due = report.reminders
    doc.add(Heading(_("Reminders ({n})").format(n=len(due)) if due else _("Reminders"), 1))
    if due:
        doc.add(Table([_("Member"), _("To do")], [[r.name, _sentence("; ".join(r.reminders()))] for r in due],
                      widths=[0.32, 0.68]))
        doc.add(Paragraph(_("Declarations due within {days} days are included.").format(days=report.within_days),
                          "note"))
    else:
        doc.add(Paragraph(_("Nobody needs a reminder."), "note"))
    doc.add(Heading(_("Breach register"), 1))
    if breach_list:
        rows = []
        for b in breach_list:
            handling = "\n".join(filter(None, [_(b.sanction_label), b.outcome,
                                                _("Handled by: {who}").format(who=typed(b.handled_by)) if b.handled_by
                                                else ""]))
            rows.append([names.get(b.member_id, _("member {id}").format(id=b.member_id)), _d(b.reported_on),
                         b.allegation, handling, _(b.state_text)])
        doc.add(Table([_("Member"), _("Reported"), _("Allegation"), _("Sanction and outcome"), _("Status")], rows,
                      widths=[0.16, 0.13, 0.29, 0.28, 0.14]))
    else:
        doc.add(Paragraph(_("No breach has been reported."), "note"))
    doc.add(Paragraph(_("Prepared with MSF Desk on {day}.").format(day=human(report.on)), "small"))
    return doc


# --- writing files ---------------------------------------------------------------------------------

def _check(formats: list[str], allowed: tuple[str, ...], what: str) -> None:
    wrong = [f for f in formats if f not in allowed]
    if wrong or not formats:
        raise UserError(M_("The {what} can be written as {allowed} (got {value}).").format(what=what, allowed=', '.join(allowed), value=', '.join(wrong) or M_("nothing")))


@record
class Prepared:
    """What an export needs, read from the forum file on the caller's thread; writing it
    (which may take a while) touches no database, so it can run in a worker."""

    stem: str
    document: Document
    allowed: tuple[str, ...]
    register: interests_view.Register | None = None  # for the CSV of the register


def write_prepared(prepared: Prepared, formats: list[str], out_dir: str | Path,
                   progress: Progress | None = None) -> list[Path]:
    from msf_desk.exports.docx_writer import write_docx
    from msf_desk.exports.pdf_writer import write_pdf

    _check(formats, prepared.allowed, prepared.document.title.lower())
    writers = {"docx": lambda p, prog: write_docx(prepared.document, p, progress=prog),
               "pdf": lambda p, prog: write_pdf(prepared.document, p, progress=prog)}
    if prepared.register is not None:
        writers["csv"] = lambda p, prog: write_register_csv(prepared.register, p)
    return write_all(out_dir, prepared.stem, formats, writers, progress)


def prepare_register(db, audience: str, on: dt.date) -> Prepared:
    from msf_desk.core import forum

    register = interests_view.register_of_interests(db, audience, on)
    doc = register_document(register, forum.load(db).declaration_interval_months)
    return Prepared(f"register-of-interests-{audience}-{on.isoformat()}", doc, REGISTER_FORMATS, register)


def prepare_declaration_form(db, member_id: int, today: dt.date) -> Prepared:
    from msf_desk.core import forum
    from msf_desk.core.members import get_member

    member = get_member(db, member_id)
    profile = forum.load(db)
    doc = declaration_form_document(profile.name, member, latest_declaration(db, member_id),
                                    ethics.current_statement(db), today, profile.declaration_interval_months)
    return Prepared(f"declaration-form-{member.id}-{slug(member.name) or 'member'}", doc, DOCUMENT_FORMATS)


def prepare_compliance_summary(db, today: dt.date, within_days: int = ethics.DEFAULT_WITHIN_DAYS) -> Prepared:
    from msf_desk.core import breaches, forum
    from msf_desk.core.members import list_members

    report = ethics.compliance(db, today, within_days)
    names = {m.id: m.name for m in list_members(db)}
    doc = compliance_document(forum.load(db).name, report, breaches.list_breaches(db), names)
    return Prepared(f"ethics-compliance-{today.isoformat()}", doc, DOCUMENT_FORMATS)


def export_register(db, *, audience: str, formats: list[str], out_dir: str | Path,
                    on: dt.date | None = None, progress: Progress | None = None) -> list[Path]:
    """The register of interests for `audience` ('public' or 'members')."""
    _check(formats, REGISTER_FORMATS, M_("register of interests"))
    return write_prepared(prepare_register(db, audience, on or dt.date.today()), formats, out_dir, progress)


def export_declaration_form(db, member_id: int, *, formats: list[str], out_dir: str | Path,
                            today: dt.date | None = None, progress: Progress | None = None) -> list[Path]:
    _check(formats, DOCUMENT_FORMATS, M_("declaration form"))
    return write_prepared(prepare_declaration_form(db, member_id, today or dt.date.today()), formats, out_dir,
                          progress)


def export_compliance_summary(db, *, formats: list[str], out_dir: str | Path, today: dt.date | None = None,
                              within_days: int = ethics.DEFAULT_WITHIN_DAYS,
                              progress: Progress | None = None) -> list[Path]:
    _check(formats, DOCUMENT_FORMATS, M_("compliance summary"))
    return write_prepared(prepare_compliance_summary(db, today or dt.date.today(), within_days), formats,
                          out_dir, progress)
