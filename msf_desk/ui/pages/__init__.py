"""One module per page. PAGES orders the sidebar.

A page class takes (session: ForumSession, parent) and refreshes itself on
`session.changed`.
"""
from __future__ import annotations

from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, shown

# (key, sidebar label (English; shown through label()), "module:Class")
PAGES: list[tuple[str, str, str | None]] = [
    ("today", QT_TRANSLATE_NOOP("SIDEBAR", "Today"), "msf_desk.ui.pages.today:TodayPage"),
    ("forum", QT_TRANSLATE_NOOP("SIDEBAR", "Forum"), "msf_desk.ui.pages.forum:ForumPage"),
    ("members", QT_TRANSLATE_NOOP("SIDEBAR", "Members"), "msf_desk.ui.pages.members:MembersPage"),
    ("meetings", QT_TRANSLATE_NOOP("SIDEBAR", "Meetings"), "msf_desk.ui.pages.meetings:MeetingsPage"),
    ("minutes", QT_TRANSLATE_NOOP("SIDEBAR", "Minutes"), "msf_desk.ui.pages.minutes:MinutesPage"),
    ("ethics", QT_TRANSLATE_NOOP("SIDEBAR", "Ethics"), "msf_desk.ui.pages.ethics:EthicsPage"),
    ("responses", QT_TRANSLATE_NOOP("SIDEBAR", "Responses"), "msf_desk.ui.pages.responses:ResponsesPage"),
    ("repository", QT_TRANSLATE_NOOP("SIDEBAR", "Repository"), "msf_desk.ui.pages.repository:RepositoryPage"),
]


def label(key: str) -> str:
    """The sidebar label of page `key`, in the window's language."""
    return shown(next(text for k, text, _ in PAGES if k == key))
