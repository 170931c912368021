"""A gap between forum meetings and the regularity summary are one sentence each
(core.regularity_words), said through the person's catalogue (window, command line) or through
the documents' (a report written in its own language)."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import language, messages, regularity_words as words
from msf_desk.core.meetings import check_regularity
from msf_desk.model.meetings import Meeting


def held(day: dt.date) -> Meeting:
    return Meeting.at("Forum meeting", day, dt.time(16), dt.time(19), "Europe/Paris", status="held")


@pytest.fixture
def person():
    yield messages.set_message_language
    messages.set_message_language("en")


def report(today=dt.date(2026, 9, 1)):
    return check_regularity([held(dt.date(2026, 1, 15)), held(dt.date(2026, 4, 22))], 3, today)


def test_the_person_and_a_document_say_the_same_sentence_in_the_same_language(person):
    past, open_ = report().gaps
    person("fr")
    with language.using("fr"):
        assert past.message() == words.gap_sentence(past, words.document()) == (
            "Du 15 janvier 2026 au 22 avril 2026 : 3 mois et 7 jours entre deux réunions du forum, plus de 3 mois.")
        assert open_.message() == words.gap_sentence(open_, words.document())
    assert open_.message().startswith("Aucune réunion du forum tenue ni prévue depuis le 22 avril 2026 : 4 mois")


def test_a_document_keeps_its_own_language_whatever_the_person_speaks(person):
    past, _open = report().gaps
    person("en")
    with language.using("es"):
        in_document = words.gap_sentence(past, words.document())
    assert in_document == ("Del 15 de enero de 2026 al 22 de abril de 2026: 3 meses y 7 días entre reuniones del foro, "
                           "más de 3 meses.")
    assert past.message() == ("15 January 2026 to 22 April 2026: 3 months and 7 days went by between forum meetings, "
                              "more than 3 months.")
    person("ar")
    with language.using("en"):
        assert words.gap_sentence(past, words.document()).startswith("15 January 2026 to 22 April 2026")
    assert "مرّ" in past.message() and "January" not in past.message()


def test_the_summary_and_the_lengths_in_the_person_language(person):
    two = report()
    assert two.summary() == "2 gaps longer than 3 months."
    assert check_regularity([], 3, dt.date(2026, 1, 1)).summary() == "No forum meeting is recorded as held or planned."
    assert check_regularity([held(dt.date(2026, 1, 15))], 1, dt.date(2026, 2, 1)).summary() == (
        "Every gap between forum meetings is 1 month or less.")
    person("fr")
    assert two.summary() == "2 intervalles de plus de 3 mois."
    assert two.gaps[0].length == "3 mois et 7 jours"
    person("ar")
    assert "فاصلان" in two.summary()
    assert two.gaps[0].to_json()["length"].endswith("أيام")
