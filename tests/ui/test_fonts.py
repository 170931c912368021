"""The window draws every bundled script with real glyphs, not empty boxes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextLayout

from msf_desk import paths
from msf_desk.exports.fonts import FACES
from msf_desk.ui.fonts import register_bundled_fonts
from msf_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Zoë Ångström", "Ελένη Παπαδοπούλου", "Ольга Иванова", "ليلى حداد", "נועה כהן", "Անահիտ Սարգսյան",
         "ნინო ბერიძე", "अनीता शर्मा", "রহিম উদ্দিন", "สมชาย ใจดี", "አበበ ቢቂላ", "王小明", "김민준"]


def glyph_runs(text: str, font=None):
    layout = QTextLayout(text, font or QGuiApplication.font())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout.glyphRuns()


def boxes(text: str, font=None) -> bool:
    """True when Qt would draw some of ``text`` as empty boxes: a character that none of the
    fonts Qt chose for the line has, or the missing glyph (0)."""
    runs = glyph_runs(text, font)
    fonts = [run.rawFont() for run in runs]
    if any(0 in run.glyphIndexes() for run in runs):
        return True
    return any(not any(f.isValid() and f.supportsCharacter(ord(ch)) for f in fonts) for ch in text if not ch.isspace())


def test_the_window_registers_every_bundled_font_and_falls_back_to_them(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    families = register_bundled_fonts()
    expected = {"Noto Sans", "Noto Sans Devanagari", "Noto Sans Ethiopic", "Noto Sans KR", "Noto Sans SC",
                "Noto Sans Hebrew", "Noto Sans Thai", "Noto Emoji"}
    assert expected <= set(families)
    assert expected <= set(QFontDatabase.families())
    # The application font lists them after the system's own, so Qt falls back glyph by glyph.
    assert set(families) <= set(QGuiApplication.font().families())
    assert len(families) >= len({f.family for f in FACES}) - 1


def test_every_script_is_drawn_with_real_glyphs(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert [name for name in NAMES if boxes(name)] == []


PROBE = """
import json, sys, threading
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "bundled":
    from msf_desk.ui.fonts import register_bundled_fonts
    register_bundled_fonts()
elif sys.argv[1] == "in the background":
    # As the window starts: the fonts registered on their own thread, Latin and Arabic looked up
    # there; the other scripts (Korean, Ethiopic...) come later, typed or shown.
    from msf_desk.ui import fonts
    fonts.start_in_background(["Arabic"])
    fonts.register_bundled_fonts()
from tests.ui.test_fonts import NAMES, boxes, glyph_runs
boxed = [n for n in NAMES if boxes(n)]
# (Qt's stand-in engine for a script no font has crashes on familyName(): bundled run only.)
families = {n: sorted({r.rawFont().familyName() for r in glyph_runs(n)}) for n in NAMES} if sys.argv[1] != "system only" else {}
typed = {}
if sys.argv[1] != "system only":
    # A Korean and an Ethiopic name typed into a form right after the start: drawn in the bundled fonts.
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit
    edit = QLineEdit()
    edit.show()
    for name in ("김민준", "አበበ ቢቂላ"):
        edit.clear()
        for ch in name:   # as a Korean or Ethiopic keyboard sends them (QTest types Latin-1 only)
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                app.sendEvent(edit, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))
        typed[edit.text()] = [boxes(edit.text(), edit.font()),
                              sorted({r.rawFont().familyName() for r in glyph_runs(edit.text(), edit.font())})]
    fonts_module = sys.modules["msf_desk.ui.fonts"]
    fonts_module.finish()
    thread = fonts_module._thread
    typed["font thread left running"] = thread is not None and thread.is_alive()
    typed["other threads"] = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
