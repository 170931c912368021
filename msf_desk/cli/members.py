"""`msf-desk members …` and `msf-desk parity`."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json
from msf_desk.model.messages import M_
from msf_desk.core.language import using
from msf_desk.core.messages import message_day, message_label, message_language
from msf_desk.model.members import SECTORS


def register(sub: argparse._SubParsersAction) -> None:
    members = sub.add_parser("members", help="list, import members or write an import template")
    msub = members.add_subparsers(dest="members_command", metavar="ACTION", required=True)

    imp = msub.add_parser("import", help="import members from .csv or .xlsx (all or nothing)")
    imp.add_argument("file")
    add_db(imp)
    imp.add_argument("--dry-run", action="store_true", help="check every row; write nothing")
    imp.set_defaults(handler=cmd_import)

    tpl = msub.add_parser("template", help="write an empty import template (.csv or .xlsx)")
    tpl.add_argument("file")
    tpl.set_defaults(handler=cmd_template)

    lst = msub.add_parser("list", help="list members")
    add_db(lst)
    add_json(lst)
    lst.set_defaults(handler=cmd_list)

    par = sub.add_parser("parity", help="the balance of seats on a date")
    add_db(par)
    par.add_argument("--on", metavar="YYYY-MM-DD", help="the date (default: today)")
    par.add_argument("--within", type=int, default=90, metavar="DAYS", help="terms ending within DAYS (default 90)")
    add_json(par)
    par.set_defaults(handler=cmd_parity)


def cmd_import(args) -> int:
    from msf_desk.core.member_import import import_members

    db = open_db(args)
    result = import_members(db, args.file, dry_run=args.dry_run)
    verb = "would import" if args.dry_run else "imported"
    print(f"{result.source}: {verb} {result.count} member(s).")
    for note in result.notes:
        print(f"  {note}")
    return 0


def cmd_template(args) -> int:
    from msf_desk.core.member_import import template

    path = template(args.file)
    print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_list(args) -> int:
    from msf_desk.core.members import list_members

    members = list_members(open_db(args))
    if args.json:
        print_json([
            {"id": m.id, "name": m.name, "organisation": m.organisation, "sector": m.sector,
             "side": m.side, "role": m.role, "voting": m.voting, "status": m.status,
             "term_start": m.term_start, "term_end": m.term_end, "alternate_for": m.alternate_for}
            for m in members
        ])
        return 0
    for m in members:
        term = f"{m.term_start or '…'} – {m.term_end or '…'}"
        print(f"{m.id:>4}  {m.name:<32} {m.organisation[:30]:<30} {m.side_label:<15} {m.role_label:<11} {m.status_label:<10} {term}")
    return 0


def cmd_parity(args) -> int:
    from msf_desk.core import forum
    from msf_desk.core.members import list_members
    from msf_desk.core.parity import parity_on, projection

    db = open_db(args)
    day = parse_day(args.on)
    members = list_members(db)
    report = parity_on(members, day, forum.load(db), ending_within_days=args.within)
    coming = projection(members, day)
    if args.json:
        data = report.to_json()
        data["projection"] = [c.to_json() for c in coming]
        print_json(data)
        return 0
    print(M_("Parity on {day}").format(day=message_day(day)))
    with using(message_language()):   # the rules' sentences, in the person's language
        lines = report.verdict()
    for line in lines:
        print(f"  {line}")
    sectors = [f"{message_label(SECTORS.get(k, k)).lower()} {v}" for k, v in report.by_sector.items() if v]
    if sectors:
        print("  " + M_("By sector: {sectors}").format(sectors=", ".join(sectors)))
    if coming:
        print(M_("Coming changes:"))
        for c in coming:
            who = "; ".join(filter(None, [
                M_("leaving: {names}").format(names=", ".join(c.leaving)) if c.leaving else "",
                M_("joining: {names}").format(names=", ".join(c.joining)) if c.joining else "",
            ]))
            state = M_("even") if c.difference == 0 else M_("difference {n}").format(n=f"{c.difference:+d}")
            print("  " + M_("{day}: {government} gov / {non_government} non-gov ({state}) — {who}").format(
                day=message_day(c.on), government=c.government, non_government=c.non_government, state=state,
                who=who))
    return 0
