"""Who may be named in public: the one privacy rule every audience view applies.

A person is named in a public document only when the forum publishes names
(`ForumProfile.publish_names`) and the person agreed (`publish_name`); otherwise the public
reads their organisation. Contributors to a consultation decide alone (the forum's setting
is about members). Contact details (e-mail, phone, remote links) never reach a public view.
"""
from __future__ import annotations

MEMBER = "A member of the forum"


def may_name(person, publish_names: bool) -> bool:
    """True when `person` (a member or an attendee) may be named in public."""
    return bool(publish_names and person.publish_name)


def shown_name(member, publish_names: bool, fallback: str = MEMBER) -> str:
    """The member's name where both the forum and the member allow it; else the organisation."""
    if may_name(member, publish_names):
        return member.name
    return member.organisation or fallback


def visible_name(member, profile, audience: str) -> str:
    """A member's name as `audience` may see it: the organisation where a name may not be published."""
    if member is None:
        return ""
    if audience == "public":
        return shown_name(member, profile.publish_names)
    return member.name


def guest_name(attendee, profile, audience: str) -> str:
    """A guest's name, or nothing, where the public may not read it."""
    if audience == "public" and not may_name(attendee, profile.publish_names):
        return ""
    return attendee.name


def redact_names(text: str, members, profile) -> str:
    """Replace the names of members who may not be named in public by their organisation."""
    out = text
    for m in sorted(members, key=lambda m: -len(m.name)):
        if m.name and m.name in out and not may_name(m, profile.publish_names):
            out = out.replace(m.name, m.organisation or "a member of the forum")
    return out


def public_contributor(c) -> str:
    """What the public sees of who sent a contribution.

    The contributor's own consent decides (the forum's publish_names setting is
    about members, not the public): the name with consent, else the organisation,
    else "Individual".
    """
    if c.publish_name and c.contributor_name.strip():
        return c.contributor_name.strip()
    if c.organisation.strip():
        return c.organisation.strip()
    return "Individual"


def contributor_for(c, audience: str) -> str:
    if audience == "public":
        return public_contributor(c)
    name = c.contributor_name.strip()
    parts = [p for p in (name, c.organisation.strip()) if p]
    text = ", ".join(parts) or "Individual"
    if name and not c.publish_name:
        text += " (name not for publication)"
    return text


def withdrawn_names(members, profile, people: dict) -> dict[str, str]:
    """For a frozen public record: every name (as the member has it now, and as they had it
    when the record was frozen, `people` {id: [name, organisation]}) of a member who may not
    be named in public now, mapped to the organisation that replaces it."""
    hidden: dict[str, str] = {}
    for m in members:
        if may_name(m, profile.publish_names):
            continue
        for name in {m.name, *(people.get(str(m.id), [""])[:1])}:
            if name:
                hidden[name] = m.organisation or "a member of the forum"
    return hidden


def replace_names(value, hidden: dict[str, str]):
    """Every string in a plain (JSON-like) value with the `hidden` names replaced, longest first."""
    if isinstance(value, str):
        for name in sorted(hidden, key=len, reverse=True):
            if name in value:
                value = value.replace(name, hidden[name])
        return value
    if isinstance(value, list):
        return [replace_names(v, hidden) for v in value]
    if isinstance(value, dict):
        return {k: replace_names(v, hidden) for k, v in value.items()}
    return value
