"""Shared fixtures. Qt runs offscreen; every test gets real forum files in tmp_path."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages in English (the tests read them), whatever the machine's language; the command
# line, in this process or a child, reads the language from LANGUAGE first.
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402

# The demo is anchored on a fixed day so that tests never depend on the real date.
DEMO_TODAY = dt.date(2026, 6, 15)


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Spread the tests over one process per CPU (pytest-xdist, in the test extra) unless told
    otherwise: `-n 0` (or `-p no:xdist`) runs them in this one process, `-n 4` in four.

    This stands in for `-n auto --dist loadfile` in the settings' addopts, which would make
    `-p no:xdist` an error. Each file's tests run in one process (`loadfile`), so that a module
    fixture (an export made once for the file, a catalogue read once) is made once."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if config.getoption("usepdb", False) or config.getoption("collectonly", False):
        return
    if config.getoption("numprocesses", None) is None:
        config.option.numprocesses = "auto"
    if config.option.dist == "no":
        config.option.dist = "loadfile"


def pytest_addoption(parser):
    parser.addoption("--record-durations", action="store_true", default=False,
                     help="write each test file's seconds to tests/durations.json at the end "
                          "(the order files are handed to the processes in: tests/file_order.py)")


def pytest_configure(config):
    if config.getoption("record_durations") and not hasattr(config, "workerinput"):
        from tests.file_order import DurationRecorder

        config.pluginmanager.register(DurationRecorder(config.rootpath), "record-durations")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Whole files per process, as xdist's `loadfile`, handed out longest first (by their
    recorded seconds) instead of by their number of tests: see tests/file_order.py."""
    if config.getvalue("dist") != "loadfile":
        return None
    from tests.file_order import LongestFileFirst

    return LongestFileFirst(config, log)


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path, monkeypatch):
    """What the program keeps per user on Linux (Qt's settings, platformdirs' data folder, the
    fonts' tables kept for PDFs) goes
    to folders of the test's own, for this process and the programs a test starts, never to the
    user's home and never where a test running beside it writes. (Qt reads its settings folder
    once per process: a window in this process keeps the first test's, so the window tests
    also pass settings files of their own.)"""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "user-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


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
    """The small demo forum, built once per test run (once for all the run's processes: see
    `once_per_run`); tests get their own copy and never write to it."""
    return once_per_run(tmp_path_factory, "demo", _build_demo_template)


def _build_demo_template(folder):
    from msf_desk.core import forum
    from msf_desk.demo import build_demo

    path = folder / "demo.msf"
    database = build_demo(path, today=DEMO_TODAY)
    # The demo publishes in English and French; the tests' copy publishes in English alone, so
    # that each repository export writes one language (the suite exports the demo's repository
    # dozens of times). The tests of languages set the languages they check
    # (tests/exports/test_repository_languages.py exports the demo in all four).
    assert forum.load(database).document_languages == "en,fr"
    forum.set_document_languages(database, ["en"])
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.conn.close()
    return path


def copy_demo(template, target):
    """A copy of a forum file and of its attached files' folder ("<stem>.files")."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    files = template.with_name(template.stem + ".files")
    if files.is_dir():
        shutil.copytree(files, target.with_name(target.stem + ".files"))
    return target


@pytest.fixture
def demo_path(tmp_path, demo_template):
    return copy_demo(demo_template, tmp_path / "demo.msf")


@pytest.fixture(scope="session")
def demo_package(demo_template, tmp_path_factory):
    """The demo forum's public repository, exported once per test run (with its zip) from a
    copy of the demo: the tests that read a package read this one, and the tests that need a
    folder holding an earlier export start from a copy of it (`seed_package`)."""

    def export(base):
        from msf_desk.exports.repository import export_repository
        from msf_desk.store.db import open_forum

        path = copy_demo(demo_template, base / "forum.msf")
        db = open_forum(path)
        try:
            return export_repository(db, base / "site", make_zip=True, today=DEMO_TODAY,
                                     files_dir=path.with_name(path.stem + ".files"))
        finally:
            db.conn.close()

    return once_per_run(tmp_path_factory, "package", export)


def once_per_run(tmp_path_factory, name, make):
    """`make(folder)` once per test run, in a folder of its own, and what it returned.

    In one process that is a session fixture's usual work. When the tests are spread over
    several processes (pytest-xdist, the default: see pytest_cmdline_main below), the first
    process to ask makes it under a lock in the run's common temporary folder and the others
    wait for it and read the same result back (pickled), instead of each building the demo
    and exporting its repository again. What is made there is read, never changed."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return make(tmp_path_factory.mktemp(name))
    import pickle

    from filelock import FileLock

    common = tmp_path_factory.getbasetemp().parent
    folder, result = common / f"shared-{name}", common / f"shared-{name}.pickle"
    with FileLock(str(common / f"shared-{name}.lock")):
        if result.is_file():
            return pickle.loads(result.read_bytes())
        if folder.exists():
            # A process that was making it died half way: make it again from nothing.
            import shutil

            shutil.rmtree(folder)
        folder.mkdir()
        made = make(folder)
        result.write_bytes(pickle.dumps(made))
        return made


@pytest.fixture
def seed_package(demo_package):
    """Copy the shared export of the demo into a folder, as an earlier export into it left it
    (files, manifests, dates; with `zip=True` the zip beside it too). An export into that
    folder then lays out only the documents whose content differs from the demo's."""
    import shutil

    from msf_desk.exports.repository import zip_path_for

    def seed(out, zip: bool = False):
        shutil.copytree(demo_package.folder, out, copy_function=shutil.copy2)
        if zip:
            shutil.copy2(demo_package.zip_path, zip_path_for(out))
        return out

    return seed


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
