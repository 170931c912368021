"""The public repository of a forum with several document languages: the first at the root (where
links made before still point), each other language the same package under the same names in a
folder of its own, every index offering the others; nothing private in any language."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import docx
import pytest

from msf_desk.core import forum as core_forum
from msf_desk.core import responses, trash
from msf_desk.exports.repository import export_repository
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY
from tests.exports.test_repository import _Links, _copy_demo, _plant, _scan, files_dir, on_disk

pytestmark = pytest.mark.slow  # exports the demo's repository in four languages

LANGUAGES = ["en", "fr", "es", "ar"]


@pytest.fixture(scope="module")
def site(demo_template, tmp_path_factory):
    base = tmp_path_factory.mktemp("languages")
    path = _copy_demo(demo_template, base / "forum.msf")
    db = open_forum(path)
    _fewer_contributions(db)
    _plant(db, path)  # private sentinels the package must never carry, in any language
    core_forum.set_document_languages(db, LANGUAGES)
    result = export_repository(db, base / "site", make_zip=True, today=DEMO_TODAY, files_dir=files_dir(path))
    yield result, db, path
    db.conn.close()


# What a contribution's place in a consultation's report and open data turns on: each value of
# each of these the demo holds, in each consultation, is kept (see _fewer_contributions).
_KINDS = ("publish_name", "theme", "section", "outcome", "channel", "contributor_type", "organisation = ''",
          "meeting_id IS NULL", "source_parent = ''", "votes_for IS NULL", "average_support IS NULL")


def _kinds(db) -> set[tuple]:
    return {(consultation, n, value) for consultation, *values in db.execute(
        f"SELECT consultation_id, {', '.join(_KINDS)} FROM contributions").fetchall()
        for n, value in enumerate(values)}


def _fewer_contributions(db) -> None:
    """Keep, in each consultation, the first contributions that between them hold every kind
    of contribution the demo has (67 of its 310); the others are moved to the trash and the
    trash emptied, as the program does. The four languages' reports and their scan for private
    data were most of this file's time, and a report of 150 contributions checks nothing here
    that one of 16 does not (the long reports are the other repository tests' work)."""
    before = _kinds(db)
    seen: set[tuple] = set()
    drop = []
    for cid, consultation, *values in db.execute(
            f"SELECT id, consultation_id, {', '.join(_KINDS)} FROM contributions "
            "ORDER BY consultation_id, received_on, id").fetchall():
        kinds = {(consultation, n, value) for n, value in enumerate(values)}
        if kinds <= seen:
            drop.append(cid)
        seen |= kinds
    long_ago = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    responses.trash_contributions(db, drop, now=long_ago)
    trash.purge(db)  # their trash entries are long expired: emptied, nothing of them is left
    assert _kinds(db) == before and db.execute("SELECT count(*) FROM trash").fetchone()[0] == 0
    db.conn.commit()


def _links(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def test_each_language_is_the_same_package_under_the_same_names(site):
    result, _db, _path = site
    out = result.folder
    # Process documents are each in the folder of their own language (see
    # test_repository_process_documents.py); everything MSF Desk writes is in every folder.
    written = lambda paths: {p for p in paths if not p.startswith("process-documents/")}  # noqa: E731
    root = written(p for p in on_disk(out) if p.split("/")[0] not in LANGUAGES)
    assert set(result.parts) == {"fr", "es", "ar"}
    for code in ("fr", "es", "ar"):
        assert written(on_disk(out / code)) == root, code
        manifest = json.loads((out / code / "manifest.json").read_text(encoding="utf-8"))
        assert {e["language"] for e in manifest["files"]} == {code}  # the demo's documents in fr, es: there
    assert '<html lang="en">' in (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in (out / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in (out / "ar" / "index.html").read_text(encoding="utf-8")
    # The documents are in their folder's language; what people typed is the same in each.
    pack = next((out / "fr" / "meetings").glob("*/pack.docx"))
    text = "\n".join(p.text for p in docx.Document(str(pack)).paragraphs)
    english = "\n".join(p.text for p in docx.Document(str(out / pack.relative_to(out / "fr"))).paragraphs)
    assert "Dossier de séance public" in text and "Public pack" in english
    assert text.splitlines()[0] == english.splitlines()[0]  # the meeting's title, as typed
    # The zip holds every language.
    import zipfile

    with zipfile.ZipFile(result.zip_path) as z:
        names = set(z.namelist())
    assert {"index.html", "fr/index.html", "es/index.html", "ar/index.html"} <= names


def test_every_index_offers_the_others_and_every_link_resolves(site):
    result, _db, _path = site
    out = result.folder
    expected = {"": {"fr/index.html", "es/index.html", "ar/index.html"},
                "fr": {"../index.html", "../es/index.html", "../ar/index.html"},
                "ar": {"../index.html", "../fr/index.html", "../es/index.html"}}
    for code, others in expected.items():
        page = out / code / "index.html"
        links = _links(page)
        assert others <= set(links), code
        for link in links:
            parts = urlsplit(link)
            if parts.scheme == "mailto" or not parts.path:
                continue
            assert (page.parent / unquote(parts.path)).resolve().is_file(), (code, link)


METADATA_WORDS = {"en": ("The meeting's title", "The decisions register"),
                  "fr": ("L'intitulé de la réunion", "Le registre des décisions"),
                  "es": ("El título de la reunión", "El registro de decisiones"),
                  "ar": ("عنوان الاجتماع", "سجل القرارات")}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_open_data_descriptions_are_in_the_folders_language(site, code):
    """Datasette shows metadata.json's words to readers: each language folder has its own, while
    the table and column names (what scripts read) are the same everywhere."""
    result, _db, _path = site
    folder = result.folder / ("" if code == "en" else code)
    data = json.loads((folder / "open-data" / "metadata.json").read_text(encoding="utf-8"))
    english = json.loads((result.folder / "open-data" / "metadata.json").read_text(encoding="utf-8"))
    tables = data["databases"]["forum"]["tables"]
    assert tables.keys() == english["databases"]["forum"]["tables"].keys()
    title, register = METADATA_WORDS[code]
    assert tables["meetings"]["columns"]["title"] == title
    assert tables["decisions"]["description"].startswith(register)
    for name, table in tables.items():
        assert table["columns"].keys() == english["databases"]["forum"]["tables"][name]["columns"].keys()
        if code != "en":  # every description is written in the folder's language, none left English
            same = [c for c, text in table["columns"].items()
                    if text == english["databases"]["forum"]["tables"][name]["columns"][c]
                    and not text.endswith(".id)")]
            assert same == [], (code, name, same)
            assert table["description"] != english["databases"]["forum"]["tables"][name]["description"]


def test_nothing_private_reaches_the_package_in_any_language(site):
    result, _db, _path = site
    leaks, marked = _scan(result.folder, [result.zip_path])
    assert leaks == {}
    # The scan reads each language's files: the public marker typed in the profile is found there.
    for code in ("fr", "es", "ar"):
        assert {f"{code}/index.html", f"{code}/forum/governance.pdf", f"{code}/forum/governance.docx"} <= marked


def test_one_language_alone_and_a_language_dropped(site, tmp_path):
    result, db, path = site
    out = result.folder
    before = {p: (out / p).stat().st_mtime_ns for p in on_disk(out) if not p.startswith("fr/")}
    again = export_repository(db, out, today=DEMO_TODAY, files_dir=files_dir(path), language_code="fr")
    assert again.language == "fr" and again.unchanged and not again.parts
    assert {p: (out / p).stat().st_mtime_ns for p in on_disk(out) if not p.startswith("fr/")} == before
    core_forum.set_document_languages(db, ["en", "fr", "es"])
    final = export_repository(db, out, today=DEMO_TODAY, files_dir=files_dir(path))
    assert not (out / "ar").exists() and (out / "fr" / "index.html").is_file()
    assert "ar/index.html" not in _links(out / "index.html")
    assert any(p.startswith("ar/") for p in final.removed)


def test_the_public_parity_lines_are_in_the_folders_language(site):
    result, _db, _path = site
    english = (result.folder / "index.html").read_text(encoding="utf-8")
    french = (result.folder / "fr" / "index.html").read_text(encoding="utf-8")
    assert "Co-chaired by government and non-government." in english
    assert "Coprésidé par un membre gouvernemental et un membre non gouvernemental." in french
    for words in ("Co-chaired", "high-level", "Vacant seats", "holds a seat", "Leaning to", "Even:"):
        assert words not in french, words
