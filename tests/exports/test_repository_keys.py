"""Each consultation file of the repository is keyed on what its making read, not on the forum row whole.

A consultation's report shows the forum's name and contact and the meetings its answers were
decided at; its open data shows the forum's name (the JSON) and the due dates (the working-day
rule). What the making of each file read of those forum-wide records is recorded as it reads them
(msf_desk.model.consumed) and kept with the file's key: a change the file does not show (the
remit) leaves it as it is, untouched and not made again; a change it shows makes it again.
"""
from __future__ import annotations

import dataclasses
import io
import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from msf_desk.core import forum as forum_core
from msf_desk.core.audience import responses as audience
from msf_desk.exports.repository import export_repository, watching
from msf_desk.model import consumed
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY
from tests.exports.test_repository_reexport import sha, stamps, tree

pytestmark = pytest.mark.slow  # exports the demo repository

CONSULTATION_FILES = ("report.pdf", "report.docx", "contributions.csv", "contributions.json")


@pytest.fixture
def forum(demo_path):
    db = open_forum(demo_path)
    yield db, demo_path
    db.conn.close()


def _export(db, path: Path, out: Path):
    return export_repository(db, out, today=DEMO_TODAY, files_dir=path.with_name(path.stem + ".files"), make_zip=True)


def _folders(out: Path) -> dict[int, str]:
    return {int(p.name.split("-", 1)[0]): p.relative_to(out).as_posix() for p in (out / "consultations").iterdir()}


def _parts(result):
    """(folder, part's result) of every language of the export."""
    return [(result.folder, result)] + [(part.folder, part) for part in result.parts.values()]


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def _change_profile(db, **changes) -> None:
    forum_core.save(db, dataclasses.replace(forum_core.load(db), **changes))


def test_the_remit_changed_keeps_every_consultation_file_untouched(forum, tmp_path):
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    before = stamps(out)
    _change_profile(db, remit="To co-create, monitor and review the Action Plan: REMIT-CHANGED-5501.")
    result = _export(db, path, out)
    for folder, part in _parts(result):
        assert "forum/governance.pdf" in part.changed
        for name in (f"{c}/{f}" for c in _folders(folder).values() for f in CONSULTATION_FILES):
            assert name in part.reused, (folder, name)   # not made again (the export's own report)
            assert name not in part.changed
            rel = (folder / name).relative_to(out).as_posix()
            assert stamps(out)[rel] == before[rel], rel   # not written: the same inode and date
    # forum.sqlite shows the remit (its forum table): written again, the consultations' rows copied
    # from the previous one, and byte for byte what an export into an empty folder writes.
    with sqlite3.connect(out / "open-data" / "forum.sqlite") as published:
        assert any("REMIT-CHANGED-5501" in value for (value,) in published.execute("SELECT value FROM forum"))
        counts = dict(published.execute("SELECT consultation_id, count(*) FROM contributions GROUP BY 1"))
    assert counts == {1: 150, 2: 120, 3: 40}
    assert "open-data/forum.sqlite" in result.changed
    fresh = _export(db, path, tmp_path / "fresh")
    new, old = tree(fresh.folder), tree(out)
    assert {p for p in new if new[p] != old.get(p)} <= {"manifest.json", "manifest.csv", "fr/manifest.json",
                                                        "fr/manifest.csv"}


def test_the_contact_changed_makes_the_reports_again_showing_it_and_keeps_the_open_data(forum, tmp_path):
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    before = {p: sha(out / p) for p in tree(out)}
    _change_profile(db, contact_email="answers-5502@example.gov")
    result = _export(db, path, out)
    for folder, part in _parts(result):
        for consultation in _folders(folder).values():
            for name in ("report.pdf", "report.docx"):
                assert f"{consultation}/{name}" not in part.reused
                assert f"{consultation}/{name}" in part.changed
            assert "answers-5502@example.gov" in _pdf_text(folder / consultation / "report.pdf")
            for name in ("contributions.csv", "contributions.json"):   # they do not show the contact
                assert f"{consultation}/{name}" in part.reused
                rel = (folder / consultation / name).relative_to(out).as_posix()
                assert sha(out / rel) == before[rel]


