"""A meeting chosen in the Meetings list is read off the GUI thread when the window runs as
`msf-desk` runs it (read_off_thread): the page says it is reading it and shows nothing of the
meeting shown before, a newer choice drops an older reading, and what it shows once read is
what the page built on the GUI thread shows. The Repository page (the standards' check, the last
export and the records of its second tab) reads off the GUI thread the same way."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import agendas as core_agendas
from msf_desk.core import minutes as core_minutes
from msf_desk.core import minutes_reads
from msf_desk.ui.commands.meetings import EditMeeting
from msf_desk.ui.commands.standards import SetWebsite
from msf_desk.ui.models.meetings import ID_ROLE
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.ui.pages.repository import RepositoryPage

from tests.ui.test_pages_read_later import filled, table_rows

READING_MEETING = "Reading the meeting's agenda and papers…"


@pytest.fixture
def window(reading_window):
    return reading_window


def click_meeting(qtbot, page: MeetingsPage, meeting_id: int) -> None:
    """Click the meeting's row in the list, as the user does."""
    proxy = page.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == meeting_id)
    index = proxy.index(row, page.model.TITLE)
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=page.table.visualRect(index).center())


def details_shown(page: MeetingsPage) -> dict:
    return {"current": page.current_id, "editor": page.editor.meeting.id if page.editor.meeting else None,
            "header": page.editor.header.text(), "agenda": table_rows(page.agenda_table),
            "papers": table_rows(page.editor.papers_table), "conflicts": page.conflicts.summary.text(),
            "actions": [a.isEnabled() for a in (page.edit_action, page.delete_action, page.held_action)]}


def on_the_gui_thread(session, qtbot, meeting_id: int) -> dict:
    here = MeetingsPage(session)                  # the same page, read on the GUI thread
    qtbot.addWidget(here)
    assert here.select_meeting(meeting_id)
    return details_shown(here)


def other_meetings(page: MeetingsPage, n: int) -> list[int]:
    """Meetings other than the one shown that have an agenda (their details differ from it)."""
    with_items = [m.id for m in page.meetings if m.id != page.current_id
                  and core_agendas.items_of(page.session.db, m.id)]
    return with_items[:n]


def test_a_meeting_chosen_in_the_list_is_read_off_the_gui_thread(window, qtbot):
    page = window.show_page("meetings")
    filled(qtbot, page)
    before = page.current_id
    chosen = other_meetings(page, 1)[0]
    click_meeting(qtbot, page, chosen)
    # Nothing of the meeting shown before stays on screen, and nothing acts on it meanwhile.
    assert page.filling and page.current_id == chosen != before
    assert READING_MEETING in page.editor.header.text()
    assert page.agenda_model.rowCount() == 0 and page.editor.papers_table.model().rowCount() == 0
    assert not page.editor.tabs.isEnabled() and not page.edit_action.isEnabled()
    assert page.conflicts.summary.text() == READING_MEETING
    filled(qtbot, page)
    assert page.editor.meeting.id == chosen
    assert details_shown(page) == on_the_gui_thread(window.session, qtbot, chosen)


def test_a_newer_choice_drops_the_older_reading(window, qtbot, monkeypatch):
    page = window.show_page("meetings")
    filled(qtbot, page)
    first, second = other_meetings(page, 2)
    shown = []
    show = page._details_read
    monkeypatch.setattr(page, "_details_read", lambda d: (shown.append(d.meeting.id), show(d)))
    click_meeting(qtbot, page, first)
    click_meeting(qtbot, page, second)
    assert page.current_id == second and READING_MEETING in page.editor.header.text()
    filled(qtbot, page)
    assert shown == [second]                     # the first meeting's reading came back to nobody
    assert details_shown(page) == on_the_gui_thread(window.session, qtbot, second)


