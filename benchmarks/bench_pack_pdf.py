"""A 30-item meeting pack to PDF, side by side with LibreOffice converting the same pack's .docx.

    python benchmarks/bench_pack_pdf.py [--runs 7] [--items 30] [--papers 20] [--against CHECKOUT]

Builds the forum of bench_packs.py (one meeting of 30 items, 20 papers), writes the
members' pack as .docx once (the reference's input), then, whole processes, alternating
runs, medians:
- ours: `python -m msf_desk export pack --meeting ID --format pdf --out DIR`;
- reference: `libreoffice --headless --convert-to pdf --outdir DIR pack.docx`
  (its own profile folder, made once before the timed runs).
Then inside one process (as in the running program): reading the pack and writing the
PDF (`pack_for` + `export_pack(..., ["pdf"])`), median of the runs after a first one that
loads the fonts. Prints the ratios.

With ``--against CHECKOUT`` (another copy of the code, e.g. `git worktree add /tmp/before
COMMIT`), that copy's command runs in turn with ours and LibreOffice, and the in-process
figure is taken for both copies in child processes that run in turn (each a first write, then
the median CPU time of ``--runs`` writes): a before/after comparison under the same load.
Each command runs from its own checkout's folder (``python -m`` puts the current folder
first on the module path).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


CPU: dict[str, list[float]] = {}


INSIDE = """
import statistics, sys, time
from pathlib import Path
from msf_desk.core.audience.pack import pack_for
from msf_desk.exports.packs import export_pack
from msf_desk.store.db import open_forum
db = open_forum(Path(sys.argv[1]))
cpu = []
for n in range(int(sys.argv[4]) + 1):
    start = time.thread_time()
    export_pack(pack_for(db, int(sys.argv[2]), "members"), sys.argv[3], ["pdf"])
    if n:
        cpu.append(time.thread_time() - start)
print(statistics.median(cpu))
"""


def timed(cmd: list[str], env: dict, label: str = "", cwd: str | Path = ROOT) -> float:
    """Wall time of one whole process; its CPU time (user + system, with its children) is kept
    in CPU[label]: steadier than the wall time on a machine shared with other work."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=str(cwd))
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    if label:
        CPU.setdefault(label, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--papers", type=int, default=20)
    parser.add_argument("--against", metavar="CHECKOUT", type=Path,
                        help="another copy of the code to measure in turn with this one (before/after)")
    args = parser.parse_args()
    against = args.against.resolve() if args.against else None
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        raise SystemExit("LibreOffice is needed for the reference side (apt-get install libreoffice-writer).")

    from bench_packs import build_forum

    from msf_desk.core.audience.pack import pack_for
    from msf_desk.exports.packs import export_pack

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)   # as installed: modules compiled once, then cached
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, meeting_id = build_forum(folder, args.items, args.papers)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        docx = export_pack(pack_for(db, meeting_id, "members"), folder / "docx", ["docx"])[0]
        profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
        ours_cmd = [sys.executable, "-m", "msf_desk", "export", "pack", "--db", str(folder / "bench.msf"),
                    "--meeting", str(meeting_id), "--format", "pdf", "--out", str(folder / "ours")]
        office_cmd = [office, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "office"),
                      str(docx)]
        other_env = dict(env, PYTHONPATH=str(against)) if against else None
        timed(ours_cmd, env), timed(office_cmd, env)          # first runs: caches, LibreOffice profile
        if against:
            timed(ours_cmd, other_env, cwd=against)
        ours, office_times, other = [], [], []
        for _ in range(args.runs):
            ours.append(timed(ours_cmd, env, "ours"))
            office_times.append(timed(office_cmd, env, "office"))
            if against:
                other.append(timed(ours_cmd, other_env, "other", cwd=against))
        children: dict[str, list[float]] = {"ours": [], "other": []}
        if against:
            for _ in range(max(3, args.runs // 2)):
                for label, tree, child_env in (("ours", ROOT, env), ("other", against, other_env)):
                    out = subprocess.run([sys.executable, "-c", INSIDE, str(folder / "bench.msf"), str(meeting_id),
                                          str(folder / f"inside-{label}"), str(args.runs)],
                                         env=child_env, cwd=str(tree), capture_output=True, text=True, check=True)
                    children[label].append(float(out.stdout.strip().splitlines()[-1]))

        inside, inside_cpu = [], []
        for n in range(args.runs + 1):
            start, start_cpu = time.perf_counter(), time.thread_time()
            export_pack(pack_for(db, meeting_id, "members"), folder / "inside", ["pdf"])
            if n:                                            # the first loads reportlab and the fonts
                inside.append(time.perf_counter() - start)
                inside_cpu.append(time.thread_time() - start_cpu)
        db.conn.close()
    o, r = statistics.median(ours), statistics.median(office_times)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}; "
          f"{args.items} items, {args.papers} papers")
    print(f"msf-desk export pack --format pdf: median {o:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in ours)})")
    print(f"LibreOffice .docx -> .pdf:          median {r:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in office_times)})")
    print(f"LibreOffice / ours: {r / o:.2f}x faster  (aim: at least 5x)")
    oc, rc = statistics.median(CPU["ours"]), statistics.median(CPU["office"])
    print(f"CPU time (user + system), medians: ours {oc:.2f} s, LibreOffice {rc:.2f} s: {rc / oc:.2f}x")
    print(f"inside the program (pack_for + export_pack pdf): median {statistics.median(inside) * 1000:.0f} ms "
          f"(aim: under 150 ms); CPU time of the thread: median {statistics.median(inside_cpu) * 1000:.0f} ms")
    if against:
        xc = statistics.median(CPU["other"])
        print(f"{against} (in turn with ours): median {statistics.median(other):.2f} s, CPU {xc:.2f} s; "
              f"ours takes {oc / xc:.2f} of its CPU time, {o / statistics.median(other):.2f} of its wall time")
        a, b = statistics.median(children["ours"]), statistics.median(children["other"])
        print(f"inside the program, child processes in turn (medians of {len(children['ours'])}): ours {a * 1000:.0f} ms, "
              f"{against.name} {b * 1000:.0f} ms of CPU: ours takes {a / b:.2f} of its time")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
