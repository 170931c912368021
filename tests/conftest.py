"""Shared fixtures. Qt runs offscreen; every test gets real forum files in tmp_path."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

# The demo is anchored on a fixed day so that tests never depend on the real date.
DEMO_TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def forum_path(tmp_path):
    return tmp_path / "forum.msf"


@pytest.fixture
def db(forum_path):
    """An empty forum file on disk."""
    from msf_desk.store.db import create_forum

    database = create_forum(forum_path)
    yield database
    database.conn.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The small demo forum, built once per test run; tests get their own copy."""
    from msf_desk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.msf"
    database = build_demo(path, today=DEMO_TODAY)
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.conn.close()
    return path


@pytest.fixture
def demo_path(tmp_path, demo_template):
    import shutil

    target = tmp_path / "demo.msf"
    shutil.copyfile(demo_template, target)
    # Attached files live in a folder beside the forum file ("<stem>.files").
    files = demo_template.with_name(demo_template.stem + ".files")
    if files.is_dir():
        shutil.copytree(files, target.with_name(target.stem + ".files"))
    return target


@pytest.fixture
def demo_db(demo_path):
    from msf_desk.store.db import open_forum

    database = open_forum(demo_path)
    yield database
    database.conn.close()


@pytest.fixture
def qsettings(tmp_path):
    """Settings kept in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)



@pytest.fixture
def damage():
    """Overwrite one page of a real forum file with bytes (by default the members table's
    first page; `name` picks another table or index)."""
    import sqlite3

    def spoil(path, name="members"):
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
        conn.close()
        with open(path, "r+b") as fh:
            fh.seek((root - 1) * page_size)
            fh.write(bytes([0x0D]) + b"\xa5" * (page_size - 1))  # a leaf page header, then rubbish
        return path

    return spoil
