"""`msf-desk meetings list|plan`, `export pack|calendar|notice`, `check regularity`."""
from __future__ import annotations

import argparse
import datetime as dt
from contextlib import nullcontext

from msf_desk.cli.common import (add_db, add_json, check_parser, collector_paused, export_parser, open_db,
                                 parse_day, parse_formats, print_json, read_db)
from msf_desk.core.messages import message_day
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_, M_n


def register(sub: argparse._SubParsersAction) -> None:
    meetings = sub.add_parser("meetings", help="list meetings or plan a year of them")
    msub = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)

    lst = msub.add_parser("list", help="list meetings with their ids")
    add_db(lst)
    add_json(lst)
    lst.set_defaults(handler=cmd_list)

    plan = msub.add_parser("plan", help="propose a year of forum meetings that keeps the target frequency")
    plan.add_argument("--year", type=int, required=True, metavar="YYYY")
    add_db(plan)
    plan.add_argument("--apply", action="store_true", help="create the proposed meetings (default: only show them)")
    plan.add_argument("--weekday", type=int, default=1, choices=range(0, 5), metavar="0-4",
                      help="preferred weekday, 0 = Monday (default 1, Tuesday)")
    plan.add_argument("--start", default="10:00", metavar="HH:MM", help="start time (default 10:00)")
    plan.add_argument("--end", default="12:00", metavar="HH:MM", help="end time (default 12:00)")
    plan.add_argument("--location", default="", help="where the meetings take place")
    plan.add_argument("--on", metavar="YYYY-MM-DD", help="plan as if today were this date (default: today)")
    add_json(plan)
    plan.set_defaults(handler=cmd_plan)

    exports = export_parser(sub)
    pack = exports.add_parser("pack", help="a meeting pack as .docx and/or .pdf")
    pack.add_argument("--meeting", type=int, required=True, metavar="ID", help="the meeting's id (see meetings list)")
    pack.add_argument("--audience", choices=("members", "public"), default="members")
    pack.add_argument("--format", default="docx,pdf", metavar="docx,pdf")
    pack.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    pack.add_argument("--with-papers", action="store_true",
                      help="the PDF becomes the board book: the papers this audience may read bound in, "
                           "with bookmarks and page labels")
    add_db(pack)
    pack.set_defaults(handler=cmd_export_pack)

    cal = exports.add_parser("calendar", help="an .ics file of all public meetings (stable event ids)")
    cal.add_argument("--out", required=True, metavar="FILE.ics")
    add_db(cal)
    cal.set_defaults(handler=cmd_export_calendar)

    notice = exports.add_parser("notice", help="the notice to members: text, an .ics invitation and an e-mail draft (.eml)")
    notice.add_argument("--meeting", type=int, required=True, metavar="ID")
    notice.add_argument("--out", required=True, metavar="DIR")
    add_db(notice)
    notice.set_defaults(handler=cmd_export_notice)

    checks = check_parser(sub)
    reg = checks.add_parser("regularity", help="gaps between forum meetings longer than the forum's target")
    add_db(reg)
    reg.add_argument("--on", metavar="YYYY-MM-DD", help="check as of this date (default: today)")
    add_json(reg)
    reg.set_defaults(handler=cmd_check_regularity)


