"""Every keyboard shortcut of the window, in one table.

The menus and pages take their keys from here (`bind`), Help → Keyboard shortcuts lists
this table, and tests/ui/test_shortcuts.py fails when two actions share a key where both
can fire. A shortcut's `where` says where it works:
- "window": anywhere in the window (the menus);
- a page key ("meetings", "minutes", …): anywhere on that page, also while typing in one
  of its boxes (so Ctrl+Shift+A adds an action while the notes are being typed);
- "table" / "date": inside such a widget only (handled by the widget itself).
"""
from __future__ import annotations

from msf_desk.model.records import record

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, shown


@record(frozen=True)
class Shortcut:
    """One keyboard shortcut: its keys, what it does and where it works."""

    name: str        # how the code asks for it
    keys: str        # portable text, e.g. "Ctrl+Shift+A"
    what: str        # what it does, as the Keyboard shortcuts dialog lists it
    where: str       # "window", a page key, or a widget kind (see above)
    standard: QKeySequence.StandardKey | None = None   # the platform's own keys, when it has some


WHERE = {
    "window": QT_TRANSLATE_NOOP("SHORTCUTS", "Everywhere"),
    "meetings": QT_TRANSLATE_NOOP("SHORTCUTS", "Meetings page"),
    "agenda": QT_TRANSLATE_NOOP("SHORTCUTS", "Meetings page, agenda tab"),
    "members": QT_TRANSLATE_NOOP("SHORTCUTS", "Members page, in the table"),
    "minutes": QT_TRANSLATE_NOOP("SHORTCUTS", "Minutes page"),
    "attendance": QT_TRANSLATE_NOOP("SHORTCUTS", "Minutes page, attendance list"),
    "date": QT_TRANSLATE_NOOP("SHORTCUTS", "In a date field"),
}

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_forum", "Ctrl+N", QT_TRANSLATE_NOOP("SHORTCUTS", "New forum"), "window", QKeySequence.New),
    Shortcut("open_forum", "Ctrl+O", QT_TRANSLATE_NOOP("SHORTCUTS", "Open a forum"), "window", QKeySequence.Open),
    Shortcut("save_copy", "Ctrl+Shift+S", QT_TRANSLATE_NOOP("SHORTCUTS", "Save a copy of the forum"), "window"),
    Shortcut("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("SHORTCUTS", "Quit"), "window", QKeySequence.Quit),
    Shortcut("undo", "Ctrl+Z", QT_TRANSLATE_NOOP("SHORTCUTS", "Undo"), "window", QKeySequence.Undo),
    Shortcut("redo", "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("SHORTCUTS", "Redo"), "window", QKeySequence.Redo),
    Shortcut("keyboard_shortcuts", "F1", QT_TRANSLATE_NOOP("SHORTCUTS", "Keyboard shortcuts (this list)"), "window"),
    Shortcut("new_meeting", "Ctrl+Shift+N", QT_TRANSLATE_NOOP("SHORTCUTS", "New meeting"), "meetings"),
    Shortcut("agenda_up", "Alt+Up", QT_TRANSLATE_NOOP("SHORTCUTS", "Move the agenda item up"), "agenda"),
    Shortcut("agenda_down", "Alt+Down", QT_TRANSLATE_NOOP("SHORTCUTS", "Move the agenda item down"), "agenda"),
    Shortcut("add_member", "Ctrl+Shift+N", QT_TRANSLATE_NOOP("SHORTCUTS", "Add a member"), "members"),
    Shortcut("remove_member", "Del", QT_TRANSLATE_NOOP("SHORTCUTS", "Remove the member entered by mistake"), "members"),
    Shortcut("attendance_tab", "Ctrl+1", QT_TRANSLATE_NOOP("SHORTCUTS", "Attendance"), "minutes"),
    Shortcut("item_tab", "Ctrl+2", QT_TRANSLATE_NOOP("SHORTCUTS", "The current agenda item"), "minutes"),
    Shortcut("actions_tab", "Ctrl+3", QT_TRANSLATE_NOOP("SHORTCUTS", "Actions"), "minutes"),
    Shortcut("summary_tab", "Ctrl+4", QT_TRANSLATE_NOOP("SHORTCUTS", "Summary and amendments"), "minutes"),
    Shortcut("next_item", "Alt+Down", QT_TRANSLATE_NOOP("SHORTCUTS", "Next agenda item"), "minutes"),
    Shortcut("previous_item", "Alt+Up", QT_TRANSLATE_NOOP("SHORTCUTS", "Previous agenda item"), "minutes"),
    Shortcut("add_decision", "Ctrl+D", QT_TRANSLATE_NOOP("SHORTCUTS", "Add a decision to the current item"), "minutes"),
    Shortcut("add_action", "Ctrl+Shift+A", QT_TRANSLATE_NOOP("SHORTCUTS", "Add an action (also while typing the notes)"), "minutes"),
    Shortcut("export_minutes", "Ctrl+E", QT_TRANSLATE_NOOP("SHORTCUTS", "Export the minutes"), "minutes"),
    Shortcut("mark_present", "P", QT_TRANSLATE_NOOP("SHORTCUTS", "In person, then the next name"), "attendance"),
    Shortcut("mark_remote", "R", QT_TRANSLATE_NOOP("SHORTCUTS", "Remote, then the next name"), "attendance"),
    Shortcut("mark_apologies", "A", QT_TRANSLATE_NOOP("SHORTCUTS", "Apologies, then the next name"), "attendance"),
    Shortcut("mark_absent", "X", QT_TRANSLATE_NOOP("SHORTCUTS", "Absent, then the next name"), "attendance"),
    Shortcut("pick_date", "Alt+Down", QT_TRANSLATE_NOOP("SHORTCUTS", "Open the calendar (or F4)"), "date"),
)

BY_NAME = {s.name: s for s in SHORTCUTS}

# Where a shortcut can fire, for the check that no key is bound twice: the window's own
# shortcuts fire everywhere, so they clash with every other; a page's clash with those of
# the parts of that page that are not widgets with keys of their own.
OVERLAPS = {
    "agenda": {"meetings"},
    "meetings": {"agenda"},
}


def _platform_keys(shortcut: Shortcut) -> list[QKeySequence]:
    # The platform's bindings are known once the application runs (asking before crashes Qt).
    if shortcut.standard is None or QGuiApplication.instance() is None:
        return []
    return list(QKeySequence.keyBindings(shortcut.standard))


def keys(name: str) -> QKeySequence:
    return all_keys(name)[0]


def all_keys(name: str) -> list[QKeySequence]:
    """Every binding: the platform's own for a standard action (Redo is Ctrl+Y as well on
    some), else the one in the table."""
    shortcut = BY_NAME[name]
    return _platform_keys(shortcut) or [QKeySequence(shortcut.keys)]


def text(name: str) -> str:
    """The keys as this platform writes them (Ctrl on Windows/Linux, ⌘ on a Mac)."""
    return keys(name).toString(QKeySequence.NativeText)


def bind(action: QAction, name: str, widget=None) -> QAction:
    """Give `action` its keys from the table. With `widget`, the shortcut works anywhere
    inside that widget (a page), also while typing in one of its boxes; without, anywhere
    in the window. The tooltip names the keys."""
    shortcut = BY_NAME[name]
    action.setShortcuts(all_keys(name))
    action.setProperty("shortcut_name", name)
    if widget is not None:
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        widget.addAction(action)
    tip = action.toolTip() or action.text().replace("&", "").rstrip("…")
    if text(name) not in tip:
        action.setToolTip(f"{tip} ({text(name)})")
    action.setStatusTip(shown(shortcut.what))
    return action


def clashes(shortcuts=SHORTCUTS) -> list[tuple[Shortcut, Shortcut]]:
    """Pairs of shortcuts with the same keys that can fire in the same place."""
    found = []
    items = list(shortcuts)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if QKeySequence(a.keys) != QKeySequence(b.keys) and not (set(_texts(a)) & set(_texts(b))):
                continue
            if a.where == b.where or "window" in (a.where, b.where) or b.where in OVERLAPS.get(a.where, ()):
                found.append((a, b))
    return found


def _texts(shortcut: Shortcut) -> list[str]:
    return [k.toString() for k in (_platform_keys(shortcut) or [QKeySequence(shortcut.keys)])]
