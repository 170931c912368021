import datetime as dt

from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import Member
from msf_desk.core.parity import parity_on, projection

D = dt.date(2026, 3, 14)


def member(i, name, sector, **kw):
    return Member(id=i, name=name, sector=sector, **kw)


def test_empty_forum_has_no_seats_and_no_verdict_of_parity():
    p = parity_on([], D)
    assert (p.government, p.non_government, p.total) == (0, 0, 0)
    assert not p.is_even
    assert p.balance_text() == "No voting seats are filled."
    assert "No co-chair is in post." in p.verdict()


def test_even_balance_and_leaning():
    ms = [member(1, "A", "national_government"), member(2, "B", "civil_society")]
    assert parity_on(ms, D).is_even
    ms.append(member(3, "C", "academia"))
    p = parity_on(ms, D)
    assert p.balance == "non_government" and p.difference == -1
    assert p.balance_text().startswith("Leaning to non-government by 1 seat:")


def test_alternate_never_counts_as_second_seat():
    ms = [
        member(1, "Holder", "national_government"),
        member(2, "Alt", "national_government", role="alternate", alternate_for=1),
        member(3, "CSO", "civil_society"),
    ]
    p = parity_on(ms, D)
    assert (p.government, p.non_government) == (1, 1)


def test_non_voting_members_observers_and_secretariat_never_count():
    ms = [
        member(1, "G", "national_government"),
        member(2, "NV", "national_government", voting=False),
        member(3, "Obs", "international", role="observer"),
        member(4, "Sec", "national_government", role="secretariat"),
        member(5, "C", "civil_society"),
    ]
    assert parity_on(ms, D).government == 1


def test_term_boundaries_are_inclusive_on_the_exact_day():
    m = member(1, "G", "national_government", term_start=D, term_end=D)
    assert parity_on([m], D).government == 1
    assert parity_on([m], D - dt.timedelta(days=1)).government == 0
    assert parity_on([m], D + dt.timedelta(days=1)).government == 0


def test_departed_member_counts_until_the_day_before_leaving():
    m = member(1, "G", "national_government", status="resigned", status_date=D)
    assert parity_on([m], D - dt.timedelta(days=1)).government == 1
    assert parity_on([m], D).government == 0
    undated = member(2, "H", "national_government", status="removed")
    assert parity_on([undated], D).government == 0


def test_side_follows_sector_unless_overridden():
    assert member(1, "P", "parliament").side == "government"
    assert member(2, "U", "trade_union").side == "non_government"
    overridden = member(3, "I", "other", side="government", side_overridden=True)
    assert overridden.side == "government"


def test_co_chairs_high_level_and_vacancies():
    profile = ForumProfile(seats_government=3, seats_non_government=3)
    ms = [
        member(1, "Minister", "national_government", role="co_chair", high_level=True),
        member(2, "CSO chair", "civil_society", role="co_chair"),
        member(3, "CSO", "civil_society"),
    ]
    p = parity_on(ms, D, profile)
    assert p.co_chairs_ok
    assert p.high_level == ["Minister"]
    assert (p.vacant_government, p.vacant_non_government) == (2, 1)
    ms[1] = member(2, "Second gov chair", "local_government", role="co_chair")
    assert not parity_on(ms, D, profile).co_chairs_ok


def test_terms_ending_within_n_days():
    ms = [
        member(1, "Soon", "civil_society", term_end=D + dt.timedelta(days=30)),
        member(2, "Later", "civil_society", term_end=D + dt.timedelta(days=31)),
    ]
    p = parity_on(ms, D, ending_within_days=30)
    assert [e["name"] for e in p.ending_soon] == ["Soon"]


def test_projection_shows_the_balance_after_each_term_end():
    ms = [
        member(1, "G1", "national_government", term_end=D + dt.timedelta(days=10)),
        member(2, "G2", "national_government"),
        member(3, "C1", "civil_society"),
        member(4, "C2", "civil_society", term_end=D + dt.timedelta(days=20)),
        member(5, "C3", "civil_society", term_start=D + dt.timedelta(days=40)),
        member(6, "Obs", "other", role="observer", term_end=D + dt.timedelta(days=5)),
    ]
    changes = projection(ms, D)
    assert [(c.on, c.leaving, c.joining, c.government, c.non_government) for c in changes] == [
        (D + dt.timedelta(days=11), ["G1"], [], 1, 2),
        (D + dt.timedelta(days=21), ["C2"], [], 1, 1),
        (D + dt.timedelta(days=40), [], ["C3"], 1, 2),
    ]


def test_json_is_stable():
    data = parity_on([member(1, "G", "national_government")], D).to_json()
    assert list(data) == [
        "on", "government", "non_government", "by_sector", "co_chairs", "co_chairs_ok",
        "high_level", "vacant_government", "vacant_non_government", "ending_soon",
        "total", "difference", "balance", "even", "summary",
    ]
    assert data["on"] == "2026-03-14"
