"""Exporting the repository again: files whose records did not change are kept, never guessed.

A consultation's report and open data, forum.sqlite and the zip are kept from the previous
export only when what they are made from is the same (a fingerprint of the records, in the
manifest); one change rewrites the files it reaches, and what is kept is byte for byte what a
new export would write.
"""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from msf_desk.core import responses
from msf_desk.core.audience import responses as audience
from msf_desk.exports.repository import export_repository, read_manifest, write_zip, zip_path_for
from msf_desk.store import responses as store
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.slow  # exports the demo repository

OPEN_DATA = ("contributions.csv", "contributions.json")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): sha(p) for p in folder.rglob("*") if p.is_file()}


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def forum(demo_path):
    db = open_forum(demo_path)
    yield db, demo_path
    db.conn.close()


def _export(db, path: Path, out: Path, **kw):
    return export_repository(db, out, today=DEMO_TODAY, files_dir=path.with_name(path.stem + ".files"),
                             make_zip=True, **kw)


def _consultation_folder(out: Path, consultation_id: int) -> str:
    return next(p.relative_to(out).as_posix() for p in (out / "consultations").iterdir()
                if p.name.startswith(f"{consultation_id}-"))


def _manifest_matches_folder(out: Path) -> None:
    manifest = read_manifest(out)
    listed = {e["path"]: e["sha256"] for e in manifest["files"]}
    on_disk = tree(out)
    assert {p: on_disk[p] for p in listed} == listed
    assert set(on_disk) - set(listed) == {"manifest.json", "manifest.csv"}


def test_nothing_changed_keeps_every_file_and_the_open_data_is_not_read_again(forum, tmp_path):
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    before, zipped = stamps(out), zip_path_for(out).read_bytes()
    manifest = (out / "manifest.json").read_bytes()
    second = _export(db, path, out)
    assert second.unchanged
    kept = set(second.reused)
    for consultation_id in (1, 2, 3):
        folder = _consultation_folder(out, consultation_id)
        assert {f"{folder}/{n}" for n in OPEN_DATA + ("report.pdf", "report.docx")} <= kept
    assert {"open-data/forum.sqlite", "compliance/charts/meetings-per-quarter.png"} <= kept
    now = stamps(out)
    assert now == before, {p for p in now if now[p] != before.get(p)}  # not one file written again
    assert (out / "manifest.json").read_bytes() == manifest
    assert zip_path_for(out).read_bytes() == zipped
    _manifest_matches_folder(out)


def test_one_changed_reason_rewrites_its_consultation_and_forum_sqlite_as_a_new_export_would(forum, tmp_path):
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    before = stamps(out)
    contribution = next(c for c in store.contributions_of(db, 2) if c.response.final)
    responses.answer(db, contribution.id, dataclasses.replace(contribution.response,
                                                              reason="Taken up in commitment 4, as amended."))
    result = _export(db, path, out)
    folder = _consultation_folder(out, 2)
    assert set(result.changed) >= {f"{folder}/{n}" for n in OPEN_DATA + ("report.pdf",)} | {"open-data/forum.sqlite"}
    # The new reason is in the open data, the JSON and forum.sqlite.
    rows = {int(r["id"]): r for r in csv.DictReader((out / folder / "contributions.csv").open(encoding="utf-8-sig"))}
    assert rows[contribution.id]["reason"] == "Taken up in commitment 4, as amended."
    data = json.loads((out / folder / "contributions.json").read_text(encoding="utf-8"))
    assert any(r["id"] == contribution.id and r["reason"] == "Taken up in commitment 4, as amended."
               for r in data["contributions"])
    with sqlite3.connect(out / "open-data" / "forum.sqlite") as published:
        assert published.execute("SELECT reason FROM contributions WHERE id = ?",
                                 [contribution.id]).fetchone()[0] == "Taken up in commitment 4, as amended."
        counts = dict(published.execute("SELECT consultation_id, count(*) FROM contributions GROUP BY 1"))
    assert counts == {c: len(store.contributions_of(db, c)) for c in (1, 2, 3)}
    # The other consultations' files were kept as they were.
    after = stamps(out)
    for consultation_id in (1, 3):
        other = _consultation_folder(out, consultation_id)
        for name in OPEN_DATA + ("report.pdf", "report.docx"):
            assert after[f"{other}/{name}"] == before[f"{other}/{name}"], name
    _manifest_matches_folder(out)
    # What was kept or copied (forum.sqlite took the other consultations' rows from the previous
    # one; the zip carried unchanged files over) is byte for byte what a new export writes.
    fresh = _export(db, path, tmp_path / "fresh")
    new, old = tree(fresh.folder), tree(out)
    assert {p for p in new if new[p] != old.get(p)} <= {"manifest.json", "manifest.csv"}  # their dates differ
    write_zip(out, sorted(old), tmp_path / "again.zip", max(e.generated for e in result.entries))
    assert (tmp_path / "again.zip").read_bytes() == zip_path_for(out).read_bytes()


