"""Start-up: the window opening the demo forum, side by side with a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 7] [--db FORUM] [--against OTHER_CHECKOUT]

Whole processes, alternating runs (ours, then the reference, then ours ...), medians of the wall
time and of the CPU time (user + system, steadier on a shared machine):
- ours: `python -m msf_desk --db FORUM --check-startup` (opens the window and the forum,
  prints what opened once the event loop runs, quits);
- reference: a Python process that imports PySide6, shows an empty QMainWindow, runs the
  event loop once and quits.
Qt runs offscreen unless QT_QPA_PLATFORM is set. Without --db the small demo forum is
built once in a temporary folder. Also lists which heavy libraries the start-up loaded, and the
medians of what `--check-startup` reports: when the window was first painted and when its first
page (Today) was filled, counted from the start of the process, and the longest the window went
without answering in between (Today reads the forum off the GUI thread). On the large demo
(`python -m msf_desk demo --scale large --db large.msf`, then `--db large.msf --runs 3`) these
say whether the window is painted and usable in under 1.5 s, the rest filling in.
With --against (another checkout of MSF Desk, e.g. `git worktree add ../before main`) the same
start-up from that checkout runs in turn with ours and the bare window, with its medians and
ours as a share of them.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

HEAVY = ("reportlab", "docx", "openpyxl", "icalendar", "pypdf", "msf_desk.exports.pdf_writer",
         "msf_desk.exports.docx_writer")

LOADED = """
import runpy, sys
sys.argv = ["msf-desk", "--db", sys.argv[1], "--check-startup"]
try:
    runpy.run_module("msf_desk", run_name="__main__")
except SystemExit:
    pass
print("LOADED", " ".join(sorted({m if m.startswith("msf_desk") else m.split(".")[0] for m in sys.modules
                                  if m.split(".")[0] in {heavy!r} or m in {heavy!r}})))
"""


CPU: dict[str, list[float]] = {}
# Every process starts in an empty folder: `python -m` and `-c` put the current folder first on
# the module path, so started from a checkout they would load that checkout's msf_desk whatever
# PYTHONPATH says (and --against would time the same code twice).
CWD: str | None = None
REPORTS: list[tuple[int, int, int]] = []   # (painted, filled, longest unanswered) in ms, per run of ours
REPORT = re.compile(r"window painted (\d+) ms .* filled after (\d+) ms; .* within (\d+) ms")


def timed(cmd: list[str], env: dict, label: str = "") -> float:
    """Wall time of one whole process; its CPU time (user + system) is kept in CPU[label]:
    on a machine shared with other work the CPU time varies much less than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=CWD)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{proc.stderr}")
    if label:
        CPU.setdefault(label, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    found = REPORT.search(proc.stdout)
    if label == "ours" and found:
        REPORTS.append(tuple(int(g) for g in found.groups()))
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", help="the forum to open (default: a fresh small demo)")
    parser.add_argument("--against", metavar="CHECKOUT", help="another checkout of MSF Desk, run in turn with ours")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)   # as installed: modules compiled once, then cached
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    global CWD
    with tempfile.TemporaryDirectory() as tmp:
        CWD = str(Path(tmp) / "start")
        Path(CWD).mkdir()
        db = str(Path(args.db).resolve()) if args.db else None
        if db is None:
            db = str(Path(tmp) / "demo.msf")
            subprocess.run([sys.executable, "-m", "msf_desk", "demo", "--db", db], env=env, check=True,
                           capture_output=True, cwd=CWD)
        ours_cmd = [sys.executable, "-m", "msf_desk", "--db", db, "--check-startup"]
        bare_cmd = [sys.executable, "-c", BARE]
        other_env = dict(env, PYTHONPATH=str(Path(args.against).resolve())) if args.against else None
        timed(ours_cmd, env), timed(bare_cmd, env)          # warm the caches (.pyc, fonts)
        if other_env:
            timed(ours_cmd, other_env)
        ours, bare, other = [], [], []
        for _ in range(args.runs):
            ours.append(timed(ours_cmd, env, "ours"))
            if other_env:
                other.append(timed(ours_cmd, other_env, "against"))
            bare.append(timed(bare_cmd, env, "bare"))
        heavy = tuple(h.split(".")[0] if not h.startswith("msf_desk") else h for h in HEAVY)
        probe = subprocess.run([sys.executable, "-c", LOADED.replace("{heavy!r}", repr(set(heavy))), db],
                               env=env, capture_output=True, text=True, cwd=CWD)
        loaded = next((line[7:] for line in probe.stdout.splitlines() if line.startswith("LOADED")), "?")
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")
    print(f"MSF Desk --check-startup (demo forum): median {o:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in ours)})")
    print(f"bare PySide6 window:                   median {b:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in bare)})")
    print(f"ratio: {o / b:.2f}x  (aim: at most 2x)")
    oc, bc = statistics.median(CPU["ours"]), statistics.median(CPU["bare"])
    print(f"CPU time (user + system), medians: ours {oc:.2f} s, bare {bc:.2f} s, ratio {oc / bc:.2f}x")
    if other:
        a, ac = statistics.median(other), statistics.median(CPU["against"])
        print(f"--against {args.against}: median {a:.2f} s ({a / b:.2f}x the bare window), CPU {ac:.2f} s "
              f"({ac / bc:.2f}x); ours takes {o / a:.2f} of its wall time and {oc / ac:.2f} of its CPU time")
    print(f"export libraries loaded at start-up: {loaded.strip() or 'none'}")
    if REPORTS:
        painted, filled, gap = (statistics.median(r[i] for r in REPORTS) for i in range(3))
        print(f"ours, as --check-startup reports it (medians): window painted {painted:.0f} ms after the process "
              f"started, Today filled after {filled:.0f} ms; meanwhile the window answered within {gap:.0f} ms "
              f"(aim on the large forum: painted and usable in under 1,500 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
