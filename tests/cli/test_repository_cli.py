"""`msf-desk export repository`, `export compliance` and the bare `msf-desk check` on real files."""
from __future__ import annotations

import json
import zipfile

import pytest

from msf_desk.cli import main
from tests.conftest import DEMO_TODAY


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_export_repository_then_again_reports_no_change(capsys, demo_path, tmp_path):
    out_dir = tmp_path / "site"
    code, out, err = run(capsys, "export", "repository", "--db", demo_path, "--out", out_dir, "--zip",
                         "--on", DEMO_TODAY)
    assert code == 0, err
    assert f"Wrote the repository to {out_dir}" in out and "added" in out
    assert (out_dir / "index.html").is_file() and (out_dir / "manifest.json").is_file()
    with zipfile.ZipFile(tmp_path / "site.zip") as archive:
        assert "index.html" in archive.namelist()
    code, out, _ = run(capsys, "export", "repository", "--db", demo_path, "--out", out_dir, "--on", DEMO_TODAY,
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["added"] == data["changed"] == data["removed"] == []
    assert data["files"] == len(json.loads((out_dir / "manifest.json").read_text())["files"]) + 2


def test_export_repository_refuses_a_folder_of_other_files(capsys, demo_path, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    code, _, err = run(capsys, "export", "repository", "--db", demo_path, "--out", tmp_path)
    assert code == 1 and "already holds other files" in err


def test_check_prints_each_indicator_and_json(capsys, demo_path):
    code, out, _ = run(capsys, "check", "--db", demo_path, "--on", DEMO_TODAY)
    assert code == 0
    assert "of 14 indicators met" in out
    assert "[NOT MET] Meets at least every 3 months" in out
    assert "[NOT EVIDENCED] Repository updated in the last 6 months *" in out
    assert out.count("    Next: ") == 14
    code, out, _ = run(capsys, "check", "--db", demo_path, "--json", "--on", DEMO_TODAY)
    data = json.loads(out)
    assert code == 0 and data["today"] == DEMO_TODAY.isoformat() and len(data["indicators"]) == 14
    assert {i["status"] for i in data["indicators"]} <= {"met", "in_progress", "not_met", "not_evidenced"}
    assert data["series"]["quarter_target"] == 1


def test_check_after_an_export_counts_it(capsys, demo_path, tmp_path, seed_package):
    seed_package(tmp_path / "site")  # over the demo's shared export, as a second export would be
    run(capsys, "export", "repository", "--db", demo_path, "--out", tmp_path / "site", "--on", DEMO_TODAY)
    code, out, _ = run(capsys, "check", "--db", demo_path, "--json", "--on", DEMO_TODAY)
    by_key = {i["key"]: i["status"] for i in json.loads(out)["indicators"]}
    assert by_key["repository_recent"] == "met" and by_key["governance_published"] == "met"


def test_check_regularity_still_belongs_to_the_meetings_area(capsys, demo_path):
    code, out, _ = run(capsys, "check", "regularity", "--db", demo_path, "--on", DEMO_TODAY)
    assert code == 0 and out.startswith("Regularity (forum meetings at least every 3 months), as of 15 June 2026: ")


def test_check_without_a_forum_file_says_so(capsys):
    code, _, err = run(capsys, "check")
    assert code == 1 and "--db PATH" in err


def test_export_compliance_writes_both_formats(capsys, demo_path, tmp_path):
    code, out, _ = run(capsys, "export", "compliance", "--db", demo_path, "--out", tmp_path, "--on", DEMO_TODAY)
    assert code == 0
    assert (tmp_path / "compliance-report-2026-06-15.pdf").is_file()
    assert (tmp_path / "compliance-report-2026-06-15.docx").is_file()
    code, _, err = run(capsys, "export", "compliance", "--db", demo_path, "--out", tmp_path, "--format", "odt")
    assert code == 1 and "--format" in err
