"""The warnings and refusals the rules return for the window to show (a consultation's
points to check, why a meeting cannot approve minutes) are said in the person's language."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import messages
from msf_desk.core.minutes import approval_refusal
from msf_desk.core.responses import consultation_warnings
from msf_desk.model.meetings import Meeting
from msf_desk.model.responses import Consultation


@pytest.fixture
def language():
    yield messages.set_message_language
    messages.set_message_language("en")


def _short():
    return Consultation(name="Plan", stage="draft_plan", opens_on=dt.date(2026, 3, 1),
                        closes_on=dt.date(2026, 3, 6), channels=[])


def test_consultation_warnings_in_english_french_spanish_arabic(language):
    assert consultation_warnings(_short()) == [
        "Open for 5 days: a consultation on draft commitments should stay open at least 2 weeks (14 days).",
        "No channels recorded: say how people could send contributions."]
    language("fr")
    said = consultation_warnings(_short())
    assert said[0].startswith("Ouverte 5 jours : une consultation sur des projets d'engagements")
    assert said[1].startswith("Aucun canal enregistré")
    language("es")
    assert consultation_warnings(_short())[1].startswith("No hay canales registrados")
    language("ar")
    said = consultation_warnings(_short())
    assert "\u20685\u2069 أيام" in said[0] and "No channels" not in said[1]
    assert said[1].startswith("لم تُسجَّل")


def test_why_a_meeting_cannot_approve_minutes_in_french(language):
    language("fr")
    first = Meeting(id=1, title="Forum de mars", starts_at=dt.datetime(2026, 3, 12, 10, tzinfo=dt.timezone.utc),
                    ends_at=dt.datetime(2026, 3, 12, 12, tzinfo=dt.timezone.utc), kind="regular",
                    status="held")
    later = Meeting(id=2, title="Forum d'avril", starts_at=dt.datetime(2026, 4, 9, 10, tzinfo=dt.timezone.utc),
                    ends_at=dt.datetime(2026, 4, 9, 12, tzinfo=dt.timezone.utc), kind="regular",
                    status="planned")
    said = approval_refusal(first, later, dt.date(2026, 5, 1))
    assert said == ("« Forum d'avril » n'est pas enregistrée comme tenue ; enregistrez-la d'abord comme "
                    "tenue dans la page Réunions.")
    assert "(9 avril 2026)" in approval_refusal(later, first, dt.date(2026, 5, 1))
