"""How fast Cancel takes effect inside a large export, against the aim (issue 14, aim 4: 2 s).

    python benchmarks/bench_cancel.py [--db FORUM] [--rows 100000] [--after 1 5 15]

Without --db: copies the small demo and adds --rows contributions to one consultation. Then,
for the reasoned response (PDF, then Word) and the public repository, runs the export in a
thread as the window's worker does, presses Cancel after each delay in --after (seconds) and
measures how long the export takes to stop, and the longest gap between two progress reports
over a whole run (the worst case of a Cancel pressed at the worst moment). Checks that a
cancelled export left no file. Prints each figure and its ratio to the aim (below 1 meets it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from msf_desk.exports.atomic import Cancelled  # noqa: E402

AIM_SECONDS = 2.0
TODAY = dt.date(2026, 6, 15)


class Progress:
    """What the window's worker hands an export: reports, and Cancelled once asked to stop."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.reports: list[float] = []

    def __call__(self, done: int, total: int) -> None:
        self.check()

    def check(self) -> None:
        self.reports.append(time.perf_counter())
        if self.stop.is_set():
            raise Cancelled()

    def document(self, name: str, n: int = 0, count: int = 0) -> None:
        self(0, 1)


def build(tmp: Path, rows: int) -> tuple[Path, int]:
    from msf_desk.core import consultations_due
    from msf_desk.demo import build_demo
    from msf_desk.store import responses as store

    path = tmp / "forum.msf"
    db = build_demo(path, today=TODAY)
    cons = consultations_due.list_consultations(db)[0]
    due = consultations_due.due_date(TODAY, 20).isoformat()
    store.insert_contribution_rows(db, (
        {"consultation_id": cons.id, "received_on": TODAY.isoformat(), "channel": "email",
         "contributor_name": f"Person {n}", "organisation": f"Organisation {n % 300}",
         "contributor_type": "individual", "publish_name": n % 2,
         "text": f"Comment number {n}: the plan should say more about section {n % 40}.",
         "theme": f"Theme {n % 12}", "section": f"{n % 40}", "due_on": due}
        for n in range(rows)))
    db.conn.close()
    return path, cons.id


def exports(path: Path, consultation: int):
    from msf_desk.core.forum import worker_db
    from msf_desk.exports.repository import export_repository
    from msf_desk.exports.responses import export_responses
    from msf_desk.paths import forum_files_dir

    def responses(fmt):
        def run(out: Path, progress: Progress):
            with worker_db(path, one_snapshot=True) as db:
                export_responses(db, consultation, audience="public", formats=[fmt], out_dir=out, today=TODAY,
                                 progress=progress)
        return run

    def repository(out: Path, progress: Progress):
        with worker_db(path, one_snapshot=True) as db:
            export_repository(db, out / "site", make_zip=False, today=TODAY, files_dir=forum_files_dir(path),
                              progress=progress, record=False)

    return {"reasoned response, PDF": responses("pdf"), "reasoned response, Word": responses("docx"),
            "public repository": repository}


def run_once(work, out: Path, cancel_after: float | None) -> tuple[str, float, float, float]:
    """(outcome, seconds until it stopped, cancel latency, longest gap between reports)."""
    progress = Progress()
    outcome = {}

    def target():
        try:
            work(out, progress)
            outcome["what"] = "finished"
        except Cancelled:
            outcome["what"] = "cancelled"
        outcome["at"] = time.perf_counter()

    started = time.perf_counter()
    thread = threading.Thread(target=target)
    thread.start()
    pressed = None
    if cancel_after is not None:
        thread.join(cancel_after)
        if thread.is_alive():
            pressed = time.perf_counter()
            progress.stop.set()
    thread.join()
    marks = [started] + progress.reports + [outcome["at"]]
    gap = max(b - a for a, b in zip(marks, marks[1:]))
    latency = outcome["at"] - pressed if pressed is not None else float("nan")
    return outcome["what"], outcome["at"] - started, latency, gap


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a forum (default: the demo plus --rows contributions)")
    parser.add_argument("--consultation", type=int, help="with --db: the consultation (default: the largest)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--after", type=float, nargs="*", default=[1.0, 5.0, 15.0])
    parser.add_argument("--skip-full", action="store_true", help="do not run each export to its end")
    parser.add_argument("--only", help="only the exports whose name contains this (e.g. repository)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.db:
            path, consultation = Path(args.db), args.consultation
            if consultation is None:
                import sqlite3
                with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                    consultation = conn.execute("SELECT consultation_id FROM contributions GROUP BY consultation_id "
                                                "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        else:
            t0 = time.perf_counter()
            path, consultation = build(tmp, args.rows)
            print(f"built a forum with {args.rows:,} more contributions in {time.perf_counter() - t0:.0f} s")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, "
              f"Python {sys.version.split()[0]}; aim: Cancel acts within {AIM_SECONDS:.0f} s")
        worst = 0.0
        for name, work in exports(path, consultation).items():
            if args.only and args.only not in name:
                continue
            if not args.skip_full:
                out = tmp / "full"
                what, took, _, gap = run_once(work, out, None)
                shutil.rmtree(out, ignore_errors=True)
                worst = max(worst, gap)
                print(f"{name}: whole run {took:.1f} s ({what}); longest gap between two reports {gap:.2f} s "
                      f"(ratio to the aim {gap / AIM_SECONDS:.2f})")
            for after in args.after:
                out = tmp / f"cancel-{after}"
                out.mkdir()
                what, took, latency, gap = run_once(work, out, after)
                left = [p for p in out.rglob("*")]
                worst = max(worst, latency if latency == latency else 0.0)
                print(f"{name}: Cancel after {after:.0f} s -> {what} after {took:.1f} s; it acted in "
                      f"{latency:.2f} s (ratio {latency / AIM_SECONDS:.2f}); files left: {len(left)}")
                shutil.rmtree(out, ignore_errors=True)
        print(f"worst: {worst:.2f} s (ratio to the aim {worst / AIM_SECONDS:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
