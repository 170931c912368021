"""Reasoned responses at scale: import 100,000 contributions, search as you type, open the table.

    python benchmarks/bench_responses.py [--rows 100000] [--keep DIR]

Prints a Markdown table (the figures in benchmarks/README.md come from it). Qt runs
offscreen; every figure is wall-clock time on this machine.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from msf_desk.model.responses import Consultation, ContributionFilter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2026, 6, 15)
WORDS = ("budget contracts procurement registers journalists participation council data audit "
         "transparency ministry municipal information requests appeals statistics climate youth "
         "schools water health ownership lobbying elections").split()
TYPED = ["publish the budget", "journalists", "procurement data", "municipal council", "open contracting",
         "climate finance", "right to information"]


def write_platform_export(path: Path, rows: int, rng: random.Random) -> None:
    """A paragraph-by-paragraph export of the shape platforms produce (recognised without a mapping)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Author", "Paragraph reference", "Comment", "Agree", "Disagree", "Theme"])
        for n in range(rows):
            day = TODAY - dt.timedelta(days=rng.randint(1, 300))
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
            w.writerow([f"{day.isoformat()} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
                        f"Participant {n}", f"P{rng.randint(1, 60)}", f"{text} ({n})", rng.randint(0, 40),
                        rng.randint(0, 9), rng.choice(["Budget", "Procurement", "Civic space", "Local", "Data"])])


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="msf-bench-responses-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    figures: list[tuple[str, str]] = []

    from msf_desk.core import contributions_import as imp
    from msf_desk.core import responses as core
    from msf_desk.core import consultations_due
    from msf_desk.demo import build_demo
    from msf_desk.store.db import create_forum

    # 1. The large demo (100,000 contributions inserted directly).
    demo = work / "large.msf"
    for suffix in ("", "-wal", "-shm"):
        Path(str(demo) + suffix).unlink(missing_ok=True)
    db, seconds = timed(lambda: build_demo(demo, scale="large", today=TODAY))
    figures.append(("Build the large demo (all areas, 100,000 contributions)", f"{seconds:.1f} s"))

    # 2. Import from a platform export.
    source = work / "platform-export.csv"
    write_platform_export(source, args.rows, rng)
    target = work / "import.msf"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    idb = create_forum(target)
    cons = core.save_consultation(idb, Consultation(name="Draft plan", stage="draft_plan",
                                                         opens_on=TODAY - dt.timedelta(days=320),
                                                         closes_on=TODAY - dt.timedelta(days=1)))
    result, seconds = timed(lambda: imp.import_contributions(idb, source, cons.id, today=TODAY))
    figures.append((f"Import {result.added:,} contributions from a {source.stat().st_size / 1e6:.0f} MB CSV "
                    "(read, check, insert, index)", f"{seconds:.1f} s ({result.added / seconds:,.0f} rows/s)"))
    again, seconds = timed(lambda: imp.import_contributions(idb, source, cons.id, today=TODAY))
    figures.append((f"Import the same file again (adds {again.added}, skips {again.already_imported:,})",
                    f"{seconds:.1f} s"))
    idb.conn.close()

    # 3. Search as you type, through the table model the page uses.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from msf_desk.ui.models.responses import ContributionsModel

    model = ContributionsModel(db)
    model.today = TODAY
    model.refresh()
    latencies, raw, by_key = [], [], []
    for phrase in TYPED:
        for end in range(1, len(phrase) + 1):
            typed = phrase[:end]
            flt = ContributionFilter(text=typed)
            # Each keystroke three times, keeping the median: other programs on the machine add noise.
            runs = sorted(timed(lambda: model.set_filter(flt, TODAY))[1] * 1000 for _ in range(3))
            latencies.append(runs[1])
            by_key.append((runs[1], typed, model.rowCount()))
            raw.append(sorted(timed(lambda: core.search_ids(db, flt))[1] * 1000 for _ in range(3))[1])
    q = statistics.quantiles(latencies, n=20)
    figures.append((f"Search as you type: {len(latencies)} keystrokes over {len(TYPED)} phrases "
                    f"({db.execute('SELECT count(*) FROM contributions').fetchone()[0]:,} contributions), "
                    "query + model reset", f"median {statistics.median(latencies):.1f} ms, 95th percentile "
                                          f"{q[18]:.1f} ms, worst {max(latencies):.1f} ms"))
    figures.append(("  of which the SQL query (FTS5 + order)",
                    f"median {statistics.median(raw):.1f} ms, worst {max(raw):.1f} ms"))
    slow = sorted(by_key, reverse=True)[:3]
    figures.append(("  slowest keystrokes", "; ".join(f"'{t}' {ms:.0f} ms ({n:,} matches)" for ms, t, n in slow)))
    consultation = next(c.id for c in consultations_due.list_consultations(db) if "bulk" in c.name)
    filtered = []
    for typed in ("pu", "publish", "publish the", "journalists"):
        flt = ContributionFilter(text=typed, consultation_id=consultation, outcome="included")
        _, seconds = timed(lambda: model.set_filter(flt, TODAY))
        filtered.append(seconds * 1000)
    figures.append(("Search combined with consultation and outcome filters",
                    f"median {statistics.median(filtered):.1f} ms, worst {max(filtered):.1f} ms"))
    _, seconds = timed(lambda: model.set_filter(ContributionFilter(overdue_on=TODAY), TODAY))
    figures.append((f"Overdue filter ({model.rowCount():,} rows)", f"{seconds * 1000:.0f} ms"))

    # 4. Opening the page on the large forum: build, show, first paint.
    from msf_desk.ui.pages.responses import ResponsesPage
    from msf_desk.ui.session import ForumSession

    session = ForumSession(db, demo)

    def open_page():
        page = ResponsesPage(session)
        page.resize(1300, 800)
        page.show()
        page.table.viewport().repaint()
        app.processEvents()
        return page

    page, seconds = timed(open_page)
    figures.append((f"Open the Responses page ({page.model.rowCount():,} rows) and paint the first screen",
                    f"{seconds * 1000:.0f} ms ({page.model.queries} page read(s))"))
    _, seconds = timed(lambda: (page.table.scrollToBottom(), page.table.viewport().repaint()))
    figures.append(("Jump to the last row", f"{seconds * 1000:.0f} ms"))
    _, seconds = timed(lambda: page.model.sort(ContributionsModel.THEME, 0))
    figures.append(("Sort 100,000 rows by theme (in SQLite)", f"{seconds * 1000:.0f} ms"))

    print("| Measure | Result |")
    print("|---|---|")
    for name, value in figures:
        print(f"| {name} | {value} |")
    sys.stdout.flush()
    page.close()
    session.close()
    # PySide6 can crash while the interpreter tears down Qt objects at exit; the figures are out.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
