"""The public report of a consultation with 100,000 contributions, against the aims.

    python benchmarks/bench_large_report.py [--db LARGE_DEMO] [--consultation 4]
    python benchmarks/bench_large_report.py --rows 25000 50000 100000 200000 [--code DIR]

Builds the large demo (`msf-desk demo --scale large`) unless --db names one, finds its
largest consultation, and runs, each as a whole process under `/usr/bin/time -v` (elapsed
time and peak resident memory of the process):
- `msf-desk export responses --consultation ID --format pdf`
- the same with `--format docx`
The reference side is the aim of issue 14: each under 60 s and under 500 MB peak. Prints
each measure and its ratio to the aim (below 1.0 meets it).

With --rows, builds the small demo once and, for each size, a copy of it with one more
consultation of that many contributions (the large demo's generator), then writes that
consultation's public report in each format: the peak resident memory should not grow with
the number of rows. --code runs another checkout's code (PYTHONPATH) for a before/after.
"""
from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AIM_SECONDS, AIM_MB = 60.0, 500.0


def run_timed(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """(elapsed seconds, peak resident MB, CPU seconds: user + system) of one whole process."""
    proc = subprocess.run(["/usr/bin/time", "-v", *cmd], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    hours, minutes, seconds = wall.groups()
    elapsed = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", proc.stderr).group(1))
              for kind in ("User", "System"))
    return elapsed, peak_kb / 1024, cpu


def build_sized(small: Path, path: Path, rows: int) -> int:
    """A copy of the small demo with a consultation of `rows` contributions; returns its id."""
    import datetime as dt
    import random
    import shutil

    from msf_desk.demo import DemoContext
    from msf_desk.demo.responses import bulk_consultation
    from msf_desk.store.db import open_forum

    shutil.copyfile(small, path)
    db = open_forum(path)
    try:
        return bulk_consultation(db, DemoContext(today=dt.date.today(), scale="large", rng=random.Random(7)), rows)
    finally:
        db.close()


def sizes(args, env: dict, code_env: dict) -> int:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.msf"
        subprocess.run([sys.executable, "-m", "msf_desk", "demo", "--db", str(small)],
                       env=env, check=True, capture_output=True)
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; code: {code_env['PYTHONPATH']}")
        for rows in args.rows:
            forum = Path(tmp) / f"f{rows}.msf"
            consultation = build_sized(small, forum, rows)
            for fmt in args.formats:
                out = Path(tmp) / f"{rows}-{fmt}"
                load = os.getloadavg()[0]
                elapsed, peak, cpu = run_timed(
                    [sys.executable, "-m", "msf_desk", "export", "responses", "--db", str(forum), "--consultation",
                     str(consultation), "--format", fmt, "--out", str(out)],
                    code_env)
                files = ", ".join(f"{f.suffix[1:]} {f.stat().st_size / 1e6:.2f} MB" for f in sorted(out.iterdir()))
                print(f"{rows:>7,} rows  .{fmt:<4}  {elapsed:6.1f} s  CPU {cpu:6.1f} s  peak {peak:6.0f} MB  "
                      f"({files}; load {load:.1f})", flush=True)
                for f in out.iterdir():
                    f.unlink()
            forum.unlink()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the large demo (default: built in a temporary folder, a few minutes)")
    parser.add_argument("--consultation", type=int, help="default: the one with the most contributions")
    parser.add_argument("--rows", type=int, nargs="+", help="sizes of consultation to build and report on")
    parser.add_argument("--formats", nargs="+", default=["pdf", "docx"])
    parser.add_argument("--code", help="with --rows: the checkout whose code writes the reports (default: this one)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.rows:
        return sizes(args, env, dict(env, PYTHONPATH=str(Path(args.code).resolve()) if args.code else str(ROOT)))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = str(Path(tmp) / "large.msf")
            subprocess.run([sys.executable, "-m", "msf_desk", "demo", "--db", db, "--scale", "large"],
                           env=env, check=True, capture_output=True)
        consultation = args.consultation
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            if consultation is None:
                consultation = conn.execute("SELECT consultation_id FROM contributions GROUP BY consultation_id "
                                            "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM contributions WHERE consultation_id = ?",
                                [consultation]).fetchone()[0]
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}; "
              f"consultation {consultation}: {rows:,} contributions")
        for fmt in ("pdf", "docx"):
            out = Path(tmp) / fmt
            elapsed, peak, cpu = run_timed([sys.executable, "-m", "msf_desk", "export", "responses", "--db", db,
                                       "--consultation", str(consultation), "--format", fmt, "--out", str(out)], env)
            size = sum(f.stat().st_size for f in out.iterdir()) / 1e6
            print(f"public report .{fmt}: {elapsed:.1f} s (aim {AIM_SECONDS:.0f} s: ratio {elapsed / AIM_SECONDS:.2f}), "
                  f"peak {peak:.0f} MB (aim {AIM_MB:.0f} MB: ratio {peak / AIM_MB:.2f}), {size:.1f} MB written; "
                  f"CPU time {cpu:.1f} s (ratio {cpu / AIM_SECONDS:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
