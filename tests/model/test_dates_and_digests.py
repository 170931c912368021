"""What start-up no longer loads gives the same answers: the days of a month without the
`calendar` module, SHA-256 of short texts without OpenSSL (model/dates.py, model/digests.py)."""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
import subprocess
import sys

import pytest

from msf_desk.model.dates import add_months, days_in_month
from msf_desk.model.digests import sha256_hex


def test_the_days_of_every_month_of_every_year_are_the_calendar_s():
    for year in range(1, 10_000):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2100, 1, 31), 1, dt.date(2100, 2, 28)),
    (dt.date(2000, 3, 31), -1, dt.date(2000, 2, 29)),
    (dt.date(2026, 3, 31), -13, dt.date(2025, 2, 28)),
    (dt.date(2026, 8, 31), 10, dt.date(2027, 6, 30)),
    (dt.date(2026, 12, 15), 0, dt.date(2026, 12, 15)),
    (dt.date(9999, 11, 30), 1, dt.date(9999, 12, 30)),
])
def test_months_are_added_and_clamped_to_the_month_s_end(day, months, expected):
    assert add_months(day, months) == expected


def test_months_added_past_the_last_year_are_refused_as_before():
    with pytest.raises(ValueError):
        add_months(dt.date(9999, 12, 31), 1)


@pytest.mark.parametrize("data", [b"", b"abc", "Forum — Ünïcødé عربي".encode(), bytes(range(256)) * 4099,
                                  b"20|2026-01-01,2026-05-01"])
def test_the_digest_is_openssl_s_byte_for_byte(data):
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_a_forum_s_settings_keep_their_key():
    """The key of a forum's settings is the same as before (a short SHA-256 of its path): the
    folders and planner times a person chose stay theirs."""
    pytest.importorskip("PySide6")
    from pathlib import Path

    from msf_desk.ui.settings import forum_key

    path = str(Path("/tmp/some forum/forum.msf").resolve())
    assert forum_key(path) == hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def test_rules_and_settings_load_neither_openssl_nor_calendar():
    """Today's rules and the window's settings load no OpenSSL (`hashlib`) and no `calendar`;
    storing a file loads hashlib when it is first used and hashes it as before."""
    probe = ("import sys, tempfile, pathlib\n"
             "import msf_desk.core.today, msf_desk.core.checklist, msf_desk.core.standing, msf_desk.ui.settings\n"
             "print('LOADED', ' '.join(m for m in ('hashlib', '_hashlib', 'calendar') if m in sys.modules))\n"
             "from msf_desk.core.attachments import store_file\n"
             "d = pathlib.Path(tempfile.mkdtemp()); (d / 'a.txt').write_bytes(b'Draft bylaws of the forum\\n')\n"
             "print('STORED', store_file(d / 'files', d / 'a.txt', folder='papers', max_bytes=1000))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].split() == ["LOADED"], proc.stdout
    assert hashlib.sha256(b"Draft bylaws of the forum\n").hexdigest() in proc.stdout
