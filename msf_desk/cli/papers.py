"""`msf-desk papers add|list|revise|edit|remove`: the papers of a meeting (its board book)."""
from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from msf_desk.cli.common import add_db, add_json, open_db, print_json
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_


def register(sub: argparse._SubParsersAction) -> None:
    papers = sub.add_parser("papers", help="the papers of a meeting: add, list, revise, table, remove")
    psub = papers.add_subparsers(dest="papers_command", metavar="ACTION", required=True)

    add = psub.add_parser("add", help="add a paper to a meeting (its file is copied into the forum's files)")
    add.add_argument("--meeting", type=int, required=True, metavar="ID", help="the meeting's id (see meetings list)")
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument("--file", metavar="FILE", help="the paper's file (PDF or Word); optional with --tabled or --reference")
    add.add_argument("--disclosure", required=True, choices=("public", "withheld", "confidential"),
                     help="who may read it: everyone, members only until the decision (withheld), or members only")
    add.add_argument("--item", type=int, metavar="N", help="the agenda item it goes with, by its number in the pack")
    add.add_argument("--tabled", action="store_true", help="to be distributed at the meeting, not with the pack")
    add.add_argument("--reference", default="", metavar="TEXT", help="a link or citation, when there is no file")
    add.add_argument("--summary", default="", metavar="TEXT", help="a short abstract printed in the pack")
    add_db(add)
    add_json(add)
    add.set_defaults(handler=cmd_add)

    lst = psub.add_parser("list", help="list a meeting's papers with their ids, in the pack's order")
    lst.add_argument("--meeting", type=int, required=True, metavar="ID")
    add_db(lst)
    add_json(lst)
    lst.set_defaults(handler=cmd_list)

    rev = psub.add_parser("revise", help="a new version of a paper's file (the earlier one is kept for the record)")
    rev.add_argument("--paper", type=int, required=True, metavar="ID", help="the paper's id (see papers list)")
    rev.add_argument("--file", required=True, metavar="FILE")
    add_db(rev)
    add_json(rev)
    rev.set_defaults(handler=cmd_revise)

    edit = psub.add_parser("edit", help="change a paper's title, disclosure, item, or whether it is tabled")
    edit.add_argument("--paper", type=int, required=True, metavar="ID")
    edit.add_argument("--title", metavar="TEXT")
    edit.add_argument("--disclosure", choices=("public", "withheld", "confidential"))
    edit.add_argument("--item", type=int, metavar="N", help="the agenda item's number in the pack; 0 for none")
    edit.add_argument("--tabled", choices=("yes", "no"), help="yes: to be distributed at the meeting")
    add_db(edit)
    add_json(edit)
    edit.set_defaults(handler=cmd_edit)

    rm = psub.add_parser("remove", help="take a paper off its meeting (into the trash for 30 days)")
    rm.add_argument("--paper", type=int, required=True, metavar="ID")
    add_db(rm)
    rm.set_defaults(handler=cmd_remove)


def _files_dir(args) -> Path:
    from msf_desk.paths import forum_files_dir

    return forum_files_dir(Path(args.db))


def _paper_json(p, number: int | None = None, item_number: int | None = None, versions=()) -> dict:
    return {"id": p.id, "meeting_id": p.meeting_id, "number": number, "title": p.title,
            "item": item_number, "disclosure": p.disclosure, "tabled": p.tabled, "version": p.version,
            "revised_on": p.revised_on or None, "file_name": p.file_name, "size": p.size, "sha256": p.sha256,
            "reference": p.reference, "added_on": p.added_on,
            "earlier_versions": [{"version": v.version, "file_name": v.file_name, "sha256": v.sha256,
                                  "added_on": v.added_on, "replaced_on": v.replaced_on} for v in versions]}


