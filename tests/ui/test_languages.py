"""The window in French, Spanish and Arabic: the sidebar, the direction, the Language menu."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from msf_desk.ui import i18n
from msf_desk.ui.main_window import MainWindow

SIDEBARS = {
    "en": ["Today", "Forum", "Members", "Meetings", "Minutes", "Ethics", "Responses", "Repository"],
    "fr": ["Aujourd'hui", "Forum", "Membres", "Réunions", "Procès-verbaux", "Éthique", "Réponses", "Dépôt public"],
    "es": ["Hoy", "Foro", "Miembros", "Reuniones", "Actas", "Ética", "Respuestas", "Repositorio"],
    "ar": ["اليوم", "المنتدى", "الأعضاء", "الاجتماعات", "المحاضر", "الأخلاقيات", "الردود", "المستودع"],
}


def sidebar(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_the_window_shows_its_sidebar_and_menus_in_the_language(qtbot, qsettings, language, demo_path, code):
    loaded = language(code)
    assert any(path.endswith(f"msf_desk_{code}.qm") for path in loaded)
    assert any(f"qtbase_{code}.qm" in path for path in loaded), loaded   # Qt's own buttons
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    try:
        assert sidebar(window)[: len(SIDEBARS[code])] == SIDEBARS[code]
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&File" not in menus and "&Help" not in menus, menus
        expected_direction = Qt.RightToLeft if code == "ar" else Qt.LeftToRight
        assert QApplication.layoutDirection() == expected_direction
        assert window.layoutDirection() == expected_direction
        assert window.sidebar.layoutDirection() == expected_direction
        # Qt's standard buttons come from Qt's own catalogue.
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        assert buttons.button(QDialogButtonBox.Cancel).text().replace("&", "") != "Cancel"
    finally:
        window.session.close()


def test_english_is_the_source_and_left_to_right(qtbot, qsettings, language):
    language("ar")
    language("en")                 # back from Arabic: nothing of it is left
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    assert sidebar(window)[:8] == SIDEBARS["en"]
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, qsettings, tmp_path):
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    names = [action.text() for action in window.language_menu.actions()]
    assert names[1:] == ["English", "Français", "Español", "العربية"]   # each in its own name
    window.language_actions["es"].trigger()
    assert window.language_actions["es"].isChecked()
    assert "Español" in window.statusBar().currentMessage()
    assert "next starts" in window.statusBar().currentMessage()
    reread = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    assert reread.value(i18n.SETTINGS_KEY) == "es"
    assert i18n.choose(None, reread) == "es"
    assert i18n.choose("ar", reread) == "ar"        # --language wins over the saved choice
    # A new window shows the saved choice ticked; "As the system" forgets it.
    again = MainWindow(reread)
    qtbot.addWidget(again)
    assert again.language_actions["es"].isChecked()
    again.language_actions[""].trigger()
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat).value(i18n.SETTINGS_KEY) is None


def test_no_saved_choice_follows_the_system_then_english(qsettings, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.choose(None, qsettings) == "fr"
    monkeypatch.setattr(i18n, "system_language", lambda: None)
    assert i18n.choose(None, qsettings) == "en"
    with pytest.raises(ValueError):
        i18n.choose("de", qsettings)


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_check_startup_prints_the_sidebar_as_shown(demo_path, tmp_path, code):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "msf_desk", "--language", code, "--db", str(demo_path), "--check-startup"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("Sidebar"))
    direction = "right to left" if code == "ar" else "left to right"
    assert line.startswith(f"Sidebar ({code}, {direction}): ")
    assert line.split(": ", 1)[1].split(", ")[:8] == SIDEBARS[code]
    # Qt's own catalogue was found too (what a build that lost qtbase_<code>.qm would not say).
    assert f"Qt's buttons: {QT_CANCEL[code]}" in proc.stdout


QT_CANCEL = {"fr": "Annuler", "ar": "ألغِ"}


def test_the_read_only_guard_reads_translated_labels_through_their_english(language):
    """A forum open read-only keeps its reading buttons on in every language."""
    from msf_desk.ui.main_window import MAIN_WINDOW
    from msf_desk.ui.read_only import reads_only

    language("fr")
    try_to_edit, trash = MAIN_WINDOW.tr("Try to edit"), MAIN_WINDOW.tr("&Trash…")
    assert (try_to_edit, trash) == ("Essayer de modifier", "&Corbeille…")
    assert reads_only(try_to_edit)
    assert not reads_only(trash)


def test_in_arabic_table_cells_keep_their_own_direction(qtbot, language):
    """A Latin title in an Arabic window: its cell is laid out left to right (punctuation
    and elision at the right ends), still against the right-hand side of its column."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from msf_desk.ui.widgets.bidi import BidiDelegate, direction_of

    assert direction_of("“Forum meeting”, 2026") == Qt.LeftToRight
    assert direction_of("2026 اجتماع المنتدى") == Qt.RightToLeft
    assert direction_of("12:30 — 4") is None
    language("ar")
    view = QTableView()
    view.setModel(QStringListModel(["Forum meeting, June 2026", "اجتماع المنتدى"]))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, BidiDelegate)
    options = []
    for row in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, view.model().index(row, 0))
        options.append(option)
    latin, arabic = options
    assert latin.direction == Qt.LeftToRight
    assert latin.displayAlignment & Qt.AlignRight and latin.displayAlignment & Qt.AlignAbsolute
    assert arabic.direction == Qt.RightToLeft
    language("en")
    plain = QTableView()
    qtbot.addWidget(plain)
    plain.show()
    assert not isinstance(plain.itemDelegate(), BidiDelegate)
