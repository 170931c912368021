"""Starting the window: settings, choosing the forum file, first-run welcome."""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from msf_desk import APP_NAME, __version__


def _ensure_demo(path: Path) -> None:
    if not path.exists():
        from msf_desk.demo import build_demo

        build_demo(path).conn.close()


def _no_feature_switch_for_us() -> None:
    """Tell PySide6's feature switch up front that our modules and those already loaded use none
    of its optional features, so that it does not read their source to find out.

    Once PySide6 is loaded it looks at every module an import statement names for the first time
    and decides whether ``from __feature__ import snake_case`` could concern it by reading the
    module's whole source (``inspect.getsource``, kept in ``linecache``) for the word "PySide6":
    about 140 modules and 25 ms of CPU at each start (our ~75 and the standard library's ~60).
    Its answer is an entry of one table: 0 (no feature) for a module that names PySide6, -1
    (leave the switch as it is) for the others. No module of ours (nor of the standard library)
    turns a feature on (tests/cli/test_startup.py checks ours), so every class keeps its plain
    names whatever the entries: ours get 0 here, as a module naming PySide6 would, and the
    modules already loaded, none of which could name it, -1, which the switch would also give
    them. The table is PySide6's own (``shibokensupport.feature.pyside_feature_dict``); if a
    later PySide6 has no such table, nothing is done and it reads the sources as before."""
    support = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    table = getattr(support, "pyside_feature_dict", None)
    if type(table) is not dict:
        return
    for name in list(sys.modules):
        table.setdefault(name, -1)
    for name in _module_names(Path(__file__).parent, "msf_desk"):
        table.setdefault(name, 0)


def _module_names(folder: Path, package: str) -> list[str]:
    """The names of the modules and packages under a package's folder (without importing them).
    Nothing where the folder cannot be listed (a built program keeps its modules in an archive):
    the switch then reads what it finds, as it did before."""
    names = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return names
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__" and not entry.name.startswith("."):
                names.append(f"{package}.{entry.name}")
                names.extend(_module_names(Path(entry.path), f"{package}.{entry.name}"))
        elif entry.name.endswith(".py") and entry.name != "__init__.py":
            names.append(f"{package}.{entry.name[:-3]}")
    return names


def run_gui(db_path: str | None = None, demo: bool = False, check_startup: bool = False,
            language: str | None = None) -> int:
    """Open the window; `language` (en, fr, es, ar) overrides the saved choice and the system's."""
    # Starting makes some 50,000 objects that live as long as the window (modules, classes, Qt's
    # enumerations, the first page) and almost no garbage; Python's cycle collector would walk
    # them again and again meanwhile (about a tenth of the start-up's CPU time). It is off until
    # the first page is shown; see _started.
    gc.disable()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    _no_feature_switch_for_us()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("MSF Desk")
    from msf_desk.ui import fonts, i18n

    settings = QSettings()
    chosen = i18n.choose(language, settings)
    # The bundled fonts are registered (and the scripts about to be shown looked up) on a thread
    # of their own while this one loads the window's modules; see msf_desk/ui/fonts.py.
    fonts.start_in_background([*fonts.LANGUAGE_SCRIPTS.get(chosen, ()), *fonts.remembered_scripts(settings)])
    app.aboutToQuit.connect(fonts.finish)
    from msf_desk import paths
    from msf_desk.ui.errors import install_excepthook, report_to_stderr, show_error
    from msf_desk.ui.icon import app_icon
    from msf_desk.ui.main_window import MainWindow

    fonts.register_bundled_fonts()
    app.setApplicationVersion(__version__)
    # Before any widget is built: what is built later shows in this language.
    i18n.install(chosen, app)
    APP = i18n.Context("APP")
    app.setDesktopFileName("msf-desk")  # resources/linux/msf-desk.desktop: the icon in docks
    app.setWindowIcon(app_icon())
    install_excepthook()
    report_to_stderr(check_startup)
    window = MainWindow()
    window.opening_finished.connect(_started)       # before anything else hears of it
    window.opening_finished.connect(
        lambda ok: ok and fonts.remember_scripts(window.settings, window.stack.currentWidget()))
    QTimer.singleShot(0, lambda: window.session is None and _started())   # no forum is opening
    QTimer.singleShot(10_000, _started)             # e.g. a window kept minimised: not painted yet
    window.show()
    window.fill_after_paint = True     # the window is painted before its first page is read
    window.read_off_thread = True      # ... and Today reads the forum off the GUI thread
    window.load_pages_when_idle = True  # ... then the other pages' modules load in the background

    try:
        if demo:
            path = paths.demo_database()
            _ensure_demo(path)
            window.open_path(path)
        elif db_path:
            window.open_path(Path(db_path), create=not Path(db_path).exists())
        else:
            path = paths.default_database()
            if path.exists():
                window.open_path(path)
            elif check_startup:
                print(f"No forum yet at {path}; pass --db PATH or --demo.", file=sys.stderr)
            else:
                from PySide6.QtWidgets import QMessageBox   # its enumerations made only when asked

                answer = QMessageBox.question(
                    window,
                    APP.tr("Welcome to MSF Desk"),
                    APP.tr("This is the first time MSF Desk has run here.\n\n"
                           "Would you like to start with the demo forum (a forum full of sample records "
                           "to explore)? Choose No to start your own, empty forum."),
                )
                if answer == QMessageBox.Yes:
                    demo_path = paths.demo_database()
                    _ensure_demo(demo_path)
                    window.open_path(demo_path)
                else:
                    window.open_path(path, create=True)
    except Exception as exc:  # the window stays open; the user can choose another file
        show_error(window, exc, APP.tr("Cannot open the forum"))
    return _report_startup(app, window) if check_startup else app.exec()


