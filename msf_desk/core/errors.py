"""Moved to msf_desk.model.errors; kept so older imports still work."""
from msf_desk.model.errors import (DamagedFile, ImportFailed, NewerVersion, NotAForumFile, Problem, UserError,  # noqa: F401
                                   ValidationError)
