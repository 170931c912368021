"""Every document MSF Desk writes tells the truth about itself.

The demo forum is exported in every kind the program has (the public repository package,
members' packs and minutes, registers, forms, reports); then each file is read back:
Word core properties and docProps/app.xml, PDF fonts (every one embedded) and metadata.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sqlite3
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from msf_desk.cli import main


def _smoke_module():
    """The CI smoke test's own reader of PDF fonts: one definition of "every font embedded"."""
    path = Path(__file__).resolve().parents[2] / ".ci" / "smoke.py"
    spec = importlib.util.spec_from_file_location("msf_desk_ci_smoke", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pdf_fonts = _smoke_module().pdf_fonts


@pytest.fixture(scope="module")
def exported(tmp_path_factory, demo_template):
    """Every kind of export of the demo forum, once for the module: {kind: folder}."""
    root = tmp_path_factory.mktemp("exports")
    forum = root / "demo.msf"
    shutil.copyfile(demo_template, forum)
    files = demo_template.with_name(demo_template.stem + ".files")
    if files.is_dir():
        shutil.copytree(files, root / "demo.files")
    with sqlite3.connect(forum) as conn:
        meeting = conn.execute("SELECT meeting_id FROM minutes ORDER BY meeting_id LIMIT 1").fetchone()[0]
        member = conn.execute("SELECT id FROM members ORDER BY id LIMIT 1").fetchone()[0]
        consultation = conn.execute("SELECT id FROM consultations ORDER BY id LIMIT 1").fetchone()[0]
        forum_name = conn.execute("SELECT name FROM forum").fetchone()[0]
    on = ["--on", "2026-06-15"]
    commands = {
        "repository": ["repository"] + on,
        "pack": ["pack", "--meeting", str(meeting), "--audience", "members"],
        "minutes": ["minutes", "--meeting", str(meeting), "--audience", "members", "--format", "docx,pdf"],
        "decisions": ["decisions", "--audience", "members", "--format", "docx,pdf"] + on,
        "actions": ["actions", "--audience", "members", "--format", "docx,pdf"] + on,
        "interests": ["interests", "--audience", "members", "--format", "docx,pdf"] + on,
        "declaration-form": ["declaration-form", "--member", str(member)],
        "ethics-compliance": ["ethics-compliance"] + on,
        "responses": ["responses", "--consultation", str(consultation), "--audience", "members",
                      "--format", "docx,pdf"],
        "compliance": ["compliance"] + on,
    }
    out = {}
    for kind, args in commands.items():
        folder = root / kind
        assert main(["export", *args, "--out", str(folder), "--db", str(forum)]) == 0, kind
        out[kind] = folder
    out["attachments"] = root / "demo.files"
    return out, forum_name


def _all(exported, suffix):
    folders, _ = exported
    paths = sorted(p for folder in folders.values() for p in folder.rglob(f"*{suffix}"))
    assert paths
    return paths


def test_every_font_in_every_pdf_is_embedded(exported):
    pdfs = _all(exported, ".pdf")
    folders, _ = exported
    # Every exporter wrote at least one PDF, and the demo's signed scans are among them.
    for kind, folder in folders.items():
        assert list(folder.rglob("*.pdf")), kind
    for pdf in pdfs:
        fonts = pdf_fonts(pdf)
        assert fonts, pdf.name
        assert all(fonts.values()), f"{pdf.name}: not embedded: {[f for f, e in fonts.items() if not e]}"
        assert "/Helvetica" not in fonts, pdf.name


def test_pdfs_name_their_title_language_and_forum(exported):
    _, forum_name = exported
    for pdf in _all(exported, ".pdf"):
        if pdf.name.endswith("signed-ethics-statement.pdf"):
            continue  # a member's signed scan, attached and published as it came
        if "papers" in pdf.parent.parts or "process-documents" in pdf.parent.parts:
            continue  # a meeting's paper or a process document (the demo's come as a ministry sends them),
            # published as it came
        reader = PdfReader(pdf)
        info = reader.metadata
        assert info.title and info.author == forum_name and info.creator == "MSF Desk", pdf.name
        catalog = reader.trailer["/Root"]
        assert catalog["/Lang"], pdf.name
        assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"]), pdf.name


def test_word_files_carry_the_forum_the_date_and_no_template_leftovers(exported):
    _, forum_name = exported
    docs = _all(exported, ".docx")
    for path in docs:
        if "papers" in path.parent.parts or "process-documents" in path.parent.parts:
            continue  # a meeting's paper or a process document, kept as it came (the demo's self-assessment)
        props = docx.Document(str(path)).core_properties
        assert props.title, path.name
        assert props.author == forum_name and props.last_modified_by == forum_name, path.name
        assert props.created == props.modified and props.created.year >= 2025, path.name
        assert props.comments == "" and props.revision == 1, path.name
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            app = z.read("docProps/app.xml").decode()
            settings = z.read("word/settings.xml").decode()
        assert "<Application>MSF Desk</Application>" in app, path.name
        assert "Macintosh" not in app and "Normal.dotm" not in app, path.name
        assert not any("thumbnail" in n or n.startswith("customXml/") for n in names), path.name
        assert "proofState" not in settings, path.name


def test_packs_and_minutes_are_dated_by_their_meeting_and_a_register_by_its_day(exported):
    folders, _ = exported
    (pack,) = folders["pack"].glob("*.docx")
    day = dt.date.fromisoformat(pack.name[:10])  # packs are named by the meeting's day
    created = docx.Document(str(pack)).core_properties.created
    assert created.date() in (day, day - dt.timedelta(days=1))  # the meeting's start, in UTC
    (minutes,) = folders["minutes"].glob("*.docx")  # minutes-<meeting day>-...
    day = dt.date.fromisoformat(minutes.name[len("minutes-"):len("minutes-") + 10])
    assert docx.Document(str(minutes)).core_properties.created.date() in (day, day - dt.timedelta(days=1))
    (register,) = folders["decisions"].glob("*.docx")
    assert docx.Document(str(register)).core_properties.created.date() == dt.date(2026, 6, 15)
    (pdf,) = folders["decisions"].glob("*.pdf")
    assert PdfReader(pdf).metadata.creation_date.date() == dt.date(2026, 6, 15)
