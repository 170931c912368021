"""`msf-desk today`: what is due or late, with the place to act on each."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("today", help="what is due or late today (notices, minutes, answers, actions, ethics, ...)")
    add_db(p)
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day to look from (default: today)")
    add_json(p)
    p.set_defaults(handler=cmd_today)


def cmd_today(args) -> int:
    from msf_desk.core.today import today

    on = parse_day(args.on)
    items = today(open_db(args), on)
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    if not items:
        print(f"Nothing is due or late on {on.isoformat()}.")
        return 0
    for i in items:
        mark = "LATE" if i.severity == "late" else "due "
        due = i.due.isoformat() if i.due else "          "
        print(f"{mark}  {due}  {i.summary}  [{i.target}]")
    return 0
