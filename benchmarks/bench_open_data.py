"""The repository's open data at scale: forum.sqlite from the large demo (100,000 contributions).

    python benchmarks/bench_open_data.py [--forum large.msf] [--keep DIR]

Builds the large demo (unless --forum names one), gathers the rows the export writes (the
consultations' open data, the members, the registers) and times writing forum.sqlite twice
(the second must give the same bytes). Wall-clock times on this machine.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import datetime as dt  # noqa: E402

TODAY = dt.date(2026, 6, 15)


def main() -> int:
    from msf_desk.core import consultations_due
    from msf_desk.core.audience import responses as audience_responses
    from msf_desk.core.audience.minutes import action_tracker, decisions_register
    from msf_desk.demo import build_demo
    from msf_desk.exports import open_data
    from msf_desk.exports.minutes import register_rows, tracker_rows
    from msf_desk.store.db import open_forum

    parser = argparse.ArgumentParser()
    parser.add_argument("--forum", help="an existing forum file (default: build the large demo)")
    parser.add_argument("--keep", help="a folder to keep the files in")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-open-data-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.forum:
        db = open_forum(Path(args.forum), access="read")
    else:
        started = time.perf_counter()
        db = build_demo(folder / "large.msf", today=TODAY, scale="large")
        print(f"| build the large demo | {time.perf_counter() - started:.1f} s |")
    started = time.perf_counter()
    collected = open_data.Collector()
    for c in consultations_due.list_consultations(db):
        meta, rows = audience_responses.open_data(db, c.id)
        collected.consultation(meta, rows)
    collected.add("decisions", register_rows(decisions_register(db, "public", today=TODAY)))
    collected.add("actions", tracker_rows(action_tracker(db, "public", today=TODAY)))
    print(f"| gather the public rows ({len(collected.tables['contributions']):,} contributions) | "
          f"{time.perf_counter() - started:.1f} s |")
    digests = []
    for n in (1, 2):
        target = folder / f"forum-{n}.sqlite"
        started = time.perf_counter()
        open_data.write_sqlite(collected, target)
        print(f"| write forum.sqlite (run {n}) | {time.perf_counter() - started:.1f} s, "
              f"{target.stat().st_size / 1024 / 1024:.1f} MB |")
        digests.append(hashlib.sha256(target.read_bytes()).hexdigest())
    print(f"| same bytes both runs | {'yes' if digests[0] == digests[1] else 'NO'} |")
    return 0 if digests[0] == digests[1] else 1


if __name__ == "__main__":
    raise SystemExit(main())
