import os
import subprocess
import sys


def test_the_window_starts_on_a_forum_and_reports_it(demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "msf_desk", "--db", str(demo_path), "--check-startup"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "MSF Desk started: National Open Government Forum" in proc.stdout
    assert "members" in proc.stdout


def test_a_file_that_is_not_a_forum_fails_the_startup_check(tmp_path):
    notes = tmp_path / "notes.msf"
    notes.write_text("not a forum")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The dialog would wait for a click; the check reports instead and exits non-zero.
    proc = subprocess.run(
        [sys.executable, "-m", "msf_desk", "--db", str(notes), "--check-startup"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 1
    assert notes.read_text() == "not a forum"
