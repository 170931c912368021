"""Help → About: the version, Qt's and Python's versions, and the licence of the bundled fonts."""
from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox

from msf_desk import __version__
from msf_desk.cli import main
from msf_desk.ui.dialogs.about import AboutDialog
from msf_desk.ui.main_window import MainWindow


def test_help_about_shows_versions_and_the_font_licence(qtbot, qsettings):
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    assert window.help_menu.menuAction() in window.menuBar().actions()
    assert window.help_menu.title() == "&Help"
    assert window.action_about in window.help_menu.actions()
    assert not window.windowIcon().isNull()

    window.action_about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert f"MSF Desk {__version__}" in dialog.version_label.text()
    assert f"Qt {qVersion()}" in dialog.versions_label.text()
    assert f"Python {platform.python_version()}" in dialog.versions_label.text()
    fonts = dialog.fonts_label.text()
    assert "Noto Sans Arabic" in fonts and "SIL OPEN FONT LICENSE Version 1.1" in fonts
    licence = dialog.licence_text.toPlainText()
    assert "PERMISSION & CONDITIONS" in licence and "Copyright 2012-2022 Google LLC" in licence

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close)
    qtbot.mouseClick(close, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_version_on_the_command_line(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"MSF Desk {__version__}"
