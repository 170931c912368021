"""`msf-desk minutes show|circulate|approve|publish|amend`, `msf-desk actions [close|reopen]`,
`export minutes|decisions|actions`."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, export_parser, open_db, parse_day, parse_formats, print_json
from msf_desk.model.minutes import STATUSES
from msf_desk.model.messages import M_, M_n
from msf_desk.core.messages import message_day


def _meeting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--meeting", type=int, required=True, metavar="ID", help="the meeting's id (see meetings list)")


def _on(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--on", metavar="YYYY-MM-DD", help=f"{what} (default: today)")


def register(sub: argparse._SubParsersAction) -> None:
    minutes = sub.add_parser("minutes", help="minutes: show, circulate, approve, publish, amend")
    msub = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)

    show = msub.add_parser("show", help="status, quorum and each decision's verdict")
    _meeting(show)
    add_db(show)
    add_json(show)
    show.set_defaults(handler=cmd_show)

    circulate = msub.add_parser("circulate", help="record that the draft went to members")
    _meeting(circulate)
    _on(circulate, "the date it was sent")
    add_db(circulate)
    circulate.set_defaults(handler=cmd_circulate)

    approve = msub.add_parser("approve", help="the forum approved the minutes at a later meeting (locks them)")
    _meeting(approve)
    approve.add_argument("--at-meeting", type=int, required=True, metavar="ID2",
                         help="the meeting at which the forum approved them")
    approve.add_argument("--on", metavar="YYYY-MM-DD", help="the approval date (default: that meeting's date)")
    add_db(approve)
    approve.set_defaults(handler=cmd_approve)

    publish = msub.add_parser("publish", help="record that approved minutes were published")
    _meeting(publish)
    _on(publish, "the publication date")
    add_db(publish)
    publish.set_defaults(handler=cmd_publish)

    amend = msub.add_parser("amend", help="a dated correction to approved minutes")
    _meeting(amend)
    amend.add_argument("--text", required=True, help="the correction, in full")
    amend.add_argument("--agreed-at", type=int, metavar="ID", help="the meeting that agreed the correction")
    _on(amend, "the date of the correction")
    add_db(amend)
    amend.set_defaults(handler=cmd_amend)

    actions = sub.add_parser("actions", help="the action tracker: every action, its owner and due date; "
                                             "close or reopen one")
    add_db(actions, required=False)
    asub = actions.add_subparsers(dest="actions_command", metavar="ACTION")
    close = asub.add_parser("close", help="record an action as done (or dropped) on a date")
    close.add_argument("id", type=int, metavar="ID", help="the action's id (see msf-desk actions)")
    close.add_argument("--on", metavar="YYYY-MM-DD", default=argparse.SUPPRESS,
                       help="the day it was done (default: today)")
    close.add_argument("--dropped", action="store_true", help="dropped rather than done")
    close.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the forum file")
    close.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the action as JSON")
    close.set_defaults(handler=cmd_action_close)
    reopen = asub.add_parser("reopen", help="open a done or dropped action again")
    reopen.add_argument("id", type=int, metavar="ID", help="the action's id")
    reopen.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the forum file")
    reopen.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the action as JSON")
    reopen.set_defaults(handler=cmd_action_reopen)
    actions.add_argument("--overdue", action="store_true", help="only open actions past their due date")
    actions.add_argument("--arising-for", type=int, metavar="ID",
                         help="only the matters arising for this meeting (open actions of earlier meetings)")
    actions.add_argument("--on", metavar="YYYY-MM-DD", help="count overdue as of this date (default: today)")
    add_json(actions)
    actions.set_defaults(handler=cmd_actions)

    exports = export_parser(sub)
    ex_minutes = exports.add_parser("minutes", help="a meeting's minutes as .docx and/or .pdf")
    _meeting(ex_minutes)
    ex_minutes.add_argument("--audience", choices=("members", "public"), default="members")
    ex_minutes.add_argument("--format", default="docx,pdf", metavar="docx,pdf")
    ex_minutes.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    add_db(ex_minutes)
    ex_minutes.set_defaults(handler=cmd_export_minutes)

    circulate = exports.add_parser("minutes-draft", help="the draft minutes for members (.pdf, .docx) and an e-mail "
                                                         "draft (.eml) that circulates them for comment")
    _meeting(circulate)
    circulate.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    add_db(circulate)
    circulate.set_defaults(handler=cmd_export_minutes_draft)

    for name, help_text, handler in (
            ("decisions", "the decisions register (.docx, .pdf, .csv)", cmd_export_decisions),
            ("actions", "the action tracker (.docx, .pdf, .csv)", cmd_export_actions)):
        parser = exports.add_parser(name, help=help_text)
        parser.add_argument("--audience", choices=("members", "public"), default="members")
        parser.add_argument("--format", default="docx,pdf,csv", metavar="docx,pdf,csv")
        parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
        _on(parser, "as of this date")
        if name == "actions":
            parser.add_argument("--overdue", action="store_true", help="only overdue actions")
        add_db(parser)
        parser.set_defaults(handler=handler)


def cmd_show(args) -> int:
    from msf_desk.core import minutes
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.minutes_reads import get_minutes

    db = open_db(args)
    meeting = get_meeting(db, args.meeting)
    record = get_minutes(db, args.meeting)
    decisions = minutes.decisions_of(db, args.meeting) if record else []
    verdicts = minutes.verdicts_of(db, args.meeting) if record else {}
    quorum = minutes.quorum_lines(db, args.meeting)
    data = {
        "meeting_id": meeting.id, "meeting": meeting.title, "date": meeting.day.isoformat(),
        "status": record.status if record else None,
        "circulated_on": record.circulated_on.isoformat() if record and record.circulated_on else None,
        "approved_on": record.approved_on.isoformat() if record and record.approved_on else None,
        "approved_at_meeting_id": record.approved_at_meeting_id if record else None,
        "published_on": record.published_on.isoformat() if record and record.published_on else None,
        "quorum": quorum,
        "decisions": [{"id": d.id, "number": n, "item_id": d.item_id, "text": d.text, **verdicts[d.id].to_json()}
                      for n, d in enumerate(decisions, start=1)],
        "amendments": [{"made_on": a.made_on.isoformat(), "text": a.text} for a in minutes.amendments_of(db, args.meeting)],
    }
    if args.json:
        print_json(data)
        return 0
    status = STATUSES[record.status].lower() if record else "not started"
    print(f"{meeting.title} ({meeting.day.isoformat()}): minutes {status}")
    for line in quorum:
        print(f"  {line}")
    for d in data["decisions"]:
        print(f"  Decision {d['number']}: {d['text']}")
        print(f"    {d['explanation']}")
        for warning in d["warnings"]:
            print(f"    ! {warning}")
    for a in data["amendments"]:
        print(f"  Amended {a['made_on']}: {a['text']}")
    return 0


def cmd_circulate(args) -> int:
    from msf_desk.core import minutes

    record = minutes.circulate(open_db(args), args.meeting, on=parse_day(args.on))
    print(M_("Minutes of meeting {meeting} circulated to members on {day}.").format(meeting=args.meeting, day=message_day(record.circulated_on)))
    return 0


def cmd_approve(args) -> int:
    from msf_desk.core import records

    on = parse_day(args.on) if args.on else None
    record = records.approve(open_db(args), args.meeting, args.at_meeting, on=on)
    print(f"Minutes of meeting {args.meeting} approved at meeting {args.at_meeting} on "
          f"{record.approved_on.isoformat()}; they are now locked (corrections are dated amendments).")
    return 0


def cmd_publish(args) -> int:
    from msf_desk.core import minutes

    record = minutes.publish(open_db(args), args.meeting, on=parse_day(args.on))
    print(M_("Minutes of meeting {meeting} published on {day}.").format(meeting=args.meeting, day=message_day(record.published_on)))
    return 0


def cmd_amend(args) -> int:
    from msf_desk.core import minutes

    amendment = minutes.amend(open_db(args), args.meeting, args.text, on=parse_day(args.on),
                              agreed_at_meeting_id=args.agreed_at)
    print(f"Amendment recorded on {amendment.made_on.isoformat()} for meeting {args.meeting}.")
    return 0


def cmd_actions(args) -> int:
    from msf_desk.core.action_tracker import tracker
    from msf_desk.core.matters_arising import matters_arising

    db = open_db(args)
    today = parse_day(args.on)
    tracked = tracker(db, today=today, overdue_only=args.overdue)
    if args.arising_for is not None:
        arising = {a.id for a in matters_arising(db, args.arising_for)}
        tracked = [t for t in tracked if t.action.id in arising]
    if args.json:
        print_json({"on": today.isoformat(), "count": len(tracked),
                    "overdue": sum(1 for t in tracked if t.overdue),
                    "actions": [t.to_json() for t in tracked]})
        return 0
    if not tracked:
        print(M_("No overdue actions.") if args.overdue else M_("No actions."))
        return 0
    for t in tracked:
        flag = "  OVERDUE" if t.overdue else ""
        print(f"#{t.action.id:<4} {t.action.status_label:<8} due {t.due_text():<36} {t.owner}: {t.action.text}{flag}")
    late = sum(1 for t in tracked if t.overdue)
    print(M_n("{count} action, {late} overdue.", "{count} actions, {late} overdue.", len(tracked)).format(count=len(tracked), late=late))
    return 0


def _print_action(db, action, args) -> None:
    from msf_desk.core.action_tracker import tracker

    [tracked] = [t for t in tracker(db) if t.action.id == action.id]
    if getattr(args, "json", False):
        print_json(tracked.to_json())
    elif action.status == "open":
        print(f"Action {action.id} is open again: {action.text}")
    else:
        print(f"Action {action.id} recorded as {action.status_label.lower()} on {action.closed_on.isoformat()}: "
              f"{action.text}")


def cmd_action_close(args) -> int:
    from msf_desk.core import actions

    db = open_db(args)
    on = parse_day(args.on) if getattr(args, "on", None) else None
    _print_action(db, actions.close_action(db, args.id, on=on, dropped=args.dropped), args)
    return 0


def cmd_action_reopen(args) -> int:
    from msf_desk.core import actions

    db = open_db(args)
    _print_action(db, actions.reopen_action(db, args.id), args)
    return 0


def cmd_export_minutes(args) -> int:
    from msf_desk.exports.minutes import DOCUMENT_FORMATS, export_minutes

    formats = parse_formats(args.format, DOCUMENT_FORMATS)
    for path in export_minutes(open_db(args), args.meeting, audience=args.audience, formats=formats,
                               out_dir=args.out):
        print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_export_decisions(args) -> int:
    from msf_desk.exports.minutes import TABLE_FORMATS, export_register

    formats = parse_formats(args.format, TABLE_FORMATS)
    for path in export_register(open_db(args), audience=args.audience, formats=formats, out_dir=args.out,
                                today=parse_day(args.on)):
        print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_export_actions(args) -> int:
    from msf_desk.exports.minutes import TABLE_FORMATS, export_tracker

    formats = parse_formats(args.format, TABLE_FORMATS)
    for path in export_tracker(open_db(args), audience=args.audience, formats=formats, out_dir=args.out,
                               overdue_only=args.overdue, today=parse_day(args.on)):
        print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_export_minutes_draft(args) -> int:
    from msf_desk.core.audience.mail import minutes_circulation
    from msf_desk.exports.mail import write_minutes_draft

    db = open_db(args)
    addressed = minutes_circulation(db, args.meeting)
    for path in write_minutes_draft(db, args.meeting, args.out):
        print(M_("Wrote {path}").format(path=path))
    print(f"The e-mail draft (.eml) has {len(addressed.recipients)} member(s) in Bcc and the draft minutes attached; "
          "open it in your mail client to send it.")
    if addressed.without:
        print(f"No e-mail address for {len(addressed.without)} member(s), to be sent the minutes by other means: "
              f"{', '.join(addressed.without)}.")
    return 0
