"""The Minutes page (not yet available in this version)."""
from __future__ import annotations

from msf_desk.ui.pages.placeholder import PlaceholderPage


class MinutesPage(PlaceholderPage):
    def __init__(self, session, parent=None) -> None:
        super().__init__("Minutes", "Minutes is not yet available in this version of MSF Desk.", parent)
