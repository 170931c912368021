"""Moved to msf_desk.model.dates; kept so older imports still work."""
from msf_desk.model.dates import add_months, human, iso, parse_date  # noqa: F401
