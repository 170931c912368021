"""The public repository package: the demo forum exported, checked file by file."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import pickle
import re
import shutil
import sqlite3
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from pypdf import PdfReader

from msf_desk.core import repository as plan_core
from msf_desk.core.export_record import last_export
from msf_desk.model.meetings import Meeting
from msf_desk.exports.atomic import Cancelled
from msf_desk.exports.repository import export_repository, read_manifest
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY
from tests.conftest import copy_demo as _copy_demo  # noqa: F401 (other test modules copy the demo with it)

pytestmark = pytest.mark.slow  # exports the whole demo repository


def files_dir(path: Path) -> Path:
    return path.with_name(path.stem + ".files")


@pytest.fixture(scope="session")
def package(demo_package):
    """The demo forum exported once (with its zip) for the tests that only read: the session's
    shared export (tests/conftest.py)."""
    return demo_package


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def on_disk(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# --- the package as a whole ---------------------------------------------------------------------

def test_the_demo_forum_exports_everything_public(package):
    out = package.folder
    files = on_disk(out)
    assert {"index.html", "manifest.json", "manifest.csv", "calendar/meetings.ics", "forum/governance.pdf",
            "forum/governance.docx", "forum/members.csv", "forum/members.pdf", "forum/selection-rounds.pdf",
            "registers/decisions.csv", "registers/actions.pdf", "registers/interests.docx",
            "compliance/report.pdf", "compliance/report.docx",
            "compliance/charts/meetings-per-quarter.png"} <= files
    # Approved minutes of the first forum meeting, with its pack and participants, under stable names.
    first = "meetings/" + min(p.split("/")[1] for p in files if p.startswith("meetings/"))
    assert {f"{first}/pack.pdf", f"{first}/minutes.pdf", f"{first}/minutes.docx", f"{first}/participants.csv"} <= files
    assert re.fullmatch(r"meetings/\d{4}-\d\d-\d\d-regular", first)
    # Each consultation's reasoned response and open data.
    for folder in ("consultations/1-action-plan-themes", "consultations/2-draft-commitments"):
        assert {f"{folder}/report.pdf", f"{folder}/report.docx", f"{folder}/contributions.csv",
                f"{folder}/contributions.json"} <= files
    # Nothing of the closed meeting or of minutes still in draft.
    assert not any("extraordinary" in p for p in files)
    minutes_folders = {p.rsplit("/", 1)[0] for p in files if p.endswith("/minutes.pdf")}
    assert len(minutes_folders) == 5
    assert package.zip_path and package.zip_path.is_file()
    assert package.record.files == len(files)


def test_manifest_checksums_verify_against_the_files(package):
    out = package.folder
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"] == "MSF Desk" and manifest["as_of"] == DEMO_TODAY.isoformat()
    listed = {e["path"]: e for e in manifest["files"]}
    assert set(listed) == on_disk(out) - {"manifest.json", "manifest.csv"}
    for path, entry in listed.items():
        file = out / path
        assert entry["sha256"] == sha(file), path
        assert entry["size"] == file.stat().st_size, path
        assert entry["title"] and entry["kind"] and entry["generated"]
        # What MSF Desk wrote is in the package's language; a process document keeps its own.
        assert entry["language"] == "en" or entry["kind"] == "process_document", path
    minutes = [e for e in manifest["files"] if e["kind"] == "minutes"]
    assert all(e["meeting_id"] and e["meeting"] and e["date"] for e in minutes)
    reports = [e for e in manifest["files"] if e["kind"] == "response_report"]
    assert all(e["consultation_id"] and e["consultation"] for e in reports)
    with open(out / "manifest.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["path"]: r["sha256"] for r in rows} == {p: e["sha256"] for p, e in listed.items()}
    assert list(rows[0]) == ["path", "title", "kind", "format", "media_type", "meeting_id", "meeting",
                             "consultation_id", "consultation", "date", "language", "sha256", "size", "generated"]


def test_the_zip_holds_the_same_files(package):
    with zipfile.ZipFile(package.zip_path) as archive:
        names = set(archive.namelist())
        assert names == on_disk(package.folder)
        assert archive.read("index.html") == (package.folder / "index.html").read_bytes()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[dict] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "img":
            self.images.append(a)
            self.links.append(a["src"])
        if tag == "link" and "href" in a:
            self.links.append(a["href"])


def test_every_link_in_index_html_resolves_to_a_file_in_the_package(package):
    page = (package.folder / "index.html").read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(page)
    files = on_disk(package.folder)
    local = []
    for link in parser.links:
        parts = urlsplit(link)
        if parts.scheme == "mailto":
            continue
        assert not parts.scheme and not parts.netloc, f"external link {link}"
        if not parts.path:
            assert parts.fragment in parser.ids, f"anchor {link}"
            continue
        assert not parts.path.startswith("/"), link
        local.append(unquote(parts.path))
    assert set(local) <= files, set(local) - files
    # Every document of the package is reachable from the page (or from the manifests it links).
    assert {p for p in files if not p.startswith("manifest")} - set(local) == {"index.html"}
    assert "manifest.json" in local and "calendar/meetings.ics" in local


def test_index_html_is_accessible_and_needs_no_script(package):
    page = (package.folder / "index.html").read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(page)
    assert '<html lang="en">' in page and "<script" not in page.lower() and "javascript:" not in page.lower()
    for landmark in ("header", "nav", "main", "footer"):
        assert landmark in parser.tags
    assert parser.tags.count("h1") == 1 and "h2" in parser.tags
    assert parser.images and all(img.get("alt", "").strip() for img in parser.images)
    assert 'href="#main"' in page and 'id="main"' in page  # skip link
    assert "<caption>" in page and 'scope="col"' in page
    assert "Met" in page and "Not met" in page  # status in words, not colour alone


# --- re-exporting -------------------------------------------------------------------------------

@pytest.fixture
def forum(demo_path):
    db = open_forum(demo_path)
    yield db, demo_path
    db.conn.close()


def _export(db, path, out, **kw):
    return export_repository(db, out, today=kw.pop("today", DEMO_TODAY), files_dir=files_dir(path), **kw)


def test_re_export_reports_no_change_and_rewrites_nothing(forum, tmp_path, package, seed_package):
    db, path = forum
    first = package  # the first export of the demo (shared), copied into this test's folder
    assert set(first.added) == on_disk(first.folder) - {"manifest.json", "manifest.csv"} and not first.changed
    out = seed_package(tmp_path / "site", zip=True)
    stamps = {p: (out / p).stat().st_mtime_ns for p in on_disk(out)}
    zipped = first.zip_path.read_bytes()
    second = _export(db, path, out, make_zip=True)
    assert second.unchanged and second.summary().startswith("Nothing changed")
    assert {p: (out / p).stat().st_mtime_ns for p in on_disk(out)} == stamps
    assert second.zip_path.read_bytes() == zipped
    assert second.package_hash == first.package_hash


def test_unchanged_documents_are_copied_not_laid_out_again_unless_edited_by_hand(forum, tmp_path, package,
                                                                                 seed_package):
    db, path = forum
    first = package  # the first export of the demo (shared), copied into this test's folder
    assert not first.reused
    out = seed_package(tmp_path / "site")
    second = _export(db, path, out)
    # (a meeting's papers and the process documents are copied as they came: never laid out)
    documents = [e.path for e in second.entries if e.format in ("pdf", "docx")
                 and e.kind not in ("paper", "process_document")]
    assert sorted(second.reused) == sorted(documents)
    tampered = out / documents[0]
    original = tampered.read_bytes()
    tampered.write_bytes(b"edited by hand")
    third = _export(db, path, out)
    assert third.changed == [documents[0]] and documents[0] not in third.reused
    assert tampered.read_bytes() == original


def test_re_export_reports_the_one_change_after_one_edit(forum, tmp_path, seed_package):
    from msf_desk.core import forum as forum_core

    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    _export(db, path, out)
    before = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    forum_core.save(db, forum_core.replace(forum_core.load(db), remit="A new remit, agreed by the members."))
    result = _export(db, path, out)
    assert not result.added and not result.removed
    # the open data holds the governance document's lines too
    assert set(result.changed) == {"forum/governance.pdf", "forum/governance.docx", "index.html",
                                   "open-data/forum.sqlite"}
    assert "A new remit" in (out / "index.html").read_text(encoding="utf-8")
    after = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    old = {e["path"]: e for e in before["files"]}
    for e in after["files"]:
        same = e["path"] not in result.changed
        assert (e["generated"] == old[e["path"]]["generated"]) is same, e["path"]


def test_re_export_reports_removed_files_and_prunes_their_folders(forum, tmp_path, seed_package):
    from msf_desk.core import responses

    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    _export(db, path, out)
    folder = next(p for p in (out / "consultations").iterdir() if p.name.startswith("3-"))
    responses.delete_consultation(db, 3)
    result = _export(db, path, out)
    gone = {f"consultations/{folder.name}/{n}" for n in ("report.pdf", "report.docx", "contributions.csv",
                                                          "contributions.json")}
    assert set(result.removed) == gone
    assert not folder.exists()
    assert "index.html" in result.changed and not result.added


def test_a_new_meeting_on_the_same_day_and_kind_gets_a_suffix_and_the_first_keeps_its_name():
    day = dt.date(2026, 3, 14)
    a = Meeting.at("A", day, dt.time(10), dt.time(11), "UTC", id=7)
    b = Meeting.at("B", day, dt.time(14), dt.time(15), "UTC", id=9)
    c = Meeting.at("C", day, dt.time(9), dt.time(10), "UTC", kind="working_group", id=8)
    assert plan_core.meeting_folders([a]) == {7: "2026-03-14-regular"}
    assert plan_core.meeting_folders([b, c, a]) == {7: "2026-03-14-regular", 9: "2026-03-14-regular-2",
                                                    8: "2026-03-14-working-group"}


def test_a_cancelled_export_leaves_the_previous_package_intact(forum, tmp_path, seed_package):
    from msf_desk.core import forum as forum_core

    db, path = forum
    out = seed_package(tmp_path / "site")  # as the shared export of the demo left it
    _export(db, path, out)
    hashes = {p: sha(out / p) for p in on_disk(out)}
    forum_core.save(db, forum_core.replace(forum_core.load(db), remit="Changed, but the export is cancelled."))
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done >= total // 2:  # halfway through the documents
            raise Cancelled()

    with pytest.raises(Cancelled):
        _export(db, path, out, progress=progress)
    assert calls and calls[-1][0] < calls[-1][1]
    assert {p: sha(out / p) for p in on_disk(out)} == hashes
    assert not [p.name for p in tmp_path.iterdir() if "staging" in p.name]  # nothing left behind


def test_it_refuses_a_folder_of_other_files(forum, tmp_path):
    from msf_desk.model.errors import UserError

    db, path = forum
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("not the forum's")
    with pytest.raises(UserError, match="already holds other files"):
        _export(db, path, tmp_path / "mine")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["thesis.docx"]


def test_the_export_is_recorded_for_the_compliance_check(forum, tmp_path, seed_package):
    from msf_desk.core import compliance

    db, path = forum
    seed_package(tmp_path / "site")  # an export into a folder holding the demo's is recorded too
    assert last_export(db) is None
    result = _export(db, path, tmp_path / "site")
    record = last_export(db)
    assert record.on == DEMO_TODAY and record.files == len(on_disk(tmp_path / "site"))
    assert record.package_hash == result.package_hash
    assert read_manifest(tmp_path / "site")["package_sha256"] == result.package_hash
    by_key = {i.key: i for i in compliance.check(db, DEMO_TODAY).indicators}
    assert by_key["repository_recent"].status == "met"
    assert by_key["governance_published"].status == "met"
    later = compliance.check(db, DEMO_TODAY + dt.timedelta(days=200))
    assert {i.key: i.status for i in later.indicators}["repository_recent"] == "not_met"


def test_unchanged_files_are_identical_when_rendered_on_another_day(forum, tmp_path, seed_package):
    """Documents dated from the records (minutes, packs, finished consultations) do not churn."""
    db, path = forum
    seed_package(tmp_path / "a")  # rendered on DEMO_TODAY (shared); "b" is laid out afresh a day later
    a = _export(db, path, tmp_path / "a", record=False)
    b = _export(db, path, tmp_path / "b", record=False, today=DEMO_TODAY + dt.timedelta(days=1))
    sha_a = {e.path: e.sha256 for e in a.entries}
    sha_b = {e.path: e.sha256 for e in b.entries}
    stable = [p for p in sha_a if "/minutes." in p or "/pack." in p or p.startswith("consultations/1-")
              or p.startswith("forum/governance")]
    assert stable and all(sha_a[p] == sha_b[p] for p in stable)


# --- nothing private, ever ----------------------------------------------------------------------

SENTINELS = {
    "email": "SENTINEL-EMAIL-7731@x.org",
    "phone": "SENTINEL-PHONE-7732",
    "forum_phone": "SENTINEL-FORUMPHONE-7733",
    "name": "SENTINEL-NAME-7734",
    "guest": "SENTINEL-GUEST-7735",
    "contributor": "SENTINEL-CONTRIBUTOR-7736",
    "interest": "SENTINEL-INTEREST-7737",
    "interest_reason": "SENTINEL-REASON-7738",
    "withheld_summary": "SENTINEL-WITHHELD-7739",
    "withheld_file": "SENTINEL-WITHHELDFILE-7740",
    "confidential": "SENTINEL-CONFIDENTIAL-7741",
    "draft_minutes": "SENTINEL-DRAFTMINUTES-7742",
    "draft_decision": "SENTINEL-DRAFTDECISION-7743",
    "draft_action": "SENTINEL-DRAFTACTION-7744",
    "remote_link": "SENTINEL-REMOTELINK-7745",
    "signature": "SENTINEL-SIGNATURE-7746",
    "breach": "SENTINEL-BREACH-7747",
    "candidate": "SENTINEL-CANDIDATE-7748",
    "round_notes": "SENTINEL-ROUNDNOTES-7749",
    "item_draft": "SENTINEL-ITEMDRAFT-7750",
}
PUBLIC_MARK = "PUBLICMARK-8801"


def _plant(db, path: Path) -> None:
    """Sentinels in every private field; a marker in a public one (so the scan is shown to work)."""
    s = SENTINELS
    # Approved minutes are locked by triggers; a test may reach past them to plant in frozen names.
    triggers = {name: sql for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%locked%'").fetchall()}
    for name in triggers:
        db.execute(f"DROP TRIGGER {name}")
    run = db.execute
    run("UPDATE members SET email = ?, phone = ?", [s["email"], s["phone"]])
    run("UPDATE forum SET contact_phone = ?, remit = remit || ' ' || ?", [s["forum_phone"], PUBLIC_MARK])
    # A government member who does not agree to publication of their name.
    member_id = run("SELECT id FROM members WHERE role = 'member' AND side = 'government' ORDER BY id").fetchone()[0]
    run("UPDATE members SET name = ?, publish_name = 0 WHERE id = ?", [s["name"], member_id])
    run("UPDATE attendance SET name = ? WHERE member_id = ?", [s["name"], member_id])
    run("UPDATE attendance SET name = ? WHERE member_id IS NULL AND publish_name = 0", [s["guest"]])
    run("UPDATE contributions SET contributor_name = ? WHERE publish_name = 0", [s["contributor"]])
    run("UPDATE interests SET description = ?, organisation = ?, reason = ? WHERE visibility = 'forum_only'",
        [s["interest"], s["interest"], s["interest_reason"]])
    run("UPDATE papers SET summary = ? WHERE disclosure = 'withheld'", [s["withheld_summary"]])
    run("UPDATE papers SET title = ?, summary = ? WHERE disclosure = 'confidential'", [s["confidential"]] * 2)
    withheld_files = {r[0] for r in run("SELECT stored_path FROM papers WHERE disclosure != 'public' "
                                        "AND stored_path != ''").fetchall()}
    public_files = {r[0] for r in run("SELECT stored_path FROM papers WHERE disclosure = 'public'").fetchall()}
    assert withheld_files and not withheld_files & public_files
    for stored in withheld_files:
        (files_dir(path) / stored).write_text(s["withheld_file"], encoding="utf-8")
    draft = [r[0] for r in run("SELECT meeting_id FROM minutes WHERE status IN ('draft', 'circulated')").fetchall()]
    assert draft
    marks = ",".join("?" * len(draft))
    run(f"UPDATE minutes SET summary = ? WHERE meeting_id IN ({marks})", [s["draft_minutes"], *draft])
    run(f"UPDATE item_minutes SET discussion = ? WHERE item_id IN (SELECT id FROM agenda_items WHERE meeting_id "
        f"IN ({marks}))", [s["draft_minutes"], *draft])
    run("INSERT OR IGNORE INTO item_minutes (item_id, discussion) SELECT id, ? FROM agenda_items WHERE meeting_id "
        f"IN ({marks})", [s["draft_minutes"], *draft])
    run(f"UPDATE decisions SET text = ? WHERE meeting_id IN ({marks})", [s["draft_decision"], *draft])
    run(f"UPDATE actions SET text = ? WHERE meeting_id IN ({marks})", [s["draft_action"], *draft])
    run("UPDATE agenda_items SET draft_decision = ?", [s["item_draft"]])
    run("UPDATE meetings SET remote_details = ? WHERE remote_offered = 1", [s["remote_link"]])
    run("UPDATE ethics_signatures SET confirmation = ? WHERE method = 'typed'", [s["signature"]])
    run("UPDATE breaches SET allegation = ?, outcome = ?", [s["breach"]] * 2)
    run("UPDATE candidates SET name = ?", [s["candidate"]])
    run("UPDATE selection_rounds SET notes = ?", [s["round_notes"]])
    for sql in triggers.values():
        db.execute(sql)
    db.conn.commit()


def _texts(name: str, data: bytes):
    """Every text a reader (or a crawler) could get out of a file, in any of its layers."""
    yield name, data.decode("utf-8", "replace")
    lower = name.lower()
    if lower.endswith((".docx", ".zip")):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for inner in archive.namelist():
                yield from _texts_of(f"{name}!{inner}", archive.read(inner))
    elif lower.endswith(".pdf"):
        reader = PdfReader(io.BytesIO(data))
        yield f"{name} (metadata)", " ".join(str(v) for v in (reader.metadata or {}).values())
        for n, page in enumerate(reader.pages, start=1):
            yield f"{name} p{n}", page.extract_text() or ""
    elif lower.endswith(".ics"):
        yield f"{name} (unfolded)", data.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
    elif lower.endswith(".sqlite"):
        yield from _sqlite_texts(name, data)


def _sqlite_texts(name: str, data: bytes):
    """Every cell of every table and the schema, as a reader of the database gets them (the raw
    bytes, free pages included, are scanned above as they are)."""
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite"
        copy.write_bytes(data)
        conn = sqlite3.connect(copy)
        try:
            for table, sql in conn.execute("SELECT name, sql FROM sqlite_master").fetchall():
                yield f"{name}!schema", str(sql)
                if sql and sql.upper().startswith("CREATE TABLE"):
                    for row in conn.execute(f"SELECT * FROM [{table}]"):
                        yield f"{name}!{table}", "\t".join("" if v is None else str(v) for v in row)
        finally:
            conn.close()


_READ: dict[tuple[str, str], list[tuple[str, str]]] = {}
# Where the processes of one run leave the texts they read out of PDFs for each other (set by
# tests/exports/conftest.py when the tests run in several processes).
SHARED_TEXTS: Path | None = None


def _texts_of(name: str, data: bytes) -> list[tuple[str, str]]:
    """`_texts`, read once per kind of file and content: the tests scan many packages that
    share most of their files with the demo's, and the zip holds the folder's files again
    (the same bytes give the same texts). A PDF's texts (pypdf reading every page: most of a
    scan's time) are read once per run: a process finds those another process wrote."""
    kind = name.rsplit(".", 1)[-1].lower()
    key = (kind, hashlib.sha256(data).hexdigest())
    if key not in _READ:
        shared = SHARED_TEXTS / f"{key[1]}.{kind}.pickle" if SHARED_TEXTS is not None and kind == "pdf" else None
        if shared is not None and shared.is_file():
            _READ[key] = pickle.loads(shared.read_bytes())
        else:
            _READ[key] = [(where[len(name):], text) for where, text in _texts(name, data)]
            if shared is not None:  # written whole under another name, then renamed: never read half
                part = shared.with_name(f"{shared.name}.{os.getpid()}.part")
                part.write_bytes(pickle.dumps(_READ[key]))
                os.replace(part, shared)
    return [(name + suffix, text) for suffix, text in _READ[key]]


