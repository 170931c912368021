"""Keyboard shortcuts: one table, no key bound twice where both could fire, each working
where the user is, and Help → Keyboard shortcuts listing them all."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from msf_desk.ui import shortcuts
from msf_desk.ui.dialogs.minutes import ActionDialog
from msf_desk.ui.dialogs.meetings import MeetingDialog
from msf_desk.ui.pages import PAGES


@pytest.fixture
def window(demo_window):
    return demo_window(1300, 850)


def test_the_table_binds_no_key_twice_where_both_could_fire(qapp):
    assert shortcuts.clashes() == []
    # The check finds a clash when there is one: Ctrl+N for a page's "new" beside New forum.
    doubled = shortcuts.SHORTCUTS + (shortcuts.Shortcut("x", "Ctrl+N", "New meeting", "meetings"),)
    assert [(a.name, b.name) for a, b in shortcuts.clashes(doubled)] == [("new_forum", "x")]
    # The same keys on two different pages do not clash.
    assert shortcuts.clashes((shortcuts.Shortcut("a", "Ctrl+Shift+N", "", "meetings"),
                              shortcuts.Shortcut("b", "Ctrl+Shift+N", "", "members"))) == []


def _scope(action: QAction):
    """The widget whose children the shortcut works in, or None for the whole window."""
    if action.shortcutContext() in (Qt.WindowShortcut, Qt.ApplicationShortcut):
        return None
    widgets = [o for o in action.associatedObjects() if not o.inherits("QMenu")]
    return widgets[0] if widgets else None


def _inside(widget, other) -> bool:
    while widget is not None:
        if widget is other:
            return True
        widget = widget.parentWidget()
    return False


def bound_actions(window):
    for key, _label, _target in PAGES:
        window.page(key)
    found = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.append((sequence.toString(), action))
    return found


def test_no_two_actions_of_the_window_share_a_shortcut_where_both_could_fire(window):
    found = bound_actions(window)
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+Shift+A", "F1"} <= {keys for keys, _ in found}
    clashes = []
    for i, (keys, a) in enumerate(found):
        for other_keys, b in found[i + 1:]:
            if keys != other_keys or a is b:
                continue
            sa, sb = _scope(a), _scope(b)
            if sa is None or sb is None or _inside(sa, sb) or _inside(sb, sa):
                clashes.append((keys, a.property("shortcut_name"), b.property("shortcut_name")))
    assert clashes == []
    # And each comes from the one table, so Help → Keyboard shortcuts lists it.
    assert [a.text() for _, a in found if a.property("shortcut_name") not in shortcuts.BY_NAME] == []


def test_ctrl_n_is_new_forum_and_the_meetings_page_has_its_own_key(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[1]), ("", ""))[1])
    page = window.show_page("meetings")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    assert asked == ["New forum"]
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, MeetingDialog))
    page.dialog.reject()


def test_ctrl_shift_a_adds_an_action_while_the_notes_are_typed(window, qtbot):
    page = window.show_page("minutes")
    page._show_tab(1)
    qtbot.waitUntil(lambda: page.discussion.isVisible() and page.discussion.isEnabled())
    page.discussion.setFocus()
    qtbot.keyClicks(page.discussion, "The forum discussed the budget")
    assert not page.add_action_button.isVisible()        # the button is on another tab
    qtbot.keyClick(page.discussion, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ActionDialog))
    page.dialog.reject()


def test_help_menu_lists_every_shortcut(window, qtbot):
    assert [a.text() for a in window.help_menu.actions() if a.text()] == [
        "&Keyboard shortcuts…", "&About MSF Desk"]
    qtbot.keyClick(window, Qt.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    model = dialog.table.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert len(rows) == len(shortcuts.SHORTCUTS)
    assert (QKeySequence("Ctrl+Shift+A").toString(QKeySequence.NativeText),
            "Add an action (also while typing the notes)") in rows
    qtbot.keyClicks(dialog.find, "decision")
    assert model.rowCount() == 1
    dialog.reject()
    QApplication.processEvents()


def test_status_messages_are_cleared_when_the_page_or_the_forum_changes(window, qtbot, tmp_path):
    meetings = window.show_page("meetings")
    meetings.say("Exported the calendar to calendar.ics")
    assert window.statusBar().currentMessage() == "Exported the calendar to calendar.ics"
    assert meetings.message.text()
    window.show_page("members")
    assert window.statusBar().currentMessage() == ""
    window.show_page("meetings")
    assert meetings.message.text() == ""                  # not news when coming back either
    window.statusBar().showMessage("Backed up to demo.backups/x.msf")
    assert window.open_path(tmp_path / "other.msf", create=True)
    assert window.statusBar().currentMessage() == ""
