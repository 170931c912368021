"""How long the public repository takes to build, and how big it is.

    python benchmarks/bench_repository.py [--scale small|large] [--keep DIR]

Builds the demo forum (anchored on 15 June 2026), then: the compliance check alone; a first
export into an empty folder (with the zip); a second export with nothing changed; a third
after one edit of the forum's remit. Prints a Markdown table for benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from msf_desk.core import compliance, forum  # noqa: E402
from msf_desk.demo import build_demo  # noqa: E402
from msf_desk.exports.repository import export_repository  # noqa: E402
from msf_desk.paths import forum_files_dir  # noqa: E402

TODAY = dt.date(2026, 6, 15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("small", "large"), default="small")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the package")
    parser.add_argument("--languages", default="en", metavar="CODES",
                        help="document languages to export (the demo publishes in en,fr; default en alone, "
                             "so the figures compare with earlier runs)")
    args = parser.parse_args()
    base = Path(args.keep or tempfile.mkdtemp(prefix="msf-bench-repo-"))
    base.mkdir(parents=True, exist_ok=True)
    path = base / f"demo-{args.scale}.msf"
    started = time.perf_counter()
    db = build_demo(path, scale=args.scale, force=True, today=TODAY)
    built = time.perf_counter() - started
    from msf_desk.core import forum

    print(f"document languages: {', '.join(forum.set_document_languages(db, args.languages.split(',')))}")

    checks = []
    for _ in range(5):
        t = time.perf_counter()
        report = compliance.check(db, TODAY)
        checks.append(time.perf_counter() - t)
    out = base / "site"
    first = export_repository(db, out, make_zip=True, today=TODAY, files_dir=forum_files_dir(path))
    second = export_repository(db, out, make_zip=True, today=TODAY, files_dir=forum_files_dir(path))
    forum.save(db, forum.replace(forum.load(db), remit="A new remit, agreed by the members."))
    third = export_repository(db, out, make_zip=True, today=TODAY, files_dir=forum_files_dir(path))
    zipped = first.zip_path.stat().st_size

    print(f"Demo forum ({args.scale}) built in {built:.1f} s; {report.summary()}")
    print()
    print("| Step | Time | Files | Size |")
    print("|---|---|---|---|")
    print(f"| Compliance check (median of 5) | {statistics.median(checks) * 1000:.0f} ms | | |")
    print(f"| First export into an empty folder, with the zip | {first.seconds:.1f} s | {first.file_count} "
          f"| {first.size / 1024 / 1024:.1f} MB (zip {zipped / 1024 / 1024:.1f} MB) |")
    print(f"| Export again, nothing changed | {second.seconds:.1f} s | {len(second.changed)} changed, "
          f"{len(second.reused)} documents copied | |")
    print(f"| Export after one edit (the remit) | {third.seconds:.1f} s | {len(third.changed)} changed | |")
    import resource

    print(f"\nPeak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