def test_a_meeting_chosen_while_the_meetings_are_read_again_is_shown_once_read(window, qtbot):
    session = window.session
    page = window.show_page("meetings")
    filled(qtbot, page)
    chosen = other_meetings(page, 1)[0]
    planned = next(m for m in page.meetings if m.status == "planned")
    command = EditMeeting(session, planned, dataclasses.replace(planned, title="Renamed While Reading"), page.today)
    session.push(command)                        # the meetings are read again
    assert command.error is None and page.filling
    click_meeting(qtbot, page, chosen)           # chosen from the list as it was read before
    assert READING_MEETING in page.editor.header.text() and page.agenda_model.rowCount() == 0
    filled(qtbot, page)                          # the meetings, then the meeting chosen
    assert "Renamed While Reading" in [m.title for m in page.meetings]
    assert details_shown(page) == on_the_gui_thread(session, qtbot, chosen)
    rows = page.table.selectionModel().selectedRows()
    assert [r.data(ID_ROLE) for r in rows] == [chosen]


def test_a_meeting_whose_details_cannot_be_read_is_said_plainly(window, qtbot, demo_path, damage):
    page = window.show_page("meetings")
    filled(qtbot, page)
    chosen = other_meetings(page, 1)[0]
    damage(demo_path, "agenda_items")            # the file spoilt under the open forum: only the agenda meets it
    with qtbot.waitSignal(page.fill_failed, timeout=30000):
        click_meeting(qtbot, page, chosen)
    assert window.damage_message is not None and "found damage" in window.damage_message.text()
    # The list stays; the agenda side says the meeting could not be read, with nothing stale.
    assert page.current_id == chosen and not page.filling
    assert page.banner.text() != "The meetings could not be read."
    said = "This meeting could not be read from the forum file"
    assert said in page.editor.header.text() and said in page.conflicts.summary.text()
    assert READING_MEETING not in page.editor.header.text()
    assert page.editor.meeting is None and page.agenda_model.rowCount() == 0
    assert page.editor.papers_table.model().rowCount() == 0 and page.conflicts.model.rowCount() == 0
    assert not page.editor.tabs.isEnabled()
    assert not any(a.isEnabled() for a in (page.edit_action, page.delete_action, page.held_action,
                                           page.cancel_action, page.postpone_action, page.reinstate_action))
    page.edit_action.trigger()                   # nothing to act on: no dialog opens
    assert page.dialog is None


def repository_shown(page: RepositoryPage) -> dict:
    records = page.records
    return {"summary": page.summary.text(), "contrary": page.contrary.text(), "last": page.last_export.text(),
            "frameworks": {k: b.isChecked() for k, b in page.framework_boxes.items()},
            "shown": [page.framework_shown.itemText(i) for i in range(page.framework_shown.count())],
            "indicators": table_rows(page.table), "details": page.details.text(),
            "website": records.website.text(), "plans": table_rows(records.plans),
            "outreach": table_rows(records.outreach), "documents": table_rows(records.documents)}


def test_the_repository_page_reads_off_the_gui_thread_and_shows_what_the_gui_thread_read(window, qtbot):
    page = window.show_page("repository")
    assert isinstance(page, RepositoryPage) and page.later and page.filling
    assert page.summary.text() == "Checking the records against the standards…"
    assert page.table.model().rowCount() == 0 and page.records.plans.model().rowCount() == 0
    assert not any(box.isEnabled() for box in page.framework_boxes.values())
    assert not page.records.buttons["plans_edit"].isEnabled()
    filled(qtbot, page)
    here = RepositoryPage(window.session)        # the same page, read on the GUI thread
    qtbot.addWidget(here)
    assert repository_shown(page) == repository_shown(here)
    assert page.table.model().rowCount() > 0 and page.records.plans.model().rowCount() > 0
    assert all(box.isEnabled() for box in page.framework_boxes.values())
    # The records' tab: an edit there is read again with the check, and shown.
    page.tabs.setCurrentWidget(page.records)
    window.session.push(SetWebsite(window.session, "https://forum.example.org/ogp"))
    assert page.filling
    filled(qtbot, page)
    assert page.records.website.text() == "https://forum.example.org/ogp"
    assert repository_shown(page) == repository_shown(RepositoryPage(window.session))


