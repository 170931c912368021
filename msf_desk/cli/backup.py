"""`msf-desk backup` and `msf-desk verify`: a consistent copy, and a check for damage."""
from __future__ import annotations

import argparse
from pathlib import Path

from msf_desk.model.errors import UserError
from msf_desk.store import backups
from msf_desk.store.db import check_is_forum


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="write a consistent copy of a forum (even while a window has it open)")
    backup.add_argument("--db", metavar="PATH", required=True, help="the forum file")
    backup.add_argument("--out", metavar="FILE", required=True, help="the copy to write (a new file)")
    backup.set_defaults(handler=cmd_backup)
    verify = sub.add_parser("verify", help="check a forum file for damage (SQLite's integrity check)")
    verify.add_argument("--db", metavar="PATH", required=True, help="the forum file")
    verify.set_defaults(handler=cmd_verify)


def _existing_forum(text: str) -> Path:
    path = Path(text)
    if not path.exists():
        raise UserError(f"There is no forum file at {path}.")
    check_is_forum(path)
    return path


def cmd_backup(args) -> int:
    source = _existing_forum(args.db)
    out = Path(args.out)
    if out.exists():
        raise UserError(f"{out} already exists; choose a new file name for the copy.")
    if out.resolve() == source.resolve():
        raise UserError("The copy must be a different file from the forum.")
    backups.copy_file(source, out)
    print(f"Wrote a checked copy of {source.name} to {out} ({out.stat().st_size:,} bytes).")
    return 0


def cmd_verify(args) -> int:
    source = _existing_forum(args.db)
    found = backups.problems(source, full=True)
    if found:
        shown = "\n  ".join(found[:20])
        more = f"\n  … and {len(found) - 20} more" if len(found) > 20 else ""
        raise UserError(
            f"{source.name} is damaged. SQLite's integrity check reports:\n  {shown}{more}\n"
            "The file was not changed. Restore a backup into a new file (File → Restore from a "
            f"backup… in the window; backups are in {backups.backups_dir(source)}) "
            "or copy one with `msf-desk backup`."
        )
    print(f"No damage found in {source.name} (SQLite's integrity check: ok).")
    return 0
