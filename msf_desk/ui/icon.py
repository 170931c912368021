"""The application icon, from the sizes shipped in resources/icons/hicolor."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from msf_desk.paths import resources_dir


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/msf-desk.png")):
        icon.addFile(str(png))
    return icon
