"""Demo ethics records: two versions of the statement and their signatures (one by scan),
declarations for every member (one overdue, one due soon, one missing, one "nothing to
declare", one interest kept within the forum), a held meeting with a real conflict handled
by a recusal and another left unhandled (its decision is flagged), and one breach handled.

Leaves ctx.ids["ethics"] = {"statements": [v1, v2], "conflict_meeting": id,
"recused_item": id, "flagged_item": id, "flagged_decision": id, "breach": id}.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from msf_desk.core import breaches, ethics
from msf_desk.model.ethics import Declaration, Interest
from msf_desk.model.ethics import INTEREST_TYPES

V2_ADDITION = """Gifts and hospitality. I accept no gift or hospitality offered because of my seat, beyond refreshments at meetings and items of token value. I declare anything else I am offered, whether I accept it or not, within a month.
"""


def _interests(today: dt.date) -> dict[str, list[Interest]]:
    ago = lambda days: today - dt.timedelta(days=days)  # noqa: E731
    return {
        "gov_chair": [Interest("directorship", "National School of Public Administration",
                               "Member of the governing board (unpaid)", from_date=ago(900))],
        "gov_finance": [Interest("financial", "", "Owns a rented flat in the capital", from_date=ago(2000))],
        "gov_interior": [Interest("family", "Capital Police Union", "Husband is a union official",
                                  from_date=ago(1500))],
        "gov_city": [Interest("directorship", "Riverside Metropolitan Transport Authority",
                              "Board seat held ex officio as deputy mayor", from_date=ago(800))],
        "gov_region": [Interest("other", "Northern Rivers Cooperative Bank", "Member of the cooperative",
                                from_date=ago(3000))],
        "gov_parliament": [Interest("financial", "Capital Media Group", "Shares worth more than 5,000 euros",
                                    from_date=ago(1200))],
        # The co-chair sits for the Open Budget Coalition: her seat, not a personal interest.
        "cs_chair": [Interest("directorship", "National Literacy Trust", "Unpaid trustee", from_date=ago(1100))],
        "alt_finance": [Interest("financial", "Capital Asset Managers", "Pension savings managed by the firm",
                                 from_date=ago(1400))],
        "cs_transparency": [Interest("directorship", "Citizens' Data Lab", "Unpaid member of the board",
                                     from_date=ago(1600))],
        "cs_women": [Interest("employment", "Women in Governance Network", "Coordinator", from_date=ago(1900)),
                     Interest("government_funding", "Ministry of Interior",
                              "The network receives a grant for a women's safety survey", from_date=ago(300))],
        # The demo's real conflicts: a member paid to facilitate the consultation whose themes the
        # forum then decides on (left unhandled: flagged), and a relative's contract with a city
        # that an item concerns, kept within the forum (handled by a recusal).
        "cs_youth": [Interest("employment", "Office of the Prime Minister — Open Government Unit",
                              "Paid facilitator of the Action Plan consultation workshops", from_date=ago(200))],
        "cs_academia": [Interest("government_funding", "Agency for Digital Government",
                                 "Research grant for a study of online public services", from_date=ago(500))],
        "cs_private": [
            Interest("employment", "Chamber of Commerce", "Policy adviser", from_date=ago(2500)),
            Interest("family", "City of Riverside",
                     "Brother is managing director of Riverside Water Ltd, which holds the city's water contract",
                     from_date=ago(200), visibility="forum_only",
                     reason="Concerns a relative who is not a public figure; the co-chairs agreed to keep it "
                            "within the forum."),
        ],
        "cs_union": [Interest("employment", "Public Services Union", "General secretary", from_date=ago(3000))],
        "cs_media": [Interest("gifts", "OGP Support Unit", "Travel and hotel for the OGP Global Summit",
                              from_date=ago(60))],
    }


# Who has not signed version 2; whose declaration is overdue, due soon, missing, or says nothing.
NOT_SIGNED_V2 = ("gov_region", "cs_youth", "cs_media", "alt_cs_chair")
SCAN_SIGNER = "cs_union"
OVERDUE, DUE_SOON, MISSING, NOTHING = "gov_interior", "gov_region", "alt_cs_chair", "gov_digital"


def _files_dir(db) -> Path | None:
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            from msf_desk.paths import forum_files_dir

            return forum_files_dir(Path(row[2]))
    return None


def _scan(folder: Path, name: str, version: int) -> Path:
    """A one-page PDF standing in for a scanned, signed copy."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from msf_desk.exports.pdf_writer import font_name, register_fonts

    register_fonts()  # the embedded Noto: no PDF the demo writes names an unembedded font
    path = folder / "signed-ethics-statement.pdf"
    canvas = Canvas(str(path), pagesize=A4, initialFontName=font_name())
    canvas.setFont(font_name(), 12)
    canvas.drawString(72, 760, f"Ethics statement, version {version}: signed copy")
    canvas.drawString(72, 200, f"Signed: {name}")
    canvas.line(130, 196, 330, 196)
    canvas.save()
    return path


