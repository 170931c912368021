"""The largest consultation of a forum sent to the trash and put back, the core functions alone.

    python benchmarks/bench_trash.py --db LARGE [--pairs N] [--against CHECKOUT] [--profile STEP]

Works on copies in a temporary folder (the forum given is only read). Each step runs in a process
of its own (so that its peak memory is its own): `responses.trash_consultation` of the consultation
with the most contributions, then `trash.restore` of that entry in another process. Per step:
wall time, CPU time of the process for the step (`resource.getrusage`: user + system), the
process's peak resident memory, the longest a Python thread ticking every 10 ms had to wait
(what the window's thread would wait: Python's lock held by the work, or by the garbage
collector it sets off), and the collector's full collections with their time.

With `--against CHECKOUT` the same steps run with that checkout's code (`PYTHONPATH`) in turn with
this one's, `--pairs` times (medians printed; CPU is the figure to compare on a shared machine).
After each restore a digest of every table's rows, the search index's answers to a few words and
the schema's indexes and triggers is printed: both sides must print the same.
`--profile trash|restore` runs that step once under cProfile and prints the top of it.
The machine's load average is printed with every figure.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def load() -> float:
    return os.getloadavg()[0]


class Ticker:
    """A thread that wakes every 10 ms; the longest gap between two wakes is the longest any
    other thread (the window's) would have waited for Python's lock."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        last = time.perf_counter()
        while not self.stop.wait(0.01):
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.01)
            last = now

    def done(self) -> float:
        self.stop.set()
        self.thread.join()
        return self.longest


class Collections:
    """Python's full (generation 2) collections and the time each took."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.started = 0.0
        gc.callbacks.append(self.note)

    def note(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.times.append(time.perf_counter() - self.started)


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def digest(db) -> str:
    """Every table's rows in rowid order (the history and the trash aside), what the search
    index answers to a few words, its own integrity check, the indexes and triggers."""
    h = hashlib.sha256()
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('audit_log', 'audit_records', 'trash') AND name NOT LIKE 'contributions_fts%' ORDER BY name")]
    for t in tables:
        h.update(t.encode())
        for row in db.execute(f"SELECT rowid, * FROM [{t}] ORDER BY rowid"):
            h.update(repr(row).encode())
    for word in ("budget", "water", "pu*", "education", "the"):
        h.update(repr(db.execute("SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH ? ORDER BY rowid",
                                 [word]).fetchall()).encode())
    db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    h.update(repr(sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                    "WHERE type IN ('index', 'trigger')").fetchall())).encode())
    return h.hexdigest()[:16]


def child(step: str, forum: Path, profile: bool) -> None:
    import datetime as dt

    from msf_desk.core import responses, trash
    from msf_desk.store.db import open_forum

    db = open_forum(forum)
    if step == "trash":
        cid, n = db.execute("SELECT consultation_id, count(*) FROM contributions GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
                            ).fetchone()
        work = lambda: responses.trash_consultation(db, cid)      # noqa: E731
    else:
        entry, n = db.execute("SELECT id, row_count FROM trash ORDER BY row_count DESC LIMIT 1").fetchone()
        work = lambda: trash.restore(db, entry)                 # noqa: E731
    gc.collect()
    collections = Collections()
    ticker = Ticker()
    started, used = time.perf_counter(), cpu()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(work)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    else:
        work()
    wall, used = time.perf_counter() - started, cpu() - used
    held = ticker.done()
    gc.callbacks.remove(collections.note)
    result = {"step": step, "rows": n, "wall": wall, "cpu": used, "held": held,
              "full_collections": len(collections.times), "collection_s": sum(collections.times),
              "longest_collection": max(collections.times, default=0.0),
              "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "load": load()}
    if step == "restore":
        result["digest"] = digest(db)
    db.conn.close()
    print(json.dumps(result))


def run(code: Path, step: str, forum: Path, profile: bool = False) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child", step, "--file", str(forum)]
                         + (["--profile", step] if profile else []),
                         env=env, check=True, capture_output=not profile, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) if not profile else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--pairs", type=int, default=1)
    parser.add_argument("--against", default=None, help="another checkout, run in turn with this one")
    parser.add_argument("--profile", choices=["trash", "restore"], default=None)
    parser.add_argument("--child", choices=["trash", "restore"], default=None)
    parser.add_argument("--file", default=None)
    args = parser.parse_args()
    if args.child:
        child(args.child, Path(args.file), args.profile is not None)
        return 0
    here = Path(__file__).resolve().parent.parent
    work = Path(tempfile.mkdtemp(prefix="bench_trash_"))
    base = work / "base.msf"
    shutil.copy(args.db, base)
    base.chmod(0o644)
    # Upgraded once by this checkout's code, so no step's figures hold an upgrade.
    subprocess.run([sys.executable, "-c", "import sys; from msf_desk.store.db import open_forum; "
                    "open_forum(sys.argv[1]).conn.close()", str(base)],
                   env={**os.environ, "PYTHONPATH": str(here)}, check=True)
    sides = [("this", here)] + ([("against", Path(args.against).resolve())] if args.against else [])
    if args.profile:
        forum = work / "profiled.msf"
        shutil.copy(base, forum)
        if args.profile == "restore":
            run(here, "trash", forum)
        run(here, args.profile, forum, profile=True)
        shutil.rmtree(work)
        return 0
    results: dict[str, list[dict]] = {name: [] for name, _ in sides}
    for pair in range(args.pairs):
        for name, code in (sides if pair % 2 == 0 else sides[::-1]):
            forum = work / f"{name}.msf"
            shutil.copy(base, forum)
            for step in ("trash", "restore"):
                r = run(code, step, forum)
                results[name].append(r)
                print(f"{name:<8} {step:<8} {r['rows']:>7,} rows: wall {r['wall']:6.2f} s, CPU {r['cpu']:6.2f} s, "
                      f"peak {r['peak_mb']:6.0f} MB, a ticking thread held up {r['held'] * 1000:5.0f} ms, "
                      f"{r['full_collections']} full collections {r['collection_s'] * 1000:.0f} ms "
                      f"(longest {r['longest_collection'] * 1000:.0f} ms)"
                      + (f", digest {r['digest']}" if "digest" in r else "") + f" (load {r['load']:.1f})", flush=True)
    print("medians:")
    for name, _ in sides:
        for step in ("trash", "restore"):
            rs = [r for r in results[name] if r["step"] == step]
            med = {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "peak_mb", "held", "collection_s")}
            print(f"{name:<8} {step:<8} wall {med['wall']:.2f} s, CPU {med['cpu']:.2f} s, peak {med['peak_mb']:.0f} MB, "
                  f"held up {med['held'] * 1000:.0f} ms, full collections {med['collection_s'] * 1000:.0f} ms "
                  f"({len(rs)} runs, load {min(r['load'] for r in rs):.1f}-{max(r['load'] for r in rs):.1f})")
    if args.against:
        for step in ("trash", "restore"):
            a = statistics.median(r["cpu"] for r in results["this"] if r["step"] == step)
            b = statistics.median(r["cpu"] for r in results["against"] if r["step"] == step)
            print(f"{step}: CPU this / against = {a / b:.2f}")
        digests = {r["digest"] for rs in results.values() for r in rs if "digest" in r}
        print("digests after restore:", "the same" if len(digests) == 1 else f"DIFFER: {sorted(digests)}")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
