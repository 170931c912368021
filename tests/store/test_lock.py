"""One editor at a time: the lock beside the forum, taken, refused, and taken over."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from msf_desk.model.errors import UserError
from msf_desk.store.db import open_forum, transaction
from msf_desk.store.lock import ForumInUse, ForumLock, lock_path, machine_name, read_holder, user_name


def _insert(db, name="Ann"):
    with transaction(db, f"Added {name}"):
        db["members"].insert({"name": name, "sector": "civil_society", "side": "non_government"})


def test_editing_takes_a_lock_that_says_who_where_and_since_when(db, forum_path):
    db.close()
    editor = open_forum(forum_path, access="edit")
    data = json.loads(lock_path(forum_path).read_bytes())
    assert data["user"] == user_name() and data["machine"] == machine_name()
    assert data["pid"] == os.getpid() and data["kind"] == "window" and data["since"]
    editor.close()
    assert not lock_path(forum_path).exists()


def test_a_second_editor_is_refused_in_words_and_can_read(db, forum_path):
    db.close()
    editor = open_forum(forum_path, access="edit")
    with pytest.raises(ForumInUse) as info:
        open_forum(forum_path, access="edit")
    text = str(info.value)
    assert "is open for editing by you" in text and "since" in text and "read-only" in text
    reader = open_forum(forum_path, access="read")
    assert reader["members"].count == 0
    with pytest.raises(UserError, match="Nothing was changed"):
        _insert(reader)
    editor.close()
    reader.close()


def test_a_command_write_is_refused_while_a_window_edits_and_allowed_after(db, forum_path):
    editor_db = open_forum(forum_path, access="edit")
    with pytest.raises(ForumInUse, match="open for editing by you"):
        _insert(db)
    assert editor_db["members"].count == 0
    _insert(editor_db, "Written by the window")
    editor_db.close()
    _insert(db, "Written after")
    assert [r["name"] for r in db["members"].rows] == ["Written by the window", "Written after"]


def test_a_lock_whose_os_lock_vanished_is_taken_over(db, forum_path):
    db.close()
    # A lock file left by a process that is gone (no OS lock held on it).
    lock_path(forum_path).write_text("\n" + json.dumps({
        "user": "someone", "machine": machine_name(), "pid": 999999, "since": "2026-03-01T09:00:00+00:00",
        "kind": "window"}))
    editor = open_forum(forum_path, access="edit")
    assert editor.lock.took_over is not None and editor.lock.took_over.user == "someone"
    assert read_holder(forum_path).pid == os.getpid()
    editor.close()


def test_a_recent_lock_from_another_machine_is_respected_even_without_an_os_lock(db, forum_path):
    """Some network drives do not pass OS locks between machines: the heartbeat counts."""
    import datetime as dt

    db.close()
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    lock_path(forum_path).write_text("\n" + json.dumps({
        "user": "bea", "machine": "OFFICE-PC", "pid": 4321, "since": now, "seen": now, "kind": "window"}))
    with pytest.raises(ForumInUse, match="by bea on OFFICE-PC"):
        open_forum(forum_path, access="edit")
    # An old one (no heartbeat for hours) is taken over.
    lock_path(forum_path).write_text("\n" + json.dumps({
        "user": "bea", "machine": "OFFICE-PC", "pid": 4321, "since": "2026-01-01T08:00:00+00:00",
        "seen": "2026-01-01T08:00:00+00:00", "kind": "window"}))
    editor = open_forum(forum_path, access="edit")
    assert editor.lock.took_over.machine == "OFFICE-PC"
    editor.close()


def test_kill_9_of_a_window_leaves_a_lock_that_the_next_open_takes_over(tmp_path, demo_path):
    """A real window (offscreen) holds the lock; it is killed; the next open takes over."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from msf_desk.ui.main_window import MainWindow
        app = QApplication(sys.argv)
        window = MainWindow()
        assert window.open_path({str(demo_path)!r})
        print("OPEN", flush=True)
        app.exec()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "OPEN"
        holder = read_holder(demo_path)
        assert holder.pid == proc.pid
        with pytest.raises(ForumInUse):
            open_forum(demo_path, access="edit")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert lock_path(demo_path).exists()  # left behind by the killed window
    assert read_holder(demo_path).stale()
    db = open_forum(demo_path, access="edit")
    assert db.lock.took_over.pid == proc.pid
    assert read_holder(demo_path).pid == os.getpid()
    db.close()


def test_the_lock_file_is_readable_while_held(db, forum_path):
    lock = ForumLock(forum_path)
    lock.acquire()
    other = ForumLock(forum_path)
    with pytest.raises(ForumInUse):
        other.acquire()
    assert read_holder(forum_path).pid == os.getpid()
    lock.release()
    other.acquire()
    other.release()