# What the scan found in each text, per set of sentinels: the zip holds every file of the
# folder again, and the packages of a file's tests share most of their files.
_FOUND: dict[tuple, dict[str, tuple[tuple[str, ...], bool]]] = {}


def _found_in(text: str) -> tuple[tuple[str, ...], bool]:
    """The sentinels in a text, and whether the public marker is in it."""
    seen = _FOUND.setdefault(tuple(SENTINELS.items()), {})
    if text not in seen:
        # A word wrapped across lines in a PDF still counts. (str.split() drops exactly the
        # characters regular expressions call whitespace, `\s`: every one of them checked.)
        squeezed = "".join(text.split())
        seen[text] = (tuple(key for key, value in SENTINELS.items() if value in text or value in squeezed),
                      PUBLIC_MARK in squeezed)
    return seen[text]


def _scan(folder: Path, extra: list[Path]) -> tuple[dict[str, list[str]], set[str]]:
    leaks: dict[str, list[str]] = {}
    marked: set[str] = set()
    paths = [p for p in folder.rglob("*") if p.is_file()] + extra
    for path in paths:
        for where, text in _texts_of(path.name if path in extra else path.relative_to(folder).as_posix(),
                                  path.read_bytes()):
            keys, public = _found_in(text)
            for key in keys:
                leaks.setdefault(key, []).append(where)
            if public:
                marked.add(where.split("!")[0].split(" ")[0])
    return leaks, marked


