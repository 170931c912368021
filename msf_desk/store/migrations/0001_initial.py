"""The forum profile, members, selection rounds and candidates."""

SCHEMA = """
CREATE TABLE forum (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    jurisdiction TEXT NOT NULL DEFAULT 'national' CHECK (jurisdiction IN ('national', 'local')),
    place TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    remit TEXT NOT NULL DEFAULT '',
    decision_rule TEXT NOT NULL DEFAULT 'consensus'
        CHECK (decision_rule IN ('consensus', 'majority', 'qualified_majority', 'mixed')),
    qualified_fraction TEXT NOT NULL DEFAULT '2/3',
    qualified_base TEXT NOT NULL DEFAULT 'present' CHECK (qualified_base IN ('present', 'all_active')),
    quorum_kind TEXT NOT NULL DEFAULT 'majority' CHECK (quorum_kind IN ('majority', 'fraction', 'number')),
    quorum_value TEXT NOT NULL DEFAULT '',
    quorum_both_sides INTEGER NOT NULL DEFAULT 1,
    quorum_rule TEXT NOT NULL DEFAULT '',
    frequency_months INTEGER NOT NULL DEFAULT 3 CHECK (frequency_months BETWEEN 1 AND 12),
    action_plan_in_development INTEGER NOT NULL DEFAULT 0,
    notice_days INTEGER NOT NULL DEFAULT 7 CHECK (notice_days BETWEEN 0 AND 90),
    agenda_setter TEXT NOT NULL DEFAULT '',
    conflicts_policy TEXT NOT NULL DEFAULT '',
    minutes_detail TEXT NOT NULL DEFAULT '',
    decision_powers TEXT NOT NULL DEFAULT '',
    publish_names INTEGER NOT NULL DEFAULT 1,
    lead_agency TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    seats_government INTEGER NOT NULL DEFAULT 0,
    seats_non_government INTEGER NOT NULL DEFAULT 0,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    both_cochairs_approve INTEGER NOT NULL DEFAULT 1,
    declaration_interval_months INTEGER NOT NULL DEFAULT 12,
    response_working_days INTEGER NOT NULL DEFAULT 20,
    updated TEXT NOT NULL DEFAULT ''
);
INSERT INTO forum (id, name) VALUES (1, 'New forum');

CREATE TABLE selection_rounds (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    side TEXT NOT NULL DEFAULT 'non_government' CHECK (side IN ('government', 'non_government', 'both')),
    method TEXT NOT NULL DEFAULT 'open_call'
        CHECK (method IN ('open_call', 'election', 'appointment')),
    call_opened TEXT,
    call_closed TEXT,
    advertised TEXT NOT NULL DEFAULT '',
    led_by TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    result_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES selection_rounds(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'civil_society',
    outcome TEXT NOT NULL DEFAULT 'candidate'
        CHECK (outcome IN ('candidate', 'selected', 'reserve', 'not_selected', 'withdrawn')),
    votes INTEGER
);
CREATE INDEX candidates_round ON candidates(round_id);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('government', 'non_government')),
    side_overridden INTEGER NOT NULL DEFAULT 0,
    role TEXT NOT NULL DEFAULT 'member'
        CHECK (role IN ('co_chair', 'member', 'alternate', 'observer', 'secretariat')),
    voting INTEGER NOT NULL DEFAULT 1,
    alternate_for INTEGER REFERENCES members(id) ON DELETE SET NULL,
    high_level INTEGER NOT NULL DEFAULT 0,
    term_start TEXT,
    term_end TEXT,
    selection_round_id INTEGER REFERENCES selection_rounds(id) ON DELETE SET NULL,
    appointed_by TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    bio TEXT NOT NULL DEFAULT '',
    publish_name INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'term_ended', 'resigned', 'removed')),
    status_date TEXT,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);
CREATE INDEX members_alternate_for ON members(alternate_for);

-- Small settings the forum file carries with it (e.g. the last repository export).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def migrate(db) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)