def test_a_large_forums_check_shows_in_the_status_area_and_cancel_stops_it(window, qtbot, monkeypatch):
    """From CHECK_IN_BACKGROUND_FROM contributions the reading leaves the check to a job of its
    own: it shows in the status area with Cancel (as every long job), Cancel stops the check
    itself, the page says so and offers to check again."""
    import threading

    from msf_desk.ui.pages import repository as repository_page

    monkeypatch.setattr(repository_page, "CHECK_IN_BACKGROUND_FROM", 1)   # the demo's contributions are "many"
    started, real = threading.Event(), repository_page._assess

    def until_cancelled(db, today, progress):
        started.set()
        assert progress.stop.wait(60)            # held until Cancel is clicked, then the real check
        return real(db, today, progress)

    monkeypatch.setattr(repository_page, "_assess", until_cancelled)
    page = window.show_page("repository")
    filled(qtbot, page)
    job = page.check_job
    assert job is not None and job.running and job.kind == "check"
    bar = window.jobs_bar
    assert bar.isVisible() and bar.job is job and bar.cancel_button.isEnabled()
    assert bar.text.text() == page.summary.text() == "Checking the records against the standards…"
    assert page.table.model().rowCount() == 0 and page.records.plans.model().rowCount() > 0
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        qtbot.mouseClick(bar.cancel_button, Qt.LeftButton)
    assert page.check_job is None and bar.isHidden() and window.session.jobs == []
    assert page.summary.text() == ("The check against the standards was cancelled: nothing is shown until it runs "
                                   "again.")
    assert page.table.model().rowCount() == 0 and page.check_again_button.isVisible()
    monkeypatch.setattr(repository_page, "_assess", real)
    qtbot.mouseClick(page.check_again_button, Qt.LeftButton)
    assert not page.check_again_button.isVisible()
    filled(qtbot, page)
    qtbot.waitUntil(lambda: page.check_job is None, timeout=60000)
    monkeypatch.undo()                           # the same page checked on the GUI thread
    assert repository_shown(page) == repository_shown(RepositoryPage(window.session))
    assert page.table.model().rowCount() > 0


def test_a_plan_chosen_for_change_while_the_repository_page_reads_opens_on_the_plan_as_read(window, qtbot):
    page = window.show_page("repository")
    filled(qtbot, page)
    page.tabs.setCurrentWidget(page.records)
    page.reload()                                # read again (as after a change elsewhere)
    assert page.filling
    page.records.edit_plan()                     # waits for the reading
    assert page.records.dialog is None
    filled(qtbot, page)
    dialog = page.records.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_damaged_table_found_by_the_repository_page_reading_is_reported(window, qtbot, demo_path, damage):
    damage(demo_path, "action_plans")            # after the forum opened: only this page's reading meets it
    page = window.show_page("repository")
    assert page.filling
    with qtbot.waitSignal(page.fill_failed, timeout=30000):
        pass
    assert window.damage_message is not None and window.damage_message.isVisible()
    assert "found damage" in window.damage_message.text()
    assert page.summary.text() == "Cannot check the standards"


# --- the Minutes page: an agenda item chosen ------------------------------------------------------
READING_ITEM = "Reading the item's notes, decisions and conflicts…"


def click_item(qtbot, page, item_id: int) -> None:
    """Click the item's row in the Minutes page's agenda, as the user does."""
    row = page.items_model.row_of(item_id)
    index = page.items_table.model().index(row, 1)
    page.items_table.scrollTo(index)
    qtbot.mouseClick(page.items_table.viewport(), Qt.LeftButton, pos=page.items_table.visualRect(index).center())


