"""Process documents in the public repository: under stable names, listed in index.html and the
manifests, counted by the compliance check; a document not marked public never appears (its
bytes and its title); held meetings without approved minutes say "minutes pending"."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from msf_desk.core import process_documents as docs
from msf_desk.core import standards
from msf_desk.exports.repository import export_repository
from msf_desk.model.process_documents import ProcessDocument
from msf_desk.store.db import open_forum
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.slow  # exports the demo repository

SENTINEL_BYTES = b"PRIVATE-DRAFT-7f3a9c-never-published"
SENTINEL_TITLE = "Confidential draft Qx91 self-assessment"


@pytest.fixture(scope="module")
def exported(demo_template, tmp_path_factory):
    base = tmp_path_factory.mktemp("documents")
    path = base / "forum.msf"
    shutil.copyfile(demo_template, path)
    files = path.with_name(path.stem + ".files")
    shutil.copytree(demo_template.with_name(demo_template.stem + ".files"), files)
    incoming = base / "incoming"
    incoming.mkdir()
    (incoming / "plan.pdf").write_bytes(b"%PDF-1.4 fifth national action plan")
    (incoming / "draft.pdf").write_bytes(SENTINEL_BYTES)
    (incoming / "plan-fr.pdf").write_bytes(b"%PDF-1.4 cinquieme plan")
    db = open_forum(path)
    for shown in docs.list_documents(db):  # the demo's own process documents: this module adds its own
        docs.remove_document(db, shown.id)
    public = docs.add_document(db, ProcessDocument("Fifth National Action Plan", "action_plan",
                                                   dt.date(2026, 1, 20), "en"),
                               files_dir=files, source=incoming / "plan.pdf")
    french = docs.add_document(db, ProcessDocument("Cinquième plan d'action national", "action_plan",
                                                   dt.date(2026, 1, 20), "fr"),
                               files_dir=files, source=incoming / "plan-fr.pdf")
    private = docs.add_document(db, ProcessDocument(SENTINEL_TITLE, "self_assessment", dt.date(2026, 5, 2),
                                                    public=False, note="for the co-chairs"),
                                files_dir=files, source=incoming / "draft.pdf")
    result = export_repository(db, base / "site", make_zip=True, today=DEMO_TODAY, files_dir=files)
    assessment = standards.assess(db, DEMO_TODAY, ["2021"])
    yield {"db": db, "result": result, "site": base / "site", "public": public, "french": french,
           "private": private, "assessment": assessment, "files": files, "base": base}
    db.conn.close()


def test_public_documents_are_published_under_stable_names(exported):
    site = exported["site"]
    plan = site / "process-documents" / "2026-01-20_action-plan_fifth-national-action-plan.pdf"
    assert plan.read_bytes() == b"%PDF-1.4 fifth national action plan"
    french = site / "process-documents" / "2026-01-20_action-plan_cinquieme-plan-d-action-national.pdf"
    assert french.is_file()
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["path"]: e for e in manifest["files"]}
    entry = entries["process-documents/2026-01-20_action-plan_cinquieme-plan-d-action-national.pdf"]
    assert entry["language"] == "fr" and entry["kind"] == "process_document" and entry["date"] == "2026-01-20"
    assert entry["title"] == "Action plan: Cinquième plan d'action national"
    assert "process-documents/2026-01-20_action-plan_fifth-national-action-plan.pdf" in (
        site / "manifest.csv").read_text(encoding="utf-8-sig")
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="process-documents">Process documents</h2>' in page
    assert 'href="process-documents/2026-01-20_action-plan_fifth-national-action-plan.pdf"' in page
    assert 'lang="fr">Action plan: Cinquième plan d&#x27;action national</th>' in page


def test_a_document_not_marked_public_never_appears_in_the_package(exported):
    site, zip_path = exported["site"], exported["result"].zip_path
    for path in [p for p in site.rglob("*") if p.is_file()] + [zip_path]:
        data = path.read_bytes()
        assert SENTINEL_BYTES not in data, path
        assert SENTINEL_TITLE.encode() not in data, path
        assert b"for the co-chairs" not in data, path
    assert not any("self-assessment" in p.name for p in (site / "process-documents").iterdir())


def test_held_meetings_without_approved_minutes_say_minutes_pending(exported):
    page = (exported["site"] / "index.html").read_text(encoding="utf-8")
    rows = [r for r in page.split("<tr>") if "Held" in r]
    pending = [r for r in rows if "Minutes pending: not yet approved." in r]
    published = [r for r in rows if "minutes.pdf" in r]
    assert pending and published
    assert not any("Minutes pending" in r for r in published)  # approved minutes are never "pending"


def test_the_export_records_what_it_published_and_the_check_counts_it(exported):
    record = exported["result"].record
    assert sorted(record.documents) == sorted([exported["public"].id, exported["french"].id])
    r22 = next(i for i in exported["assessment"].result("2021").requirements if i.number == "2.2")
    assert "Action plan in the repository:" in " ".join(r22.evidence), r22.evidence


def test_a_document_removed_or_made_private_leaves_the_next_export(exported, tmp_path):
    db, files = exported["db"], exported["files"]
    site = tmp_path / "site"
    shutil.copytree(exported["site"], site)
    docs.update_document(db, ProcessDocument("Cinquième plan d'action national", "action_plan",
                                             dt.date(2026, 1, 20), "fr", public=False, id=exported["french"].id))
    result = export_repository(db, site, today=DEMO_TODAY, files_dir=files)
    assert "process-documents/2026-01-20_action-plan_cinquieme-plan-d-action-national.pdf" in result.removed
    assert "Cinquième" not in (site / "index.html").read_text(encoding="utf-8")


def test_a_document_whose_file_went_missing_is_left_out_and_said(exported, tmp_path):
    db = open_forum(exported["base"] / "forum.msf")
    files = tmp_path / "empty.files"
    files.mkdir()
    result = export_repository(db, tmp_path / "site", today=DEMO_TODAY, files_dir=files, record=False)
    assert "process-documents/2026-01-20_action-plan_fifth-national-action-plan.pdf" in result.skipped
    assert not (tmp_path / "site" / "process-documents").exists()
    db.conn.close()


def test_the_chosen_framework_is_drawn_and_described(exported):
    site = exported["site"]
    chart = site / "compliance" / "charts" / "standards-2021.png"
    assert chart.is_file() and not (site / "compliance" / "charts" / "standards-local.png").exists()
    from PIL import Image
    with Image.open(chart) as picture:
        assert picture.size[0] == 1200 and picture.size[1] > 400  # one row per requirement
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<img src="compliance/charts/standards-2021.png" alt="OGP Participation and Co-Creation Standards (2021)' \
        in page
    assert "2.2 A document repository updated twice a year: " in page
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    assert any(e["path"] == "compliance/charts/standards-2021.png" and e["kind"] == "chart" for e in manifest["files"])
    from pypdf import PdfReader
    reader = PdfReader(site / "compliance" / "report.pdf")
    assert sum(len(p.images) for p in reader.pages) == 4  # the framework's chart and the three others


def test_each_chosen_framework_gets_its_chart(tmp_path):
    from msf_desk.core import standards as s
    from msf_desk.exports import charts
    from tests.core.test_standards import evidence

    e = evidence()
    results = [s.evaluate(e, "2021"), s.evaluate(e, "local")]
    drawn = charts.write_standards_charts(results, {"2021": tmp_path / "a.png", "local": tmp_path / "b.png"})
    assert set(drawn) == {"standards-2021", "standards-local"}
    from PIL import Image
    with Image.open(tmp_path / "a.png") as a, Image.open(tmp_path / "b.png") as b:
        assert a.size[1] > b.size[1]  # eight requirements against four
    assert drawn["standards-local"][1].startswith("OGP Local minimum requirements. 4 of 4 requirements met")
    again = charts.write_standards_charts(results[:1], {"2021": tmp_path / "c.png"})
    assert (tmp_path / "c.png").read_bytes() == (tmp_path / "a.png").read_bytes()  # same records, same bytes
    assert again["standards-2021"][1] == drawn["standards-2021"][1]


DEMO_DOCUMENTS = {
    "": {"process-documents/2025-11-27_action-plan_fifth-national-action-plan.pdf",
         # Spanish: a language this forum does not publish in, so the main folder
         "process-documents/2025-05-21_cocreation-timeline_calendario-de-cocreacion-del-quinto-plan.pdf"},
    "fr": {"process-documents/2025-11-27_action-plan_cinquieme-plan-d-action-national.pdf",
           "process-documents/2026-05-26_self-assessment_rapport-d-autoevaluation-a-mi-parcours.docx"},
}


def test_each_process_document_is_in_the_folder_of_its_language(demo_template, tmp_path):
    """The demo as shipped (English and French): each document in its language's folder, the
    Spanish one in the main folder, each index listing all of them with their language named and
    linking to the folder that holds each; the private note nowhere."""
    from msf_desk.core import forum
    from tests.exports.test_repository import _copy_demo, files_dir, on_disk

    path = _copy_demo(demo_template, tmp_path / "forum.msf")
    db = open_forum(path)
    forum.set_document_languages(db, ["en", "fr"])
    result = export_repository(db, tmp_path / "site", today=DEMO_TODAY, files_dir=files_dir(path))
    db.conn.close()
    out = result.folder
    for code, expected in DEMO_DOCUMENTS.items():
        held = {p for p in on_disk(out / code) if p.startswith("process-documents/")}
        assert held == expected, code
        manifest = json.loads((out / code / "manifest.json").read_text(encoding="utf-8"))
        assert {e["path"] for e in manifest["files"] if e["kind"] == "process_document"} == expected
    french = (out / "fr" / "index.html").read_text(encoding="utf-8")
    english = (out / "index.html").read_text(encoding="utf-8")
    assert ('<a href="../process-documents/2025-11-27_action-plan_fifth-national-action-plan.pdf" hreflang="en">'
            in french)
    assert ('<a href="fr/process-documents/2025-11-27_action-plan_cinquieme-plan-d-action-national.pdf" '
            'hreflang="fr">' in english)
    assert "<td>Español</td>" in french and "<td>Français</td>" in english and "<td>English</td>" in french
    assert "Plan d&#x27;action : Fifth National Action Plan" in french  # its type in the index's language
    for page in (french, english):
        assert "Drafting note" not in page
    assert not any("drafting-note" in p for p in on_disk(out))
    # The record of the export counts every document it published, whichever folder holds it.
    assert sorted(result.record.documents) == [1, 2, 3, 4]
