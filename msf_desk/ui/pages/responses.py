"""The Responses page (not yet available in this version)."""
from __future__ import annotations

from msf_desk.ui.pages.placeholder import PlaceholderPage


class ResponsesPage(PlaceholderPage):
    def __init__(self, session, parent=None) -> None:
        super().__init__("Responses", "Responses is not yet available in this version of MSF Desk.", parent)
