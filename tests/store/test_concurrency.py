"""Two processes writing to one forum file at once lose nothing and print no traceback.

Every write transaction begins IMMEDIATE, so a writer that finds another one at work waits
through the busy timeout (and, for commands, the lock beside the forum) instead of failing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

WRITER = textwrap.dedent("""
    import sys
    from msf_desk.core.members import Member, add_member
    from msf_desk.store.db import open_forum

    path, tag, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    db = open_forum(path)
    if mode == "sqlite_only":
        db.access = "edit"  # no lock beside the file: only SQLite's own locking and the busy timeout
    sys.stdin.readline()  # start together
    for n in range(300):
        add_member(db, Member(name=f"{tag} {n:03}", sector="civil_society", side="non_government"))
    print("done", tag)
""")


@pytest.mark.parametrize("mode", ["command"])
def test_two_processes_writing_300_records_each_lose_none(db, forum_path, mode):
    db.close()
    env = dict(os.environ)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(forum_path), tag, mode], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("first", "second")]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert "Traceback" not in err, err
        assert p.returncode == 0, err
        assert out.startswith("done")
    from msf_desk.store.db import open_forum

    check = open_forum(forum_path)
    names = [r[0] for r in check.execute("SELECT name FROM members")]
    assert len(names) == 600
    assert sum(n.startswith("first ") for n in names) == 300
    # Each write is in the history, with its sentence.
    logged = check.execute("SELECT count(*) FROM audit_log WHERE summary LIKE 'Added member %'").fetchone()[0]
    assert logged == 600
    check.close()
