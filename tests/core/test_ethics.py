"""Statements and signatures, declarations, compliance arithmetic, the register, breaches,
and conflicts read from a real forum file."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import breaches, ethics
from msf_desk.core.interests_in_force import interests_in_force
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.ethics import Declaration, Interest
from msf_desk.model.members import Member
from msf_desk.core.members import add_member, get_member, list_members
from msf_desk.core.parity import parity_on
from msf_desk.core.audience.interests import register_of_interests

D = dt.date


def _member(db, name, org="Org", sector="civil_society", role="member", **kw):
    return add_member(db, Member(name=name, organisation=org, sector=sector, role=role,
                                 term_start=D(2024, 1, 1), term_end=D(2028, 1, 1), **kw))


# --- expiry arithmetic ---------------------------------------------------------------------

@pytest.mark.parametrize("last, months, due", [
    (D(2025, 3, 10), 12, D(2026, 3, 10)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),  # leap day: clamped to the month's end
    (D(2025, 8, 31), 6, D(2026, 2, 28)),
    (D(2025, 1, 31), 1, D(2025, 2, 28)),
])
def test_due_date(last, months, due):
    assert ethics.due_on(last, months) == due


def test_declaration_status_edges():
    last = D(2025, 6, 15)  # due 2026-06-15 with 12 months
    assert ethics.declaration_status(None, 12, D(2026, 1, 1)) == ("missing", None, None)
    assert ethics.declaration_status(last, 12, D(2026, 6, 15), 30) == ("due_soon", D(2026, 6, 15), 0)
    assert ethics.declaration_status(last, 12, D(2026, 6, 16), 30) == ("overdue", D(2026, 6, 15), -1)
    assert ethics.declaration_status(last, 12, D(2026, 5, 16), 30) == ("due_soon", D(2026, 6, 15), 30)
    assert ethics.declaration_status(last, 12, D(2026, 5, 15), 30) == ("ok", D(2026, 6, 15), 31)
    assert ethics.declaration_status(last, 6, D(2026, 1, 1), 0)[0] == "overdue"


def test_compliance_uses_the_forum_interval(db):
    from msf_desk.core import forum

    m = _member(db, "Ana")
    ethics.add_declaration(db, Declaration(m.id, D(2025, 1, 10), "joining", nothing_to_declare=True))
    today = D(2025, 12, 1)
    assert ethics.compliance(db, today).rows[0].declaration == "ok"
    forum.save(db, forum.replace(forum.load(db), declaration_interval_months=6))
    row = ethics.compliance(db, today).rows[0]
    assert (row.declaration, row.due_on) == ("overdue", D(2025, 7, 10))
    assert "renew the declaration" in row.reminders()[0]


# --- statements and signatures ----------------------------------------------------------------

def test_a_new_version_asks_everyone_to_sign_again(db):
    ana, ben = _member(db, "Ana"), _member(db, "Ben")
    _member(db, "Olga", role="observer", voting=False)  # observers neither sign nor declare
    v1 = ethics.new_statement_version(db, ethics.DEFAULT_STATEMENT, D(2025, 1, 1))
    ethics.sign(db, ana.id, v1.id, D(2025, 1, 5), confirmation=ethics.typed_confirmation(ana.name, v1))
    ethics.sign(db, ben.id, v1.id, D(2025, 1, 6), confirmation="I agree")
    report = ethics.compliance(db, D(2025, 2, 1))
    assert [r.name for r in report.rows] == ["Ana", "Ben"]
    assert report.unsigned == []

    v2 = ethics.new_statement_version(db, ethics.DEFAULT_STATEMENT + "\nA new paragraph on gifts.", D(2025, 6, 1))
    assert v2.version == 2 and ethics.current_statement(db).id == v2.id
    report = ethics.compliance(db, D(2025, 6, 2))
    assert [r.name for r in report.unsigned] == ["Ana", "Ben"]
    assert report.rows[0].statement_text == "Signed version 1 only; version 2 to sign"
    ethics.sign(db, ana.id, v2.id, D(2025, 6, 3), confirmation="I agree to version 2")
    report = ethics.compliance(db, D(2025, 6, 4))
    assert [r.name for r in report.unsigned] == ["Ben"]
    assert report.rows[0].signed_version == 2


def test_statement_and_signature_validation(db, tmp_path):
    ana = _member(db, "Ana")
    v1 = ethics.new_statement_version(db, "Text", D(2025, 1, 1))
    with pytest.raises(ValidationError) as exc:
        ethics.new_statement_version(db, "Text\n", D(2025, 2, 1))
    assert "same as version 1" in exc.value.problems["text"]
    with pytest.raises(ValidationError) as exc:
        ethics.new_statement_version(db, "Other", D(2024, 12, 1))
    assert "cannot be older" in exc.value.problems["dated"]
    with pytest.raises(ValidationError) as exc:
        ethics.sign(db, ana.id, v1.id, D(2024, 12, 31), confirmation="")
    assert set(exc.value.problems) == {"signed_on", "confirmation"}
    ethics.sign(db, ana.id, v1.id, D(2025, 1, 2), confirmation="yes")
    with pytest.raises(ValidationError) as exc:
        ethics.sign(db, ana.id, v1.id, D(2025, 1, 3), confirmation="again")
    assert "already signed" in exc.value.problems["member"]
    with pytest.raises(UserError):
        ethics.remove_statement(db, v1.id)  # signed: stays on record


def test_a_scanned_signature_is_copied_with_its_hash(db, tmp_path):
    import hashlib

    ana = _member(db, "Ana")
    v1 = ethics.new_statement_version(db, "Text", D(2025, 1, 1))
    scan = tmp_path / "signed statement.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned signature")
    files = tmp_path / "forum.files"
    sig = ethics.sign(db, ana.id, v1.id, D(2025, 1, 2), scan=scan, files_dir=files)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert (sig.method, sig.sha256, sig.statement_version) == ("scan", sha, 1)
    stored = files / sig.stored_path
    assert stored.parent.parent == files / "signatures" and stored.read_bytes() == scan.read_bytes()
    assert sig.confirmation == ""


# --- declarations -------------------------------------------------------------------------------

def test_declaration_rules(db):
    ana = _member(db, "Ana")
    with pytest.raises(ValidationError) as exc:
        ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1)))
    assert "nothing to declare" in exc.value.problems["interests"]
    with pytest.raises(ValidationError) as exc:
        ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1), interests=[
            Interest("employment", "Acme", visibility="forum_only"),
            Interest("gifts", "", "", from_date=D(2025, 2, 1), to_date=D(2025, 1, 1))]))
    assert set(exc.value.problems) == {"reason", "organisation", "to_date"}
    assert exc.value.problems["organisation"].startswith("interest 2:")
    with pytest.raises(ValidationError):
        ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1), nothing_to_declare=True,
                                               interests=[Interest("other", "X")]))


def test_interests_in_force_follow_the_newest_declaration(db):
    ana = _member(db, "Ana")
    ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1), "joining", interests=[
        Interest("employment", "Acme Ltd", from_date=D(2020, 1, 1)),
        Interest("gifts", "Beta", from_date=D(2025, 1, 1), to_date=D(2025, 3, 1))]))
    ethics.add_declaration(db, Declaration(ana.id, D(2025, 9, 1), "change", nothing_to_declare=True))
    assert [i.organisation for i in interests_in_force(db, ana.id, D(2025, 2, 1))] == ["Acme Ltd", "Beta"]
    assert [i.organisation for i in interests_in_force(db, ana.id, D(2025, 4, 1))] == ["Acme Ltd"]
    assert interests_in_force(db, ana.id, D(2025, 10, 1)) == []
    # Before the first declaration, the first one stands in (its interests carry their own dates).
    assert [i.organisation for i in interests_in_force(db, ana.id, D(2024, 6, 1))] == ["Acme Ltd"]


def test_prefill_copies_current_interests(db):
    ana = _member(db, "Ana")
    first = ethics.prefill_declaration(db, ana.id, D(2025, 1, 1))
    assert (first.kind, first.interests) == ("joining", [])
    ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1), "joining", interests=[
        Interest("employment", "Acme"), Interest("gifts", "Old", to_date=D(2025, 2, 1))]))
    again = ethics.prefill_declaration(db, ana.id, D(2026, 1, 1))
    assert again.kind == "periodic" and [i.organisation for i in again.interests] == ["Acme"]
    assert again.interests[0].id is None


# --- the register -------------------------------------------------------------------------------

def test_public_register_hides_forum_only_interests_and_unpublished_names(db):
    from msf_desk.core import forum

    ana = _member(db, "Ana Public")
    ben = _member(db, "Ben Private", org="Ben's Org", publish_name=False)
    ethics.add_declaration(db, Declaration(ana.id, D(2025, 1, 1), interests=[
        Interest("employment", "Acme"),
        Interest("family", "SENTINEL-ORG", "SENTINEL-DESC", visibility="forum_only", reason="SENTINEL-REASON")]))
    ethics.add_declaration(db, Declaration(ben.id, D(2025, 1, 1), nothing_to_declare=True))
    public = register_of_interests(db, "public", D(2025, 6, 1))
    assert [e.shown_name for e in public.entries] == ["Ana Public", "Ben's Org"]
    assert [i.organisation for i in public.entries[0].interests] == ["Acme"]
    assert public.entries[1].status_text == "Nothing to declare"
    members = register_of_interests(db, "members", D(2025, 6, 1))
    assert [e.shown_name for e in members.entries] == ["Ana Public", "Ben Private"]
    assert len(members.entries[0].interests) == 2
    forum.save(db, forum.replace(forum.load(db), publish_names=False))
    public = register_of_interests(db, "public", D(2025, 6, 1))
    assert [e.shown_name for e in public.entries] == ["Org", "Ben's Org"]


# --- breaches -------------------------------------------------------------------------------------

def test_a_removal_ends_the_term_and_shows_in_parity(db):
    gov = _member(db, "Gina", org="Ministry", sector="national_government")
    cs = _member(db, "Carl")
    assert parity_on(list_members(db), D(2025, 6, 1)).is_even
    with pytest.raises(ValidationError) as exc:
        breaches.record_breach(db, breaches.Breach(cs.id, "Took a bribe", D(2025, 5, 1), sanction="removal"))
    assert "decided" in exc.value.problems["decided_on"]
    saved, before = breaches.record_breach(db, breaches.Breach(
        cs.id, "Took a bribe", D(2025, 5, 1), handled_by="The co-chairs", sanction="removal",
        outcome="Removed by the forum", decided_on=D(2025, 5, 20)))
    assert before.status == "active" and saved.id is not None
    carl = get_member(db, cs.id)
    assert (carl.status, carl.status_date, carl.term_end) == ("removed", D(2025, 5, 20), D(2025, 5, 19))
    report = parity_on(list_members(db), D(2025, 6, 1))
    assert (report.government, report.non_government) == (1, 0)
    assert [b.sanction for b in breaches.list_breaches(db)] == ["removal"]
    assert gov.id


def test_breach_dates_are_checked(db):
    cs = _member(db, "Carl")
    with pytest.raises(ValidationError) as exc:
        breaches.record_breach(db, breaches.Breach(cs.id, "", D(2025, 5, 1), decided_on=D(2025, 4, 1),
                                                   closed_on=D(2025, 3, 1)))
    assert set(exc.value.problems) == {"allegation", "decided_on", "closed_on"}
