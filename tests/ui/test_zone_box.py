"""One time-zone list everywhere: the forum's settings and the meeting dialog choose from
the same searchable list, starting on the forum's zone."""
from __future__ import annotations

from PySide6.QtCore import Qt

from msf_desk.ui.dialogs.meetings import MeetingDialog
from msf_desk.ui.widgets.zones import ZoneBox, zone_names


def test_picking_a_zone_by_typing_part_of_its_name(qtbot):
    box = ZoneBox("Europe/Paris")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.zone() == "Europe/Paris"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "new york")
    completer = box.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    found = [completer.completionModel().index(r, 0).data() for r in range(completer.completionModel().rowCount())]
    assert found == ["America/New York"]
    qtbot.keyClick(completer.popup(), Qt.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key_Return)
    assert box.zone() == "America/New_York"


def test_the_list_is_filled_when_the_box_is_opened_keeping_its_zone(qtbot):
    box = ZoneBox("America/New_York")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.count() == 1 and box.currentText() == "America/New York"
    box.showPopup()                              # opened as a click does
    assert box.count() == len(zone_names()) and box.zone() == "America/New_York"
    box.hidePopup()


def test_a_name_not_in_the_list_is_given_back_for_core_to_refuse(qtbot):
    box = ZoneBox("Mars/Olympus")
    qtbot.addWidget(box)
    assert box.zone() == "Mars/Olympus"
    assert "Etc/GMT+5" not in zone_names() and "UTC" in zone_names() and "Africa/Nairobi" in zone_names()


def test_the_forum_page_and_the_meeting_dialog_share_the_list(qtbot, session):
    from msf_desk.ui.pages.forum import ForumPage

    page = ForumPage(session)
    qtbot.addWidget(page)
    dialog = MeetingDialog(timezone=session_zone(page), chairs=[])
    qtbot.addWidget(dialog)
    forum_box, meeting_box = page.widgets["timezone"], dialog.timezone
    assert isinstance(forum_box, ZoneBox) and isinstance(meeting_box, ZoneBox)
    assert forum_box.count() == 1                # only its zone until the list is first opened
    forum_box.fill()
    meeting_box.fill()
    assert forum_box.count() == len(zone_names()) and forum_box.zone() == page.profile.timezone
    assert [forum_box.itemData(i) for i in range(forum_box.count())] == \
        [meeting_box.itemData(i) for i in range(meeting_box.count())]
    assert meeting_box.zone() == forum_box.zone() == page.profile.timezone   # starts on the forum's zone


def session_zone(page) -> str:
    return page.profile.timezone