def test_nothing_private_ever_reaches_the_package(forum, tmp_path, seed_package, monkeypatch):
    from msf_desk.exports import open_data

    db, path = forum
    _plant(db, path)
    # forum.sqlite takes each consultation's contributions as they are read, in chunks: small ones
    # here, so that the demo's consultations go through many of them.
    monkeypatch.setattr(open_data, "_CHUNK", 7)
    # Over the demo's export: documents the planting changed are laid out again, the others
    # (the same description, so the same bytes) are copied.
    seed_package(tmp_path / "site")
    result = _export(db, path, tmp_path / "site", make_zip=True)
    leaks, marked = _scan(tmp_path / "site", [result.zip_path])
    assert leaks == {}
    # The contributions went through the streamed path (read again: the planting changed them all),
    # every one of them, the planted contributor names not among them.
    for consultation in ("1-", "2-", "3-"):
        assert not any(p.startswith("consultations/" + consultation) for p in result.reused)
    with sqlite3.connect(tmp_path / "site" / "open-data" / "forum.sqlite") as published:
        assert published.execute("SELECT count(*) FROM contributions").fetchone()[0] == \
            db.execute("SELECT count(*) FROM contributions").fetchone()[0]
        hidden = [r[0] for r in db.execute("SELECT id FROM contributions WHERE publish_name = 0").fetchall()]
        assert hidden   # their rows are published, without the name
        shown = dict(published.execute(f"SELECT id, contributor FROM contributions WHERE id IN "
                                       f"({','.join(map(str, hidden))})").fetchall())
        assert set(shown) == set(hidden) and SENTINELS["contributor"] not in shown.values()
    # The scan does see inside each kind of file: the public marker is found in all of them.
    assert {"index.html", "forum/governance.pdf", "forum/governance.docx", "site.zip",
            "open-data/forum.sqlite"} <= marked
    # The privacy rules were exercised, not sidestepped: the member without consent is listed by
    # organisation, and the withheld paper by its title without content.
    with open(tmp_path / "site" / "forum" / "members.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"name": "", "organisation": "Ministry of Finance", "role": "Member"}.items() <= next(
        r for r in rows if r["name"] == "").items()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "site" / "meetings" / next(
        p.name for p in (tmp_path / "site" / "meetings").iterdir() if p.name.endswith("regular")) / "pack.pdf").pages)
    assert "withheld as pre-decision" in text
    # The forum's public contact address is published by design.
    assert "opengov@example.gov" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_the_privacy_scan_finds_a_planted_leak(tmp_path):
    """The scanner itself can fail: a sentinel hidden in a Word file inside a zip is found."""
    from msf_desk.exports.document import Document, Paragraph
    from msf_desk.exports.docx_writer import write_docx
    from msf_desk.exports.pdf_writer import write_pdf

    folder = tmp_path / "leaky"
    folder.mkdir()
    doc = Document("Leaky", blocks=[Paragraph(f"Call {SENTINELS['phone']}")])
    write_docx(doc, tmp_path / "x.docx")
    write_pdf(doc, folder / "x.pdf")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as archive:
        archive.write(tmp_path / "x.docx", "inner/x.docx")
    leaks, _ = _scan(folder, [])
    assert sorted(leaks["phone"]) == ["bundle.zip!inner/x.docx!word/document.xml", "x.pdf p1"]


