"""How long the public repository takes to build, and how big it is.

    python benchmarks/bench_repository.py [--scale small|large] [--keep DIR]
    python benchmarks/bench_repository.py --rows 25000 100000 [--code OTHER_CHECKOUT]

Builds the demo forum (anchored on 15 June 2026), then: the compliance check alone; a first
export into an empty folder (with the zip); a second export with nothing changed; a third
after one edit of the forum's remit. Prints a Markdown table for benchmarks/README.md.

With --rows: for each size, a copy of the small demo with one more consultation of that many
contributions (the large demo's generator), and its first repository export (with the zip) as a
whole process under `/usr/bin/time -v`: wall and CPU time and peak resident memory, which should
not grow with the number of rows. --code runs another checkout's code, for a before/after.
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


def sizes(rows: list[int], code: str | None) -> int:
    import os
    import subprocess

    from bench_large_report import build_sized, run_timed

    code = str(Path(code).resolve()) if code else str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=code)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.msf"
        subprocess.run([sys.executable, "-m", "msf_desk", "demo", "--db", str(small)], check=True,
                       capture_output=True)
        print(f"code: {code}")
        for n in rows:
            forum_path = Path(tmp) / f"f{n}.msf"
            build_sized(small, forum_path, n)
            load = os.getloadavg()[0]
            elapsed, peak, cpu = run_timed(
                [sys.executable, "-m", "msf_desk", "export", "repository", "--db", str(forum_path), "--out",
                 str(Path(tmp) / f"site-{n}"), "--zip", "--on", TODAY.isoformat()], dict(env))
            print(f"{n:>7,} more contributions: first export {elapsed:6.1f} s, CPU {cpu:5.1f} s, "
                  f"peak {peak:4.0f} MB (load {load:.1f})", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("small", "large"), default="small")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the package")
    parser.add_argument("--languages", default="en", metavar="CODES",
                        help="document languages to export (the demo publishes in en,fr; default en alone, "
                             "so the figures compare with earlier runs)")
    parser.add_argument("--rows", type=int, nargs="+", help="sizes of consultation to add to the small demo")
    parser.add_argument("--code", help="with --rows: the checkout whose code exports (default: this one)")
    args = parser.parse_args()
    if args.rows:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        return sizes(args.rows, args.code)
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
    print(f"| Export after one edit (the remit) | {third.seconds:.1f} s | {len(third.changed)} changed, "
          f"{len(third.reused)} documents copied | |")
    import resource

    print(f"\nPeak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
