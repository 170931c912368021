"""Papers: the documents circulated with an agenda, copied into the forum's storage."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from msf_desk.core import attachments
from msf_desk.core import trash
from msf_desk.model.dates import human
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import DISCLOSURES, Paper, PaperVersion  # noqa: F401  (the records live in model)
from msf_desk.store import meetings as store
from msf_desk.core.agendas import timings
from msf_desk.core.meetings import ensure_unlocked, get_meeting, is_locked, note_change
from msf_desk.model.messages import M_

MAX_BYTES = 200 * 1024 * 1024


def validate(paper: Paper) -> None:
    problems: dict[str, str] = {}
    if not paper.title.strip():
        problems["title"] = M_("a paper needs a title")
    if paper.disclosure not in DISCLOSURES:
        problems["disclosure"] = M_("choose public, withheld as pre-decision, or confidential")
    if problems:
        raise ValidationError(problems)


def safe_file_name(name: str) -> str:
    return attachments.safe_file_name(name, fallback="paper")


def store_file(files_dir: Path, source: str | Path) -> dict:
    """Copy `source` into `files_dir/papers/<sha[:2]>/<sha>-<safe name>`; return the file fields."""
    return attachments.store_file(files_dir, source, folder="papers", max_bytes=MAX_BYTES, what=M_("papers"), fallback="paper",
                                  too_big_hint="Share a link to it as a reference instead.")


def stored_file(files_dir: Path, paper: Paper) -> Path | None:
    """The paper's own file in the forum's storage; UserError when its stored path leads
    outside that folder (the file is then never read or published)."""
    if not paper.stored_path:
        return None
    return attachments.inside_storage(files_dir, paper.stored_path, what=M_("The file of the paper “{title}”").format(title=paper.title))


def check_stored_path(paper: Paper, files_dir: Path | None = None) -> Paper:
    """A paper that arrives with its file already stored (an import, an undo): the stored path
    must lie inside the forum's storage folder and the file name must be a safe one."""
    if not paper.stored_path:
        return paper
    attachments.inside_storage(files_dir, paper.stored_path, what=M_("The file of the paper “{title}”").format(title=paper.title))
    return dataclasses.replace(paper, file_name=safe_file_name(paper.file_name) if paper.file_name else "")


# --- operations on the forum file -----------------------------------------------------

def papers_of(db, meeting_id: int) -> list[Paper]:
    return store.papers_of(db, meeting_id)


def get_paper(db, paper_id: int) -> Paper:
    paper = store.get_paper(db, paper_id)
    if paper is None:
        raise UserError(M_("There is no paper with id {paper_id}.").format(paper_id=paper_id))
    return paper


def add_paper(db, paper: Paper, *, files_dir: Path | None = None, source: str | Path | None = None,
              today: dt.date | None = None) -> Paper:
    """Add a paper to a meeting: with a file (copied into storage) or as a reference."""
    validate(paper)
    ensure_unlocked(db, paper.meeting_id, M_("its papers"))
    if source is not None:
        if files_dir is None:
            raise UserError(M_("This forum has no storage folder for files; save the forum to a file first."))
        paper = dataclasses.replace(paper, **store_file(files_dir, source))
    elif paper.stored_path:
        paper = check_stored_path(paper, files_dir)
    elif not paper.reference.strip() and not paper.tabled:
        raise ValidationError({"reference": M_("attach a file, give a reference (a link or citation) or mark the paper as tabled at the meeting")})
    _check_item(db, paper)
    today = today or dt.date.today()
    paper = dataclasses.replace(paper, added_on=paper.added_on or today.isoformat())
    saved = store.insert_paper(db, paper)
    note_change(db, paper.meeting_id, f"Paper added: {_named(paper)}.", today=today)
    return saved


def _check_item(db, paper: Paper) -> None:
    if paper.item_id is None:
        return
    item = store.get_item(db, paper.item_id)
    if item is None or item.meeting_id != paper.meeting_id:
        raise ValidationError({"item_id": M_("the agenda item is not on this meeting's agenda")})
    if item.is_break:
        raise ValidationError({"item_id": M_("“{title}” is a break; a paper goes with an item of business").format(title=item.title)})


def item_by_number(db, meeting_id: int, number: int):
    """The agenda item numbered `number` in the pack (breaks have no number); UserError if none."""
    meeting = get_meeting(db, meeting_id)
    table = timings(meeting, store.items_of(db, meeting_id))
    numbered = {t.number: t.item for t in table.items if t.number}
    if number not in numbered:
        shown = f"items 1 to {max(numbered)}" if numbered else "no numbered items yet"
        raise UserError(M_("“{title}” has no agenda item {number} (its agenda has {shown}).").format(title=meeting.title, number=number, shown=shown))
    return numbered[number]


def _named(paper: Paper, quoted: bool = False) -> str:
    """How the revision list (printed in the public pack too) names a paper: a confidential
    paper's title is never in it."""
    if paper.disclosure == "confidential":
        return "(title not published)" if quoted else "a confidential paper"
    return f"“{paper.title}”" if quoted else paper.title


