"""`msf-desk standards show|choose|website|plan|outreach`: the records the 2021 OGP standards
and OGP Local look at, and the framework(s) the forum is assessed against."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json
from msf_desk.model.standards import OUTREACH_KINDS, ActionPlan


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("standards", help="the frameworks the forum is checked against, and their records")
    kinds = top.add_subparsers(dest="standards_kind", metavar="WHAT", required=True)

    show = kinds.add_parser("show", help="the chosen frameworks, OGP website, action plans and outreach")
    add_db(show)
    add_json(show)
    show.set_defaults(handler=cmd_show)

    choose = kinds.add_parser("choose", help="choose the framework(s): 2021, local, 2017 (comma-separated)")
    add_db(choose)
    choose.add_argument("standards", metavar="2021|local|2017")
    choose.set_defaults(handler=cmd_choose)

    web = kinds.add_parser("website", help="record the address of the forum's OGP website or webpage")
    add_db(web)
    web.add_argument("url", help="https://… ('' to clear)")
    web.set_defaults(handler=cmd_website)

    plan = kinds.add_parser("plan", help="record an action plan's co-creation and implementation dates")
    add_db(plan)
    plan.add_argument("--id", type=int, help="change this plan instead of adding one")
    plan.add_argument("--name", required=True)
    for name, text in (("cocreation-starts", "co-creation began"), ("cocreation-ends", "the plan was submitted"),
                       ("implementation-starts", "implementation begins"), ("implementation-ends",
                                                                            "implementation ends"),
                       ("timeline-published", "the co-creation timeline went online")):
        plan.add_argument(f"--{name}", metavar="YYYY-MM-DD", help=f"the day {text}")
    plan.add_argument("--timeline-url", default="", help="where the co-creation timeline is published")
    plan.set_defaults(handler=cmd_plan)

    out = kinds.add_parser("outreach", help="record an outreach or awareness activity")
    add_db(out)
    out.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    out.add_argument("--kind", default="other", choices=list(OUTREACH_KINDS))
    out.add_argument("--description", required=True)
    out.set_defaults(handler=cmd_outreach)


def _day(text, field):
    return parse_day(text, field) if text else None


def cmd_show(args) -> int:
    from msf_desk.core import standards

    db = open_db(args)
    keys, web = standards.chosen(db), standards.get_website(db)
    plans, outreach = standards.list_plans(db), standards.list_outreach(db)
    if args.json:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        print_json({"standards": keys, "website": web,
                    "action_plans": [{"id": p.id, "name": p.name, "cocreation_starts": iso(p.cocreation_starts),
                                      "cocreation_ends": iso(p.cocreation_ends),
                                      "implementation_starts": iso(p.implementation_starts),
                                      "implementation_ends": iso(p.implementation_ends),
                                      "timeline_published_on": iso(p.timeline_published_on),
                                      "timeline_url": p.timeline_url} for p in plans],
                    "outreach": [{"id": a.id, "on": iso(a.held_on), "kind": a.kind, "description": a.description}
                                 for a in outreach]})
        return 0
    print("Checked against: " + ", ".join(standards.FRAMEWORKS[k].title for k in keys))
    print(f"OGP website: {web or '(not recorded)'}")
    for p in plans:
        print(f"Action plan {p.id}: {p.name}; co-creation {p.cocreation_starts or '?'} to {p.cocreation_ends or '?'}; "
              f"implementation {p.implementation_starts or '?'} to {p.implementation_ends or '?'}; timeline "
              + (f"published {p.timeline_published_on} {p.timeline_url}".strip() if p.timeline_published_on
                 else "not published"))
    for a in outreach:
        print(f"Outreach {a.held_on}: {a.kind_label} — {a.description}")
    return 0


def cmd_choose(args) -> int:
    from msf_desk.core import standards

    keys = standards.choose(open_db(args), [args.standards])
    print("The forum is now checked against: " + ", ".join(standards.FRAMEWORKS[k].title for k in keys))
    return 0


def cmd_website(args) -> int:
    from msf_desk.core import standards

    url = standards.set_website(open_db(args), args.url)
    print(f"OGP website: {url}" if url else "OGP website cleared.")
    return 0


def cmd_plan(args) -> int:
    from msf_desk.core import standards

    plan = standards.save_plan(open_db(args), ActionPlan(
        args.id, args.name.strip(), _day(args.cocreation_starts, "--cocreation-starts"),
        _day(args.cocreation_ends, "--cocreation-ends"), _day(args.implementation_starts, "--implementation-starts"),
        _day(args.implementation_ends, "--implementation-ends"), _day(args.timeline_published, "--timeline-published"),
        args.timeline_url.strip()))
    print(f"Saved action plan {plan.id}: {plan.name}")
    return 0


def cmd_outreach(args) -> int:
    from msf_desk.core import standards

    a = standards.add_outreach(open_db(args), parse_day(args.on), args.kind, args.description)
    print(f"Recorded outreach {a.id} on {a.held_on.isoformat()}: {a.kind_label}")
    return 0
