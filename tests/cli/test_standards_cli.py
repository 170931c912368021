"""`msf-desk standards …` records and `msf-desk check --standard …` on a real forum file."""
from __future__ import annotations

import json

from msf_desk.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_records_then_check_each_standard(capsys, db, forum_path):
    assert run(capsys, "standards", "website", "--db", forum_path, "https://ogp.example.org")[0] == 0
    code, out, err = run(capsys, "standards", "plan", "--db", forum_path, "--name", "Plan 5",
                         "--cocreation-starts", "2026-01-10", "--cocreation-ends", "2026-05-30",
                         "--timeline-published", "2026-01-20", "--implementation-starts", "2026-06-01",
                         "--implementation-ends", "2028-05-31")
    assert code == 0 and "Saved action plan 1" in out, err
    assert run(capsys, "standards", "outreach", "--db", forum_path, "--on", "2026-01-15", "--kind", "media",
               "--description", "Radio call-in on the new plan")[0] == 0

    code, out, _ = run(capsys, "check", "--db", forum_path, "--standard", "2021", "--on", "2026-07-01")
    assert code == 0
    assert "OGP Participation and Co-Creation Standards (2021)" in out
    assert "[NOT MET] 3.1 Co-creation timeline published two weeks ahead" in out  # ten days late
    assert "[MET] 3.2 Outreach to stakeholders" in out
    assert "[NOT EVIDENCED] 2.2 A document repository updated twice a year" in out

    code, out, _ = run(capsys, "check", "--db", forum_path, "--standard", "local,2017", "--json", "--on", "2026-07-01")
    data = json.loads(out)
    assert code == 0 and data["standards"] == ["local", "2017"]
    local = data["frameworks"][0]
    assert [r["number"] for r in local["requirements"]] == ["L1", "L2", "L3", "L4"]
    assert local["acted_contrary_headline"] == ""
    assert len(data["frameworks"][1]["requirements"]) == 14

    code, out, _ = run(capsys, "standards", "show", "--db", forum_path, "--json")
    shown = json.loads(out)
    assert shown["standards"] == ["2021"] and shown["website"] == "https://ogp.example.org"
    assert shown["outreach"][0]["kind"] == "media"
    assert run(capsys, "standards", "choose", "--db", forum_path, "local")[0] == 0
    code, out, _ = run(capsys, "check", "--db", forum_path, "--standard", "chosen", "--on", "2026-07-01")
    assert "OGP Local minimum requirements" in out and "2021" not in out.splitlines()[0]


def test_mistakes_are_refused_in_plain_words(capsys, db, forum_path):
    code, _, err = run(capsys, "check", "--db", forum_path, "--standard", "2019")
    assert code == 1 and "Unknown standard '2019'" in err and "Traceback" not in err
    code, _, err = run(capsys, "standards", "plan", "--db", forum_path, "--name", "P",
                       "--cocreation-starts", "2026-05-01", "--cocreation-ends", "2026-01-01")
    assert code == 1 and "ends (2026-01-01) before it starts" in err
    code, _, err = run(capsys, "standards", "website", "--db", forum_path, "ogp.example.org")
    assert code == 1 and "not a web address" in err
