"""A member entered by mistake, moved to the trash (and put back from it with core.trash).

Apart from core.members so that what only reads members (a meeting pack, the conflicts of
interest, the attendance) does not load the trash and its records.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core import trash
from msf_desk.core.audit import logged
from msf_desk.core.members import check_removable, get_member


@logged(lambda db, member_id, **_: f"Moved member {get_member(db, member_id).name} to the trash", action="delete")
def trash_member(db, member_id: int, *, now: dt.datetime | None = None) -> int:
    """Delete a member entered by mistake into the trash (30 days); return the trash entry.

    Refused, as `remove_member`, when other records name them. Their alternates' link to
    the seat is cleared, and put back if the member is restored.
    """
    check_removable(db, member_id)
    member = get_member(db, member_id)
    label = member.name + (f" ({member.organisation})" if member.organisation else "")
    return trash.move(db, "member", member_id, label, now=now)
