"""Light reads for the compliance check: only the columns its indicators look at.

Reading 100,000 whole contributions (texts, links) to count answers took seconds; these
rows carry just the dates and outcomes.
"""
from __future__ import annotations


def contribution_timings(db) -> list[tuple]:
    """(id, consultation_id, received_on, due_on, outcome, answered_on) of every contribution."""
    return db.execute(
        "SELECT id, consultation_id, received_on, due_on, outcome, answered_on FROM contributions "
        "ORDER BY consultation_id, id").fetchall()