def item_shown(page) -> dict:
    return {"meeting": page.meeting_id, "item": page.item_id, "title": page.item_title.text(),
            "discussion": page.discussion.toPlainText(), "breakouts": page.breakouts.toPlainText(),
            "breakout_summary": page.breakout_summary.text(), "declarations": page.declarations_label.text(),
            "decisions": table_rows(page.decisions_table), "decision": page.decision_id,
            "decision_text": page.decision_text.toPlainText(), "verdict": page.verdict_label.text(),
            "conflicts": page.conflicts.summary.text(), "conflict_rows": table_rows(page.conflicts.table),
            "enabled": [w.isEnabled() for w in (page.discussion, page.add_decision_button, page.declare_button,
                                                page.decision_form)]}


def item_on_the_gui_thread(session, qtbot, meeting_id: int, item_id: int) -> dict:
    from msf_desk.ui.pages.minutes import MinutesPage

    here = MinutesPage(session)                   # the same page, read on the GUI thread
    qtbot.addWidget(here)
    assert here.select_meeting(meeting_id)
    click_item(qtbot, here, item_id)
    assert here.item_id == item_id
    return item_shown(here)


def minutes_with_decisions(page):
    """A meeting with minutes whose agenda has two items or more, one of them with decisions."""
    db = page.session.db
    for m in page.meetings:
        decisions = core_minutes.decisions_of(db, m.id)
        items = [i.id for i in core_agendas.items_of(db, m.id) if not i.is_break]
        if minutes_reads.get_minutes(db, m.id) is not None and decisions and len(items) > 2:
            decided = next(d.item_id for d in decisions if d.item_id in items)
            return m.id, decided, [i for i in items if i != decided]
    raise AssertionError("the demo has minutes with decisions")


def minutes_shown(window, qtbot):
    """The Minutes page filled on the meeting of `minutes_with_decisions`: the page, the
    meeting, its decided item and its other items."""
    page = window.show_page("minutes")
    filled(qtbot, page)
    meeting_id, decided, others = minutes_with_decisions(page)
    if page.meeting_id != meeting_id:
        page.select_meeting(meeting_id)
        filled(qtbot, page)
    return page, meeting_id, decided, others


def test_an_item_chosen_in_the_minutes_agenda_is_read_off_the_gui_thread(window, qtbot):
    page, meeting_id, decided, others = minutes_shown(window, qtbot)
    click_item(qtbot, page, others[0])
    if page.filling:
        filled(qtbot, page)
    click_item(qtbot, page, decided)
    # Nothing of the item shown before stays on screen, and nothing acts on the item meanwhile.
    assert page.filling and page.item_id == decided
    assert page.item_title.text() == READING_ITEM and page.conflicts.summary.text() == READING_ITEM
    assert page.decisions_model.rowCount() == 0 and page.discussion.toPlainText() == ""
    assert page.verdict_label.text() == "" and page.declarations_label.text() == ""
    assert not any(w.isEnabled() for w in (page.discussion, page.breakouts, page.add_decision_button,
                                           page.declare_button, page.decision_form))
    before = len([d for d in core_minutes.decisions_of(window.session.db, meeting_id) if d.item_id == decided])
    page.add_decision()                          # waits for the item: added to it once read
    filled(qtbot, page)
    assert page.decisions_model.rowCount() == before + 1 and page.decision_id == page.decisions_model.rows[-1][1].id
    shown, here = item_shown(page), item_on_the_gui_thread(window.session, qtbot, meeting_id, decided)
    for key in ("decision", "decision_text", "verdict"):   # the new decision is the one chosen here
        shown.pop(key), here.pop(key)
    assert shown == here and shown["decisions"]


def test_a_newer_item_choice_drops_the_older_reading(window, qtbot, monkeypatch):
    page, meeting_id, decided, others = minutes_shown(window, qtbot)
    first = others[0] if others[0] != page.item_id else others[1]
    shown = []
    came = page._item_came
    monkeypatch.setattr(page, "_item_came", lambda r: (shown.append(r.item_id), came(r)))
    click_item(qtbot, page, first)
    click_item(qtbot, page, decided)
    assert page.item_id == decided and page.item_title.text() == READING_ITEM
    filled(qtbot, page)
    assert shown == [decided]                    # the first item's reading came back to nobody
    assert item_shown(page) == item_on_the_gui_thread(window.session, qtbot, meeting_id, decided)


