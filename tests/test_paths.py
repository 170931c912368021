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


def test_the_cache_folder_is_where_platformdirs_puts_it(tmp_path, monkeypatch):
    import platformdirs

    for platform in ("linux", "win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
        expected = {"linux": tmp_path / "xdg-cache" / "MSF Desk", "win32": tmp_path / "local" / "MSF Desk" / "Cache",
                    "darwin": tmp_path / "home" / "Library" / "Caches" / "MSF Desk"}[platform]
        assert paths.user_cache_dir() == expected
        monkeypatch.delenv("LOCALAPPDATA")
        monkeypatch.delenv("HOME")
        assert paths.user_cache_dir() == (expected if platform == "linux" else None)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert paths.user_cache_dir() == tmp_path / "home" / ".cache" / "MSF Desk"
    assert paths.user_cache_dir() == __import__("pathlib").Path(platformdirs.user_cache_dir("MSF Desk", appauthor=False))