def test_the_privacy_scan_squeezes_out_every_kind_of_whitespace():
    """The scan joins a text's words (`_found_in`) with str.split(), which must drop the very
    characters a regular expression's `\\s` matches, no more and no fewer."""
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert "".join(every.split()) == re.sub(r"\s+", "", every)
    assert len(every) - len("".join(every.split())) >= 25  # tabs, line ends, no-break and wide spaces
    leaks, marked = _found_in(f"x{SENTINELS['phone'][:5]}\u00a0\n{SENTINELS['phone'][5:]} {PUBLIC_MARK[:3]}\u3000{PUBLIC_MARK[3:]}")
    assert leaks == ("phone",) and marked


def test_the_privacy_scan_reads_every_cell_and_every_byte_of_a_database(tmp_path):
    import sqlite3

    folder = tmp_path / "leaky"
    folder.mkdir()
    conn = sqlite3.connect(folder / "forum.sqlite")
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("CREATE TABLE members (name TEXT)")
    conn.executemany("INSERT INTO members VALUES (?)", [[SENTINELS["phone"]], [SENTINELS["email"]]])
    conn.execute("DELETE FROM members WHERE name = ?", [SENTINELS["email"]])  # gone from the table, not the file
    conn.commit()
    conn.close()
    leaks, _ = _scan(folder, [])
    assert sorted(leaks["phone"]) == ["forum.sqlite", "forum.sqlite!members"]
    assert leaks["email"] == ["forum.sqlite"]


