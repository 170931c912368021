"""The two steps that turn a document into a record, and freeze what it says.

- Approving minutes (`approve`): the rules are in core.minutes (`lock`); the record as each
  audience reads it is frozen in the same transaction (core.audience.minutes).
- Sending a meeting's notice (`send_notice`): the rules are in core.agendas
  (`record_notice`); the pack's matters arising are frozen in the same transaction
  (core.audience.pack).

These steps sit above the audience views they freeze: callers (the window, the command line,
the demo) call core.records directly.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core import agendas, minutes, minutes_reads
from msf_desk.core.audit import logged
from msf_desk.core.audience.minutes import freeze_minutes
from msf_desk.core.audience.pack import freeze_pack
from msf_desk.core.meetings import get_meeting
from msf_desk.model.minutes import Minutes
from msf_desk.store.db import transaction


def approve(db, meeting_id: int, at_meeting_id: int, *, on: dt.date | None = None,
            today: dt.date | None = None) -> Minutes:
    """The forum approves the minutes at a later forum meeting that was held (on or before
    today); from then on they are locked, and every later export renders the snapshot
    taken here."""
    with transaction(db):
        minutes.lock(db, meeting_id, at_meeting_id, on=on, today=today)
        freeze_minutes(db, meeting_id, origin="approval")
    return minutes_reads.get_minutes(db, meeting_id)


@logged(lambda db, meeting_id, **_: f"Sent the notice and papers of the meeting “{get_meeting(db, meeting_id).title}”",
        action="notice")
def send_notice(db, meeting_id: int, *, on: dt.date | None = None) -> None:
    """Record that the notice and pack went to members; what the pack says about the rest of
    the forum (the open actions it lists as matters arising) is frozen as sent."""
    with transaction(db):
        agendas.record_notice(db, meeting_id, on=on)
        freeze_pack(db, meeting_id, origin="notice")
