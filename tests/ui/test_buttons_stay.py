"""Buttons do not move when a message appears: each page says things in a line kept for
them (and the window's status bar), never by pushing its buttons about."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from msf_desk.ui.pages import PAGES

LONG = ("Wrote forum-2026-12-07-members-pack.docx and forum-2026-12-07-members-pack.pdf in "
        "/home/secretariat/Documents/Forum/Packs/2026/December, with every paper the members may read.")


@pytest.fixture
def window(demo_window):
    return demo_window(1200, 820)


def places(window, page) -> dict:
    return {(b.objectName() or b.text(), i): b.mapTo(window, QPoint(0, 0))
            for i, b in enumerate(page.findChildren(QAbstractButton)) if b.isVisible()}


@pytest.mark.parametrize("key", [k for k, _, _ in PAGES])
def test_buttons_stay_put_when_the_page_says_something(window, qtbot, key):
    page = window.show_page(key)
    qtbot.waitUntil(page.isVisible)
    said = [getattr(page, name) for name in ("say", "_say", "show_notice") if hasattr(page, name)]
    if key == "forum":
        said = [page.state.setText]
    if not said:
        pytest.skip(f"the {key} page speaks in the status bar only")
    before = places(window, page)
    assert before
    for say in said:
        say(LONG)
    qtbot.waitUntil(lambda: all(places(window, page).get(name) is not None for name in before))
    after = places(window, page)
    moved = {name: (before[name], after.get(name)) for name in before if after.get(name) != before[name]}
    assert moved == {}
