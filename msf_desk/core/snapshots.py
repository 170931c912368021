"""Dataclass trees to canonical JSON and back, for frozen records.

A frozen record (approved minutes, a noticed pack's matters arising) is stored as the
view core computed at the time, and read back into the same dataclasses, so that the
exporters render it exactly as they would render a live view. The JSON is canonical
(sorted keys, no spaces): the same view always gives the same text and checksum.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing


def to_plain(value):
    """Dataclasses → dicts, dates → ISO text, tuples → lists (recursively)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def dumps(value) -> str:
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_plain(kind, value):
    """Read `value` back as the type `kind` (a type hint: dataclass, date, list[...], Optional[...], ...)."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return from_plain(options[0], value) if len(options) == 1 else value
    if origin in (list, typing.List):
        return [from_plain(args[0] if args else object, v) for v in value]
    if origin in (tuple, typing.Tuple):
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        if args:
            return tuple(from_plain(a, v) for a, v in zip(args, value))
        return tuple(value)
    if origin in (dict, typing.Dict):
        return dict(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(kind):
        hints, known = _fields_of(kind)
        return kind(**{name: from_plain(hints[name], v) for name, v in value.items() if name in known})
    if kind is list:
        return list(value)
    return value


@functools.lru_cache(maxsize=None)
def _fields_of(kind) -> tuple[dict, frozenset]:
    """A dataclass's resolved type hints and the fields its constructor takes (resolving the hints
    costs about a millisecond a class; a frozen minutes view reads hundreds of records)."""
    return typing.get_type_hints(kind), frozenset(f.name for f in dataclasses.fields(kind) if f.init)


def loads(kind, text: str):
    return from_plain(kind, json.loads(text))
