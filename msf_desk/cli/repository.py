"""`msf-desk export repository|compliance` and the bare `msf-desk check` (the standards)."""
from __future__ import annotations

import argparse
from pathlib import Path

from msf_desk.cli.common import (add_db, add_json, check_parser, export_parser, open_db, parse_day,
                                 parse_formats, print_json)
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_

MARKS = {"met": "MET", "in_progress": "IN PROGRESS", "not_met": "NOT MET", "not_evidenced": "NOT EVIDENCED"}
LISTED = 15  # changes named one by one before "… and N more"


def register(sub: argparse._SubParsersAction) -> None:
    exports = export_parser(sub)
    repo = exports.add_parser(
        "repository", help="the public repository: a folder (and a .zip) of everything the forum publishes",
        description="Write everything public into DIR: index.html, manifest.json/.csv and the documents under "
                    "stable names. Exporting again into the same folder rewrites only what changed.")
    add_db(repo)
    repo.add_argument("--out", required=True, metavar="DIR", help="the package folder (new, empty, or an earlier "
                                                                 "export)")
    repo.add_argument("--zip", action="store_true", help="also write DIR.zip beside the folder")
    repo.add_argument("--on", metavar="YYYY-MM-DD", help="export as of this date (default: today)")
    repo.add_argument("--licence", metavar="NAME", help="the licence of the open data (open-data/metadata.json), "
                      "kept for later exports (default: CC BY 4.0)")
    repo.add_argument("--licence-url", metavar="URL", default=None, help="the licence's web address")
    add_json(repo)
    repo.set_defaults(handler=cmd_export_repository)

    report = exports.add_parser("compliance", help="the compliance report with its charts (.docx, .pdf)")
    add_db(report)
    report.add_argument("--out", required=True, metavar="DIR")
    report.add_argument("--format", default="docx,pdf", metavar="docx,pdf")
    report.add_argument("--on", metavar="YYYY-MM-DD", help="check as of this date (default: today)")
    report.set_defaults(handler=cmd_export_compliance)

    checks = check_parser(sub)
    check = sub.choices["check"]
    # `check` alone runs every indicator of the standards; `check AREA` (e.g. regularity) one area's rule.
    # --db is optional here so that `check regularity --db PATH` still parses; the handler asks for it.
    if not any("--db" in a.option_strings for a in check._actions):
        add_db(check, required=False)
        add_json(check)
        check.add_argument("--on", metavar="YYYY-MM-DD", help="check as of this date (default: today)")
        check.add_argument("--standard", metavar="2021|local|2017|chosen",
                           help="the framework(s) to check against, comma-separated: 2021 (OGP 2021 national "
                                "minimum requirements), local (OGP Local), 2017 (the 2017 toolkit), chosen (the "
                                "forum's own choice). Without it: the 2017 indicators as before")
    check.set_defaults(handler=cmd_check)
    del checks


def cmd_export_repository(args) -> int:
    from msf_desk.exports.repository import export_repository
    from msf_desk.paths import forum_files_dir

    db = open_db(args)
    if args.licence is not None or args.licence_url is not None:
        from msf_desk.core.repository import open_data_licence, set_open_data_licence

        name, url = open_data_licence(db)
        set_open_data_licence(db, name if args.licence is None else args.licence,
                              url if args.licence_url is None else args.licence_url)
    # Every document language of the forum (the first at the root, the others in fr/, es/ ...), or
    # only the one asked for with --language.
    result = export_repository(db, args.out, make_zip=args.zip, today=parse_day(args.on),
                               files_dir=forum_files_dir(Path(args.db)), language_code=args.document_language)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Wrote the repository to {result.folder} ({result.file_count} files, "
          f"{result.size / 1024 / 1024:.1f} MB) in {result.seconds:.1f} s.")
    if result.zip_path:
        print(f"Wrote {result.zip_path} ({result.zip_path.stat().st_size / 1024 / 1024:.1f} MB).")
    print(result.summary())
    parts = [("", result)] + [(f"{code}/", part) for code, part in result.parts.items()]
    for prefix, part in parts:
        for label, paths in (("Added", part.added), ("Changed", part.changed), ("Removed", part.removed)):
            for path in paths[:LISTED]:
                print(f"  {label}: {prefix}{path}")
            if len(paths) > LISTED:
                print(f"  … and {len(paths) - LISTED} more {label.lower()}{' in ' + prefix if prefix else ''}")
    for path in result.skipped:
        print(f"  Not included (the file is missing from the forum's storage): {path}")
    for path in result.refused:
        print(f"  Not included (the stored path leads outside the forum's storage folder): {path}")
    return 0


def cmd_export_compliance(args) -> int:
    from msf_desk.exports.compliance import FORMATS, export_compliance

    for path in export_compliance(open_db(args), formats=parse_formats(args.format, FORMATS), out_dir=args.out,
                                  today=parse_day(args.on)):
        print(M_("Wrote {path}").format(path=path))
    return 0


def cmd_check(args) -> int:
    from msf_desk.core.compliance import check

    if not getattr(args, "db", None):
        raise UserError("Say which forum file to check with --db PATH (e.g. msf-desk check --db forum.msf).")
    if getattr(args, "standard", None):
        return _check_standards(args)
    report = check(open_db(args), parse_day(getattr(args, "on", None)))
    if getattr(args, "json", False):
        print_json(report.to_json())
        return 0
    print(f"{report.forum_name}: compliance with the participation and co-creation standards, as of "
          f"{report.today.isoformat()}")
    print(report.summary())
    print(report.minimum_text())
    for i in report.indicators:
        _print_indicator(i, " *" if i.minimum else "")
    return 0


def _print_indicator(i, mark: str = "") -> None:
    """One indicator or requirement: status, title, evidence and next step (both checks print so)."""
    print()
    print(f"[{MARKS[i.status]}] {i.title}{mark}")
    for line in i.evidence:
        print(f"    {line}")
    print(f"    Next: {i.next_step}")


def _check_standards(args) -> int:
    from msf_desk.core import standards

    db = open_db(args)
    text = args.standard.strip().lower()
    keys = standards.chosen(db) if text == "chosen" else standards.parse_keys(text)
    assessment = standards.assess(db, parse_day(getattr(args, "on", None)), keys)
    if getattr(args, "json", False):
        print_json(assessment.to_json())
        return 0
    for n, result in enumerate(assessment.results):
        if n:
            print()
        print(f"{assessment.forum_name}: {result.framework.title}, as of {assessment.today.isoformat()}")
        print(f"Source: {result.framework.source}")
        print(result.summary())
        if result.contrary_text():
            print(result.contrary_text())
        for i in result.requirements:
            _print_indicator(i)
    return 0