def test_index_html_escapes_every_value_that_came_from_a_user(forum, tmp_path, seed_package):
    from msf_desk.core import forum as forum_core

    db, path = forum
    seed_package(tmp_path / "site")
    hostile = 'Forum <script>alert("x")</script> & <img src=x onerror=alert(1)>'
    forum_core.save(db, forum_core.replace(forum_core.load(db), name=hostile, remit="<b>bold</b> remit"))
    # (A meeting whose minutes are approved can no longer be renamed: take one with a pack only.)
    db.execute("UPDATE meetings SET title = ? WHERE id = (SELECT min(id) FROM meetings WHERE public = 1 "
               "AND agenda_status = 'sent' AND id NOT IN "
               "(SELECT meeting_id FROM minutes WHERE status IN ('approved', 'published')))",
               ['"><a href="http://evil.example">meeting</a>'])
    db.execute("UPDATE consultations SET name = ? WHERE id = 1", ["<iframe src=//evil.example>"])
    db.conn.commit()
    _export(db, path, tmp_path / "site")
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img src=x" not in page and "<iframe" not in page
    assert "<b>bold" not in page and 'href="http://evil.example"' not in page
    assert "Forum &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in page
    parser = _Links()
    parser.feed(page)
    assert not [link for link in parser.links if link.startswith("http")]


