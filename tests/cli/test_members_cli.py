import json
import subprocess
import sys

import pytest

from msf_desk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    path = tmp_path / "d.msf"
    assert run(capsys, "demo", "--db", str(path))[0] == 0
    code, _, err = run(capsys, "demo", "--db", str(path))
    assert code == 1 and "--force" in err
    assert run(capsys, "demo", "--db", str(path), "--force")[0] == 0


def test_demo_is_the_same_for_the_same_seed(tmp_path, capsys):
    a, b = tmp_path / "a.msf", tmp_path / "b.msf"
    run(capsys, "demo", "--db", str(a), "--seed", "3")
    run(capsys, "demo", "--db", str(b), "--seed", "3")
    _, out_a, _ = run(capsys, "members", "list", "--db", str(a), "--json")
    _, out_b, _ = run(capsys, "members", "list", "--db", str(b), "--json")
    assert out_a == out_b


def test_parity_json_on_the_demo(demo_path, capsys):
    code, out, _ = run(capsys, "parity", "--db", str(demo_path), "--on", "2026-06-15", "--json")
    assert code == 0
    data = json.loads(out)
    # Almost but not quite even: one government seat vacant.
    assert (data["government"], data["non_government"], data["difference"]) == (7, 8, -1)
    assert data["co_chairs_ok"] is True
    assert data["vacant_government"] == 1
    assert [e["name"] for e in data["ending_soon"]] == ["Sofía Castillo"]
    assert data["projection"][0]["leaving"] == ["Sofía Castillo"]
    assert data["projection"][0]["even"] is True


def test_parity_text(demo_path, capsys):
    code, out, _ = run(capsys, "parity", "--db", str(demo_path), "--on", "2026-06-15")
    assert code == 0
    assert "Leaning to non-government by 1 seat" in out


def test_bad_date_is_exit_1(demo_path, capsys):
    code, _, err = run(capsys, "parity", "--db", str(demo_path), "--on", "14/03/2026")
    assert code == 1 and "YYYY-MM-DD" in err


def test_import_bad_file_exit_1_with_rows(tmp_path, capsys, db, forum_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,sector\nAna,nowhere\n", encoding="utf-8")
    code, _, err = run(capsys, "members", "import", str(bad), "--db", str(forum_path))
    assert code == 1
    assert "row 2, column 'sector'" in err


def test_import_dry_run_then_real(tmp_path, capsys, db, forum_path):
    good = tmp_path / "good.csv"
    good.write_text("name,sector\nAna,civil society\nBen,national government\n", encoding="utf-8")
    code, out, _ = run(capsys, "members", "import", str(good), "--db", str(forum_path), "--dry-run")
    assert code == 0 and "would import 2" in out
    assert json.loads(run(capsys, "members", "list", "--db", str(forum_path), "--json")[1]) == []
    code, out, _ = run(capsys, "members", "import", str(good), "--db", str(forum_path))
    assert "imported 2" in out
    listed = json.loads(run(capsys, "members", "list", "--db", str(forum_path), "--json")[1])
    assert [m["name"] for m in listed] == ["Ana", "Ben"]


def test_template(tmp_path, capsys):
    path = tmp_path / "t.csv"
    assert run(capsys, "members", "template", str(path))[0] == 0
    assert path.read_text(encoding="utf-8-sig").startswith("name,organisation,sector,role,voting")


def test_foreign_file_exit_1(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    code, _, err = run(capsys, "parity", "--db", str(path))
    assert code == 1 and "not an MSF Desk forum file" in err
    assert path.read_text() == "hello"


def test_usage_errors_exit_2():
    proc = subprocess.run([sys.executable, "-m", "msf_desk", "parity"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "--db" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "msf_desk", "no-such-command"], capture_output=True, text=True)
    assert proc.returncode == 2
