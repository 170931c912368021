"""Nothing outside the forum is ever published, and nothing the forum stopped publishing stays:
hostile stored paths, killed exports, papers made confidential after an export, bidi names."""
from __future__ import annotations

import json
import os
import pathlib
from pathlib import Path

import pytest

from msf_desk.core import papers
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Paper
from msf_desk.exports import atomic
from msf_desk.exports.repository import export_repository
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY
from tests.exports.test_repository import SENTINELS, _scan, files_dir, on_disk

pytestmark = pytest.mark.slow  # exports the whole demo repository

MEETING = 7  # held, its public pack sent; its minutes not yet approved
LATE = "SENTINEL-LATECONFIDENTIAL-7790"
OUTSIDE = "SENTINEL-OUTSIDE-7791"


@pytest.fixture
def forum(demo_path):
    """The demo forum (a copy of its own)."""
    db = open_forum(demo_path)
    yield db, demo_path
    db.conn.close()


def export(db, path, out, **kw):
    return export_repository(db, out, today=DEMO_TODAY, files_dir=files_dir(path), **kw)


def add_public_paper(db, path, tmp_path, name=f"{LATE}.txt", title=f"Paper {LATE}") -> Paper:
    source = tmp_path / "incoming" / name
    source.parent.mkdir(exist_ok=True)
    source.write_text(f"The text of {LATE}\n", encoding="utf-8")
    return papers.add_paper(db, Paper(MEETING, title, disclosure="public"), files_dir=files_dir(path),
                            source=source, today=DEMO_TODAY)


def manifest_paths(out: Path) -> set[str]:
    listed = {e["path"] for e in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]}
    csv_text = (out / "manifest.csv").read_text(encoding="utf-8-sig")
    assert all(p in csv_text for p in listed)
    return listed


def scan(out: Path) -> dict:
    extra = dict(SENTINELS, late=LATE, outside=OUTSIDE)
    original = dict(SENTINELS)
    SENTINELS.update(extra)
    try:
        leaks, _marked = _scan(out, [])
    finally:
        SENTINELS.clear()
        SENTINELS.update(original)
    return leaks


# --- stored paths that lead outside the forum's storage ----------------------------------------

@pytest.mark.parametrize("hostile", ["/etc/passwd", "../secret.txt", "papers/../../secret.txt", "link/secret.txt"])
def test_a_stored_path_outside_the_storage_folder_is_never_copied(forum, tmp_path, hostile, seed_package):
    db, path = forum
    storage = files_dir(path)
    (storage.parent / "secret.txt").write_text(OUTSIDE, encoding="utf-8")
    (storage / "link").symlink_to(storage.parent, target_is_directory=True)
    paper = add_public_paper(db, path, tmp_path, name="minutes-annex.txt", title="Annex")
    db.execute("UPDATE papers SET stored_path = ? WHERE id = ?", [hostile, paper.id])  # as a hand edit would
    db.conn.commit()
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    result = export(db, path, out)
    assert "outside" not in scan(out)
    assert not any(Path(p).name == "passwd" or p.endswith("minutes-annex.txt") for p in on_disk(out))
    [refused] = result.refused
    assert refused.endswith("minutes-annex.txt")
    assert refused not in manifest_paths(out)


@pytest.mark.parametrize("hostile", ["/etc/passwd", "../secret.txt", "papers/../../secret.txt", "link/secret.txt"])
def test_a_paper_whose_stored_path_leads_outside_is_refused_when_added_or_restored(forum, tmp_path, hostile):
    db, path = forum
    storage = files_dir(path)
    (storage.parent / "secret.txt").write_text(OUTSIDE, encoding="utf-8")
    (storage / "link").symlink_to(storage.parent, target_is_directory=True)
    before = len(papers.papers_of(db, MEETING))
    with pytest.raises(UserError, match="(not inside|outside) the forum's storage folder"):
        papers.add_paper(db, Paper(MEETING, "Imported", stored_path=hostile, file_name="x.txt"),
                         files_dir=storage, today=DEMO_TODAY)
    if hostile != "link/secret.txt":  # the form alone gives these away, without the folder
        with pytest.raises(UserError, match="not inside the forum's storage folder"):
            papers.restore_paper(db, Paper(MEETING, "Undone", stored_path=hostile, file_name="x.txt", id=999))
    assert len(papers.papers_of(db, MEETING)) == before
    with pytest.raises(UserError):
        papers.stored_file(storage, Paper(MEETING, "Opened", stored_path=hostile))


# --- killed exports -------------------------------------------------------------------------------

