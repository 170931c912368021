"""What the making of a document read of the forum-wide records, recorded as it reads them.

The public repository keeps a consultation's files from one export to the next when what they
were made from is unchanged. Their own records (the consultation, its contributions) are hashed
whole; of the records every consultation shares (the forum's profile, the meetings), a document
shows only a few values (the forum's name and contact, the meetings its answers were decided
at). Rather than listing those values by hand, which could drift from what the documents really
show, the making of each document runs under `recording(reads)`: the records it reads are handed
out watched (`watch_fields`, `watch_mapping`), and every field or key it looks at is noted,
lookups that find nothing included. Anything that reads a watched record whole (iterating over
it, its `__dict__`, comparing it, `dataclasses.asdict`) notes every value.

A document made from the same own records and the same values at every noted place is the
same document: the making is deterministic, so it takes the same path and reads the same
places. A change to a value it never read (the forum's remit, for a consultation's report) does
not reach it; a change to one it read does.

Pure Python: store and core both use it (the store hands out the forum's profile watched).
"""
from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

EVERYTHING = "*"   # in `Reads.to_json`: the whole source was read


class Reads:
    """The places read, per source: a set of field names or keys, or None for the whole source."""

    def __init__(self) -> None:
        self.places: dict[str, set | None] = {}
        self.unknown: list[str] = []   # tables read past the watched sources (then keep nothing)
        self._inside: dict[str, int] = {}

    def note(self, source: str, place) -> None:
        seen = self.places.setdefault(source, set())
        if seen is not None:
            seen.add(place)

    def note_all(self, source: str) -> None:
        self.places[source] = None

    def merged(self, other: "Reads") -> "Reads":
        out = Reads()
        for reads in (self, other):
            for source, places in reads.places.items():
                if places is None:
                    out.note_all(source)
                else:
                    for place in places:
                        out.note(source, place)
            out.unknown += reads.unknown
        return out

    def to_json(self) -> dict:
        """{source: sorted places or EVERYTHING}; with "?" listing unwatched tables read."""
        data: dict = {source: EVERYTHING if places is None else sorted(places, key=lambda p: (str(type(p)), p))
                      for source, places in sorted(self.places.items())}
        if self.unknown:
            data["?"] = sorted(set(self.unknown))
        return data


_ACTIVE: contextvars.ContextVar[Reads | None] = contextvars.ContextVar("msf_consumed", default=None)


def active() -> Reads | None:
    return _ACTIVE.get()


@contextmanager
def recording(reads: Reads) -> Iterator[Reads]:
    """Note into `reads` what is read of the watched sources inside the block (this thread only)."""
    token = _ACTIVE.set(reads)
    try:
        yield reads
    finally:
        _ACTIVE.reset(token)


@contextmanager
def loading(source: str) -> Iterator[None]:
    """Marks the reading of `source` from SQLite by the code that hands it out watched, so that a
    check of the statements run (see exports.repository) can tell it from a read that is not."""
    reads = _ACTIVE.get()
    if reads is None:
        yield
        return
    reads._inside[source] = reads._inside.get(source, 0) + 1
    try:
        yield
    finally:
        reads._inside[source] -= 1


def inside(reads: Reads, source: str) -> bool:
    return reads._inside.get(source, 0) > 0


_WATCHED_CLASSES: dict[type, type] = {}


def watch_fields(source: str, record):
    """`record` (a dataclass instance) as it is, or, while recording, a copy of it that notes each
    field read (methods and properties reading fields are noted through them)."""
    reads = _ACTIVE.get()
    if reads is None:
        return record
    cls = type(record)
    watched = _WATCHED_CLASSES.get(cls)
    if watched is None:
        names = frozenset(getattr(cls, "__dataclass_fields__", ()))

        def __getattribute__(self, name, _names=names):
            notes = object.__getattribute__(self, "__dict__").get("_msf_notes")
            if notes is not None:
                if name in _names:
                    notes[0].note(notes[1], name)
                elif name in ("__dict__", "__getstate__", "__reduce_ex__", "__reduce__"):
                    notes[0].note_all(notes[1])
            return object.__getattribute__(self, name)

        watched = type(cls.__name__, (cls,), {"__getattribute__": __getattribute__,
                                               "__qualname__": cls.__qualname__, "__module__": cls.__module__})
        _WATCHED_CLASSES[cls] = watched
    copy = object.__new__(watched)
    inner = object.__getattribute__(copy, "__dict__")
    inner.update(object.__getattribute__(record, "__dict__"))
    # A copy made from this one (dataclasses.replace) notes nothing more: it was read whole to make it.
    inner["_msf_notes"] = (reads, source)
    return copy


class WatchedMapping(Mapping):
    """A read-only mapping that notes each key looked up (found or not); iterating notes it all."""

    def __init__(self, source: str, data: Mapping, reads: Reads) -> None:
        self._source, self._data, self._reads = source, data, reads

    def __getitem__(self, key):
        self._reads.note(self._source, key)
        return self._data[key]

    def get(self, key, default=None):
        self._reads.note(self._source, key)
        return self._data.get(key, default)

    def __contains__(self, key) -> bool:
        self._reads.note(self._source, key)
        return key in self._data

    def __iter__(self):
        self._reads.note_all(self._source)
        return iter(self._data)

    def __len__(self) -> int:
        self._reads.note_all(self._source)
        return len(self._data)

    def __eq__(self, other) -> bool:
        self._reads.note_all(self._source)
        return dict(self._data) == other

    __hash__ = None


def watch_mapping(source: str, data: dict):
    """`data` as it is, or, while recording, a mapping that notes each key looked up."""
    reads = _ACTIVE.get()
    return data if reads is None else WatchedMapping(source, data, reads)