def test_a_private_field_changed_leaves_every_public_file_identical(forum, tmp_path):
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    before = tree(out)
    contributions = store.contributions_of(db, 1)
    names = [(c.contributor_name.strip().lower(), c.organisation.strip().lower()) for c in contributions]
    # A name not published, and no one else's (the report counts distinct contributors).
    hidden = next(c for c, name in zip(contributions, names) if not c.publish_name and c.contributor_name
                  and names.count(name) == 1)
    responses.update_contribution(db, dataclasses.replace(hidden, contributor_name="Someone Else Entirely"))
    result = _export(db, path, out)
    assert result.unchanged, result.changed
    assert tree(out) == before
    assert "Someone Else Entirely" not in (out / _consultation_folder(out, 1) / "contributions.csv").read_text(
        encoding="utf-8-sig")


def test_a_changed_holiday_writes_the_open_data_again(forum, tmp_path):
    """The fingerprint covers the forum-wide records too: a holiday moves due dates."""
    db, path = forum
    out = tmp_path / "site"
    _export(db, path, out)
    key = audience.inputs_fingerprint(db, 1)
    db.execute("INSERT INTO holidays (day, name) VALUES ('2025-12-24', 'Closed')")
    assert audience.inputs_fingerprint(db, 1) != key
    result = _export(db, path, out)
    folder = _consultation_folder(out, 1)
    assert f"{folder}/contributions.csv" not in result.reused


def test_the_fingerprint_covers_every_table_the_report_and_open_data_read(forum):
    """The records a consultation's files are made from are those the fingerprint hashes: SQLite's
    authorizer lists every table (and column) read while they are made."""
    _db, path = forum
    # Read-only: temporary storage stays on disk, so the counts that spill read through this
    # connection too (a writing one hands them to a connection of its own, store.responses._spilling).
    db = open_forum(path, access="read")
    read: dict[str, set[str]] = {}

    def authorizer(action, table, column, _db, _trigger):
        if action == sqlite3.SQLITE_READ:
            read.setdefault(table, set()).add(column)
        return sqlite3.SQLITE_OK

    from msf_desk.exports import responses as responses_export

    assert db.execute("PRAGMA temp_store").fetchone()[0] != 2
    db.conn.set_authorizer(authorizer)
    try:
        for consultation_id in (1, 2, 3):
            report = audience.report(db, consultation_id, "public", today=DEMO_TODAY)
            responses_export.build_document(report, answers=audience.answer_groups(db, consultation_id))
            audience.open_data(db, consultation_id)
    finally:
        db.conn.set_authorizer(None)
        db.conn.close()
    # (the audit log's own bookkeeping, when the due dates are brought up to date, is not an input)
    assert set(read) - {"audit_log", "audit_records", "msf_changes"} <= store.INPUT_TABLES, \
        set(read) - store.INPUT_TABLES
    for table, columns in store.INPUT_COLUMNS.items():
        assert read.get(table, set()) <= columns, (table, read.get(table, set()) - columns)