def _started(*_: object) -> None:
    """Start-up is over (the first page is shown, or no forum opened): what exists now lives as
    long as the window, so it is set aside from the cycle collector's rounds (`gc.freeze`; the
    few hundred objects of start-up left in cycles stay with it), which is turned back on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _since_start(moment: float) -> float:
    """Seconds from the start of this process to `moment` (a time.perf_counter() value); from
    the loading of MSF Desk where the system does not say when the process started."""
    import time

    try:
        with open("/proc/self/stat", "rb") as fh:
            started_ticks = int(fh.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        import os

        age = uptime - started_ticks / os.sysconf("SC_CLK_TCK")
        return moment - (time.perf_counter() - age)
    except (OSError, ValueError, IndexError, AttributeError):
        from msf_desk import LOADED_AT

        return moment - LOADED_AT


def _report_startup(app, window) -> int:
    """Print what opened once the first page is filled (or right away when no forum opened:
    the window then shows a message), then quit: a smoke test for builds."""
    from PySide6.QtCore import Qt, QTimer

    import time

    result = {"code": 1}
    # How long the window went without answering between its first paint and its first page
    # filled (a page that reads off the GUI thread leaves it free): a timer that should tick
    # every 10 ms, and the longest gap seen between two ticks.
    gaps = {"last": None, "longest": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if window.painted_at is not None and window.filled_at is None:
            if gaps["last"] is not None:
                gaps["longest"] = max(gaps["longest"], now - max(gaps["last"], window.painted_at))
            gaps["last"] = now
    probe = QTimer()
    probe.timeout.connect(tick)
    probe.start(10)

    def report(*_: object) -> None:
        # The window as the user sees it: the first page painted with what was read (Qt would paint
        # it on a later turn of the event loop, after this report had quit).
        window.repaint()
        try:
            if window.session is not None:
                from msf_desk.ui.pages import PAGES

                from msf_desk.ui import i18n

                pages = ", ".join(key for key, _, _ in PAGES)
                print(f"MSF Desk started: {window.windowTitle()} (pages: {pages})")
                sidebar = window.sidebar
                labels = ", ".join(sidebar.item(row).text() for row in range(sidebar.count()))
                direction = "right to left" if window.layoutDirection() == Qt.RightToLeft else "left to right"
                print(f"Sidebar ({i18n.current()}, {direction}): {labels}")
                # Qt's own words (standard buttons) come from Qt's catalogue: a build that lost it says Cancel.
                from PySide6.QtCore import QCoreApplication

                print(f"Qt's buttons: {QCoreApplication.translate('QPlatformTheme', 'Cancel')}")
                if window.painted_at is not None and window.filled_at is not None:
                    print(f"Start-up: window painted {_since_start(window.painted_at) * 1000:.0f} ms after the process "
                          f"started; first page ({PAGES[window.stack.currentIndex()][0]}) filled after "
                          f"{_since_start(window.filled_at) * 1000:.0f} ms; meanwhile the window answered within "
                          f"{gaps['longest'] * 1000:.0f} ms at worst")
                result["code"] = 0
            else:
                print("MSF Desk started, but no forum is open", file=sys.stderr)
        except BrokenPipeError:
            # Whoever read the report went away (e.g. `| head -1`): the check closes the window as
            # usual (an unexpected error's dialog would wait for a click that never comes) and what is
            # left to say goes nowhere, as the command line does.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            result["code"] = 0 if window.session is not None else 1
        window.close()
        app.quit()

    if window.session is not None and window.filled_at is None:
        window.opening_finished.connect(lambda _ok: QTimer.singleShot(0, report))
    else:
        QTimer.singleShot(0, report)
    app.exec()
    return result["code"]
