"""What the forum's rules accept as an e-mail address (members, the forum's contact, imports)."""
from __future__ import annotations

import re

# Kept as text and matched through re's own cache: compiled only when an address is checked,
# not at every start of the program.
_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def is_email_address(text: str) -> bool:
    """True when `text` (already stripped) has the shape name@domain.tld, with no spaces."""
    return re.match(_EMAIL, text) is not None
