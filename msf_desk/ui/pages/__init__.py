"""One module per page. PAGES orders the sidebar.

A page class takes (session: ForumSession, parent) and refreshes itself on
`session.changed`. `None` marks a page that a later version fills.
"""
from __future__ import annotations

# (key, sidebar label, "module:Class" or None while not yet available)
PAGES: list[tuple[str, str, str | None]] = [
    ("forum", "Forum", "msf_desk.ui.pages.forum:ForumPage"),
    ("members", "Members", "msf_desk.ui.pages.members:MembersPage"),
    ("meetings", "Meetings", None),
    ("minutes", "Minutes", None),
    ("ethics", "Ethics", None),
    ("responses", "Responses", None),
    ("repository", "Repository", None),
]
