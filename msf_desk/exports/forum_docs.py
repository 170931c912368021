"""The forum's public profile: remit and governance, members with the parity summary,
selection rounds. Described once as Documents; the members list also as CSV.

Only what msf_desk.core.repository lets the public see: no e-mail or phone of any member,
names only where the forum and the member allow it (the organisation otherwise),
candidates in selection rounds by organisation.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from msf_desk.model.forum import JURISDICTIONS, ForumProfile
from msf_desk.core import language
from msf_desk.core.language import _, ngettext
from msf_desk.core.language import day as human
from msf_desk.core.forum import decision_rule_words, quorum_words
from msf_desk.core.repository import PublicMember, PublicRound
from msf_desk.core.tabular import SafeDictWriter
from msf_desk.exports.atomic import atomic_write
from msf_desk.exports.document import Bullets, Document, Heading, KeyValues, Paragraph, Table

MEMBER_COLUMNS = ["name", "organisation", "side", "sector", "role", "voting", "high_level", "term_start",
                  "term_end", "alternate_for"]


def _d(day: dt.date | None) -> str:
    return human(day) if day else "—"


def governance_document(profile: ForumProfile) -> Document:
    doc = Document(title=_("Remit and governance"), subtitle=profile.name,
                   header=f"{profile.name} — {_('remit and governance')}", author=profile.name)
    where = _(JURISDICTIONS.get(profile.jurisdiction, profile.jurisdiction))
    if profile.place.strip():
        where += f" ({profile.place.strip()})"
    published = ", ".join(language.NATIVE_NAMES.get(c, c) for c in language.document_languages(profile))
    doc.add(KeyValues([(_("Forum"), profile.name), (_("Level"), where),
                       (_("Languages"), profile.languages or "—"),
                       (_("Documents published in"), published),
                       (_("Secretariat"), profile.lead_agency or profile.contact_name or "—")]))
    doc.add(Heading(_("Remit"), 1), Paragraph(profile.remit.strip() or _("Not yet written.")))
    doc.add(Heading(_("How the forum works"), 1))
    seats = ""
    if profile.seats_government or profile.seats_non_government:
        seats = _("{gov} government and {non} non-government voting seats").format(
            gov=profile.seats_government, non=profile.seats_non_government)
    if profile.action_plan_in_development:
        meetings = _("Monthly while the Action Plan is in development")
    else:
        meetings = ngettext("At least every month", "At least every {n} months", profile.frequency_months).format(
            n=profile.frequency_months)
    pairs = [
        (_("Meetings"), meetings),
        (_("Notice"), _("Papers and agenda at least {n} days before a meeting").format(n=profile.notice_days)),
        (_("Who sets the agenda"), profile.agenda_setter or "—"),
        (_("How decisions are made"), decision_rule_words(profile)),
        (_("Quorum"), quorum_words(profile)),
        (_("What the forum may decide"), profile.decision_powers or "—"),
        (_("Conflicts of interest"), profile.conflicts_policy or "—"),
        (_("Declarations of interest"), _("Renewed every {n} months").format(n=profile.declaration_interval_months)),
        (_("Minutes"), profile.minutes_detail or "—"),
        (_("Approval of minutes"), _("By the forum at a later meeting, signed off by both co-chairs")
         if profile.both_cochairs_approve else _("By the forum at a later meeting")),
        (_("Answers to the public"), _("Within {n} working days").format(n=profile.response_working_days)),
        (_("Names in published records"), _("Members' names are published where each member agrees")
         if profile.publish_names else _("Organisations only; members' names are not published")),
    ]
    if seats:
        pairs.insert(0, (_("Seats"), seats))
    doc.add(KeyValues(pairs))
    doc.add(Heading(_("Contact"), 1))
    contact = [(_("Secretariat"), profile.lead_agency or profile.contact_name or profile.name)]
    if profile.contact_email.strip():
        # The forum's public point of contact: published by design.
        contact.append((_("E-mail"), profile.contact_email.strip()))
    doc.add(KeyValues(contact))
    return doc


def _member_rows(members: list[PublicMember]) -> list[list[str]]:
    rows = []
    for m in members:
        role = _(m.role_label) + (" " + _("(for {name})").format(name=m.alternate_for) if m.alternate_for else "")
        if m.high_level:
            role += _(", high-level")
        if not m.voting and m.role_label in ("Member", "Co-chair"):
            role += _(", non-voting")
        term = f"{_d(m.term_start)} – {_d(m.term_end)}" if (m.term_start or m.term_end) else "—"
        rows.append([m.name or _("(name not published)"), m.organisation or "—", _(m.sector_label), role, term])
    return rows


def members_document(forum_name: str, members: list[PublicMember], parity_lines: list[str],
                     on: dt.date, publish_names: bool) -> Document:
    doc = Document(title=_("Members"), subtitle=forum_name, header=f"{forum_name} — {_('members and parity')}",
                   author=forum_name, date=on)
    doc.add(Paragraph(_("Members in post since the last change of membership, on {day}.").format(day=human(on))
                      + " " + (_("Where a member has not agreed to publication of their name, their organisation "
                                 "is shown.") if publish_names else _("The forum publishes organisations, not names.")),
                      "note"))
    doc.add(Heading(_("Parity"), 1), Bullets(parity_lines))
    for side, label in (("government", _("Government")), ("non_government", _("Non-government"))):
        group = [m for m in members if m.side == side]
        if not group:
            continue
        doc.add(Heading(label, 1))
        doc.add(Table([_("Name"), _("Organisation"), _("Sector"), _("Role"), _("Term")], _member_rows(group),
                      widths=[0.22, 0.28, 0.15, 0.17, 0.18]))
    if not members:
        doc.add(Paragraph(_("No member is serving."), "note"))
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
    doc = Document(title=_("Selection rounds"), subtitle=forum_name,
                   header=f"{forum_name} — {_('selection rounds')}", author=forum_name)
    doc.add(Paragraph(_("How the forum's members were chosen. Candidates are listed by organisation."), "note"))
    if not rounds:
        doc.add(Paragraph(_("No selection round is recorded."), "note"))
    for r in rounds:
        doc.add(Heading(r.title, 1))
        call = "—"
        if r.call_opened or r.call_closed:
            call = _("{start} to {end}").format(start=_d(r.call_opened), end=_d(r.call_closed))
        doc.add(KeyValues([(_("Seats"), _(r.side_label)), (_("Method"), _(r.method_label)), (_("Call open"), call),
                           (_("Advertised"), r.advertised or "—"), (_("Led by"), r.led_by or "—"),
                           (_("Result"), r.result or _("Not yet decided")), (_("Result published"), _d(r.result_date))]))
        if r.candidates:
            with_votes = any(c[3] for c in r.candidates)
            header = [_("Organisation"), _("Sector"), _("Outcome")] + ([_("Votes")] if with_votes else [])
            # "Individual candidate" is ours (a candidate without an organisation); an organisation stays as typed.
            rows = [[_(c[0]) if c[0] == "Individual candidate" else c[0], _(c[1]), _(c[2])]
                    + ([c[3]] if with_votes else []) for c in r.candidates]
            doc.add(Heading(_("Candidates"), 2), Table(header, rows))
    return doc
