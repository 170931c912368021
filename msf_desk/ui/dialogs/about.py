"""Help → About: the version, the versions of Qt and Python, where the forums are kept, and the
bundled fonts with their licences (the text shipped beside the fonts, shown as shipped)."""
from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout

from msf_desk import about, paths
from msf_desk.ui.icon import app_icon
from msf_desk.ui.i18n import Context

DIALOGS_ABOUT = Context("DIALOGS_ABOUT")


def qt_line() -> str:
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_ABOUT.tr("About MSF Desk"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(picture, 0, Qt.AlignTop)
        self.version_label = QLabel(
            DIALOGS_ABOUT.tr("<b style='font-size:16px'>{version_line}</b><br>The secretariat's desk for a "
                    "multi-stakeholder forum: membership and parity, meetings, minutes, ethics, reasoned "
                    "responses and the public repository. Works offline; each forum is one file on your "
                    "computer.").format(version_line=about.version_line()))
        self.version_label.setWordWrap(True)
        head.addWidget(self.version_label, 1)
        layout.addLayout(head)

        self.versions_label = QLabel(DIALOGS_ABOUT.tr("{qt_line}<br>{python_line}<br>Forums are kept in: {user_data_dir}").format(qt_line=qt_line(), python_line=about.python_line(), user_data_dir=paths.user_data_dir(create=False)))
        self.versions_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.versions_label.setWordWrap(True)
        layout.addWidget(self.versions_label)

        licences = about.font_licences()
        families = ", ".join(about.font_families()) or DIALOGS_ABOUT.tr("none found")
        names = "; ".join(lic.title for lic in licences) or DIALOGS_ABOUT.tr("no licence file found")
        self.fonts_label = QLabel(DIALOGS_ABOUT.tr("<b>Fonts in the PDFs it writes</b>: {families}, under {names}. The licence as shipped "
                "with the fonts:").format(families=families, names=names))
        self.fonts_label.setWordWrap(True)
        layout.addWidget(self.fonts_label)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setPlainText("\n\n".join(f"— {lic.file} —\n\n{lic.text}" for lic in licences))
        layout.addWidget(self.licence_text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
