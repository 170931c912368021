"""Meetings, agendas (items, approvals, revisions), papers and the standing-items template."""

SCHEMA = [
    """CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN
            ('regular', 'extraordinary', 'working_group', 'open_meeting', 'consultation_event')),
        title TEXT NOT NULL,
        starts_at TEXT NOT NULL,           -- UTC, ISO 8601
        ends_at TEXT NOT NULL,             -- UTC, ISO 8601
        timezone TEXT NOT NULL DEFAULT 'UTC',
        location TEXT NOT NULL DEFAULT '',
        remote_offered INTEGER NOT NULL DEFAULT 0,
        remote_details TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
            ('planned', 'notice_sent', 'held', 'cancelled', 'postponed')),
        status_reason TEXT NOT NULL DEFAULT '',
        chair_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
        notice_sent_on TEXT,
        agenda_status TEXT NOT NULL DEFAULT 'draft' CHECK (agenda_status IN ('draft', 'approved', 'sent')),
        agenda_sent_on TEXT,
        public INTEGER NOT NULL DEFAULT 1,
        -- A random identifier kept for life, so that calendar re-exports update the same event.
        uid TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
        sequence INTEGER NOT NULL DEFAULT 0,  -- bumped on each change after the notice (iCalendar SEQUENCE)
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        CHECK (ends_at >= starts_at)
    )""",
    "CREATE INDEX meetings_starts ON meetings(starts_at)",
    "CREATE UNIQUE INDEX meetings_uid ON meetings(uid)",
    """CREATE TABLE agenda_approvals (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members(id),
        approved_on TEXT NOT NULL,
        UNIQUE (meeting_id, member_id)
    )""",
    """CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'discussion' CHECK (purpose IN ('information', 'discussion', 'decision')),
        presenters TEXT NOT NULL DEFAULT '',
        duration_minutes INTEGER NOT NULL DEFAULT 15 CHECK (duration_minutes BETWEEN 0 AND 1440),
        description TEXT NOT NULL DEFAULT '',
        questions TEXT NOT NULL DEFAULT '',
        draft_decision TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '',          -- ';'-separated keywords (conflicts of interest)
        organisations TEXT NOT NULL DEFAULT '',   -- ';'-separated organisation names concerned
        standing TEXT NOT NULL DEFAULT ''         -- key of the standing item it came from, if any
    )""",
    "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position)",
    """CREATE TABLE papers (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',       -- a link or a citation when there is no file
        file_name TEXT NOT NULL DEFAULT '',       -- the original file name (made safe)
        stored_path TEXT NOT NULL DEFAULT '',     -- relative to the forum's storage folder
        sha256 TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',         -- the paper's text or abstract, printed in the pack's annex
        added_on TEXT NOT NULL DEFAULT '',
        disclosure TEXT NOT NULL DEFAULT 'public' CHECK (disclosure IN ('public', 'withheld', 'confidential'))
    )""",
    "CREATE INDEX papers_meeting ON papers(meeting_id)",
    """CREATE TABLE agenda_revisions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        changed_on TEXT NOT NULL,
        description TEXT NOT NULL
    )""",
    """CREATE TABLE standing_items (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'information',
        duration_minutes INTEGER NOT NULL DEFAULT 5,
        enabled INTEGER NOT NULL DEFAULT 1
    )""",
]

STANDING = [
    ("welcome", 1, "Welcome and introductions", "information", 5),
    ("declarations", 2, "Declarations of interest", "information", 5),
    ("previous_minutes", 3, "Approval of the minutes of the previous meeting", "decision", 10),
    ("matters_arising", 4, "Matters arising and actions from the previous meeting", "discussion", 15),
    ("aob", 99, "Any other business", "discussion", 10),
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
    for key, position, title, purpose, minutes in STANDING:
        db.execute(
            "INSERT INTO standing_items (key, position, title, purpose, duration_minutes) VALUES (?, ?, ?, ?, ?)",
            [key, position, title, purpose, minutes],
        )
