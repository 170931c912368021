"""Where the shipped resources are found: a checkout, an installed wheel, a build."""
from __future__ import annotations

import sys

from msf_desk import paths
from msf_desk.exports.fonts import FACES


def test_every_font_the_pdfs_use_is_in_fonts_dir():
    for face in FACES:
        for bold in (False, True):
            assert face.path(bold).is_file()
            assert face.path(bold).parent == paths.fonts_dir()
    assert (paths.fonts_dir() / "LICENSE-OFL.txt").is_file()


def test_a_build_reads_resources_from_its_unpacked_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "msf_desk" / "resources"
    assert paths.fonts_dir() == tmp_path / "msf_desk" / "resources" / "fonts"