def populate(db, ctx) -> None:
    from msf_desk.core.members import get_member

    today = ctx.today
    keys = ctx.ids["members"]
    v1 = ethics.new_statement_version(db, ethics.DEFAULT_STATEMENT, today - dt.timedelta(days=720),
                                      note="Adopted at the forum's first meeting.")
    # The new rule goes before the conflicts paragraph.
    v2_text = ethics.DEFAULT_STATEMENT.replace("\n\nConflicts of interest.",
                                                 "\n\n" + V2_ADDITION + "\nConflicts of interest.")
    v2 = ethics.new_statement_version(db, v2_text, today - dt.timedelta(days=45),
                                      note="Adds a rule on gifts and hospitality.")
    files = _files_dir(db)
    covered = {m.id for m in ethics.covered_members(db, today)}
    interests = _interests(today)
    with tempfile.TemporaryDirectory() as tmp:
        for key, member_id in keys.items():
            if member_id not in covered:
                continue
            member = get_member(db, member_id)
            joined = max(member.term_start or v1.dated, v1.dated)
            ethics.sign(db, member_id, v1.id, joined + dt.timedelta(days=3),
                        confirmation=ethics.typed_confirmation(member.name, v1))
            if key not in NOT_SIGNED_V2:
                on = today - dt.timedelta(days=ctx.rng.randint(5, 40))
                if key == SCAN_SIGNER and files is not None:
                    ethics.sign(db, member_id, v2.id, on, scan=_scan(Path(tmp), "Rajesh Kumar", 2), files_dir=files)
                else:
                    ethics.sign(db, member_id, v2.id, on, confirmation=ethics.typed_confirmation(member.name, v2))
            _declare(db, ctx, key, member, interests.get(key, []))
    ctx.ids["ethics"] = {"statements": [v1.id, v2.id]}
    _conflicts(db, ctx)
    breach, _ = breaches.record_breach(db, breaches.Breach(
        member_id=keys["cs_media"],
        allegation="Shared the Ministry of Finance's confidential note on procurement data with a journalist "
                   "before the meeting.",
        reported_on=today - dt.timedelta(days=150), handled_by="The co-chairs, after hearing the member",
        sanction="warning", outcome="Written warning; the member apologised and the journalist agreed not to "
                                    "publish the note.",
        decided_on=today - dt.timedelta(days=132), closed_on=today - dt.timedelta(days=130)))
    ctx.ids["ethics"]["breach"] = breach.id
    if ctx.scale == "large":
        _bulk(db, ctx)


def _declare(db, ctx, key: str, member, interests: list[Interest]) -> None:
    today = ctx.today
    if key == MISSING:
        return
    joined = member.term_start or (today - dt.timedelta(days=700))
    if key == OVERDUE:
        last = today - dt.timedelta(days=400)
    elif key == DUE_SOON:
        last = today - dt.timedelta(days=350)
    else:
        last = today - dt.timedelta(days=ctx.rng.randint(30, 250))
    if key == NOTHING:
        ethics.add_declaration(db, Declaration(member.id, joined, "joining", nothing_to_declare=True))
        ethics.add_declaration(db, Declaration(member.id, last, "periodic", nothing_to_declare=True))
        return
    # At joining, the interests already held; the latest declaration has them all.
    held = [i for i in interests if i.from_date is None or i.from_date <= joined]
    ethics.add_declaration(db, Declaration(member.id, joined, "joining", nothing_to_declare=not held, interests=held))
    if last > joined:
        newer = [i for i in interests if i.from_date is None or i.from_date <= last]
        kind = "change" if len(newer) != len(held) else "periodic"
        ethics.add_declaration(db, Declaration(member.id, last, kind, nothing_to_declare=not newer, interests=newer))
    later = [i for i in interests if i.from_date and i.from_date > last]
    if later:
        ethics.add_declaration(db, Declaration(member.id, max(i.from_date for i in later), "change",
                                               interests=interests))


def _conflicts(db, ctx) -> None:
    """On the latest held meeting where both demo conflicts arise and the minutes can still be
    written: one member recuses on her item; the other takes part in a decision (flagged)."""
    from msf_desk.core import minutes
    from msf_desk.core.agendas import get_item
    from msf_desk.core.conflicts import conflicts_for_meeting
    from msf_desk.model.minutes import Decision

    keys = ctx.ids["members"]
    recusing, taking_part = keys["cs_private"], keys["cs_youth"]
    for meeting_id in reversed(ctx.ids.get("meetings", {}).get("held", [])):
        if minutes.is_locked(db, meeting_id):
            continue
        found = conflicts_for_meeting(db, meeting_id)
        first = next((c for c in found if c.member_id == recusing), None)
        second = next((c for c in found if c.member_id == taking_part and (first is None or c.item_id != first.item_id)), None)
        if first is None or second is None:
            continue
        minutes.start_minutes(db, meeting_id)
        for member_id in (recusing, taking_part):
            minutes.set_presence(db, meeting_id, member_id, "in_person")
        minutes.add_declaration(db, first.item_id, recusing, "declaration",
                                "A close relative's company holds a contract with the city named in the item.")
        minutes.add_declaration(db, first.item_id, recusing, "recusal",
                                "Left the room for the item and took no part in the decision.")
        decided = {d.item_id: d for d in minutes.decisions_of(db, meeting_id)}
        for item_id in (first.item_id, second.item_id):
            if item_id not in decided:
                item = get_item(db, item_id)
                decided[item_id] = minutes.add_decision(db, Decision(
                    meeting_id, item.draft_decision or f"The forum agrees the proposals under “{item.title}”.",
                    item_id=item_id))
        ctx.ids["ethics"].update(conflict_meeting=meeting_id, recused_item=first.item_id,
                                 flagged_item=second.item_id, flagged_decision=decided[second.item_id].id)
        return


def _bulk(db, ctx) -> None:
    covered = ethics.covered_members(db, ctx.today)
    for m in covered:
        if not m.name.startswith("Member "):
            continue
        on = ctx.today - dt.timedelta(days=ctx.rng.randint(1, 500))
        if ctx.rng.random() < 0.5:
            ethics.add_declaration(db, Declaration(m.id, on, "periodic", nothing_to_declare=True))
        else:
            ethics.add_declaration(db, Declaration(m.id, on, "periodic", interests=[
                Interest(ctx.rng.choice(list(INTEREST_TYPES)), f"Organisation {ctx.rng.randint(0, 300)}",
                         "Declared in the large demo")]))
