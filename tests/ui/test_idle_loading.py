"""The pages' modules loaded in the background once the window is idle after opening a forum
(msf_desk/ui/idle_loading.py). Run in a fresh process each: in the tests' own process the
pages' modules are loaded already by other tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from msf_desk.ui.idle_loading import _top_level_imports, module_order

# Opens the forum as msf-desk does (painted first, read off the window's thread, the pages'
# modules loaded once idle), answers when the loading has ended, then quits. With "page", the
# Responses page is shown as soon as the loading has begun, and awaited filled.
SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from msf_desk.ui import idle_loading
    from msf_desk.ui.main_window import MainWindow
    from msf_desk.ui.pages import PAGES

    forum, folder, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    if mode in ("page", "close"):
        idle_loading.REST_S = 0.05      # the loading lasts seconds: the page is shown during it
    pages = [target.split(":")[0] for key, _, target in PAGES if key != "today"]
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.IniFormat))
    window.resize(1200, 800)
    window.show()
    window.fill_after_paint = window.read_off_thread = window.load_pages_when_idle = True
    out = {}
    window.opening_finished.connect(
        lambda ok: out.setdefault("loaded_at_opening", [m for m in pages if m in sys.modules]))

    def poll():
        loader = window.idle_loader
        if loader is None:
            return
        if mode == "close":             # the window closed while the loading runs
            out["loading_when_closed"] = not loader.done.is_set()
            window.close()
            out.update(thread_alive=loader.thread.is_alive(), loaded=loader.loaded, failed=loader.failed,
                       stopped_early=len(loader.loaded) < 7)
            print(json.dumps(out))
            app.quit()
            timer.stop()
            return
        if mode == "page" and "page" not in out:
            out["loading_when_shown"] = not loader.done.is_set()
            out["page"] = window.show_page("responses")
            return
        page = out.get("page")
        if not loader.done.is_set() or (page is not None and page.filling):
            return
        if page is not None:
            out["rows"] = page.table.model().rowCount()
            out["shown"] = window.stack.currentWidget() is page
            del out["page"]
        if mode == "idle" and "built" not in out:
            # Every page, its classes made by the loading thread, built and shown on the window's.
            out["built"] = [key for key, _, target in PAGES
                            if type(window.show_page(key)).__name__ == target.split(":")[1]]
            return
        if any(getattr(p, "filling", False) for p in window.pages.values()):
            return
        out.update(loaded=loader.loaded, failed=loader.failed,
                   pages_loaded=[m for m in pages if m in sys.modules],
                   thread_alive=loader.thread.is_alive())
        print(json.dumps(out))
        window.session.close()
        app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    QTimer.singleShot(120_000, lambda: app.exit(3))
    window.open_path(forum)
    sys.exit(app.exec())
""")


def _run(demo_path: Path, tmp_path: Path, mode: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_path), str(tmp_path), mode],
                          capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_pages_modules_are_loaded_once_the_window_is_idle(demo_path, tmp_path):
    out = _run(demo_path, tmp_path, "idle")
    # None of the other pages' modules was loaded when the first page was shown...
    assert out["loaded_at_opening"] == []
    # ... and every one is once the loading has ended, without an error.
    assert len(out["pages_loaded"]) == 7
    assert set(out["pages_loaded"]) <= set(out["loaded"])
    assert out["failed"] == []
    assert out["thread_alive"] is False
    assert len(out["built"]) == 8


def test_a_page_shown_while_its_modules_load_is_built_and_filled(demo_path, tmp_path):
    out = _run(demo_path, tmp_path, "page")
    assert out["loading_when_shown"] is True
    assert out["shown"] is True
    assert out["rows"] > 0             # the demo's contributions, read and shown
    assert out["failed"] == []
    assert len(out["pages_loaded"]) == 7


def test_closing_the_window_stops_the_loading_before_python_shuts_down(demo_path, tmp_path):
    out = _run(demo_path, tmp_path, "close")
    assert out["loading_when_closed"] is True
    # Closed: no further module started, the one under way finished, the thread ended.
    assert out["thread_alive"] is False
    assert out["stopped_early"] is True
    assert out["failed"] == []


def test_a_module_s_imports_are_read_from_its_code_without_the_type_checking_ones():
    found = _top_level_imports("msf_desk.ui.pages.base")
    for name in ("PySide6.QtCore", "PySide6.QtWidgets", "msf_desk.model.errors", "msf_desk.ui.errors",
                 "msf_desk.ui.i18n", "msf_desk.ui.workers"):
        assert name in found
    # `from msf_desk.ui.workers import ExportJob`: a class, not a module.
    assert not any(name.startswith("msf_desk.ui.workers.") for name in found)
    # Under `if TYPE_CHECKING:` (never loaded by the page).
    assert "msf_desk.ui.dialogs.export" not in found


def test_nothing_loaded_already_is_in_the_order(qapp):
    import msf_desk.ui.pages.base  # noqa: F401

    assert list(module_order("msf_desk.ui.pages.base")) == []


def _package(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "page.py").write_text(textwrap.dedent("""
        import threading
        from PySide6.QtWidgets import QDial, QLCDNumber
        IMPORTED_ON = threading.current_thread().name
    """))
    sys.path.insert(0, str(tmp_path))


def test_the_qt_classes_a_module_imports_are_made_on_the_window_s_thread_first(qapp, qtbot, tmp_path, monkeypatch):
    # PySide does not stop two threads making one class at once: the loading thread must only
    # name classes the window's thread has made.
    from msf_desk.ui import idle_loading

    monkeypatch.setattr(idle_loading, "OURS", "idle_probe_a")
    monkeypatch.setattr(sys, "path", list(sys.path))
    _package(tmp_path, "idle_probe_a")
    assert idle_loading.qt_names("idle_probe_a.page") == [("PySide6.QtWidgets", "QDial"),
                                                          ("PySide6.QtWidgets", "QLCDNumber")]
    loader = idle_loading.IdleLoader(["idle_probe_a.page"], rest_s=0)
    loader.start()
    qtbot.waitUntil(loader.done.is_set, timeout=10_000)
    assert loader.failed == [] and "idle_probe_a.page" in loader.loaded
    assert sys.modules["idle_probe_a.page"].IMPORTED_ON == "msf-desk idle loading"
    assert loader.made == [("PySide6.QtWidgets", "QDial", "MainThread"),
                           ("PySide6.QtWidgets", "QLCDNumber", "MainThread")]


def test_a_loading_waiting_for_the_window_s_thread_stops_when_asked(qapp, tmp_path, monkeypatch):
    # The window closing does not answer the loading thread's question: stop() must end it.
    from msf_desk.ui import idle_loading

    monkeypatch.setattr(idle_loading, "OURS", "idle_probe_b")
    monkeypatch.setattr(sys, "path", list(sys.path))
    _package(tmp_path, "idle_probe_b")
    loader = idle_loading.IdleLoader(["idle_probe_b.page"], rest_s=0)
    loader.start()          # no event is processed here: the window's thread never answers
    loader.stop()
    loader.thread.join(timeout=5)
    assert not loader.thread.is_alive()
    assert loader.made == [] and "idle_probe_b.page" not in sys.modules