class _StopAt:
    """What the window's worker hands an export: reports, checks (`check`) and document names
    (`document`); raises Cancelled at the `stop_at`-th check or report."""

    def __init__(self, stop_at: int | None = None, step: str | None = None) -> None:
        # With `step`: the stop_at-th check inside that step (the reports between documents come
        # at most ten a second, so how many come before a step depends on the machine's speed).
        self.stop_at, self.step, self.seen, self.current, self.where = stop_at, step, 0, "", []

    def check(self) -> None:
        self.where.append(self.current)
        if self.step is None or self.current == self.step:
            self.seen += 1
        if self.stop_at is not None and self.seen >= self.stop_at:
            raise Cancelled()

    def __call__(self, done: int, total: int) -> None:
        self.check()

    def document(self, name: str, n: int = 0, count: int = 0) -> None:
        self.current = name
        self.check()


def test_cancel_is_honoured_inside_the_compliance_check_the_open_data_and_the_charts(forum, tmp_path):
    """The checks reach every long step of every language's part (they were lost on the way
    before, so the compliance check never saw a Cancel); a Cancel at any of them leaves no file."""
    db, path = forum
    counting = _StopAt()
    _export(db, path, tmp_path / "whole", progress=counting)
    steps = counting.where
    for step in ("", "open data", "charts"):      # "": the plan and the compliance check, before any document
        assert steps.count(step) >= 2, f"no Cancel check inside {step or 'the check'}"
    # Cancel at a check inside each of those steps: nothing is left in the folder or beside it.
    for step in ("", "open data", "charts"):
        at = steps.count(step)       # the last check of that step
        out = tmp_path / f"cancelled-{step or 'check'}".replace(" ", "-")
        stopper = _StopAt(at, step)
        with pytest.raises(Cancelled):
            _export(db, path, out, progress=stopper)
        assert stopper.seen == at
        assert not out.exists() or not any(out.rglob("*"))
        assert not [p.name for p in tmp_path.iterdir() if "staging" in p.name]
