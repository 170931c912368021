"""`msf-desk responses …`, `msf-desk consultations …` and `msf-desk export responses`."""
from __future__ import annotations

import argparse
import json
import sys

from msf_desk.cli.common import add_db, add_json, export_parser, open_db, parse_day, parse_formats, print_json
from msf_desk.model.responses import CHANNELS, Consultation, OUTCOMES, Response, STAGES
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day


def register(sub: argparse._SubParsersAction) -> None:
    responses = sub.add_parser("responses", help="contributions to consultations and the forum's responses")
    rsub = responses.add_subparsers(dest="responses_command", metavar="ACTION", required=True)

    imp = rsub.add_parser("import", help="import contributions from .csv or .xlsx (all or nothing; "
                                         "rows already imported are skipped)")
    imp.add_argument("file")
    imp.add_argument("--consultation", type=int, required=True, metavar="ID", help="the consultation's id")
    add_db(imp)
    imp.add_argument("--dry-run", action="store_true", help="check every row; write nothing")
    imp.add_argument("--mapping", metavar="FILE",
                     help='JSON {"Source column": "field", …}; remembered for files with the same columns')
    add_json(imp)
    imp.set_defaults(handler=cmd_import)

    tpl = rsub.add_parser("template", help="write an empty contributions template (.csv or .xlsx)")
    tpl.add_argument("file")
    tpl.set_defaults(handler=cmd_template)

    lst = rsub.add_parser("list", help="every contribution of a consultation with its answer (members' view: "
                                        "contributors' names; not for publication)")
    lst.add_argument("--consultation", type=int, required=True, metavar="ID")
    add_db(lst)
    add_json(lst)
    lst.set_defaults(handler=cmd_responses_list)

    ans = rsub.add_parser("answer", help="give one outcome and reason to many contributions at once (all or nothing)")
    ans.add_argument("--consultation", type=int, required=True, metavar="ID")
    which = ans.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", metavar="1,2,3", help="the contributions' numbers, comma-separated")
    which.add_argument("--theme", metavar="T", help="every contribution filed under this theme")
    which.add_argument("--duplicates-of", type=int, metavar="ID", help="every duplicate of this contribution")
    ans.add_argument("--unanswered", action="store_true",
                     help="only those not answered yet (no outcome, or only under consideration)")
    ans.add_argument("--outcome", required=True,
                     help="included, amended, merged, not included, out of scope, deferred, under consideration")
    ans.add_argument("--reason", required=True, help="why, in words the contributors will understand")
    ans.add_argument("--decided-by", default="", metavar="WHO", help="who decided (e.g. the forum, the secretariat)")
    ans.add_argument("--meeting", type=int, metavar="ID", help="the forum meeting where it was decided")
    ans.add_argument("--on", metavar="YYYY-MM-DD", help="the day answered (default: today)")
    add_db(ans)
    add_json(ans)
    ans.set_defaults(handler=cmd_responses_answer)

    over = rsub.add_parser("overdue", help="contributions past their due date, and those due soon")
    add_db(over)
    over.add_argument("--on", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    add_json(over)
    over.set_defaults(handler=cmd_overdue)

    cons = sub.add_parser("consultations", help="list or add consultations")
    csub = cons.add_subparsers(dest="consultations_command", metavar="ACTION", required=True)
    lst = csub.add_parser("list", help="list consultations with their numbers")
    add_db(lst)
    lst.add_argument("--on", metavar="YYYY-MM-DD", help="the day for open/closed and overdue (default: today)")
    add_json(lst)
    lst.set_defaults(handler=cmd_list)
    add = csub.add_parser("add", help="add a consultation")
    add_db(add)
    add.add_argument("--name", required=True)
    add.add_argument("--stage", default="other",
                     help="theme scoping, specific proposals, draft plan, self-assessment or other")
    add.add_argument("--opens", metavar="YYYY-MM-DD")
    add.add_argument("--closes", metavar="YYYY-MM-DD")
    add.add_argument("--channels", default="", help="comma-separated: online platform, e-mail, written, meeting, phone")
    add.add_argument("--document", default="", help="the draft the consultation concerns")
    add_json(add)
    add.set_defaults(handler=cmd_add)

    exp = export_parser(sub).add_parser(
        "responses", help="the reasoned-response report (docx, pdf) and open data (csv, json)")
    exp.add_argument("--consultation", type=int, required=True, metavar="ID")
    exp.add_argument("--audience", choices=("public", "members"), default="public",
                     help="public: names only with consent (default); members: every name, not for publication. "
                          "Open data (csv, json) always has public fields only")
    exp.add_argument("--format", default="docx,pdf", help="comma-separated: docx, pdf, csv, json (default docx,pdf)")
    exp.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    add_db(exp)
    exp.set_defaults(handler=cmd_export)


def _contribution_json(c, today, off) -> dict:
    from msf_desk.model.dates import working_days_between

    return {
        "id": c.id, "consultation_id": c.consultation_id, "received": c.received_on, "due": c.due_on,
        "working_days_overdue": working_days_between(c.due_on, today, off), "channel": c.channel,
        "theme": c.theme, "outcome": c.response.outcome, "text": c.text,
    }


def cmd_import(args) -> int:
    from msf_desk.core import contribution_columns as columns
    from msf_desk.core import contributions_import as imp

    db = open_db(args)
    mapping = columns.load_mapping_file(args.mapping) if args.mapping else None
    try:
        result = imp.import_contributions(db, args.file, args.consultation, mapping=mapping, dry_run=args.dry_run)
    except imp.LayoutNotRecognised as exc:
        # The explanation on stderr, the mapping alone on stdout: `… > mapping.json`, check it, pass it back.
        print("msf-desk: " + "\n".join(line for line in exc.message.splitlines() if not line.startswith(("{", " ", "}"))
                                       or line.startswith("  header")).replace(
                  "is below", "is printed on the standard output"), file=sys.stderr)
        print(json.dumps(exc.proposed, ensure_ascii=False, indent=2))
        return 1
    if args.json:
        print_json({"source": result.source, "consultation_id": result.consultation_id, "rows": result.rows,
                    "added": result.added, "updated": result.updated, "already_imported": result.already_imported,
                    "dry_run": result.dry_run, "layout": result.layout, "mapping": result.mapping,
                    "mapping_from": result.mapping_from, "notes": result.notes, "preview": result.preview,
                    "unused_columns": result.unused_columns})
        return 0
    print(result.summary())
    if result.layout:
        print(f"  Layout: {result.layout}")
    for note in result.notes:
        print(f"  Note: {note}")
    if args.dry_run:
        for number, row in enumerate(result.preview, 1):
            print(f"  Row {number} as it will be stored:")
            for label, value in row.items():
                if value:
                    shown = " ".join(value.split())
                    print(f"    {label + ':':<17} {shown[:100]}{'…' if len(shown) > 100 else ''}")
    if result.unused_columns:
        print(f"  Columns left unused: {', '.join(result.unused_columns)}")
    return 0


def cmd_responses_list(args) -> int:
    from msf_desk.core.audience import responses as responses_view

    db = open_db(args)
    rows = responses_view.members_list(db, args.consultation)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(M_("No contributions in this consultation yet."))
        return 0
    print(M_("Members' view: contributors' names are shown; not for publication."))
    for row in rows:
        status = ("withdrawn " + row["withdrawn"]) if row["withdrawn"] else row["outcome_label"]
        who = row["contributor"] or "—"
        excerpt = " ".join(row["text"].split())[:60]
        source = f"  [{row['source']} {row['source_id']}]" if row["source_id"] else ""
        print(f"#{row['id']:<6} {row['received']}  {who[:24]:<24} {row['theme'][:18]:<18} {status[:24]:<24} "
              f"{excerpt}{source}")
    return 0


def cmd_responses_answer(args) -> int:
    from msf_desk.core import responses as core
    from msf_desk.model.errors import UserError
    from msf_desk.store import responses as store

    db = open_db(args)
    outcome = core.outcome_key(args.outcome)
    if outcome is None:
        raise UserError(f"--outcome: '{args.outcome}' is not an outcome ({', '.join(OUTCOMES.values())}).")
    ids = None
    if args.ids is not None:
        try:
            ids = [int(part) for part in args.ids.replace(" ", "").split(",") if part]
        except ValueError:
            raise UserError(f"--ids: write the numbers separated by commas (e.g. 1,2,3), not '{args.ids}'.") from None
    decided_by = args.decided_by
    if args.meeting is not None:
        label = store.meeting_label(db, args.meeting)
        if not label:
            raise UserError(f"--meeting: there is no meeting with id {args.meeting}.")
        decided_by = decided_by or f"The forum, at its meeting {label}"
    chosen = core.select_for_answer(db, args.consultation, ids=ids, theme=args.theme,
                                    duplicates_of=args.duplicates_of, unanswered=args.unanswered)
    response = Response(outcome=outcome, reason=args.reason, decided_by=decided_by, meeting_id=args.meeting,
                             answered_on=parse_day(args.on, "--on") if args.on else None)
    core.answer_many(db, chosen, response, today=parse_day(args.on) if args.on else None)
    if args.json:
        print_json({"answered": len(chosen), "ids": chosen, "outcome": outcome})
        return 0
    print(f"Answered {len(chosen)} contribution(s): {OUTCOMES[outcome]}.")
    return 0


def cmd_template(args) -> int:
    from msf_desk.core.contribution_columns import template

    print(f"Wrote {template(args.file)}")
    return 0


def cmd_overdue(args) -> int:
    from msf_desk.core import responses as core
    from msf_desk.core import consultations_due

    db = open_db(args)
    today = parse_day(args.on)
    late = core.overdue(db, today)
    soon = core.due_soon(db, today)
    if args.json:
        _, off = consultations_due.due_rule(db)
        print_json({"on": today, "overdue": [_contribution_json(c, today, off) for c in late],
                    "due_soon": [_contribution_json(c, today, off) for c in soon]})
        return 0
    if not late and not soon:
        print(M_("Nothing overdue or due soon on {day}.").format(day=message_day(today)))
        return 0
    for title, items in (("Overdue", late), ("Due within 5 working days", soon)):
        if not items:
            continue
        print(f"{title} ({len(items)}):")
        for c in items[:200]:
            excerpt = " ".join(c.text.split())[:60]
            print(f"  #{c.id:<6} due {c.due_on.isoformat()}  {c.theme[:20]:<20} {excerpt}")
        if len(items) > 200:
            print(f"  … and {len(items) - 200} more (use --json for all)")
    return 0


def cmd_list(args) -> int:
    from msf_desk.core import responses as core
    from msf_desk.core import consultations_due
    from msf_desk.store import responses as store

    db = open_db(args)
    today = parse_day(args.on)
    consultations_due.refresh_due_dates(db)
    counts = store.consultation_counts(db, today)
    items = []
    for c in consultations_due.list_consultations(db):
        n = counts.get(c.id, {"contributions": 0, "answered": 0, "overdue": 0, "answered_late": 0})
        items.append((c, n))
    if args.json:
        print_json([
            {"id": c.id, "name": c.name, "stage": c.stage, "opens_on": c.opens_on, "closes_on": c.closes_on,
             "status": c.status_on(today), "channels": c.channels, "document": c.document, **n,
             "warnings": core.consultation_warnings(c)}
            for c, n in items
        ])
        return 0
    if not items:
        print(M_("No consultations yet."))
    for c, n in items:
        period = f"{c.opens_on or '…'} – {c.closes_on or '…'}"
        print(f"{c.id:>4}  {c.name[:36]:<36} {c.stage_label[:22]:<22} {period:<23} {c.status_on(today):<7} "
              f"{n['contributions']:>7} contributions, {n['answered']} answered, {n['overdue']} overdue")
        for warning in core.consultation_warnings(c):
            print(f"        ! {warning}")
    return 0


def cmd_add(args) -> int:
    from msf_desk.core import responses as core
    from msf_desk.model.errors import UserError

    db = open_db(args)
    stage = core.stage_key(args.stage)
    if stage is None:
        raise UserError(f"--stage: '{args.stage}' is not a stage ({', '.join(STAGES.values())}).")
    channels = []
    for text in filter(None, (t.strip() for t in args.channels.split(","))):
        key = core.channel_key(text)
        if key is None:
            raise UserError(f"--channels: '{text}' is not a channel ({', '.join(CHANNELS.values())}).")
        channels.append(key)
    c = core.save_consultation(db, Consultation(
        name=args.name, stage=stage, opens_on=parse_day(args.opens, "--opens") if args.opens else None,
        closes_on=parse_day(args.closes, "--closes") if args.closes else None, channels=channels,
        document=args.document))
    warnings = core.consultation_warnings(c)
    if args.json:
        print_json({"id": c.id, "name": c.name, "warnings": warnings})
        return 0
    print(f"Added consultation {c.id}: {c.name}")
    for warning in warnings:
        print(f"  ! {warning}")
    return 0


def cmd_export(args) -> int:
    from msf_desk.exports.responses import FORMATS, export_responses

    db = open_db(args)
    formats = parse_formats(args.format, FORMATS)
    for path in export_responses(db, args.consultation, audience=args.audience, formats=formats, out_dir=args.out):
        print(M_("Wrote {path}").format(path=path))
    return 0
