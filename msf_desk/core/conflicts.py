"""Potential conflicts of interest per agenda item, and decisions taken despite one.

What is matched: each member's *declared* interests (the declaration in force on the
meeting's day) against the organisations and topics an agenda item names.

- Organisations: names are compared after normalisation (accents, case and punctuation
  ignored; legal and organisational affixes such as "Ltd", "Foundation", "Ministry of"
  dropped). They match when every significant word of the shorter name is in the longer
  one ("Open Budget Coalition Ltd" ~ "open budget coalition"), never on a generic word
  alone ("Transparency International" is not "International Monetary Fund"). A name
  written as an acronym ("IMF") also matches the initials of the other name.
- Topics: each topic of the item is looked for as whole words (in order) in the
  interest's organisation and description.

A member's own organisation on the roll (members.organisation) is deliberately NOT
treated as an interest: a government member whose ministry is the subject of an item
represents that ministry there, which is the point of the seat, not a personal conflict.
Members who have a personal stake declare it as an interest, and the forum can record
a declaration at the meeting for anything else.

A decision is flagged when a member with a conflict on its item (a potential conflict
from the register, or one declared at the meeting) took part — present at the meeting,
decision not deferred — without a recusal or a waiver recorded on the item.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, field

from msf_desk.core.interests_in_force import interests_in_force_by_member
from msf_desk.model.ethics import INTEREST_TYPES, Interest
from msf_desk.core.meetings import get_meeting
from msf_desk.core.members import list_members
from msf_desk.model.errors import UserError
from msf_desk.store import ethics as store
from msf_desk.model.messages import M_
from msf_desk.core.language import N_, _
from msf_desk.model.records import record

# Words that say what kind of body something is, not which one. Dropped before comparing.
AFFIXES = {
    "ltd", "limited", "inc", "incorporated", "plc", "llc", "llp", "lp", "gmbh", "ag", "sa",
    "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "co", "corp", "corporation", "company",
    "foundation", "fondation", "fundacion", "fundacao", "stiftung", "trust", "association",
    "asociacion", "associacao", "ministry", "ministere", "ministerio", "department", "dept",
    "the", "of", "and", "for", "de", "del", "la", "le", "les", "los", "las", "el", "du", "des",
    "d", "l", "y", "et", "e", "und", "a",
}
# Words that many unrelated organisations share: never enough for a match on their own.
GENERIC = {
    "international", "national", "global", "world", "council", "network", "coalition", "group",
    "institute", "centre", "center", "committee", "commission", "agency", "office", "society",
    "union", "federation", "alliance", "forum", "partnership", "organisation", "organization",
    "university", "college", "school", "public", "open", "government", "general", "regional",
    "city", "county", "state", "unit", "service", "services", "fund", "bank", "programme",
    "program", "project", "initiative", "movement", "watch", "citizens", "people", "new",
}
# Connecting words ignored when matching topics.
TOPIC_STOPWORDS = {"the", "of", "and", "a", "an", "for", "in", "on", "to", "de", "la", "le",
                   "el", "et", "y", "du", "des", "del"}
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Casefolded, accents removed (NFKD), punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped.casefold().replace("_", " ")))


def significant_words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in AFFIXES]


def _acronym(name: str) -> str | None:
    """'IMF' when the name is written as one capitalised word of 2–6 letters."""
    words = str(name or "").replace(".", "").split()
    if len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha():
        return fold(words[0])
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in significant_words(name))


def names_match(a: str, b: str) -> bool:
    """Do two organisation names designate the same body? (See the module's notes.)"""
    wa, wb = significant_words(a), significant_words(b)
    if wa and wb:
        shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if set(shorter) <= set(longer) and not set(shorter) <= GENERIC:
            return True
    for one, other in ((a, b), (b, a)):
        acronym = _acronym(one)
        if acronym and len(significant_words(other)) >= 2 and _initials(other) == acronym:
            return True
    return False


def _stem(word: str) -> str:
    # Plural and singular alike ("contracts" ~ "contract"); short words stay as they are.
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _topic_words(text: str) -> list[str]:
    return [_stem(w) for w in fold(text).split() if w not in TOPIC_STOPWORDS]


def topic_in(topic: str, text: str) -> bool:
    """Is `topic` present as whole words, in order, in `text`?"""
    needle, hay = _topic_words(topic), _topic_words(text)
    if not needle:
        return False
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def split_list(text: str) -> list[str]:
    """Agenda items keep topics and organisations as ';'-separated text."""
    return [part.strip() for part in str(text or "").replace("\n", ";").split(";") if part.strip()]


@record
class ItemSubject:
    """What an agenda item concerns, as conflicts need it."""

    id: int
    meeting_id: int
    position: int
    title: str
    topics: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return _("item {n}").format(n=self.position)


@record
class MemberInterests:
    member_id: int
    name: str
    organisation: str
    interests: list[Interest]


@record
class Conflict:
    """A member who may be conflicted on an item, with the reason in plain words."""

    meeting_id: int
    item_id: int
    item_position: int
    item_title: str
    member_id: int
    member_name: str
    basis: str  # 'organisation' | 'topic' | 'declared' (declared at the meeting only)
    reason: str
    interest_id: int | None = None
    interest_type: str = ""
    interest_organisation: str = ""
    visibility: str = "public"  # of the interest behind it; 'forum_only' stays off public documents
    declared_at_meeting: bool = False
    recused: bool = False
    waived: bool = False
    note: str = ""  # what the minutes recorded with the declaration, recusal or waiver

    @property
    def handled(self) -> bool:
        return self.recused or self.waived

    @property
    def status_text(self) -> str:
        # In the document language where a document is written (English elsewhere).
        if self.recused:
            return _("Recused")
        if self.waived:
            return _("Waiver recorded")
        if self.declared_at_meeting:
            return _("Declared at the meeting")
        return _("Potential conflict")

    def to_json(self) -> dict:
        data = asdict(self)
        data["status"] = self.status_text
        return data


TYPE_WORDS = {
    "employment": N_("Declared employment with {subject}"),
    "directorship": N_("Declared a board seat or directorship at {subject}"),
    "financial": N_("Declared a financial interest in {subject}"),
    "government_funding": N_("Declared funding or grants from {subject}"),
    "family": N_("Declared a family or close relationship with {subject}"),
    "gifts": N_("Declared gifts or hospitality from {subject}"),
    "other": N_("Declared an interest in {subject}"),
}


def _declared(kind: str, subject: str, item: str, topic: str) -> str:
    """'Declared employment with X; item 5 concerns Y', in the document language."""
    return _("{declared}; {item} concerns {topic}").format(
        declared=_(TYPE_WORDS.get(kind, TYPE_WORDS["other"])).format(subject=subject), item=item, topic=topic)


def _subject_of(interest: Interest) -> str:
    return interest.organisation.strip() or interest.description.strip()


def match_item(item: ItemSubject, member: MemberInterests) -> list[Conflict]:
    """Potential conflicts of one member on one item: one per interest that matches."""
    found: list[Conflict] = []
    for interest in member.interests:
        reason = None
        basis = ""
        org = next((o for o in item.organisations if interest.organisation and names_match(interest.organisation, o)), None)
        if org is not None:
            basis = "organisation"
            reason = _declared(interest.type, interest.organisation, item.label, org)
        else:
            text = f"{interest.organisation} {interest.description}"
            topic = next((t for t in item.topics if topic_in(t, text)), None)
            if topic is not None:
                basis = "topic"
                reason = _declared(interest.type, _subject_of(interest), item.label, topic)
        if reason:
            found.append(Conflict(
                meeting_id=item.meeting_id, item_id=item.id, item_position=item.position,
                item_title=item.title, member_id=member.member_id, member_name=member.name,
                basis=basis, reason=reason, interest_id=interest.id,
                interest_type=interest.type, interest_organisation=interest.organisation,
                visibility=interest.visibility,
            ))
    return found


def potential_conflicts(items: list[ItemSubject], members: list[MemberInterests]) -> list[Conflict]:
    """Every potential conflict, by item order then member name. Pure: no database."""
    found: list[Conflict] = []
    for item in sorted(items, key=lambda i: (i.position, i.id)):
        for member in sorted(members, key=lambda m: (m.name.casefold(), m.member_id)):
            found.extend(match_item(item, member))
    return found


@record
class ItemRecord:
    """What the minutes recorded on an item: declarations, recusals and waivers."""

    item_id: int
    member_id: int
    kind: str  # 'declaration' | 'recusal' | 'waiver'
    note: str = ""


def merge_records(conflicts: list[Conflict], records: list[ItemRecord], items: list[ItemSubject],
                  names: dict[int, str]) -> list[Conflict]:
    """Mark recusals and waivers on the potential conflicts, and add conflicts declared only
    at the meeting (a member may declare what the register does not show)."""
    by_key: dict[tuple[int, int], list[ItemRecord]] = {}
    for r in records:
        by_key.setdefault((r.item_id, r.member_id), []).append(r)
    item_by_id = {i.id: i for i in items}
    out = list(conflicts)
    seen = {(c.item_id, c.member_id) for c in conflicts}
    for (item_id, member_id), recs in by_key.items():
        if (item_id, member_id) in seen or item_id not in item_by_id:
            continue
        if not any(r.kind == "declaration" for r in recs) and not any(r.kind == "recusal" for r in recs):
            continue  # a waiver alone, without anything declared, is nothing to show
        item = item_by_id[item_id]
        note = next((r.note for r in recs if r.kind == "declaration" and r.note), "")
        out.append(Conflict(
            meeting_id=item.meeting_id, item_id=item.id, item_position=item.position,
            item_title=item.title, member_id=member_id, member_name=names.get(member_id, f"member {member_id}"),
            basis="declared",
            reason=(_("Declared an interest at the meeting on {item}: {note}") if note else
                    _("Declared an interest at the meeting on {item}")).format(item=item.label, note=note),
        ))
    for c in out:
        recs = by_key.get((c.item_id, c.member_id), [])
        c.declared_at_meeting = c.declared_at_meeting or any(r.kind == "declaration" for r in recs)
        c.recused = any(r.kind == "recusal" for r in recs)
        c.waived = any(r.kind == "waiver" for r in recs)
        c.note = "; ".join(r.note for r in recs if r.note)
    positions = {i.id: (i.position, i.id) for i in items}
    out.sort(key=lambda c: (positions.get(c.item_id, (0, 0)), c.member_name.casefold(), c.member_id))
    return out


@record
class DecisionTaken:
    id: int
    item_id: int | None
    text: str
    deferred: bool = False


@record
class FlaggedDecision:
    decision_id: int
    item_id: int
    item_position: int
    member_id: int
    member_name: str
    decision_text: str
    reason: str

    def to_json(self) -> dict:
        return asdict(self)


def flag_decisions(conflicts: list[Conflict], decisions: list[DecisionTaken],
                   took_part: set[int] | None) -> list[FlaggedDecision]:
    """Decisions on an item where a conflicted member took part without recusal or waiver.

    `took_part`: members present at the meeting; None when attendance was not recorded,
    in which case every conflicted member is presumed to have taken part (and the reason
    says so), since nothing on record shows they stepped out.
    """
    flagged: list[FlaggedDecision] = []
    for decision in decisions:
        if decision.deferred or decision.item_id is None:
            continue
        for c in conflicts:
            if c.item_id != decision.item_id or c.handled:
                continue
            if took_part is not None and c.member_id not in took_part:
                continue
            presence = ("was present" if took_part is not None
                        else "is presumed present (attendance not recorded)")
            flagged.append(FlaggedDecision(
                decision_id=decision.id, item_id=c.item_id, item_position=c.item_position,
                member_id=c.member_id, member_name=c.member_name, decision_text=decision.text,
                reason=(f"{c.member_name} {presence} for a decision on item {c.item_position} "
                        f"with no recusal or waiver recorded. {c.reason}."),
            ))
    # One flag per decision and member, even when several interests match.
    unique: dict[tuple[int, int], FlaggedDecision] = {}
    for f in flagged:
        unique.setdefault((f.decision_id, f.member_id), f)
    return list(unique.values())


# --- on the forum file -----------------------------------------------------------------

CONFLICT_ROLES = ("co_chair", "member", "alternate", "observer")


def _meeting_day(db, meeting_id: int) -> dt.date:
    return get_meeting(db, meeting_id).day


def _members_with_interests(db, day: dt.date, members=None) -> list[MemberInterests]:
    in_force = interests_in_force_by_member(db, day)     # every member's declarations in one read
    out = []
    for m in members if members is not None else list_members(db):
        if m.role not in CONFLICT_ROLES or not m.serving_on(day):
            continue
        interests = in_force.get(m.id)
        if interests:
            out.append(MemberInterests(m.id, m.name, m.organisation, interests))
    return out


def _records(db, meeting_id: int) -> list[ItemRecord]:
    return [ItemRecord(**r) for r in store.item_records(db, meeting_id)]


def _items(db, meeting_id: int, item_id: int | None = None) -> list[ItemSubject]:
    rows = store.agenda_subjects(db, meeting_id)
    items = [ItemSubject(id=r["id"], meeting_id=r["meeting_id"], position=r["position"], title=r["title"],
                         topics=split_list(r["topics"]), organisations=split_list(r["organisations"]))
             for r in rows]
    return [i for i in items if item_id is None or i.id == item_id]


def conflicts_for_meeting(db, meeting_id: int) -> list[Conflict]:
    """Potential and declared conflicts on every item of a meeting, with recusals and waivers.

    Includes forum-only interests (their `visibility` says so): for the agenda builder, the
    members' pack and the minutes, never for a public document.
    """
    day = _meeting_day(db, meeting_id)
    items = _items(db, meeting_id)
    members = list_members(db)
    found = potential_conflicts(items, _members_with_interests(db, day, members))
    names = {m.id: m.name for m in members}
    return merge_records(found, _records(db, meeting_id), items, names)


def conflicts_for_item(db, item_id: int) -> list[Conflict]:
    meeting_id = store.meeting_of_item(db, item_id)
    if meeting_id is None:
        raise UserError(M_("There is no agenda item with id {item_id}.").format(item_id=item_id))
    return [c for c in conflicts_for_meeting(db, meeting_id) if c.item_id == item_id]


def flagged_decisions(db, meeting_id: int, conflicts: list[Conflict] | None = None) -> list[FlaggedDecision]:
    if conflicts is None:
        conflicts = conflicts_for_meeting(db, meeting_id)
    # Observers and the secretariat take part in discussion but not in decisions.
    voters = {m.id for m in list_members(db) if m.voting and m.role in ("co_chair", "member", "alternate")}
    decisions = [DecisionTaken(**r) for r in store.decisions_of(db, meeting_id)]
    return flag_decisions([c for c in conflicts if c.member_id in voters], decisions,
                          store.present_members(db, meeting_id))


def type_label(kind: str) -> str:
    return INTEREST_TYPES.get(kind, kind)


def lines_by_item(conflicts: list[Conflict], flagged: list[FlaggedDecision] = ()) -> dict[int, list[str]]:
    """Plain lines per agenda item, for a members' pack or the minutes:
    {item_id: ["Amara Okafor — recused: Declared employment with …", …]}.

    For documents that stay within the forum only: a forum-only interest appears in them.
    """
    marked = {(f.item_id, f.member_id) for f in flagged}
    out: dict[int, list[str]] = {}
    for c in conflicts:
        status = (_("took part in the decision (flagged)") if (c.item_id, c.member_id) in marked
                  else c.status_text.lower())
        out.setdefault(c.item_id, []).append(_("{member} — {status}: {reason}.").format(
            member=c.member_name, status=status, reason=c.reason))
    return out
