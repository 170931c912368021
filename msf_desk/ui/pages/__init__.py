"""One module per page. PAGES orders the sidebar.

A page class takes (session: ForumSession, parent) and refreshes itself on
`session.changed`.
"""
from __future__ import annotations

# (key, sidebar label, "module:Class")
PAGES: list[tuple[str, str, str | None]] = [
    ("today", "Today", "msf_desk.ui.pages.today:TodayPage"),
    ("forum", "Forum", "msf_desk.ui.pages.forum:ForumPage"),
    ("members", "Members", "msf_desk.ui.pages.members:MembersPage"),
    ("meetings", "Meetings", "msf_desk.ui.pages.meetings:MeetingsPage"),
    ("minutes", "Minutes", "msf_desk.ui.pages.minutes:MinutesPage"),
    ("ethics", "Ethics", "msf_desk.ui.pages.ethics:EthicsPage"),
    ("responses", "Responses", "msf_desk.ui.pages.responses:ResponsesPage"),
    ("repository", "Repository", "msf_desk.ui.pages.repository:RepositoryPage"),
]
