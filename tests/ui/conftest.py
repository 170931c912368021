"""Fixtures for the window's pages: a session on a copy of the demo, and showing a widget."""
from __future__ import annotations

import pytest

from msf_desk.store.db import open_forum
from msf_desk.ui.session import ForumSession


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