def test_a_meeting_renamed_makes_again_only_the_report_that_names_it(forum, tmp_path):
    db, path = forum
    # Consultation 1's answers were decided at meeting 3, consultation 2's at meeting 5; some of 3's
    # now at meeting 12 (planned: its title may still change; the others' minutes are locked).
    db.execute("UPDATE contributions SET meeting_id = 12 WHERE consultation_id = 3 AND outcome IS NOT NULL")
    db.conn.commit()
    referenced = dict(db.execute("SELECT consultation_id, meeting_id FROM contributions "
                                 "WHERE meeting_id IS NOT NULL GROUP BY 1, 2").fetchall())
    assert referenced == {1: 3, 2: 5, 3: 12}
    out = tmp_path / "site"
    _export(db, path, out)
    db.execute("UPDATE meetings SET title = 'Forum meeting, December 2026 (RENAMED-5503)' WHERE id = 12")
    db.conn.commit()
    result = _export(db, path, out)
    folders = _folders(out)
    assert {f"{folders[3]}/report.pdf", f"{folders[3]}/report.docx"} <= set(result.changed)
    assert "RENAMED-5503" in _pdf_text(out / folders[3] / "report.pdf")
    for consultation_id in (1, 2):
        for name in CONSULTATION_FILES:
            assert f"{folders[consultation_id]}/{name}" in result.reused
    for name in ("contributions.csv", "contributions.json"):   # they give the meeting's number only
        assert f"{folders[3]}/{name}" in result.reused


def test_a_read_of_the_forum_row_past_its_watch_covers_the_whole_row(forum):
    """The authorizer catches what the watched records do not: a document whose making reads the
    forum table other than through the watched profile is keyed on the whole row, and one that reads
    a table its key does not cover at all has no key (it is made again at every export)."""
    db, _path = forum
    with watching(db.conn, consumed.Reads()) as reads:
        forum_core.load(db).name
        db.execute("SELECT title FROM meetings WHERE id = 3").fetchall()
    assert reads.to_json() == {"forum": ["name"], "meetings": consumed.EVERYTHING}
    with watching(db.conn, consumed.Reads()) as reads:
        db.execute("SELECT updated FROM forum").fetchall()
        db.execute("SELECT count(*) FROM members").fetchall()
    data = reads.to_json()
    assert data["forum"] == consumed.EVERYTHING and data["?"] == ["members"]
    assert audience.consumed_values(db, data) is None
    assert audience.consumed_values(db, {"forum": ["name"]}) == audience.consumed_values(db, {"forum": ["name"]})
    assert audience.consumed_values(db, {"forum": ["name"]}) != audience.consumed_values(db, {"forum": ["remit"]})


def test_the_watched_records_note_what_is_read_and_everything_when_read_whole():
    from msf_desk.model.forum import ForumProfile

    reads = consumed.Reads()
    with consumed.recording(reads):
        profile = consumed.watch_fields("forum", ForumProfile(name="A forum", remit="Its remit"))
        meetings = consumed.watch_mapping("meetings", {3: "Forum meeting (2026-01-14)"})
        assert isinstance(profile, ForumProfile) and profile.name == "A forum"
        assert profile.target_months == 3   # a property reads the fields it needs
        assert meetings.get(3) and meetings.get(9) is None
    assert reads.to_json() == {"forum": ["action_plan_in_development", "frequency_months", "name"],
                               "meetings": [3, 9]}
    whole = consumed.Reads()
    with consumed.recording(whole):
        profile = consumed.watch_fields("forum", ForumProfile())
        meetings = consumed.watch_mapping("meetings", {3: "x"})
        dataclasses.asdict(profile)
        list(meetings)
    assert whole.to_json()["meetings"] == consumed.EVERYTHING
    assert set(whole.to_json()["forum"]) == set(ForumProfile.field_names())
    # Outside a recording nothing is watched.
    plain = ForumProfile()
    assert consumed.watch_fields("forum", plain) is plain


def test_the_zip_is_not_built_again_when_nothing_changed_but_is_when_it_was_changed_by_hand(forum, tmp_path):
    import zipfile

    from msf_desk.exports.repository import zip_path_for

    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    zipped = zip_path_for(out)
    right, stamp = zipped.read_bytes(), zipped.stat().st_mtime_ns
    _export(db, path, out)
    assert zipped.read_bytes() == right and zipped.stat().st_mtime_ns == stamp   # not written again
    # A member changed inside the zip (same name, same size): the zip no longer is what was recorded.
    with zipfile.ZipFile(zipped) as archive:
        infos = archive.infolist()
        members = {i.filename: archive.read(i.filename) for i in infos}
    members["index.html"] = members["index.html"].replace(b"<html", b"<HTML", 1)
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in infos:
            archive.writestr(info, members[info.filename])
    assert zipped.read_bytes() != right
    _export(db, path, out)
    assert zipped.read_bytes() == right
    # Without the record of what the zip holds (an earlier version's export), unchanged members are
    # still carried over only after being inflated and compared: the zip is what a new one would be.
    from msf_desk.exports.repository import write_zip

    db.execute("DELETE FROM settings WHERE key = 'repository.zips'")
    db.conn.commit()
    _change_profile(db, remit="A remit changed once more: ZIP-5504.")
    result = _export(db, path, out)
    assert "forum/governance.pdf" in result.changed
    write_zip(out, sorted(tree(out)), tmp_path / "again.zip", max(e.generated for e in result.entries))
    assert (tmp_path / "again.zip").read_bytes() == zipped.read_bytes()