print(json.dumps({"boxed": boxed, "families": families, "typed": typed}))
"""


def _probe(tmp_path, fonts: str) -> dict:
    """Run PROBE in a fresh process whose fontconfig sees none of the machine's fonts but one
    Latin font: a desktop with no font for the bundled scripts."""
    (tmp_path / "fonts").mkdir()
    shutil.copy(paths.fonts_dir() / "NotoSans-Regular.ttf", tmp_path / "fonts")
    (tmp_path / "fonts.conf").write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "fonts"}</dir>'
        f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", PROBE, fonts], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="hides the machine's fonts through fontconfig")
@pytest.mark.parametrize("fonts", ["bundled", "system only"])
def test_on_a_machine_without_those_fonts_only_the_bundled_ones_avoid_boxes(tmp_path, fonts):
    # The control run (no bundled fonts) shows the probe can fail.
    result = _probe(tmp_path, fonts)
    if fonts == "bundled":
        assert result["boxed"] == []
        assert "Noto Sans Devanagari" in result["families"]["अनीता शर्मा"]
        assert "Noto Sans Bengali" in result["families"]["রহিম উদ্দিন"]
        assert "Noto Sans KR" in result["families"]["김민준"]
        assert "Noto Sans Ethiopic" in result["families"]["አበበ ቢቂላ"]
    else:
        # Devanagari and Bengali go to Qt's stand-in engine, which the probe cannot see into.
        assert {"አበበ ቢቂላ", "王小明", "김민준", "สมชาย ใจดี", "נועה כהן"} <= set(result["boxed"])


@pytest.mark.skipif(sys.platform != "linux", reason="hides the machine's fonts through fontconfig")
def test_fonts_registered_on_their_own_thread_draw_every_script_with_the_same_fonts(tmp_path):
    (tmp_path / "registered here").mkdir()
    (tmp_path / "on their thread").mkdir()
    here = _probe(tmp_path / "registered here", "bundled")
    background = _probe(tmp_path / "on their thread", "in the background")
    assert background["boxed"] == []
    # The same font for every run of every name as when the window's thread registers them itself.
    assert background["families"] == here["families"]
    assert "Noto Sans Ethiopic" in background["families"]["አበበ ቢቂላ"]
    # Typed right after the start in scripts not looked up ahead: the bundled fonts, no boxes.
    assert background["typed"]["김민준"] == [False, ["Noto Sans KR"]]
    assert background["typed"]["አበበ ቢቂላ"][0] is False
    assert "Noto Sans Ethiopic" in background["typed"]["አበበ ቢቂላ"][1]
    assert background["typed"] == {**here["typed"], "font thread left running": False, "other threads": []}
    assert here["typed"]["font thread left running"] is False


def test_the_scripts_a_page_shows_are_remembered_for_the_next_start(qtbot, tmp_path):
    from PySide6.QtCore import QSettings, QStringListModel
    from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

    from msf_desk.ui import fonts

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    assert fonts.remembered_scripts(settings) == []
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Leila Haddad / ليلى حداد"))
    view = QListView()
    view.setModel(QStringListModel(["Anita Sharma / अनीता शर्मा", "Zoë Ångström", "Ольга"], view))
    layout.addWidget(view)
    assert fonts.remember_scripts(settings, page) == ["Arabic", "Cyrillic", "Devanagari"]
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    assert fonts.remembered_scripts(again) == ["Arabic", "Cyrillic", "Devanagari"]
    # Latin only: nothing to look up ahead but Latin, which always is.
    assert fonts.remember_scripts(again, QLabel("Plain words")) == []
    assert fonts.remember_scripts(again, QLabel("Ωμέγα")) == ["Greek"]
    assert fonts.remember_scripts(again, None) == []
    assert fonts.remembered_scripts(again) == []
    # Every script of the samples is found by the ranges, and words from a damaged file are ignored.
    assert fonts.scripts_of(fonts.SAMPLES.values()) == set(fonts.SAMPLES) - {"Latin"}
    again.setValue(fonts.SCRIPTS_KEY, "Arabic,Klingon")
    assert fonts.remembered_scripts(again) == ["Arabic"]