def update_paper(db, paper: Paper, *, today: dt.date | None = None) -> Paper:
    validate(paper)
    old = get_paper(db, paper.id)
    if paper.item_id != old.item_id:
        _check_item(db, paper)
    if paper.stored_path != old.stored_path:
        paper = check_stored_path(paper)
    if is_locked(db, old.meeting_id):
        # The record of an approved meeting's papers is fixed; who may read a paper is not
        # (a paper released after the decision, or made confidential to protect someone).
        if dataclasses.replace(paper, disclosure=old.disclosure) != old:
            ensure_unlocked(db, old.meeting_id, M_("its papers (other than who may read them)"))
        store.update_paper(db, paper)
        return paper
    store.update_paper(db, paper)
    if old.disclosure != paper.disclosure:
        note_change(db, paper.meeting_id,
                            f"Paper {_named(paper, quoted=True)} is now {paper.disclosure_label.lower()}.",
                            today=today)
    elif old.tabled != paper.tabled:
        note_change(db, paper.meeting_id,
                            f"Paper {_named(paper, quoted=True)} "
                            + ("will be tabled at the meeting." if paper.tabled else "is circulated with the pack."),
                            today=today)
    elif old.title != paper.title or old.item_id != paper.item_id:
        note_change(db, paper.meeting_id, f"Paper {_named(paper, quoted=True)} changed.", today=today)
    return paper


def remove_paper(db, paper_id: int, *, today: dt.date | None = None) -> Paper:
    """Take a paper off the meeting. The stored file stays (other papers may share it, and
    undo needs it)."""
    paper = get_paper(db, paper_id)
    ensure_unlocked(db, paper.meeting_id, M_("its papers"))
    store.delete_paper(db, paper_id)
    note_change(db, paper.meeting_id, f"Paper withdrawn: {_named(paper)}.", today=today)
    return paper


def trash_paper(db, paper_id: int, *, today: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """Take a paper off the meeting into the trash (30 days); return the trash entry.
    The stored file stays (other papers may share it, and a restore needs it)."""
    paper = get_paper(db, paper_id)
    ensure_unlocked(db, paper.meeting_id, M_("its papers"))
    meeting = store.get_meeting(db, paper.meeting_id)
    label = paper.title + (f" (a paper of {meeting.title}, {human(meeting.day)})" if meeting else "")
    trash_id = trash.move(db, "paper", paper_id, label, now=now)
    note_change(db, paper.meeting_id, f"Paper withdrawn: {_named(paper)}.", today=today)
    return trash_id


def restore_paper(db, paper: Paper) -> None:
    ensure_unlocked(db, paper.meeting_id, M_("its papers"))
    store.restore_paper(db, check_stored_path(paper))


# --- revised papers: a new version replaces the file, the old one is kept -----------------

def versions_of(db, paper_id: int):
    """The earlier versions of a paper's file, oldest first (the current one is the paper)."""
    return store.versions_of(db, paper_id)


def all_versions(db, paper: Paper) -> list[PaperVersion]:
    """Every version of a paper's file that was circulated, the current one last (its
    `replaced_on` empty): what the forum sent before stays on record and can be opened."""
    earlier = store.versions_of(db, paper.id) if paper.id is not None else []
    if not paper.stored_path:
        return earlier
    current = PaperVersion(paper.id, paper.version, paper.file_name, paper.stored_path, paper.sha256, paper.size,
                           paper.media_type, added_on=paper.revised_on or paper.added_on)
    return earlier + [current]


def version_file(files_dir: Path | None, paper: Paper, version: PaperVersion) -> Path:
    """The stored file of one version of `paper`, to open; refused in words when it is not
    inside the forum's storage folder or is no longer there."""
    what = M_("Version {version} of the paper “{title}” ({file})").format(
        version=version.version, title=paper.title, file=version.file_name)
    path = attachments.inside_storage(files_dir, version.stored_path, what=what)
    if files_dir is None or not path.is_file():
        raise UserError(M_("{what} is not in the forum's storage folder any more ({path}): it cannot be opened.").format(
            what=what, path=path))
    return path


def revise_paper(db, paper_id: int, source: str | Path, *, files_dir: Path | None,
                 today: dt.date | None = None) -> Paper:
    """Give a paper a new version of its file. The earlier file stays in the forum's storage
    and is listed among the paper's versions, for the record; the pack says "revised" with
    the version and its date. A paper that had no file yet (tabled, or a reference) simply
    gets its first file."""
    old = get_paper(db, paper_id)
    ensure_unlocked(db, old.meeting_id, M_("its papers"))
    if files_dir is None:
        raise UserError(M_("This forum has no storage folder for files; save the forum to a file first."))
    today = today or dt.date.today()
    fields = store_file(files_dir, source)
    if not old.stored_path:
        new = dataclasses.replace(old, **fields)
        store.update_paper(db, new)
        note_change(db, old.meeting_id, f"File added to the paper {_named(old, quoted=True)}.", today=today)
        return new
    if fields["sha256"] == old.sha256:
        raise UserError(M_("{name} is the same file as the current version of “{title}” (version {version}); nothing was changed.").format(name=Path(source).name, title=old.title, version=old.version))
    new = dataclasses.replace(old, **fields, version=old.version + 1, revised_on=today.isoformat())
    store.revise_paper(db, old, new, today.isoformat())
    note_change(db, old.meeting_id,
                        f"Paper {_named(old, quoted=True)} revised: version {new.version} of {human(today)}.",
                        today=today)
    return new


def undo_revision(db, before: Paper) -> None:
    """Put a paper back as it was before `revise_paper` (its new file stays in storage)."""
    ensure_unlocked(db, before.meeting_id, M_("its papers"))
    store.unrevise_paper(db, before)


def redo_revision(db, before: Paper, after: Paper, *, today: dt.date | None = None) -> None:
    """Apply again a revision that was undone (its file is already in storage)."""
    ensure_unlocked(db, before.meeting_id, M_("its papers"))
    today = today or dt.date.today()
    if before.stored_path:
        store.revise_paper(db, before, after, after.revised_on or today.isoformat())
        note_change(db, before.meeting_id,
                    f"Paper {_named(before, quoted=True)} revised: version {after.version} of {human(today)}.",
                    today=today)
    else:
        store.update_paper(db, after)
        note_change(db, before.meeting_id, f"File added to the paper {_named(before, quoted=True)}.", today=today)
