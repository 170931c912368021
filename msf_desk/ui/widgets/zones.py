"""The one time-zone list of the window: every zone this machine knows (Python's zoneinfo),
searchable by any part of its name ("paris", "new york"), starting on the forum's zone.

Finding the zones reads the machine's zone files (about 0.1 s) and the list holds about 600:
a box holds only its zone until it is first opened, focused or typed in."""
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


def zone_names_known() -> frozenset[str] | set[str]:
    """The zones, once found (else the zone files are looked up one by one: no scan)."""
    if zone_names.cache_info().currsize:
        return frozenset(zone_names())
    return _Exists()


class _Exists(set):
    def __contains__(self, name) -> bool:
        if not name or ("/" not in name and name != "UTC") or name.startswith(_LEGACY):
            return False
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return False
        return True


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
        self._full = False
        self.lineEdit().textEdited.connect(lambda _text: self.fill())
        completer = self.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.lineEdit().setPlaceholderText(WIDGETS_ZONES.tr("Type a city or region, e.g. Paris"))
        self.setToolTip(WIDGETS_ZONES.tr("The time zone of the meeting's place; type part of its name to find it."))
        self.set_zone(current)

    def fill(self) -> None:
        """Every zone in the list (once), the zone or text shown kept."""
        if self._full:
            return
        self._full = True
        line = self.lineEdit()
        zone, text, cursor = self.currentData(), line.text(), line.cursorPosition()
        self.blockSignals(True)
        try:
            self.clear()
            for name in zone_names():
                self.addItem(zone_label(name), name)
            self.setCurrentIndex(self.findData(zone) if zone else -1)
            if line.text() != text:         # what is being typed stays as typed
                line.setText(text)
                line.setCursorPosition(cursor)
        finally:
            self.blockSignals(False)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self.fill()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.fill()
        super().focusInEvent(event)

    def set_zone(self, name: str) -> None:
        if not self._full and name and self.findData(name) < 0 and name in zone_names_known():
            self.clear()
            self.addItem(zone_label(name), name)     # the zone shown until the list is filled
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
