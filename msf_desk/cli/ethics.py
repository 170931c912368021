"""`msf-desk ethics status`, `msf-desk conflicts`, and the ethics exports:
`export interests`, `export declaration-form`, `export ethics-compliance`."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, export_parser, open_db, parse_day, parse_formats, print_json
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day


def register(sub: argparse._SubParsersAction) -> None:
    ethics = sub.add_parser("ethics", help="ethics statement signatures and declarations of interest")
    esub = ethics.add_subparsers(dest="ethics_command", metavar="ACTION", required=True)
    status = esub.add_parser("status", help="who must sign the statement or renew a declaration")
    add_db(status)
    status.add_argument("--on", metavar="YYYY-MM-DD", help="the date (default: today)")
    status.add_argument("--within", type=int, default=30, metavar="DAYS",
                        help="declarations due within DAYS count as due soon (default 30)")
    add_json(status)
    status.set_defaults(handler=cmd_status)

    conflicts = sub.add_parser("conflicts", help="potential conflicts of interest on a meeting's agenda items")
    conflicts.add_argument("--meeting", type=int, required=True, metavar="ID", help="the meeting's id")
    add_db(conflicts)
    add_json(conflicts)
    conflicts.set_defaults(handler=cmd_conflicts)

    kinds = export_parser(sub)
    interests = kinds.add_parser("interests", help="the register of interests (docx, pdf, csv)")
    interests.add_argument("--audience", choices=("public", "members"), default="public",
                           help="public: public interests only, names as the privacy settings allow")
    interests.add_argument("--format", default="docx,pdf,csv", help="docx,pdf,csv (default: all three)")
    interests.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    interests.add_argument("--on", metavar="YYYY-MM-DD", help="the date of the register (default: today)")
    add_db(interests)
    interests.set_defaults(handler=cmd_export_interests)

    form = kinds.add_parser("declaration-form", help="a member's declaration form to print and sign (docx, pdf)")
    form.add_argument("--member", type=int, required=True, metavar="ID", help="the member's id")
    form.add_argument("--format", default="docx,pdf", help="docx,pdf (default: both)")
    form.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    add_db(form)
    form.set_defaults(handler=cmd_export_form)

    summary = kinds.add_parser("ethics-compliance", help="the ethics compliance summary (docx, pdf)")
    summary.add_argument("--format", default="docx,pdf", help="docx,pdf (default: both)")
    summary.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    summary.add_argument("--on", metavar="YYYY-MM-DD", help="the date (default: today)")
    summary.add_argument("--within", type=int, default=30, metavar="DAYS",
                         help="declarations due within DAYS count as due soon (default 30)")
    add_db(summary)
    summary.set_defaults(handler=cmd_export_summary)

    remind = kinds.add_parser("reminders", help="e-mail drafts (.eml) reminding members to sign the ethics "
                                                "statement or to declare their interests")
    remind.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    remind.add_argument("--on", metavar="YYYY-MM-DD", help="the date (default: today)")
    add_db(remind)
    remind.set_defaults(handler=cmd_export_reminders)


def cmd_status(args) -> int:
    from msf_desk.core import ethics

    report = ethics.compliance(open_db(args), parse_day(args.on), args.within)
    if args.json:
        print_json(report.to_json())
        return 0
    print(M_("Ethics compliance on {day}").format(day=message_day(report.on)))
    for line in report.summary_lines():
        print(f"  {line}")
    due = report.reminders
    if due:
        print(f"To remind ({len(due)}):")
        for r in due:
            print(f"  {r.member_id:>4}  {r.name}: {'; '.join(r.reminders())}")
    else:
        print(M_("Nobody needs a reminder."))
    return 0


def cmd_conflicts(args) -> int:
    from msf_desk.core.conflicts import conflicts_for_meeting, flagged_decisions
    from msf_desk.core.meetings import get_meeting

    db = open_db(args)
    meeting = get_meeting(db, args.meeting)
    found = conflicts_for_meeting(db, meeting.id)
    flagged = flagged_decisions(db, meeting.id, found)
    if args.json:
        print_json({"meeting": {"id": meeting.id, "title": meeting.title, "date": meeting.day.isoformat()},
                    "conflicts": [c.to_json() for c in found],
                    "flagged_decisions": [f.to_json() for f in flagged]})
        return 0
    print(f"{meeting.title} ({meeting.day.isoformat()})")
    if not found:
        print("  " + M_("No potential conflicts of interest on this agenda."))
    for c in found:
        private = " [forum-only interest]" if c.visibility == "forum_only" else ""
        print(f"  Item {c.item_position} {c.item_title}: {c.member_name} — {c.status_text}{private}")
        print(f"      {c.reason}")
    for f in flagged:
        print(f"  FLAGGED decision on item {f.item_position}: {f.reason}")
    return 0


def _report(paths) -> int:
    for path in paths:
        print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_export_interests(args) -> int:
    from msf_desk.exports.interests import REGISTER_FORMATS, export_register

    formats = parse_formats(args.format, REGISTER_FORMATS)
    return _report(export_register(open_db(args), audience=args.audience, formats=formats, out_dir=args.out,
                                   on=parse_day(args.on)))


def cmd_export_form(args) -> int:
    from msf_desk.exports.interests import DOCUMENT_FORMATS, export_declaration_form

    formats = parse_formats(args.format, DOCUMENT_FORMATS)
    return _report(export_declaration_form(open_db(args), args.member, formats=formats, out_dir=args.out))


def cmd_export_summary(args) -> int:
    from msf_desk.exports.interests import DOCUMENT_FORMATS, export_compliance_summary

    formats = parse_formats(args.format, DOCUMENT_FORMATS)
    return _report(export_compliance_summary(open_db(args), formats=formats, out_dir=args.out,
                                             today=parse_day(args.on), within_days=args.within))


def cmd_export_reminders(args) -> int:
    from msf_desk.exports.mail import write_reminders

    paths, r = write_reminders(open_db(args), parse_day(args.on), args.out)
    for path in paths:
        print(M_("Wrote {path}").format(path=path))
    for label, group in (("to sign the ethics statement", r.sign), ("to declare their interests", r.declare)):
        if group.recipients:
            print(f"{len(group.recipients)} member(s) {label} in Bcc; open the draft in your mail client to send it.")
        if group.without:
            print(f"No e-mail address for {len(group.without)} member(s) {label}, to be reminded by other means: "
                  f"{', '.join(group.without)}.")
    return 0
