"""The one family of errors a user can fix.

The CLI prints the message and exits 1; the GUI shows it in a dialog.
Messages are written for a secretariat, not for a programmer.
"""
from __future__ import annotations

from dataclasses import field

from msf_desk.model.messages import M_, M_n
from msf_desk.model.records import record


class UserError(Exception):
    """Something the user can put right: a bad value, a file we cannot use."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotAForumFile(UserError):
    """The file is not an MSF Desk database; it was left untouched."""


class NewerVersion(UserError):
    """The file was written by a newer MSF Desk than this one."""


class DamagedFile(UserError):
    """SQLite's own check found damage in a forum file (or in a copy of it)."""


@record
class Problem:
    """One problem in one row of an imported file."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.row and self.column:
            where = M_("row {row}, column '{column}'").format(row=self.row, column=self.column)
        elif self.row:
            where = M_("row {row}").format(row=self.row)
        elif self.column:
            where = M_("header, column '{column}'").format(column=self.column)
        else:
            where = M_("header")
        return M_("{where}: {problem}").format(where=where, problem=self.message)


class ValidationError(UserError):
    """One or more fields are wrong; `problems` maps field name to message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        first_field, first = next(iter(self.problems.items()))
        text = "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in self.problems.items())
        super().__init__(text, field=first_field)


@record
class ImportFailed(UserError):
    """An import found bad rows; nothing was written."""

    source: str
    problems: list[Problem] = field(default_factory=list)
    advice: str = ""  # what to do about them, when one thing fixes all

    def __post_init__(self) -> None:
        count = len(self.problems)
        lines = [M_n("{source}: {count} problem; nothing was imported.",
                     "{source}: {count} problems; nothing was imported.", count).format(source=self.source, count=count)]
        lines += [f"  {p}" for p in self.problems[:200]]
        if count > 200:
            lines.append("  " + M_("… and {count} more").format(count=count - 200))
        if self.advice:
            lines.append(self.advice)
        UserError.__init__(self, "\n".join(lines))
