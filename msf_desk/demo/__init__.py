"""The demo forum: realistic records to explore MSF Desk and to test and benchmark it.

Each capability adds a `populate(db, ctx)` step in its own module; STEPS lists them in order.
Dates are placed relative to `ctx.today` so that the demo always looks current.
"""
from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import field
from pathlib import Path

from msf_desk.model.errors import NotAForumFile, UserError
from msf_desk.store.backups import before_name, copy_file
from msf_desk.store.db import check_is_forum
from msf_desk.model.records import record

STEPS = [
    "msf_desk.demo.members",
    "msf_desk.demo.meetings",
    "msf_desk.demo.minutes",
    "msf_desk.demo.ethics",
    "msf_desk.demo.responses",
    "msf_desk.demo.standards",
]


@record
class DemoContext:
    today: dt.date
    scale: str = "small"
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    # Steps leave ids here for later steps (e.g. members by key, meetings by key).
    ids: dict = field(default_factory=dict)


def set_aside(path: Path) -> Path:
    """Before --force replaces a forum: refuse anything that is not an MSF Desk forum (left
    untouched), and keep a checked copy of the forum beside it (`demo.before-demo-….msf`)."""
    try:
        check_is_forum(path)
    except NotAForumFile as exc:
        raise NotAForumFile(f"{exc} --force only replaces an MSF Desk forum; choose another file name."
                            ) from None
    copy = copy_file(path, before_name(path, "before-demo", dt.datetime.now()))
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot replace {path.name} ({exc.strerror or exc}); is it open in a window? "
                        f"A copy of it was kept as {copy.name}.") from None
    return copy


def build_demo(
    path: str | Path,
    *,
    scale: str = "small",
    seed: int = 7,
    force: bool = False,
    today: dt.date | None = None,
):
    from msf_desk.store.db import create_forum

    path = Path(path)
    if scale not in ("small", "large"):
        raise UserError("--scale is small or large.")
    if path.exists():
        if not force:
            raise UserError(f"{path} already exists; add --force to replace it with the demo forum.")
        set_aside(path)
    db = create_forum(path)
    ctx = DemoContext(today=today or dt.date.today(), scale=scale, rng=random.Random(seed))
    for name in STEPS:
        importlib.import_module(name).populate(db, ctx)
    return db