def _numbers(db, meeting_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """(paper id → its number in the pack, item id → its number in the pack)."""
    from msf_desk.core import agendas, meetings, papers

    meeting = meetings.get_meeting(db, meeting_id)
    table = agendas.timings(meeting, agendas.items_of(db, meeting_id))
    item_number = {t.item.id: t.number for t in table.items if t.number}
    ordered = sorted(papers.papers_of(db, meeting_id),
                     key=lambda p: (item_number.get(p.item_id, 10_000), p.position, p.id))
    return {p.id: n for n, p in enumerate(ordered, start=1)}, item_number


def _say(args, db, paper, verb: str) -> None:
    from msf_desk.core import papers

    numbers, items = _numbers(db, paper.meeting_id)
    if args.json:
        print_json(_paper_json(paper, numbers.get(paper.id), items.get(paper.item_id),
                               papers.versions_of(db, paper.id)))
    else:
        print(f"{verb} paper {paper.id} (Paper {numbers.get(paper.id)} in the pack): {paper.title}.")


def cmd_add(args) -> int:
    from msf_desk.core import meetings, papers
    from msf_desk.model.meetings import Paper

    db = open_db(args)
    meeting = meetings.get_meeting(db, args.meeting)
    meetings.ensure_unlocked(db, meeting.id, "its papers")
    if args.file is not None and not Path(args.file).is_file():
        raise UserError(f"--file: there is no file at {args.file}.")
    if args.file is None and not args.tabled and not args.reference.strip():
        raise UserError("--file: give the paper's file, or --tabled (distributed at the meeting), "
                        "or --reference (a link or citation).")
    item_id = papers.item_by_number(db, meeting.id, args.item).id if args.item else None
    paper = Paper(meeting_id=meeting.id, title=args.title, item_id=item_id, disclosure=args.disclosure,
                  tabled=args.tabled, reference=args.reference, summary=args.summary)
    saved = papers.add_paper(db, paper, files_dir=_files_dir(args) if args.file else None, source=args.file)
    _say(args, db, saved, "Added")
    return 0


def cmd_list(args) -> int:
    from msf_desk.core import meetings, papers

    db = open_db(args)
    meeting = meetings.get_meeting(db, args.meeting)
    numbers, items = _numbers(db, meeting.id)
    listed = sorted(papers.papers_of(db, meeting.id), key=lambda p: numbers[p.id])
    if args.json:
        print_json([_paper_json(p, numbers[p.id], items.get(p.item_id), papers.versions_of(db, p.id))
                    for p in listed])
        return 0
    if not listed:
        print(M_("“{title}” has no papers yet.").format(title=meeting.title))
    for p in listed:
        notes = [p.disclosure_label]
        if p.tabled:
            notes.append("tabled at the meeting")
        if p.is_revised:
            notes.append(f"revised: version {p.version} of {p.revised_on}")
        where = p.file_name or p.reference or "no file"
        item = f"item {items[p.item_id]}" if p.item_id in items else "no item"
        print(f"{p.id:>4}  Paper {numbers[p.id]:<3} {item:<8} {p.title} — {where} ({'; '.join(notes)})")
    return 0


def cmd_revise(args) -> int:
    from msf_desk.core import papers

    db = open_db(args)
    paper = papers.get_paper(db, args.paper)
    if not Path(args.file).is_file():
        raise UserError(f"--file: there is no file at {args.file}.")
    saved = papers.revise_paper(db, paper.id, args.file, files_dir=_files_dir(args))
    _say(args, db, saved, f"Revised (now version {saved.version})")
    return 0


def cmd_edit(args) -> int:
    from msf_desk.core import papers

    db = open_db(args)
    paper = papers.get_paper(db, args.paper)
    changes: dict = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.disclosure is not None:
        changes["disclosure"] = args.disclosure
    if args.tabled is not None:
        changes["tabled"] = args.tabled == "yes"
    if args.item is not None:
        changes["item_id"] = papers.item_by_number(db, paper.meeting_id, args.item).id if args.item else None
    if not changes:
        raise UserError("Say what to change: --title, --disclosure, --item or --tabled.")
    saved = papers.update_paper(db, dataclasses.replace(paper, **changes))
    _say(args, db, saved, "Changed")
    return 0


def cmd_remove(args) -> int:
    from msf_desk.core import papers

    db = open_db(args)
    paper = papers.get_paper(db, args.paper)
    papers.trash_paper(db, paper.id)
    print(f"Removed the paper “{paper.title}” from its meeting; it is in the trash for 30 days "
          "(msf-desk trash list).")
    return 0
