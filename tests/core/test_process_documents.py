"""Process documents: copied into the forum's storage, refused in words, named stably for the
repository; the history of repository exports kept for good."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from msf_desk.core import process_documents as docs
from msf_desk.core import repository as core_repository
from msf_desk.core.export_record import ExportRecord, export_history
from msf_desk.model.errors import UserError
from msf_desk.model.errors import ValidationError
from msf_desk.model.process_documents import ProcessDocument

DAY = dt.date(2026, 3, 1)


def a_file(tmp_path: Path, name: str = "plan.pdf", data: bytes = b"%PDF-1.4 the plan") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_add_copies_the_file_by_its_checksum_and_lists_it(db, tmp_path):
    files = tmp_path / "forum.files"
    source = a_file(tmp_path)
    doc = docs.add_document(db, ProcessDocument("Fifth National Action Plan", "action_plan", DAY, "en"),
                            files_dir=files, source=source, today=DAY)
    assert doc.id and doc.stored_path.startswith("process-documents/") and doc.size == source.stat().st_size
    assert (files / doc.stored_path).read_bytes() == source.read_bytes()
    source.unlink()  # the forum keeps its own copy
    assert (files / doc.stored_path).is_file()
    assert docs.list_documents(db) == [doc]
    assert docs.get_document(db, doc.id).added_on == DAY.isoformat()


@pytest.mark.parametrize("doc, message", [
    (ProcessDocument("", "action_plan", DAY), "needs a title"),
    (ProcessDocument("Plan", "leaflet", DAY), "choose one of action_plan"),
    (ProcessDocument("Plan", "action_plan", None), "give the date"),
    (ProcessDocument("Plan", "action_plan", DAY, "English"), "not a language tag"),
])
def test_fields_are_checked_in_words(db, tmp_path, doc, message):
    with pytest.raises(ValidationError, match=message):
        docs.add_document(db, doc, files_dir=tmp_path / "f", source=a_file(tmp_path))
    assert docs.list_documents(db) == []


def test_missing_files_folders_and_paths_outside_the_storage_are_refused(db, tmp_path):
    files = tmp_path / "forum.files"
    with pytest.raises(UserError, match="There is no file at .*missing.pdf"):
        docs.add_document(db, ProcessDocument("Plan", "action_plan", DAY), files_dir=files,
                          source=tmp_path / "missing.pdf")
    with pytest.raises(UserError, match="is a folder"):
        docs.add_document(db, ProcessDocument("Plan", "action_plan", DAY), files_dir=files, source=tmp_path)
    with pytest.raises(ValidationError, match="attach the document's file"):
        docs.add_document(db, ProcessDocument("Plan", "action_plan", DAY), files_dir=files)
    for outside in ("/etc/passwd", "../secret.pdf", "process-documents/../../x.pdf"):
        with pytest.raises(UserError, match="not inside the forum's storage folder"):
            docs.add_document(db, ProcessDocument("Plan", "action_plan", DAY, stored_path=outside,
                                                  file_name="x.pdf"), files_dir=files)
    with pytest.raises(UserError, match="no storage folder"):
        docs.add_document(db, ProcessDocument("Plan", "action_plan", DAY), files_dir=None, source=a_file(tmp_path))
    assert docs.list_documents(db) == []


def test_update_keeps_the_file_remove_and_restore_put_the_same_row_back(db, tmp_path):
    files = tmp_path / "forum.files"
    doc = docs.add_document(db, ProcessDocument("IRM report", "irm_report", DAY), files_dir=files,
                            source=a_file(tmp_path, "irm.pdf"))
    changed = docs.update_document(db, ProcessDocument("IRM Action Plan Review", "irm_report", DAY, "fr", False,
                                                       stored_path="/etc/passwd", id=doc.id))
    assert changed.stored_path == doc.stored_path and changed.language == "fr" and not changed.public
    removed = docs.remove_document(db, doc.id)
    assert docs.list_documents(db) == []
    assert (files / removed.stored_path).is_file()  # undo needs the file
    docs.restore_document(db, removed, files)
    assert docs.list_documents(db) == [removed]
    with pytest.raises(UserError, match="no process document with id 99"):
        docs.remove_document(db, 99)


def test_published_names_are_stable_and_only_for_public_documents():
    d = [ProcessDocument("Fifth National Action Plan 2025–2027", "action_plan", DAY, id=3, stored_path="a",
                         file_name="Plan FINAL.PDF"),
         ProcessDocument("Fifth National Action Plan 2025–2027", "action_plan", DAY, id=7, stored_path="b",
                         file_name="plan.docx"),
         ProcessDocument("Draft self-assessment", "self_assessment", DAY, public=False, id=5, stored_path="c",
                         file_name="x.pdf"),
         ProcessDocument("Évaluation à mi-parcours", "irm_report", DAY, "fr", id=9, stored_path="d",
                         file_name="rapport")]
    names = docs.published_names(d)
    assert names == {
        3: "process-documents/2026-03-01_action-plan_fifth-national-action-plan-2025-2027.pdf",
        7: "process-documents/2026-03-01_action-plan_fifth-national-action-plan-2025-2027-2.docx",
        9: "process-documents/2026-03-01_irm-report_evaluation-a-mi-parcours",
    }
    assert docs.published_names(list(reversed(d))) == names  # the first by id keeps its name


def test_every_export_is_kept_in_the_history(db):
    for n, day in enumerate((dt.date(2024, 1, 5), dt.date(2024, 8, 1), dt.date(2025, 2, 1))):
        core_repository.record_export(db, ExportRecord(
            on=day, at=f"{day.isoformat()}T10:00:00Z", folder="/x", files=10 + n, size=1, package_hash="h"))
    assert core_repository.export_days(db) == [dt.date(2024, 1, 5), dt.date(2024, 8, 1), dt.date(2025, 2, 1)]
    # More than the settings keep (50): the table keeps them all.
    for i in range(60):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=i)
        core_repository.record_export(db, ExportRecord(
            on=day, at=f"{day.isoformat()}T10:00:00Z", folder="/x", files=1, size=1, package_hash="h"))
    assert len(export_history(db)) == 50
    assert len(core_repository.export_days(db)) == 63
    assert core_repository.export_days(db)[0] == dt.date(2024, 1, 5)


def test_the_migration_copies_the_exports_the_settings_recorded(tmp_path):
    import json

    from msf_desk.store.db import create_forum, open_forum

    path = tmp_path / "old.msf"
    old = create_forum(path, upto=11)
    history = [{"on": "2025-09-01", "at": "2025-09-01T09:00:00Z", "folder": "/x", "files": 40, "size": 1,
                "package_hash": "b"},
               {"on": "2025-01-10", "at": "2025-01-10T09:00:00Z", "folder": "/x", "files": 30, "size": 1,
                "package_hash": "a"}]
    old.execute("INSERT INTO settings (key, value) VALUES ('repository.exports', ?)", [json.dumps(history)])
    old.execute("INSERT INTO settings (key, value) VALUES ('repository.last_export', ?)", [json.dumps(history[0])])
    old.conn.commit()
    old.conn.close()
    db = open_forum(path)
    assert core_repository.export_days(db) == [dt.date(2025, 1, 10), dt.date(2025, 9, 1)]
