"""A French or Arabic window shows no English where the window composes words around the
records: meeting days and hours, statuses, the regularity line, quorum lines, verdicts and
decision rules, outcomes, selection methods, undo descriptions, plural counts.

What people typed (titles, names, organisations) stays as typed: it is taken out of the
text before looking for English words.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import audit, meetings as core_meetings, minutes as core_minutes
from msf_desk.model.meetings import Meeting
from msf_desk.ui import i18n
from msf_desk.ui.commands.meetings import AddMeeting
from msf_desk.ui.dialogs.mail import DIALOGS_MAIL, _who
from msf_desk.ui.models.members import RoundsModel
from msf_desk.ui.models.minutes import DecisionsModel
from msf_desk.ui.models.responses import ContributionsModel
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.ui.pages.members import MembersPage
from msf_desk.ui.pages.minutes import MinutesPage
from msf_desk.ui.pages.responses import ResponsesPage

from tests.conftest import DEMO_TODAY

# Words the window must not show in French or Arabic (as whole words, case as written).
ENGLISH = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December",
    "Planned", "Held", "Cancelled", "Postponed", "Regular meeting", "Working group",
    "Status", "Objective", "Papers due", "notice due",
    "at least every", "months", "were between", "went by", "Regularity",
    "Quorum:", "voting members", "Present:", "an even balance",
    "Agreed", "Not agreed", "Votes needed", "Deferred", "Majority",   # "Consensus" is French too "Qualified majority",
    "members present", "The forum's rule", "voted for", "objected", "No vote recorded", "Check the record",
    "Not yet answered", "Included", "Not included", "Under consideration", "Online platform",
    "Open call with selection committee", "Election in electoral colleges", "Appointment",
    "Government", "Non-government", "Co-chair", "Alternate", "Term ended", "Resigned",
    "draft", "circulated to members", "no minutes yet",
    "add meeting", "member(s)", "members in Bcc",
]
CLOCK_12H = re.compile(r"\b\d{1,2}(:\d\d)?(am|pm)\b")


@pytest.fixture(params=["fr", "ar"])
def language(request, qapp):
    i18n.install(request.param, qapp)
    yield request.param
    i18n.install("en", qapp)


def english_in(texts: list[str], typed: list[str]) -> list[str]:
    """The forbidden English words found in `texts`, once what people typed is taken out."""
    found = []
    for text in texts:
        text = re.sub(r"<[^>]+>", " ", text or "")
        for words in sorted((t for t in typed if t), key=len, reverse=True):
            text = text.replace(words, " ")
        for word in ENGLISH:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                found.append(f"{word!r} in {text.strip()[:160]!r}")
        if CLOCK_12H.search(text):
            found.append(f"12-hour clock in {text.strip()[:160]!r}")
    return found


def column(model, col: int, rows: int = 40) -> list[str]:
    return [str(model.index(r, col).data(Qt.DisplayRole) or "") for r in range(min(model.rowCount(), rows))]


def combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_meetings_page_days_hours_statuses_and_regularity(qtbot, session, language):
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    page.set_today(DEMO_TODAY)
    upcoming = core_meetings.next_meeting(page.meetings, dt.datetime.combine(DEMO_TODAY, dt.time(0), tzinfo=dt.timezone.utc))
    assert page.select_meeting(upcoming.id)
    typed = [m.title for m in page.meetings] + [m.location for m in page.meetings] \
        + [m.remote_details for m in page.meetings] + [m.objective for m in page.meetings] \
        + [upcoming.timezone] + [item.title for item in page.agenda_model.items]
    texts = [page.banner.text(), page.editor.header.text(), page.count.text(), page.editor.timing.text()]
    texts += column(page.agenda_model, 0) + column(page.model, page.model.STATUS) + column(page.model, page.model.KIND)
    assert not english_in(texts, typed)
    # The day is written in the window's language: the French or Arabic month of the meeting.
    month = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"],
             "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                    "أكتوبر", "نوفمبر", "ديسمبر"]}[language][upcoming.day.month - 1]
    assert month in page.editor.header.text() and month in page.banner.text()
    # The regularity line is core's sentence, said through the person's catalogue (the same
    # words the command line prints with --language).
    [gap] = core_meetings.check_regularity(page.meetings, page.profile.target_months, DEMO_TODAY).gaps
    said = {"fr": "4 mois et 27 jours entre deux réunions du forum, plus de 3 mois.",
            "ar": "بين اجتماعَي المنتدى، أي أكثر من"}[language]
    assert said in gap.message() and gap.message() in page.banner.text().replace("&#x27;", "'")


def test_minutes_page_header_quorum_verdicts_and_rules(qtbot, demo_db, demo_path, language):
    from msf_desk.ui.session import ForumSession

    page = MinutesPage(ForumSession(demo_db, demo_path))
    qtbot.addWidget(page)
    page.set_today(DEMO_TODAY)
    decided = next(m for m in page.meetings if core_minutes.decisions_of(page.db, m.id)
                   and not core_minutes.is_locked(page.db, m.id))
    page.select_meeting(decided.id)
    decision = core_minutes.decisions_of(page.db, decided.id)[0]
    page.item_id = decision.item_id
    page._show_item()
    typed = [m.title for m in page.meetings] + [decided.timezone] \
        + [d.text.splitlines()[0] for d in core_minutes.decisions_of(page.db, decided.id) if d.text]
    texts = [page.status.text(), page.quorum_label.text(), page.verdict_label.text()] + combo_items(page.meeting_choice) \
        + combo_items(page.rule) + column(page.decisions_model, DecisionsModel.RULE) \
        + column(page.decisions_model, DecisionsModel.VERDICT)
    assert page.decisions_model.rowCount() >= 1 and page.verdict_label.text()
    assert not english_in(texts, typed)
    assert not english_in([page.decisions_model.index(0, DecisionsModel.VERDICT).data(Qt.ToolTipRole)], typed)


def test_responses_outcomes_and_members_methods(qtbot, session, language):
    responses = ResponsesPage(session)
    qtbot.addWidget(responses)
    typed_themes = combo_items(responses.theme_filter)[1:]
    texts = combo_items(responses.outcome_filter) + combo_items(responses.channel_filter) \
        + combo_items(responses.type_filter) + column(responses.model, ContributionsModel.OUTCOME) \
        + column(responses.model, ContributionsModel.CHANNEL)
    assert not english_in(texts, typed_themes)
    members = MembersPage(session)
    qtbot.addWidget(members)
    texts = combo_items(members.side_filter) + combo_items(members.role_filter) + combo_items(members.status_filter) \
        + column(members.rounds_model, 1) + column(members.rounds_model, 2)
    assert members.rounds_model.rowCount() >= 1
    assert not english_in(texts, [r.title for r in members.rounds_model.rounds])


def test_undo_is_said_in_the_window_language_and_recorded_in_english(qtbot, session, language):
    extra = Meeting.at("Extra session", DEMO_TODAY + dt.timedelta(days=40), dt.time(10), dt.time(12), "Europe/Paris",
                       status="planned")
    command = AddMeeting(session, extra)
    session.push(command)
    shown = session.undo_stack.undoText()
    assert "Extra session" in shown and not english_in([shown], ["Extra session"])
    session.undo_stack.undo()
    # The history keeps the edit in the words every reader of the log shares.
    assert audit.history(session.db, limit=1)[0].summary.startswith("Undid: add meeting Extra session")


def test_mail_counts_are_plurals_of_the_language(language):
    lines = _who([1, 2, 3], [], lambda n: DIALOGS_MAIL.tr("To declare their interests: %n member(s) in Bcc.", "", n),
                 "")
    assert "3" in lines[0] and not english_in(lines, [])
    one = _who([1], [], lambda n: DIALOGS_MAIL.tr("To declare their interests: %n member(s) in Bcc.", "", n), "")
    assert one[0] != lines[0].replace("3", "1")   # the singular is its own form
