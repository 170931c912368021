"""``@record`` (msf_desk/model/records.py) gives what ``@dataclass`` gives, without compiling
a ``__repr__``, an ``__eq__`` or a ``__hash__`` per class: each pair of classes below is
declared twice, once with each, and compared."""
from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from dataclasses import dataclass, field
from typing import ClassVar

import pytest

from msf_desk.model import records
from msf_desk.model.records import record


def both(body: dict, **kwargs):
    """The same class made by @dataclass and by @record (same name, same fields)."""
    made = []
    for decorate in (dataclass, record):
        cls = type("Paper", (), dict(body))
        made.append(decorate(**kwargs)(cls) if kwargs else decorate(cls))
    return made


BODY = {"__annotations__": {"id": "int", "title": "str", "day": "dt.date | None", "tags": "list",
                            "kind": "ClassVar[str]"},
        "day": None, "tags": field(default_factory=list), "kind": "paper",
        "__module__": __name__}
SECRET = {"__annotations__": {"id": "int", "note": "str", "seen": "int"},
          "note": field(default="", repr=False), "seen": field(default=0, compare=False),
          "__module__": __name__}
HASHED = {"__annotations__": {"id": "int", "a": "str", "b": "str"},
          "a": field(default="", hash=False), "b": field(default="", compare=False, hash=True),
          "__module__": __name__}


@pytest.mark.parametrize("frozen", [False, True])
@pytest.mark.parametrize("body", [BODY, SECRET, HASHED], ids=["plain", "repr-compare", "hash"])
def test_repr_eq_and_hash_are_dataclass_s(body, frozen):
    theirs, ours = both(body, frozen=frozen) if frozen else both(body)
    values = [dict(id=1), dict(id=1, **({"title": "Budget"} if "title" in body["__annotations__"] else {})),
              dict(id=2)]
    for kw in values:
        for other in values:
            a, b = (theirs(**_fill(theirs, kw)), theirs(**_fill(theirs, other)))
            x, y = (ours(**_fill(ours, kw)), ours(**_fill(ours, other)))
            assert repr(x) == repr(a)
            assert (x == y) == (a == b) and (x != y) == (a != b)
            assert (x == a) is False and x.__eq__(object()) is NotImplemented  # another class
            if frozen:
                assert _hash(x) == _hash(a)  # a frozen record holding a list is unhashable in both
                with pytest.raises(dataclasses.FrozenInstanceError):
                    x.id = 5
            else:
                with pytest.raises(TypeError):
                    hash(x)
                with pytest.raises(TypeError):
                    hash(a)
    assert [f.name for f in dataclasses.fields(ours)] == [f.name for f in dataclasses.fields(theirs)]
    assert ours.__eq__.__qualname__ == "Paper.__eq__" and ours.__repr__.__qualname__ == "Paper.__repr__"


def _hash(obj):
    try:
        return hash(obj)
    except TypeError as exc:
        return str(exc)


def _fill(cls, kw):
    needed = {f.name: "" for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING
              and f.default_factory is dataclasses.MISSING}
    return {**needed, **kw}


def test_methods_written_in_the_class_are_kept():
    @record
    class Own:
        id: int

        def __repr__(self):
            return "own"

        def __eq__(self, other):
            return True

    @record(frozen=True)
    class OwnHash:
        id: int

        def __hash__(self):
            return 7

    assert repr(Own(1)) == "own" and Own(1) == Own(2)
    assert Own.__hash__ is None  # __eq__ written in the class without __hash__: Python's rule
    assert hash(OwnHash(1)) == 7


def test_a_record_that_holds_itself_is_shown_without_looping():
    @record
    class Node:
        name: str
        children: list = field(default_factory=list)

    @dataclass
    class Twin:
        name: str
        children: list = field(default_factory=list)

    ours, theirs = Node("a"), Twin("a")
    ours.children.append(ours)
    theirs.children.append(theirs)
    assert repr(ours) == repr(theirs).replace("Twin", "Node")
    assert repr(ours).endswith("Node(name='a', children=[...])")


def test_subclasses_replace_asdict_and_pickle_work():
    @record
    class Base:
        id: int

    @record
    class Child(Base):
        name: str = ""

    class Plain(Child):  # not a record itself: the methods are Child's
        pass

    child = Child(1, "x")
    assert repr(child) == "test_subclasses_replace_asdict_and_pickle_work.<locals>.Child(id=1, name='x')"
    assert repr(Plain(1, "x")).startswith("test_subclasses_replace_asdict_and_pickle_work.<locals>.Plain(id=1")
    assert child != Base(1) and Base(1) == Base(1)
    assert dataclasses.replace(child, name="y") == Child(1, "y")
    assert dataclasses.asdict(child) == {"id": 1, "name": "x"}


def test_records_of_the_program_pickle_and_compare():
    from msf_desk.model.members import Member

    fields = {f.name: None for f in dataclasses.fields(Member)}
    member = Member(**{**fields, "id": 3, "name": "Ana"})
    assert pickle.loads(pickle.dumps(member)) == member
    assert repr(member).startswith("Member(name='Ana', ") and repr(member).endswith(", id=3)")


def test_no_record_of_the_lower_floors_is_made_by_dataclass_itself():
    """Every record class of model, store, core and exports (what every command and the window
    load) goes through @record from msf_desk.model.records: a plain @dataclass compiles its
    methods again at every start of the program."""
    import ast
    from pathlib import Path

    import msf_desk

    plain = []
    package = Path(msf_desk.__file__).parent
    for path in [p for floor in ("model", "store", "core", "exports") for p in (package / floor).rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for dec in node.decorator_list:
                    target = dec.func if isinstance(dec, ast.Call) else dec
                    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                    if name == "dataclass":
                        plain.append(f"{path.name}:{node.lineno} {node.name}")
    assert not plain, plain
    assert records.record is record


@pytest.mark.parametrize("kwargs", [{}, {"frozen": True}, {"slots": True}, {"kw_only": True}])
@pytest.mark.parametrize("body", [BODY, SECRET, HASHED], ids=["plain", "repr-compare", "hash"])
def test_docstrings_are_dataclass_s(body, kwargs):
    """A record without a docstring reads the one dataclass writes (made when first read), on
    the class and on an instance; one with a docstring keeps it; a subclass has its own."""
    theirs, ours = both(body, **kwargs) if kwargs else both(body)
    assert not isinstance(ours.__dict__["__doc__"], str)  # not made yet
    assert ours.__doc__ == theirs.__doc__ and ours.__doc__.startswith("Paper(") and "id: 'int'" in ours.__doc__
    assert ours(**_fill(ours, {"id": 1})).__doc__ == theirs(**_fill(theirs, {"id": 1})).__doc__
    documented = dict(body, __doc__="A paper of the meeting.")
    assert record(**kwargs)(type("Paper", (), documented)).__doc__ == "A paper of the meeting."
    sub_theirs = dataclass(**kwargs)(type("Annex", (theirs,), {"__module__": __name__}))
    sub_ours = record(**kwargs)(type("Annex", (ours,), {"__module__": __name__}))
    assert sub_ours.__doc__ == sub_theirs.__doc__
    assert type("Plain", (ours,), {}).__doc__ is None
