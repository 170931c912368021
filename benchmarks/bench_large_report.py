"""The public report of a consultation with 100,000 contributions, against the aims.

    python benchmarks/bench_large_report.py [--db LARGE_DEMO] [--consultation 4]

Builds the large demo (`msf-desk demo --scale large`) unless --db names one, finds its
largest consultation, and runs, each as a whole process under `/usr/bin/time -v` (elapsed
time and peak resident memory of the process):
- `msf-desk export responses --consultation ID --format pdf`
- the same with `--format docx`
The reference side is the aim of issue 14: each under 60 s and under 500 MB peak. Prints
each measure and its ratio to the aim (below 1.0 meets it).
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the large demo (default: built in a temporary folder, a few minutes)")
    parser.add_argument("--consultation", type=int, help="default: the one with the most contributions")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
