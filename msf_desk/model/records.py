"""``@record``: a dataclass whose ``__repr__``, ``__eq__`` and ``__hash__`` are made without
compiling code.

``dataclasses.dataclass`` writes each method it adds as Python source and compiles it
(``exec``), three to six per class: with some 140 record classes that is a tenth of a second
of every start of the program and of every command (the meeting pack loads 48 of them).
``record`` lets ``dataclass`` make ``__init__`` (and, for a frozen record, the guards against
setting and deleting fields) and gives each class a ``__repr__``, an ``__eq__`` and, where
``dataclass`` would, a ``__hash__`` that read the class's field names: the same results
(``Member(id=1, name='Ana')``, equal when of the same class with equal compared fields,
unhashable unless frozen, a frozen record's hash that of its compared fields' tuple).
``dataclasses.fields``, ``replace`` and ``asdict`` work as for any dataclass. A record
without a docstring is given the one ``dataclass`` writes (``Member(id: 'int', name: 'str')``)
when it is first read, not as the class is made (``dataclass`` asks ``inspect`` for the
signature of each such class: a few thousandths of a second at every start).
tests/model/test_records.py compares each with what ``dataclass`` makes.
"""
from __future__ import annotations

import dataclasses
import inspect
import reprlib
from operator import attrgetter


def record(cls=None, /, *, frozen: bool = False, **kwargs):
    """``@dataclass`` (same arguments but ``repr``, ``eq``, ``order`` and ``unsafe_hash``)."""

    def wrap(cls):
        own = cls.__dict__
        own_repr, own_eq = "__repr__" in own, "__eq__" in own
        own_hash = own.get("__hash__", dataclasses.MISSING)
        explicit_hash = not (own_hash is dataclasses.MISSING or (own_hash is None and own_eq))
        undocumented = not own.get("__doc__")
        if undocumented:
            cls.__doc__ = _LATER  # so dataclass does not work the docstring out now
        cls = dataclasses.dataclass(cls, repr=False, eq=False, frozen=frozen, **kwargs)
        if undocumented:
            cls.__doc__ = _SignatureDoc()
        fields = [f for f in dataclasses.fields(cls)]
        if not own_repr:
            _set(cls, "__repr__", _repr_of([f.name for f in fields if f.repr]))
        if not own_eq:
            _set(cls, "__eq__", _eq_of(_getter([f.name for f in fields if f.compare])))
        if not explicit_hash:
            if frozen:
                hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
                _set(cls, "__hash__", lambda self: hash(hashed(self)))
            else:
                cls.__hash__ = None  # as dataclass does: equal by value, so not hashable
        return cls

    return wrap if cls is None else wrap(cls)


_LATER = "(the docstring dataclass writes, made when first read)"


class _SignatureDoc:
    """The docstring ``dataclass`` gives a class without one, made when it is read."""

    def __get__(self, obj, owner=None) -> str:
        cls = owner if owner is not None else type(obj)
        try:
            text_sig = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            text_sig = ""
        return cls.__name__ + text_sig


def _set(cls, name: str, function) -> None:
    function.__name__ = name
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, function)


def _getter(names: list[str]):
    """A function giving the tuple of those attributes (as ``(self.a, self.b,)``)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _eq_of(values):
    def __eq__(self, other):  # noqa: N807
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    return __eq__


def _repr_of(names: list[str]):
    @reprlib.recursive_repr()
    def __repr__(self):  # noqa: N807
        return self.__class__.__qualname__ + "(" + ", ".join(
            f"{name}={getattr(self, name)!r}" for name in names) + ")"
    return __repr__
