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


def glyph_runs(text: str):
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout.glyphRuns()


def boxes(text: str) -> bool:
    """True when Qt would draw some of ``text`` as empty boxes: a character that none of the
    fonts Qt chose for the line has, or the missing glyph (0)."""
    runs = glyph_runs(text)
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
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
if sys.argv[1] == "bundled":
    from msf_desk.ui.fonts import register_bundled_fonts
    register_bundled_fonts()
from tests.ui.test_fonts import NAMES, boxes, glyph_runs
boxed = [n for n in NAMES if boxes(n)]
# (Qt's stand-in engine for a script no font has crashes on familyName(): bundled run only.)
families = {n: sorted({r.rawFont().familyName() for r in glyph_runs(n)}) for n in NAMES} if sys.argv[1] == "bundled" else {}
print(json.dumps({"boxed": boxed, "families": families}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="hides the machine's fonts through fontconfig")
@pytest.mark.parametrize("fonts", ["bundled", "system only"])
def test_on_a_machine_without_those_fonts_only_the_bundled_ones_avoid_boxes(tmp_path, fonts):
    # A fontconfig that sees none of the machine's fonts but one Latin font: a desktop with
    # no font for these scripts. The control run (no bundled fonts) shows the probe can fail.
    (tmp_path / "fonts").mkdir()
    shutil.copy(paths.fonts_dir() / "NotoSans-Regular.ttf", tmp_path / "fonts")
    (tmp_path / "fonts.conf").write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "fonts"}</dir>'
        f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", PROBE, fonts], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if fonts == "bundled":
        assert result["boxed"] == []
        assert "Noto Sans Devanagari" in result["families"]["अनीता शर्मा"]
        assert "Noto Sans Bengali" in result["families"]["রহিম উদ্দিন"]
        assert "Noto Sans KR" in result["families"]["김민준"]
        assert "Noto Sans Ethiopic" in result["families"]["አበበ ቢቂላ"]
    else:
        # Devanagari and Bengali go to Qt's stand-in engine, which the probe cannot see into.
        assert {"አበበ ቢቂላ", "王小明", "김민준", "สมชาย ใจดี", "נועה כהן"} <= set(result["boxed"])
