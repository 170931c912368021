"""Ethics: statement versions, signatures, declarations of interest and their interests, breaches."""

SCHEMA = [
    """CREATE TABLE ethics_statements (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
        text TEXT NOT NULL,
        dated TEXT NOT NULL,                       -- the date the forum adopted this version
        note TEXT NOT NULL DEFAULT ''              -- what changed, for the record
    )""",
    """CREATE TABLE ethics_signatures (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        statement_id INTEGER NOT NULL REFERENCES ethics_statements(id) ON DELETE CASCADE,
        signed_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('typed', 'scan')),
        confirmation TEXT NOT NULL DEFAULT '',     -- the member's typed words (method 'typed'); private
        file_name TEXT NOT NULL DEFAULT '',        -- the scan's original name (method 'scan')
        stored_path TEXT NOT NULL DEFAULT '',      -- relative to the forum's storage folder
        sha256 TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        UNIQUE (member_id, statement_id),
        CHECK (method = 'scan' OR confirmation <> ''),
        CHECK (method = 'typed' OR (stored_path <> '' AND sha256 <> ''))
    )""",
    "CREATE INDEX ethics_signatures_member ON ethics_signatures(member_id)",
    """CREATE TABLE declarations (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        made_on TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'periodic' CHECK (kind IN ('joining', 'periodic', 'change')),
        nothing_to_declare INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX declarations_member ON declarations(member_id, made_on)",
    """CREATE TABLE interests (
        id INTEGER PRIMARY KEY,
        declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        type TEXT NOT NULL CHECK (type IN ('employment', 'directorship', 'financial',
            'government_funding', 'family', 'gifts', 'other')),
        organisation TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        from_date TEXT,
        to_date TEXT,
        visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'forum_only')),
        reason TEXT NOT NULL DEFAULT '',           -- why it is kept within the forum
        CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
    )""",
    "CREATE INDEX interests_declaration ON interests(declaration_id)",
    """CREATE TABLE breaches (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        allegation TEXT NOT NULL,
        reported_on TEXT NOT NULL,
        handled_by TEXT NOT NULL DEFAULT '',
        sanction TEXT NOT NULL DEFAULT 'none' CHECK (sanction IN ('none', 'warning', 'suspension', 'removal')),
        outcome TEXT NOT NULL DEFAULT '',
        decided_on TEXT,
        closed_on TEXT
    )""",
    "CREATE INDEX breaches_member ON breaches(member_id)",
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
