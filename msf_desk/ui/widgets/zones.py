"""The one time-zone list of the window: every zone this machine knows (Python's zoneinfo),
searchable by any part of its name ("paris", "new york"), starting on the forum's zone."""
from __future__ import annotations

import functools
import zoneinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from msf_desk.ui.i18n import Context

WIDGETS_ZONES = Context("WIDGETS_ZONES")

# Aliases kept for old systems, not places a person would look for.
_LEGACY = ("Etc/", "SystemV/", "US/", "posix", "right/", "Canada/", "Brazil/", "Chile/", "Mexico/")


@functools.lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    names = {z for z in zoneinfo.available_timezones()
             if ("/" in z and not z.startswith(_LEGACY)) or z == "UTC"}
    return tuple(sorted(names))


def zone_label(name: str) -> str:
    """A zone as people read it: 'America/New York' for America/New_York."""
    return name.replace("_", " ")


class ZoneBox(QComboBox):
    """Choose a time zone: type any part of its name to narrow the list, or open it.
    `zone()` is the IANA name (e.g. 'America/New_York'); a name typed that is not in the
    list is given back as typed, for core to refuse in words."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(16)
        for name in zone_names():
            self.addItem(zone_label(name), name)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.lineEdit().setPlaceholderText(WIDGETS_ZONES.tr("Type a city or region, e.g. Paris"))
        self.setToolTip(WIDGETS_ZONES.tr("The time zone of the meeting's place; type part of its name to find it."))
        self.set_zone(current)

    def set_zone(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name or "")

    def zone(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        return text.replace(" ", "_")

    # The line-edit words other fields use, so forms read every field the same way.
    def text(self) -> str:
        return self.zone()

    def setText(self, name: str) -> None:  # noqa: N802 (Qt's name)
        self.set_zone(name)
