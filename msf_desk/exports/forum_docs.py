"""The forum's public profile: remit and governance, members with the parity summary,
selection rounds. Described once as Documents; the members list also as CSV.

Only what msf_desk.core.repository lets the public see: no e-mail or phone of any member,
names only where the forum and the member allow it (the organisation otherwise),
candidates in selection rounds by organisation.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from msf_desk.model.dates import human
from msf_desk.model.forum import JURISDICTIONS, ForumProfile
from msf_desk.core.repository import PublicMember, PublicRound
from msf_desk.core.tabular import SafeDictWriter
from msf_desk.exports.atomic import atomic_write
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, Paragraph, Table

MEMBER_COLUMNS = ["name", "organisation", "side", "sector", "role", "voting", "high_level", "term_start",
                  "term_end", "alternate_for"]


def _d(day: dt.date | None) -> str:
    return human(day) if day else "—"


def governance_document(profile: ForumProfile) -> Document:
    doc = Document(title="Remit and governance", subtitle=profile.name,
                   header=f"{profile.name} — remit and governance", author=profile.name)
    where = JURISDICTIONS.get(profile.jurisdiction, profile.jurisdiction)
    if profile.place.strip():
        where += f" ({profile.place.strip()})"
    doc.add(KeyValues([("Forum", profile.name), ("Level", where),
                       ("Languages", profile.languages or "—"),
                       ("Secretariat", profile.lead_agency or profile.contact_name or "—")]))
    doc.add(Heading("Remit", 1), Paragraph(profile.remit.strip() or "Not yet written."))
    doc.add(Heading("How the forum works", 1))
    seats = ""
    if profile.seats_government or profile.seats_non_government:
        seats = (f"{profile.seats_government} government and {profile.seats_non_government} non-government "
                 "voting seats")
    pairs = [
        ("Meetings", profile.frequency_text()),
        ("Notice", f"Papers and agenda at least {profile.notice_days} days before a meeting"),
        ("Who sets the agenda", profile.agenda_setter or "—"),
        ("How decisions are made", profile.decision_rule_text()),
        ("Quorum", profile.quorum_text()),
        ("What the forum may decide", profile.decision_powers or "—"),
        ("Conflicts of interest", profile.conflicts_policy or "—"),
        ("Declarations of interest", f"Renewed every {profile.declaration_interval_months} months"),
        ("Minutes", profile.minutes_detail or "—"),
        ("Approval of minutes", "By the forum at a later meeting"
         + (", signed off by both co-chairs" if profile.both_cochairs_approve else "")),
        ("Answers to the public", f"Within {profile.response_working_days} working days"),
        ("Names in published records", "Members' names are published where each member agrees"
         if profile.publish_names else "Organisations only; members' names are not published"),
    ]
    if seats:
        pairs.insert(0, ("Seats", seats))
    doc.add(KeyValues(pairs))
    doc.add(Heading("Contact", 1))
    contact = [("Secretariat", profile.lead_agency or profile.contact_name or profile.name)]
    if profile.contact_email.strip():
        # The forum's public point of contact: published by design.
        contact.append(("E-mail", profile.contact_email.strip()))
    doc.add(KeyValues(contact))
    return doc


def _member_rows(members: list[PublicMember]) -> list[list[str]]:
    rows = []
    for m in members:
        role = m.role_label + (f" (for {m.alternate_for})" if m.alternate_for else "")
        if m.high_level:
            role += ", high-level"
        if not m.voting and m.role_label in ("Member", "Co-chair"):
            role += ", non-voting"
        term = f"{_d(m.term_start)} – {_d(m.term_end)}" if (m.term_start or m.term_end) else "—"
        rows.append([m.name or "(name not published)", m.organisation or "—", m.sector_label, role, term])
    return rows


def members_document(forum_name: str, members: list[PublicMember], parity_lines: list[str],
                     on: dt.date, publish_names: bool) -> Document:
    doc = Document(title="Members", subtitle=forum_name, header=f"{forum_name} — members and parity",
                   author=forum_name, date=on)
    doc.add(Paragraph(f"Members in post since the last change of membership, on {human(on)}. "
                      + ("Where a member has not agreed to publication of their name, their organisation is "
                         "shown." if publish_names else "The forum publishes organisations, not names."), "note"))
    doc.add(Heading("Parity", 1), Bullets(parity_lines))
    for side, label in (("government", "Government"), ("non_government", "Non-government")):
        group = [m for m in members if m.side == side]
        if not group:
            continue
        doc.add(Heading(label, 1))
        doc.add(Table(["Name", "Organisation", "Sector", "Role", "Term"], _member_rows(group),
                      widths=[0.22, 0.28, 0.15, 0.17, 0.18]))
    if not members:
        doc.add(Paragraph("No member is serving.", "note"))
    return doc


def member_rows(members: list[PublicMember]) -> list[dict]:
    return [{"name": m.name, "organisation": m.organisation, "side": m.side_label, "sector": m.sector_label,
             "role": m.role_label, "voting": "yes" if m.voting else "no", "high_level": "yes" if m.high_level else "no",
             "term_start": m.term_start.isoformat() if m.term_start else "",
             "term_end": m.term_end.isoformat() if m.term_end else "", "alternate_for": m.alternate_for}
            for m in members]


def write_csv(columns: list[str], rows: list[dict], path: str | Path) -> Path:
    with atomic_write(path) as tmp:
        # BOM: Excel on Windows reads UTF-8 CSV correctly only with it.
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = SafeDictWriter(fh, fieldnames=columns, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
    return Path(path)


def rounds_document(forum_name: str, rounds: list[PublicRound]) -> Document:
    doc = Document(title="Selection rounds", subtitle=forum_name, header=f"{forum_name} — selection rounds",
                   author=forum_name)
    doc.add(Paragraph("How the forum's members were chosen. Candidates are listed by organisation.", "note"))
    if not rounds:
        doc.add(Paragraph("No selection round is recorded.", "note"))
    for r in rounds:
        doc.add(Heading(r.title, 1))
        call = "—"
        if r.call_opened or r.call_closed:
            call = f"{_d(r.call_opened)} to {_d(r.call_closed)}"
        doc.add(KeyValues([("Seats", r.side_label), ("Method", r.method_label), ("Call open", call),
                           ("Advertised", r.advertised or "—"), ("Led by", r.led_by or "—"),
                           ("Result", r.result or "Not yet decided"), ("Result published", _d(r.result_date))]))
        if r.candidates:
            with_votes = any(c[3] for c in r.candidates)
            header = ["Organisation", "Sector", "Outcome"] + (["Votes"] if with_votes else [])
            rows = [list(c[:3]) + ([c[3]] if with_votes else []) for c in r.candidates]
            doc.add(Heading("Candidates", 2), Table(header, rows))
    return doc
