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