def test_an_item_chosen_while_the_minutes_are_read_again_is_read_with_them(window, qtbot):
    page, meeting_id, decided, others = minutes_shown(window, qtbot)
    if page.item_id == decided:
        click_item(qtbot, page, others[0])
        filled(qtbot, page)
    page.reload()                                # read again (as after a change elsewhere)
    assert page.filling
    click_item(qtbot, page, decided)
    assert page.item_title.text() == READING_ITEM and page.decisions_model.rowCount() == 0
    filled(qtbot, page)
    assert page.item_id == decided
    assert item_shown(page) == item_on_the_gui_thread(window.session, qtbot, meeting_id, decided)


# --- the conflicts panels read again by themselves ------------------------------------------------
READING_CONFLICTS = "Reading the potential conflicts of interest…"


def panel_shown(panel) -> dict:
    return {"meeting": panel.meeting_id, "item": panel.item_id, "summary": panel.summary.text(),
            "rows": table_rows(panel.table), "flags": panel.flags.text() if panel.flags.isVisibleTo(panel) else ""}


def test_the_ethics_conflicts_panel_reads_off_the_gui_thread_and_again_after_a_change(window, qtbot):
    from msf_desk.ui.widgets.conflicts import ConflictsPanel

    page = window.show_page("ethics")
    filled(qtbot, page)
    panel = page.conflicts
    page.tabs.setCurrentWidget(page.conflicts_tab)         # the tab opened: its meeting read then
    assert panel.later and panel.filling and panel.summary.text() == READING_CONFLICTS
    assert panel.model.rowCount() == 0
    filled(qtbot, panel)
    here = ConflictsPanel(window.session, can_record=True)  # the same panel, read on the GUI thread
    qtbot.addWidget(here)
    here.set_meeting(panel.meeting_id)
    assert panel_shown(panel) == panel_shown(here) and panel.model.rowCount() > 0
    select_row_of(panel, 0)
    assert panel.recuse_button.isEnabled() or panel.waiver_button.isEnabled() or panel.declare_button.isEnabled()
    window.session.notify("agendas")                        # a change: read again, nothing recorded meanwhile
    assert panel.filling
    assert not any(b.isEnabled() for b in (panel.recuse_button, panel.waiver_button, panel.declare_button))
    filled(qtbot, panel)
    assert panel_shown(panel) == panel_shown(here)


def select_row_of(panel, row: int) -> None:
    from msf_desk.ui.widgets.tables import select_row

    select_row(panel.table, row)


@pytest.mark.parametrize("key", ["meetings", "minutes", "ethics"])
def test_a_conflicts_panel_whose_own_reading_fails_is_reported_by_the_window(window, qtbot, demo_path, damage, key):
    page = window.show_page(key)
    filled(qtbot, page)
    panel = page.conflicts
    if key == "ethics":
        page.tabs.setCurrentWidget(page.conflicts_tab)      # the tab opened: its meeting read then
        filled(qtbot, panel)
    assert panel.later and panel.meeting_id is not None and window.damage_message is None
    damage(demo_path, "interests")               # after the forum opened: only the panel's reading meets it
    with qtbot.waitSignal(panel.fill_failed, timeout=30000):
        window.session.notify("agendas")         # a change the panel reads again for by itself
    box = window.damage_message
    assert box is not None and box.isVisible()
    assert "found damage in demo.msf" in box.text() and "The newest backup:" in box.informativeText()
    assert any(b.text().startswith("Restore") for b in box.buttons())
    # The panel says it too, with no conflicts of before and nothing to record; its page stays.
    assert "could not be read from the forum file" in panel.summary.text()
    assert panel.model.rowCount() == 0 and not panel.filling and not page.filling
    assert not any(b.isEnabled() for b in (panel.recuse_button, panel.waiver_button, panel.declare_button))
