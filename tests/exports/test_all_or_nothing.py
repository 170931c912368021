"""Every export is all or nothing: a real failure half-way leaves no new file in place and the
files already there untouched; leftovers of a killed export are removed by the next one."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from msf_desk.model.errors import UserError
from msf_desk.core.meetings import list_meetings
from msf_desk.exports import atomic
from msf_desk.exports.compliance import export_compliance
from msf_desk.exports.ics import write_public_calendar
from msf_desk.exports.notice import write_notice
from msf_desk.exports.responses import export_responses
from tests.conftest import DEMO_TODAY


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def block(folder: Path, name: str) -> Path:
    """A folder where the export wants to put a file: moving the file there really fails."""
    (folder / name).mkdir(parents=True)
    (folder / name / "keep.txt").write_text("someone's folder")
    return folder / name


def test_the_responses_export_puts_no_word_file_in_place_when_the_pdf_cannot_be(demo_db, tmp_path):
    out = tmp_path / "out"
    written = export_responses(demo_db, 1, audience="public", formats=["docx", "csv"], out_dir=out,
                               today=DEMO_TODAY)
    before = snapshot(out)
    assert {p.name for p in written} == set(before)
    docx_name = next(p.name for p in written if p.suffix == ".docx")
    block(out, docx_name.replace(".docx", ".pdf"))
    before = snapshot(out)
    with pytest.raises(UserError, match="folder of that name is in the way"):
        export_responses(demo_db, 1, audience="public", formats=["docx", "pdf", "csv", "json"], out_dir=out,
                         today=DEMO_TODAY)
    assert snapshot(out) == before  # the earlier .docx and .csv untouched, no .json, nothing hidden left
    assert sorted(p.name for p in out.iterdir()) == sorted({docx_name, docx_name.replace(".docx", ".pdf"),
                                                            *(n for n in before if n.endswith(".csv"))})


def test_a_fresh_responses_export_that_fails_leaves_nothing(demo_db, tmp_path):
    out = tmp_path / "out"
    stem = export_responses(demo_db, 1, audience="members", formats=["docx"], out_dir=tmp_path / "probe",
                            today=DEMO_TODAY)[0].name.rsplit("-members.docx", 1)[0]
    block(out, f"{stem}-open-data.json")
    with pytest.raises(UserError):
        export_responses(demo_db, 1, audience="members", formats=["docx", "pdf", "csv", "json"], out_dir=out,
                         today=DEMO_TODAY)
    assert [p.name for p in out.iterdir()] == [f"{stem}-open-data.json"]


def test_the_compliance_report_is_both_formats_or_neither(demo_db, tmp_path):
    out = tmp_path / "out"
    block(out, f"compliance-report-{DEMO_TODAY.isoformat()}.docx")
    with pytest.raises(UserError):
        export_compliance(demo_db, formats=["pdf", "docx"], out_dir=out, today=DEMO_TODAY)
    assert [p.name for p in out.iterdir()] == [f"compliance-report-{DEMO_TODAY.isoformat()}.docx"]


def test_the_notice_is_text_and_invitation_or_neither(demo_db, tmp_path):
    meeting = next(m for m in list_meetings(demo_db) if m.status == "planned")
    first = write_notice(demo_db, meeting.id, tmp_path / "a")
    ics = next(p.name for p in first if p.suffix == ".ics")
    block(tmp_path / "b", ics)
    with pytest.raises(UserError):
        write_notice(demo_db, meeting.id, tmp_path / "b")
    assert [p.name for p in (tmp_path / "b").iterdir()] == [ics]


def test_the_calendar_goes_through_the_staging_writer_and_clears_a_killed_runs_part_file(demo_db, tmp_path):
    target = tmp_path / "out" / "calendar.ics"
    write_public_calendar(demo_db, target)
    old = target.read_bytes()
    (target.parent / ".calendar.ics.0123abcd.part").write_bytes(b"half")  # from a killed run
    write_public_calendar(demo_db, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["calendar.ics"]
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR") and len(old) > 100


def test_leftovers_of_a_killed_export_are_removed_but_not_those_of_a_running_one(demo_db, tmp_path):
    out = tmp_path / "out"
    killed = out / ".msf-export-deadbeef"
    killed.mkdir(parents=True)
    (killed / ".lock").write_bytes(b"")
    (killed / "responses-1-public.docx").write_bytes(b"half a document")
    (out / ".responses-1-public.pdf.0badc0de.part").write_bytes(b"%PDF half")
    running = out / ".msf-export-feedf00d"
    running.mkdir()
    lock = atomic.hold(running / ".lock")  # an export still going in another window
    try:
        written = export_responses(demo_db, 1, audience="public", formats=["csv"], out_dir=out, today=DEMO_TODAY)
        assert sorted(p.name for p in out.iterdir()) == sorted([running.name, written[0].name])
    finally:
        lock.close()
    export_responses(demo_db, 1, audience="public", formats=["csv"], out_dir=out, today=DEMO_TODAY)
    assert [p.name for p in out.iterdir()] == [written[0].name]


def test_a_cancelled_multi_file_export_leaves_nothing(demo_db, tmp_path):
    def cancel(done, total):
        if done >= total // 2:
            raise atomic.Cancelled()

    with pytest.raises(atomic.Cancelled):
        export_responses(demo_db, 1, audience="public", formats=["docx", "pdf"], out_dir=tmp_path,
                         today=DEMO_TODAY, progress=cancel)
    assert list(tmp_path.glob("responses*")) == [] and not list(tmp_path.glob(".msf-export*"))
