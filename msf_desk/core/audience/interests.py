"""The register of interests, as each audience may see it."""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core.language import _
from msf_desk.core import forum
from msf_desk.core.audience.privacy import shown_name
from msf_desk.core.ethics import covered_members
from msf_desk.core.interests_in_force import latest_declaration
from msf_desk.model.errors import UserError
from msf_desk.model.ethics import Interest
from msf_desk.model.messages import M_
from msf_desk.model.records import record


@record
class RegisterEntry:
    member_id: int
    shown_name: str  # the name, or the organisation where the name may not be published
    organisation: str
    side: str
    role: str
    declared_on: dt.date | None
    kind: str
    nothing_to_declare: bool
    interests: list[Interest]

    @property
    def status_text(self) -> str:
        if self.declared_on is None:
            return _("No declaration on record")
        if self.nothing_to_declare:
            return _("Nothing to declare")
        if not self.interests:
            return _("No interests to publish")
        return ""


@record
class Register:
    forum_name: str
    audience: str  # 'public' | 'members'
    on: dt.date
    entries: list[RegisterEntry]


AUDIENCES = ("public", "members")


def register_of_interests(db, audience: str, on: dt.date) -> Register:
    """The register for `audience`. For the public: public interests only (forum-only ones,
    their reasons and any count of them are left out), names as the privacy settings allow."""
    if audience not in AUDIENCES:
        raise UserError(M_("The audience is 'public' or 'members', not '{audience}'.").format(audience=audience), field="audience")
    profile = forum.load(db)
    public = audience == "public"
    order = {"co_chair": 0, "member": 1, "alternate": 2}
    members = sorted(covered_members(db, on),
                     key=lambda m: (m.side != "government", order.get(m.role, 3), m.name.casefold()))
    entries = []
    for m in members:
        decl = latest_declaration(db, m.id, on)
        interests = [] if decl is None or decl.nothing_to_declare else [
            i for i in decl.interests if i.to_date is None or i.to_date >= on]
        shown = [i for i in interests if i.is_public] if public else interests
        if public:
            shown = [dataclasses.replace(i, reason="") for i in shown]
        entries.append(RegisterEntry(
            member_id=m.id,
            shown_name=shown_name(m, profile.publish_names) if public else m.name,
            organisation=m.organisation, side=m.side, role=m.role,
            declared_on=decl.made_on if decl else None, kind=decl.kind if decl else "",
            nothing_to_declare=bool(decl and decl.nothing_to_declare), interests=shown,
        ))
    return Register(forum_name=profile.name, audience=audience, on=on, entries=entries)
