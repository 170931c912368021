"""`msf-desk today`: what is due or late, with the place to act on each; on a new forum, the
checklist of first steps too."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("today", help="what is due or late today (notices, minutes, answers, actions, ethics, ...)")
    add_db(p)
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day to look from (default: today)")
    p.add_argument("--checklist", action="store_true",
                   help="print only the first steps of a new forum, each done or not")
    add_json(p)
    p.set_defaults(handler=cmd_today)


def cmd_today(args) -> int:
    from msf_desk.core import standing
    from msf_desk.core.checklist import complete, steps_from
    from msf_desk.core.today import today

    on = parse_day(args.on)
    db = open_db(args)
    records = standing.read(db, on)
    steps = steps_from(records, on)
    if args.checklist:
        if args.json:
            print_json([s.to_json() for s in steps])
        else:
            _print_steps(steps)
        return 0
    items = today(db, on, records)
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    if not complete(steps):
        _print_steps(steps)
        print()
    if not items:
        print(M_("Nothing is due or late on {day}.").format(day=message_day(on)))
        return 0
    for i in items:
        mark = "LATE" if i.severity == "late" else "due "
        due = i.due.isoformat() if i.due else "          "
        print(f"{mark}  {due}  {i.summary}  [{i.target}]")
    return 0


def _print_steps(steps) -> None:
    done = sum(s.done for s in steps)
    print(M_("First steps: {done} of {total} done").format(done=done, total=len(steps)))
    for n, s in enumerate(steps, start=1):
        print(f"  [{'x' if s.done else ' '}] {n}. {s.title}: {s.summary}  [{s.target}]")