def test_a_killed_exports_staging_folder_and_part_files_are_cleaned_by_the_next(forum, tmp_path, seed_package):
    db, path = forum
    out = seed_package(tmp_path / "site", zip=True)  # as the shared export of the demo left it
    export(db, path, out, make_zip=True)
    staging = tmp_path / ".site.msf-staging-deadbeef"  # as a killed export leaves it
    (staging / "meetings").mkdir(parents=True)
    (staging / ".lock").write_bytes(b"")
    (staging / "meetings" / "pack.pdf").write_bytes(b"%PDF half")
    zip_part = tmp_path / ".site.zip.0badc0de.part"
    zip_part.write_bytes(b"PK half")
    meeting = next((out / "meetings").iterdir())
    inner_part = meeting / ".pack.pdf.12345678.part"
    inner_part.write_bytes(b"%PDF half")
    running = tmp_path / ".site.msf-staging-feedf00d"  # another export still going: left alone
    running.mkdir()
    lock = atomic.hold(running / ".lock")
    try:
        result = export(db, path, out, make_zip=True)
    finally:
        lock.close()
    assert not staging.exists() and not zip_part.exists() and not inner_part.exists()
    assert running.exists()
    assert result.unchanged
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == [running.name]


def test_a_first_export_killed_before_its_manifests_is_finished_by_the_next(forum, tmp_path, seed_package):
    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    export(db, path, out)
    for name in ("manifest.json", "manifest.csv"):
        (out / name).unlink()  # killed before the manifests were moved in
    result = export(db, path, out)
    assert (out / "manifest.json").is_file() and manifest_paths(out) | {"manifest.json", "manifest.csv"} == on_disk(out)
    assert not result.removed


# --- a paper made confidential after an export --------------------------------------------------

def _make_confidential(db, paper: Paper) -> None:
    import dataclasses

    papers.update_paper(db, dataclasses.replace(paper, disclosure="confidential"), today=DEMO_TODAY)


def test_a_paper_made_confidential_leaves_the_package_even_after_an_export_died_half_way(forum, tmp_path,
                                                                                       seed_package):
    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    paper = add_public_paper(db, path, tmp_path)
    export(db, path, out)
    [published] = [p for p in on_disk(out) if LATE in p]
    assert published in manifest_paths(out) and scan(out)["late"]
    _make_confidential(db, paper)
    # An export died half-way after a manifest without the paper had reached the folder (what an
    # export that moved its manifests first left behind when the paper's file was locked).
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    data["files"] = [e for e in data["files"] if e["path"] != published]
    (out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    result = export(db, path, out)
    assert published in result.removed
    assert not (out / published).exists()
    assert published not in manifest_paths(out)
    assert scan(out) == {}


def test_a_paper_made_confidential_whose_file_is_locked_is_removed_by_the_next_export(forum, tmp_path, monkeypatch,
                                                                                    seed_package):
    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    paper = add_public_paper(db, path, tmp_path)
    export(db, path, out)
    [published] = [p for p in on_disk(out) if LATE in p]
    manifests = {n: (out / n).read_bytes() for n in ("manifest.json", "manifest.csv")}
    _make_confidential(db, paper)
    # On Windows a file open in another program cannot be removed; here the system is told so.
    real_unlink = pathlib.Path.unlink

    def locked(self, *args, **kwargs):
        if self.name == Path(published).name:
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "unlink", locked)
    with pytest.raises(UserError, match="Could not remove") as caught:
        export(db, path, out)
    assert published in str(caught.value)
    # The manifests were not moved in: they still describe what the folder holds.
    assert {n: (out / n).read_bytes() for n in manifests} == manifests
    monkeypatch.setattr(pathlib.Path, "unlink", real_unlink)
    result = export(db, path, out)
    assert published in result.removed and not (out / published).exists()
    assert published not in manifest_paths(out) and scan(out) == {}


def test_files_nobody_planned_are_removed_but_hidden_ones_stay(forum, tmp_path, seed_package):
    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    export(db, path, out)
    meeting = next((out / "meetings").iterdir())
    stray = meeting / "papers" / "99-old-paper.txt"
    stray.parent.mkdir(exist_ok=True)
    stray.write_text(LATE, encoding="utf-8")
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    result = export(db, path, out)
    assert stray.relative_to(out).as_posix() in result.removed and not stray.exists()
    assert (out / ".git" / "HEAD").is_file()


# --- names that lie about themselves --------------------------------------------------------------

def test_a_file_name_with_a_right_to_left_override_is_published_without_it(forum, tmp_path, seed_package):
    db, path = forum
    paper = add_public_paper(db, path, tmp_path, name="budget\u202etxt.exe", title="Budget")
    assert paper.file_name == "budgettxt.exe"
    assert "\u202e" not in paper.stored_path
    db.execute("UPDATE papers SET file_name = ? WHERE id = ?", ["budget\u2066\u202etxt.exe\u2069", paper.id])
    db.conn.commit()
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    export(db, path, out)
    names = [p for p in on_disk(out) if "budget" in p]
    assert names and all(n.endswith("-budgettxt.exe") for n in names)
    assert not any(ch in "".join(on_disk(out)) for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert not any(ch in p for p in manifest_paths(out) for ch in "\u202e\u2066")


def test_the_scan_helper_restores_the_shared_sentinels():
    before = dict(SENTINELS)
    scan(Path(os.devnull).parent / "nonexistent-folder-for-scan")
    assert SENTINELS == before
