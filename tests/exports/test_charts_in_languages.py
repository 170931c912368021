"""The chart pictures in the document's language: their words, their alternative text, Arabic
drawn in the Arabic face, joined and laid out right to left; the meetings chart drawn against
the forum's own regularity rule or the standards it is assessed on, and saying which."""
from __future__ import annotations

import datetime as dt

import pytest
from PIL import Image, ImageChops, ImageDraw

from msf_desk.core import language, standards
from msf_desk.core.compliance_charts import QuarterCount, Series, with_rule
from msf_desk.exports import chart_text, fonts
from msf_desk.exports.charts import below_target, write_charts, write_standards_charts
from msf_desk.model.forum import ForumProfile
from tests.conftest import DEMO_TODAY

WORDS = {
    "en": ("Forum meetings per quarter against the forum's own rule", "Voting seats by side",
           "Time taken to answer contributions", "1.1 A forum for ongoing dialogue: "),
    "fr": ("Réunions du forum par trimestre au regard de la règle propre du forum", "Sièges avec droit de vote",
           "Délai de réponse aux contributions", "1.1 Un forum de dialogue permanent : "),
    "es": ("Reuniones del foro por trimestre frente a la regla propia del foro", "Puestos con voto por parte",
           "Tiempo de respuesta a las aportaciones", "1.1 Un foro para el diálogo permanente: "),
    "ar": ("اجتماعات المنتدى في كل ربع سنة مقارنةً بـقاعدة المنتدى نفسه", "المقاعد ذات حق التصويت لكل جانب",
           "الوقت المستغرق للرد على المساهمات", "1.1 منتدى للحوار المستمر: "),
}


@pytest.mark.parametrize("code", list(WORDS))
def test_the_charts_and_their_descriptions_in_each_language(demo_db, tmp_path, code):
    with language.using(code):
        report = standards.check(demo_db, DEMO_TODAY)
        charts = write_charts(report.series, {k: tmp_path / f"{k}.png" for k in ("meetings", "parity", "responses")})
        charts.update(write_standards_charts(report.frameworks, {"2021": tmp_path / "standards-2021.png"}))
    alts = [charts[k][1] for k in ("meetings", "parity", "responses", "standards-2021")]
    for words, alt in zip(WORDS[code], alts):
        assert words in alt, (code, alt)
    if code != "en":
        english = " ".join(alts)
        for word in ("Forum meetings", "Held —", "working days", "Voting seats", " met;", "quarter"):
            assert word not in english, (code, word)
    with Image.open(charts["standards-2021"][0]) as picture:
        assert picture.size[0] == 1200


def test_an_arabic_line_is_drawn_in_the_arabic_face_right_to_left_with_numbers_kept():
    with language.using("ar"):
        pieces = chart_text.pieces("1.1 منتدى للحوار")
    faces = [face for face, _text in pieces]
    text = "".join(piece for _face, piece in pieces)
    assert fonts.FACES[1] in faces and fonts.LATIN in faces  # Noto Sans Arabic for the letters, Noto Sans for 1.1
    # Visual order, left to right: the last word first, the number at the right end, in its own order.
    assert text.index("للحوار") < text.index("منتدى") < text.index("1.1")


@pytest.mark.skipif(not chart_text.SHAPES, reason="Pillow without libraqm cannot join Arabic letters")
def test_arabic_letters_are_joined_in_the_picture():
    """Shaped: 'منتدى' drawn as one joined word is narrower than its letters drawn one by one."""
    word = "منتدى"
    with language.using("ar"):
        joined = chart_text.length(word, 40)
        apart = sum(chart_text.length(letter, 40) for letter in word)
        image = Image.new("RGB", (400, 100), "white")
        chart_text.draw_text(ImageDraw.Draw(image), (380, 20), word, 40, fill="black", align="right")
    assert joined < apart
    ink = ImageChops.invert(image.convert("L")).getbbox()
    assert ink is not None and ink[2] <= 381 and ink[0] >= 380 - joined - 2  # drawn, from the right


def _profile(**kw) -> ForumProfile:
    return ForumProfile(name="F", **kw)


def test_the_meetings_rule_is_the_forums_own_or_the_standards_in_force():
    assert standards.meeting_rule(_profile(frequency_months=3), ["2021"]) == (3, "forum")
    # A forum whose own rule is looser than the 2021 Standards' six months is drawn against the six months.
    assert standards.meeting_rule(_profile(frequency_months=12), ["2021"]) == (6, "2021")
    assert standards.meeting_rule(_profile(frequency_months=12), ["local"]) == (12, "forum")
    # The 2017 toolkit's monthly meetings during development apply only to a forum assessed on it.
    developing = _profile(frequency_months=3, action_plan_in_development=True)
    assert standards.meeting_rule(developing, ["2021"]) == (3, "forum")
    assert standards.meeting_rule(developing, ["2021", "2017"]) == (1, "2017")


def _quarters(counts: list[int]) -> list[QuarterCount]:
    return [QuarterCount(f"Q{i % 4 + 1} {2024 + i // 4}", dt.date(2024 + i // 4, 3 * (i % 4) + 1, 1), n, 0, False)
            for i, n in enumerate(counts)]


def test_a_six_month_rule_flags_two_quarters_in_a_row_without_a_meeting():
    s = with_rule(Series(_quarters([1, 0, 1, 0, 0, 1, 0, 0, 0]), 1, [], [], 20, 0), 6, "2021")
    assert s.quarter_target == 0.5
    assert [q.label for q in below_target(s)] == ["Q1 2025", "Q4 2025", "Q1 2026"]
    s = with_rule(Series(_quarters([1, 0, 1, 0, 0, 1]), 1, [], [], 20, 0), 3, "forum")
    assert [q.label for q in below_target(s)] == ["Q2 2024", "Q4 2024", "Q1 2025"]


def test_the_meetings_chart_says_whose_rule_it_is(demo_db, tmp_path):
    with language.using("fr"):
        report = standards.check(demo_db, DEMO_TODAY)
        with_rule(report.series, 6, "2021")
        _path, alt = write_charts(report.series, {"meetings": tmp_path / "m.png"})["meetings"]
    assert "les Normes OGP de 2021 (1.1) : au moins une réunion du forum tous les 6 mois" in alt
