"""Fixtures for the window's pages: a session on a copy of the demo, and showing a widget."""
from __future__ import annotations

import pytest

from msf_desk.store.db import open_forum
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.session import ForumSession


@pytest.fixture
def language(qapp):
    """Install a window language for one test (its catalogues' files, as i18n.install gives
    them); English again afterwards (the translators are global), the rules' messages too."""
    from msf_desk.core import messages
    from msf_desk.ui import i18n

    yield lambda code: i18n.install(code, qapp)
    i18n.install("en", qapp)
    assert messages.message_language() == "en"


@pytest.fixture
def session(demo_path):
    """The demo forum open as the window opens it (its own copy for each test)."""
    s = ForumSession(open_forum(demo_path), demo_path)
    yield s
    s.close()


@pytest.fixture
def shown(qtbot):
    """Show a widget at a given size and wait until it is on screen."""

    def show(widget, width: int = 1300, height: int = 850):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def demo_window(qsettings, demo_path, shown):
    """Open the main window at a given size on the test's copy of the demo; closed after."""
    opened = []

    def open_(width: int = 1300, height: int = 850) -> MainWindow:
        window = shown(MainWindow(qsettings), width, height)
        assert window.open_path(demo_path)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        if window.session is not None:
            window.session.close()


@pytest.fixture
def reading_window(qtbot, qsettings, demo_path):
    """The main window on the test's copy of the demo, reading its pages off the GUI thread as
    `msf-desk` runs it, once the forum is open and Today filled; closed after."""
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.read_off_thread = True
    with qtbot.waitSignal(w.opening_finished, timeout=30000):
        w.open_path(demo_path)
    assert not w.pages["today"].filling
    yield w
    if w.session is not None:
        w.session.close()


@pytest.fixture
def demo_page(demo_db, demo_path, shown):
    """Show a page class on the demo (as of the tests' today) at a given size."""
    from tests.conftest import DEMO_TODAY

    def show(page_class, width: int = 1300, height: int = 850):
        widget = page_class(ForumSession(demo_db, demo_path))
        widget.set_today(DEMO_TODAY)
        return shown(widget, width, height)

    return show


@pytest.fixture(scope="session", autouse=True)
def window_language(qapp):
    """The window's English, as msf-desk starts it: with the English plural forms
    ("1 meeting", "3 meetings") from resources/i18n/msf_desk_en.qm."""
    from msf_desk.ui import i18n

    i18n.install("en", qapp)
    yield
@pytest.fixture(autouse=True)
def plain_locale():
    """Dates typed and shown in the tests do not depend on the machine's language; a test
    that wants one sets it with `local_dates`."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def local_dates():
    """Write dates as people in `name` (e.g. 'fr_FR') do, for the rest of the test."""
    from PySide6.QtCore import QLocale

    def use(name: str) -> QLocale:
        locale = QLocale(name)
        QLocale.setDefault(locale)
        return locale

    return use


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """Remembered folders and choices go to a settings file of the test's own, never the
    user's (a window built with its own QSettings replaces it)."""
    from PySide6.QtCore import QSettings

    from msf_desk.ui import settings as ui_settings

    ui_settings.use(QSettings(str(tmp_path / "user-settings.ini"), QSettings.IniFormat))
    yield
    ui_settings.use(None)
