import json
import os
import re
import subprocess
import sys


def test_the_window_starts_on_a_forum_and_reports_it(demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "msf_desk", "--db", str(demo_path), "--check-startup"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "MSF Desk started: National Open Government Forum" in proc.stdout
    assert "members" in proc.stdout
    # The window is painted first; Today is built and filled on the next turn of the event loop,
    # and the check reports only once it is.
    timing = re.search(r"Start-up: window painted (\d+) ms after the process started; "
                       r"first page \(today\) filled after (\d+) ms", proc.stdout)
    assert timing, proc.stdout
    assert 0 < int(timing[1]) <= int(timing[2])


def test_a_file_that_is_not_a_forum_fails_the_startup_check(tmp_path):
    notes = tmp_path / "notes.msf"
    notes.write_text("not a forum")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The dialog would wait for a click; the check reports instead and exits non-zero.
    proc = subprocess.run(
        [sys.executable, "-m", "msf_desk", "--db", str(notes), "--check-startup"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 1
    assert notes.read_text() == "not a forum"


# The window started on the forum given, in a script of its own; what follows it runs once it quit.
STARTUP = """
import runpy, sys
sys.argv = ["msf-desk", "--db", sys.argv[1], "--check-startup"]
try:
    runpy.run_module("msf_desk", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
"""

STARTUP_THEN_LIST_MODULES = "import msf_desk.ui.main_window  # the window module itself\n" + STARTUP + """
print("LOADED", " ".join(sorted(sys.modules)))
import gc
print("GC", gc.isenabled(), gc.get_freeze_count())
"""


def test_starting_the_window_loads_no_export_library(demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", STARTUP_THEN_LIST_MODULES, str(demo_path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "MSF Desk started: National Open Government Forum" in proc.stdout
    loaded = set(next(line for line in proc.stdout.splitlines() if line.startswith("LOADED")).split()[1:])
    assert "msf_desk.ui.main_window" in loaded and "PySide6.QtWidgets" in loaded
    for library in ("reportlab", "docx", "openpyxl", "icalendar", "pypdf",
                    "msf_desk.exports.pdf_writer", "msf_desk.exports.docx_writer"):
        assert library not in loaded, f"{library} was imported at start-up"
    # Opening a forum and showing Today only read it: sqlite-utils (and click, dateutil) is
    # loaded only by what writes through it.
    assert "sqlite_utils" not in loaded
    # Today reads the forum as it stands (core.standing): the compliance check, the repository's
    # plan and its charts load when the Repository page or an export needs them.
    assert "msf_desk.core.standing" in loaded and "msf_desk.core.today" in loaded
    for module in ("msf_desk.core.compliance", "msf_desk.core.repository", "msf_desk.core.compliance_charts",
                   "msf_desk.core.audience.pack"):
        assert module not in loaded, f"{module} was imported at start-up"
    # The window's dialogs load when first opened; an up-to-date forum loads no migration.
    for module in ("msf_desk.ui.dialogs.about", "msf_desk.ui.dialogs.shortcuts", "msf_desk.ui.dialogs.backups",
                   "msf_desk.ui.dialogs.trash", "msf_desk.store.migrations.0001_initial"):
        assert module not in loaded, f"{module} was imported at start-up"
    # The cycle collector, off while the window starts, is on again once Today is shown, with
    # what start-up made set aside from its rounds.
    enabled, frozen = next(line for line in proc.stdout.splitlines() if line.startswith("GC")).split()[1:]
    assert enabled == "True" and int(frozen) > 10_000
    # The opening backup reads the times in the backups' names by hand (strptime's tables: ~10 ms);
    # fractions (with decimal) load with the first quorum or majority counted, mimetypes with the
    # first file stored.
    for module in ("_strptime", "fractions", "decimal", "mimetypes"):
        assert module not in loaded, f"{module} was imported at start-up"
    # Short texts are hashed with Python's own SHA-256 (model/digests.py) and a month's days
    # counted without `calendar`: OpenSSL's library (about 11 million instructions) and the
    # calendar module load when first needed, not at start-up.
    for module in ("hashlib", "_hashlib", "calendar"):
        assert module not in loaded, f"{module} was imported at start-up"
    if "left to right" in proc.stdout:
        # The delegate for right-to-left tables (it makes Qt build QStyle's enumerations) is
        # loaded only for a right-to-left window.
        assert "msf_desk.ui.widgets.bidi" not in loaded


STARTUP_THEN_LIST_QT_CLASSES = STARTUP + """
import PySide6.QtWidgets as widgets
# PySide6 makes a class (and its Python enumerations) when a module first names it: the module's
# own dictionary holds the classes made so far (its dir() lists them all).
print("MADE", " ".join(sorted(name for name, value in vars(widgets).items() if isinstance(value, type))))
"""

# Classes only a dialog or a question needs: each costs PySide its enumerations (the message box's
# four, 44 members; the file dialog's five) when first named, so a start-up that shows no dialog
# must not name them (msf_desk.ui names them through their module, when used).
DIALOG_CLASSES = ("QMessageBox", "QFileDialog", "QInputDialog", "QColorDialog", "QFontDialog")


def test_starting_the_window_makes_no_dialog_class(demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", STARTUP_THEN_LIST_QT_CLASSES, str(demo_path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    made = set(next(line for line in proc.stdout.splitlines() if line.startswith("MADE")).split()[1:])
    assert {"QMainWindow", "QListWidget", "QTableView"} <= made     # the probe sees what was made
    for name in DIALOG_CLASSES:
        assert name not in made, f"{name} was made at start-up (named by a module the window loads)"


IDLE_LOADING_THEN_LIST_QT_CLASSES = """
import sys
import PySide6.QtWidgets as widgets
from msf_desk.ui import idle_loading
seen = []
real_start = idle_loading.IdleLoader.start

def start(self):
    # what PySide has made when the loading thread is about to start (nothing else runs meanwhile)
    seen.extend(name for name in DIALOGS if name in vars(widgets))
    real_start(self)
    widgets.QApplication.instance().quit()

DIALOGS = ("QMessageBox", "QFileDialog")
idle_loading.IdleLoader.start = start
from msf_desk.app import run_gui
run_gui(db_path=sys.argv[1])
print("MADE BEFORE LOADING", " ".join(seen))
"""


def test_the_dialogs_classes_are_made_on_the_window_s_thread_before_pages_load_in_the_background(demo_path):
    """The start-up leaves the dialogs' classes unmade; the pages' modules, loaded on a background
    thread once the window is idle, name them. PySide makes a class when first named and does not
    stop two threads making the same class at once, so the window's thread makes them first."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", IDLE_LOADING_THEN_LIST_QT_CLASSES, str(demo_path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("MADE BEFORE LOADING"))
    assert line.split()[3:] == ["QMessageBox", "QFileDialog"]


PACK_THEN_LIST_MODULES = """
import json, runpy, sys
from msf_desk.store.db import open_forum
from msf_desk.core.meetings import list_meetings
db = open_forum(sys.argv[1])
meeting = next(m for m in list_meetings(db) if m.agenda_status == "approved")
db.conn.close()
for name in [m for m in sys.modules if m.startswith("msf_desk")]:   # start again from nothing of ours
    del sys.modules[name]
sys.argv = ["msf-desk", "export", "pack", "--meeting", str(meeting.id), "--format", "pdf", "--out", sys.argv[2],
            "--db", sys.argv[1]]
try:
    runpy.run_module("msf_desk", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
print("LOADED", " ".join(sorted(sys.modules)))
import re
print("COMPILED", json.dumps(sorted(key[1] for key in re._cache if isinstance(key[1], str))))
"""


def test_a_pack_as_pdf_loads_only_what_it_reads(demo_path, tmp_path):
    # The pack reads the meeting, its agenda, papers, members, matters arising and conflicts of
    # interest: the rules for writing minutes (and the minutes' own records), actions, the
    # register of interests and the responses (and their records) and the trash are not loaded
    # on the way to its PDF; nor are modules of the standard library it does not need.
    proc = subprocess.run([sys.executable, "-c", PACK_THEN_LIST_MODULES, str(demo_path), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1
    loaded = set(next(line for line in proc.stdout.splitlines() if line.startswith("LOADED")).split()[1:])
    assert {"msf_desk.core.audience.pack", "msf_desk.exports.pdf_writer", "msf_desk.core.conflicts"} <= loaded
    for module in ("msf_desk.core.minutes", "msf_desk.core.attendance", "msf_desk.core.decisions",
                   "msf_desk.core.actions", "msf_desk.core.ethics", "msf_desk.store.responses",
                   "msf_desk.model.responses", "msf_desk.store.minutes", "msf_desk.model.minutes",
                   "msf_desk.core.trash", "msf_desk.store.trash",
                   "msf_desk.model.trash", "msf_desk.exports.docx_writer", "docx", "sqlite_utils", "secrets",
                   # the user's name is asked only of a write (a lock, the change log)
                   "getpass", "termios"):
        assert module not in loaded, f"{module} was imported for the pack's PDF"
    # Nor are patterns compiled that it does not use (backups' names, e-mail addresses, file
    # names, French dates: compiled when first used).
    from msf_desk.core import addresses, attachments, language
    from msf_desk.store import backups

    compiled = json.loads(next(line for line in proc.stdout.splitlines() if line.startswith("COMPILED"))[9:])
    assert compiled, "re's cache is read"
    for pattern in (backups._ROLLING, backups._BESIDE, addresses._EMAIL, attachments._UNSAFE,
                    attachments._INVISIBLE, language._FRENCH_FIRST):
        assert pattern not in compiled, f"{pattern} was compiled for the pack's PDF"


EXPORT_IN_PROCESS = """
import gc, sys
from pathlib import Path
from msf_desk.cli import main
code = main(["export", "pack", "--db", sys.argv[1], "--meeting", "1", "--format", "pdf", "--out", sys.argv[2]])
print("LEFT", *sorted(p.name for p in Path(sys.argv[1]).parent.iterdir()))
print("FROZEN", code, gc.get_freeze_count())
"""


def test_a_command_closes_its_forum_and_leaves_no_write_ahead_files(demo_path, tmp_path):
    """A command closes the forum it opened when it ends (cli.main), so the forum's write-ahead
    files are folded back before the process ends, and the process sets what is left aside from
    the collector's last rounds; main(argv) called by other code does not (it goes on)."""
    import shutil

    folder = tmp_path / "forum"
    folder.mkdir()
    forum = folder / "forum.msf"
    shutil.copy(demo_path, forum)
    proc = subprocess.run([sys.executable, "-m", "msf_desk", "export", "pack", "--db", str(forum), "--meeting", "1",
                           "--format", "pdf", "--out", str(tmp_path / "out")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in folder.iterdir()] == ["forum.msf"]
    proc = subprocess.run([sys.executable, "-c", EXPORT_IN_PROCESS, str(forum), str(tmp_path / "again")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    # Closed as main returned (before, the collector closed it as the process ended).
    assert "LEFT forum.msf\n" in proc.stdout
    assert proc.stdout.split()[-3:] == ["FROZEN", "0", "0"]


FEATURE_READS = """
import inspect, runpy, sys
read = []
getsource = inspect.getsource
def counted(obj):
    if sys._getframe(1).f_code.co_name == "_mod_uses_pyside":  # PySide6's feature switch asking
        read.append(obj.__name__)
    return getsource(obj)
inspect.getsource = counted
sys.argv = ["msf-desk", "--db", sys.argv[1], "--check-startup"]
try:
    runpy.run_module("msf_desk", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
from PySide6.QtWidgets import QWidget
import shibokensupport.feature as feature
table = feature.pyside_feature_dict
print("READ", " ".join(read))
print("OURS", " ".join(sorted(n for n in sys.modules if n.startswith("msf_desk") and table.get(n) not in (0, -1))))
print("PLAIN", hasattr(QWidget, "setWindowTitle"), hasattr(QWidget, "set_window_title"))
"""


def test_pyside_s_feature_switch_reads_none_of_our_sources_at_start_up(demo_path):
    """The window tells PySide6's feature switch that our modules use none of its features
    (msf_desk.app._no_feature_switch_for_us): it no longer reads their source at each start,
    and Qt's classes keep their plain names."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", FEATURE_READS, str(demo_path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in proc.stdout.splitlines()
                 if line.split(" ")[0] in {"READ", "OURS", "PLAIN"})
    read = lines["READ"].split()
    assert read and len(read) < 20, read   # PySide6's own few and a handful of the standard library
    assert not [name for name in read if name.startswith("msf_desk")], read
    assert lines["OURS"] == "", lines["OURS"]   # every module of ours has its entry
    assert lines["PLAIN"] == "True False"


def test_no_module_of_ours_turns_a_pyside_feature_on():
    """What makes telling the feature switch in advance right: none of our modules (and none of
    the standard library) imports __feature__, so every Qt class keeps its plain names."""
    import ast
    from pathlib import Path

    import msf_desk

    using = []
    for path in Path(msf_desk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module] if isinstance(node, ast.ImportFrom) else
                     [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            if any(name and name.split(".")[-1] == "__feature__" for name in names):
                using.append(f"{path.name}:{node.lineno}")
    assert not using, using


def test_the_feature_switch_table_is_left_alone_where_our_folder_cannot_be_listed(tmp_path):
    """A built program keeps its modules in an archive, with no folder of sources to list: the
    window still starts (nothing is told to the switch, which reads what it finds)."""
    from msf_desk.app import _module_names

    assert _module_names(tmp_path / "not-there", "msf_desk") == []
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "a.py").write_text("")
    (tmp_path / "pkg" / "sub" / "b.py").write_text("")
    assert sorted(_module_names(tmp_path / "pkg", "p")) == ["p.a", "p.sub", "p.sub.b"]


STARTUP_FONTS = """
import runpy, sys
from msf_desk.ui import fonts
asked = []
start = fonts.start_in_background
def noting(scripts=()):
    asked.append(list(scripts))
    start(scripts)
fonts.start_in_background = noting
sys.argv = ["msf-desk", "--db", sys.argv[1], "--check-startup", *sys.argv[2:]]
try:
    runpy.run_module("msf_desk", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
print("FONTS", asked, fonts._thread is not None and fonts._thread.is_alive(), fonts._registered.is_set())
"""


def test_the_fonts_are_registered_on_their_own_thread_with_the_scripts_shown_last_time(demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")   # settings: the test's own (conftest)

    def start(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-c", STARTUP_FONTS, str(demo_path), *args],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "MSF Desk started: National Open Government Forum" in proc.stdout
        return next(line for line in proc.stdout.splitlines() if line.startswith("FONTS"))

    # The first start knows of no script but Latin; Today shows names in Arabic, Devanagari and
    # Georgian, which the next start looks up ahead. The thread is done when the window has closed.
    assert start() == "FONTS [[]] False True"
    assert start() == "FONTS [['Arabic', 'Devanagari', 'Georgian']] False True"
    assert start("--language", "ar") == "FONTS [['Arabic', 'Arabic', 'Devanagari', 'Georgian']] False True"
