"""Backups, checks and the trash on a large forum.

    python benchmarks/bench_backups.py [--db FORUM]     # default: builds the large demo

Works on a copy of FORUM in a temporary folder. Prints one line per measure.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from msf_desk.core import backups, responses, trash
from msf_desk.demo import build_demo
from msf_desk.store import backups as store_backups
from msf_desk.store.db import open_forum


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="msf-bench-backups-"))
    forum = work / "forum.msf"
    if args.db:
        store_backups.copy_file(args.db, forum)
    else:
        timed("build the large demo", lambda: build_demo(forum, scale="large").conn.close())
    print(f"forum: {forum.stat().st_size / 1e6:.1f} MB")
    db = open_forum(forum)
    print(f"contributions: {db.execute('SELECT count(*) FROM contributions').fetchone()[0]:,}")
    timed("rolling backup (backup API, quick check, rename)",
          lambda: backups.take_backup(db.conn, forum, dt.datetime.now()))
    timed("quick check", lambda: store_backups.problems(forum))
    timed("integrity check (msf-desk verify)", lambda: store_backups.problems(forum, full=True))
    db.execute("UPDATE forum SET name = name || ''")
    timed("checkpoint after one edit", lambda: db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
    one = db.execute("SELECT id FROM contributions ORDER BY id LIMIT 1").fetchone()[0]
    entry = timed("trash one contribution", lambda: responses.trash_contribution(db, one))
    timed("restore it", lambda: trash.restore(db, entry))
    cid, n = db.execute("SELECT consultation_id, count(*) FROM contributions GROUP BY 1 ORDER BY 2 LIMIT 1").fetchone()
    entry = timed(f"trash a consultation of {n:,} contributions", lambda: responses.trash_consultation(db, cid))
    timed("restore it", lambda: trash.restore(db, entry))
    cid, n = db.execute("SELECT consultation_id, count(*) FROM contributions GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
                        ).fetchone()
    entry = timed(f"trash a consultation of {n:,} contributions", lambda: responses.trash_consultation(db, cid))
    size = db.execute("SELECT length(payload) FROM trash WHERE id = ?", [entry]).fetchone()[0]
    print(f"its trash entry: {size / 1e6:.1f} MB")
    timed("restore it", lambda: trash.restore(db, entry))
    db.conn.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
