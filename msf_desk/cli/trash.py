"""`msf-desk trash`: what was deleted in the last 30 days, and putting it back."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, print_json
from msf_desk.core import trash
from msf_desk.model.messages import M_


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("trash", help="list deleted records (kept 30 days) or restore one")
    kinds = parser.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    listing = kinds.add_parser("list", help="what the trash holds, newest first")
    add_db(listing)
    add_json(listing)
    listing.set_defaults(handler=cmd_list)
    restore = kinds.add_parser("restore", help="put one entry back (its number from `trash list`)")
    restore.add_argument("entry", type=int, help="the trash entry's number")
    add_db(restore)
    restore.set_defaults(handler=cmd_restore)


def cmd_list(args) -> int:
    db = open_db(args)
    try:
        items = trash.items(db)
    finally:
        db.conn.close()
    if args.json:
        print_json([{"entry": i.id, "kind": i.kind, "record_id": i.record_id, "label": i.label,
                     "deleted_at": trash.stamp(i.deleted_at), "emptied_after": i.expires_on.isoformat()}
                    for i in items])
        return 0
    if not items:
        print(M_("The trash is empty."))
    for i in items:
        print(f"{i.id:>5}  {i.kind_label:<26} {i.label}  (deleted {trash.stamp(i.deleted_at)}, "
              f"emptied after {i.expires_on.isoformat()})")
    return 0


def cmd_restore(args) -> int:
    db = open_db(args)
    try:
        restored = trash.restore(db, args.entry)
    finally:
        db.conn.close()
    kind = trash.KINDS[restored.kind][1]
    print(f"Restored {kind.lower()} no. {restored.record_id}: {restored.label}")
    return 0