def _time(text: str, field: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise UserError(f"{field}: '{text}' is not a time; write it as HH:MM (e.g. 16:00).") from None


def _meeting_json(m) -> dict:
    return {"id": m.id, "title": m.title, "kind": m.kind, "status": m.status, "agenda_status": m.agenda_status,
            "date": m.day.isoformat(), "start": m.local_start.isoformat(), "end": m.local_end.isoformat(),
            "timezone": m.timezone, "location": m.location, "public": m.public, "uid": m.uid,
            "chair_id": m.chair_id, "status_reason": m.status_reason}


def cmd_list(args) -> int:
    from msf_desk.model.dates import clock
    from msf_desk.core.meetings import list_meetings

    meetings = list_meetings(open_db(args))
    if args.json:
        print_json([_meeting_json(m) for m in meetings])
        return 0
    if not meetings:
        print(M_("No meetings yet."))
    for m in meetings:
        when = f"{m.day.isoformat()} {clock(m.local_start):>7}"
        public = "" if m.public else "  (not public)"
        print(f"{m.id:>4}  {when}  {m.status_label:<12} {m.kind_label:<32} {m.title}{public}")
    return 0


def cmd_plan(args) -> int:
    from msf_desk.core import forum
    from msf_desk.core.calendar import avoided_summary, holidays
    from msf_desk.core.meetings import apply_plan, plan_for

    db = open_db(args)
    today = parse_day(args.on)
    proposals = plan_for(db, args.year, today=today, weekday=args.weekday,
                         start=_time(args.start, "--start"), end=_time(args.end, "--end"))
    if args.apply:
        created = apply_plan(db, proposals, location=args.location)
    if args.json:
        data = {"year": args.year, "target_months": forum.load(db).target_months,
                "proposals": [p.to_json() for p in proposals]}
        if args.apply:
            data["created"] = [m.id for m in created]
        print_json(data)
        return 0
    target = forum.load(db).target_months
    if not proposals:
        print(f"Nothing to propose for {args.year}: every period already has a forum meeting "
              f"(target: every {target} month(s)) or the year is past.")
        return 0
    print(f"Proposed forum meetings for {args.year} (target: at least every {target} month(s)):")
    print(avoided_summary(args.year, holidays(db)))
    for p in proposals:
        note = f"  — {p.note}" if p.note else ""
        print(f"  {p.day.strftime('%a %d %b %Y')}  {p.start.strftime('%H:%M')}–{p.end.strftime('%H:%M')}  {p.title}{note}")
    if args.apply:
        print(f"Created {len(created)} meeting(s): ids {', '.join(str(m.id) for m in created)}.")
    else:
        print(M_("Nothing was saved. Add --apply to create them."))
    return 0


def cmd_export_pack(args) -> int:
    # A pack's size is a meeting's: the cycle collector waits until it is written (collector_paused);
    # not with the papers bound in (their files can be of any size).
    with nullcontext() if args.with_papers else collector_paused():
        return _export_pack(args)


def _export_pack(args) -> int:
    from msf_desk.core.audience.pack import pack_for
    from msf_desk.exports.packs import FORMATS, export_pack

    formats = parse_formats(args.format, FORMATS)

    def read(db):
        pack = pack_for(db, args.meeting, args.audience)
        if not args.with_papers:
            return pack, None
        from pathlib import Path

        from msf_desk.core.audience.board_book import book_papers
        from msf_desk.paths import forum_files_dir

        return pack, book_papers(db, pack, forum_files_dir(Path(args.db)))

    # The pack only reads the forum (but a notice sent before its matters arising were frozen
    # freezes them at its first reading: read_db then reads it again on a connection that writes).
    pack, book = read_db(args, read)
    for path in export_pack(pack, args.out, formats, book=book):
        print(M_("Wrote {path}").format(path=path))
    if book is not None:
        left = [b for b in book if not b.bound]
        print(f"Board book: {len(book) - len(left)} of {len(book)} paper(s) have a file this audience may read; "
              "the pack's “Papers in this board book” table says where each one is, or why it is not included.")
    return 0


def cmd_export_calendar(args) -> int:
    from msf_desk.exports.ics import write_public_calendar

    path, count = write_public_calendar(open_db(args), args.out)
    print(f"Wrote {path} ({count} public meeting(s)).")
    return 0


def cmd_export_notice(args) -> int:
    from msf_desk.core.audience.pack import notice_recipients
    from msf_desk.exports.notice import write_notice

    db = open_db(args)
    for path in write_notice(db, args.meeting, args.out):
        print(M_("Wrote {path}").format(path=path))
    recipients, without = notice_recipients(db, args.meeting)
    if recipients:
        print(f"The e-mail draft (.eml) has {len(recipients)} member(s) in Bcc and the members' pack attached; "
              "open it in your mail client to send it.")
    else:
        print("No e-mail draft: none of the members serving on the meeting's day has an e-mail address. Add "
              "their addresses on the Members page, or send the notice (.txt, .ics) by other means.")
    if without:
        print(f"No e-mail address for {len(without)} member(s), to be sent the notice by other means: "
              f"{', '.join(without)}.")
    return 0


def cmd_check_regularity(args) -> int:
    from msf_desk.core.meetings import regularity

    report = regularity(open_db(args), parse_day(args.on))
    if args.json:
        print_json(report.to_json())
        return 0
    print(M_n("Regularity (forum meetings at least every month), as of {day}: {summary}",
              "Regularity (forum meetings at least every {count} months), as of {day}: {summary}",
              report.target_months).format(count=report.target_months, day=message_day(report.today),
                                           summary=report.summary()))
    for gap in report.gaps:
        print(f"  {gap.message()}")
    return 0
