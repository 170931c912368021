"""`msf-desk log`: the forum's history (who changed what, and when)."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json
from msf_desk.core.audit import history


def register(sub: argparse._SubParsersAction) -> None:
    log = sub.add_parser("log", help="who changed what in the forum, and when (newest first)")
    add_db(log)
    log.add_argument("--since", metavar="YYYY-MM-DD", help="only changes from this day on (UTC)")
    log.add_argument("--limit", type=int, metavar="N", help="only the N newest changes")
    add_json(log)
    log.set_defaults(handler=cmd_log)


def cmd_log(args) -> int:
    since = parse_day(args.since, "--since") if args.since else None
    if args.limit is not None and args.limit < 1:
        from msf_desk.model.errors import UserError

        raise UserError("--limit: give a number of changes, 1 or more.")
    changes = history(open_db(args), since=since, limit=args.limit)
    if args.json:
        print_json([c.as_json() for c in changes])
        return 0
    if not changes:
        print("No changes recorded" + (f" since {since.isoformat()}." if since else "."))
        return 0
    for c in changes:
        local = c.at.astimezone()
        records = c.records_text()
        print(f"{local:%Y-%m-%d %H:%M}  {c.user}@{c.machine}  {c.summary}" + (f"  [{records}]" if records else ""))
    return 0
