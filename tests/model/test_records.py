"""``@record`` (msf_desk/model/records.py) gives what ``@dataclass`` gives, without compiling
a ``__repr__``, an ``__eq__`` or a ``__hash__`` per class: each pair of classes below is
declared twice, once with each, and compared."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import inspect
import pickle
from dataclasses import KW_ONLY, InitVar, dataclass, field
from typing import ClassVar

import pytest

from msf_desk.model import records
from msf_desk.model.records import record


def both(body: dict, **kwargs):
    """The same class made by @dataclass and by @record (same name, same fields; each its own
    field() objects, which dataclass fills in)."""
    made = []
    for decorate in (dataclass, record):
        cls = type("Paper", (), {k: copy.copy(v) if isinstance(v, dataclasses.Field) else v for k, v in body.items()})
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
    """Every record class of the program (model, store, core and exports, which every command and
    the window load; ui and cli, whose readings the window makes as it opens) goes through
    @record from msf_desk.model.records: a plain @dataclass compiles its methods again at every
    start of the program."""
    import ast
    from pathlib import Path

    import msf_desk

    plain = []
    package = Path(msf_desk.__file__).parent
    for path in [p for floor in ("model", "store", "core", "exports", "ui", "cli") for p in (package / floor).rglob("*.py")]:
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


# ---------------------------------------------------------------------------------------------
# __init__ and the frozen guards: made from one template per shape, compared with dataclass's
# for every record class of the program.

def _program_records():
    """Every class of the package made by @record (each module imported, not __main__)."""
    import importlib
    import pkgutil

    import msf_desk

    for module in pkgutil.walk_packages(msf_desk.__path__, "msf_desk."):
        if module.name.split(".")[-1] != "__main__":
            importlib.import_module(module.name)
    import sys

    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("msf_desk"):
            for value in vars(module).values():
                if (isinstance(value, type) and value.__module__ == name and "__dataclass_fields__" in value.__dict__
                        and any(getattr(getattr(value.__dict__.get(method), "__code__", None), "co_filename", "")
                                == records.__file__ for method in ("__eq__", "__hash__"))):
                    found[f"{name}.{value.__qualname__}"] = value
    return found


def _twins(cls):
    """The class declared again from what it holds, once with @dataclass and once with @record."""
    frozen = cls.__dataclass_params__.frozen
    namespace = {k: v for k, v in cls.__dict__.items()
                 if k not in {"__dict__", "__weakref__", "__dataclass_fields__", "__dataclass_params__",
                              "__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
                              "__match_args__", "__doc__"}}
    annotations = {}
    for f in cls.__dataclass_fields__.values():
        annotations[f.name] = f.type
        if f._field_type is dataclasses._FIELD:
            namespace[f.name] = dataclasses.field(default=f.default, default_factory=f.default_factory,
                                                  init=f.init, repr=f.repr, compare=f.compare, hash=f.hash,
                                                  metadata=f.metadata)
        else:
            namespace.pop(f.name, None)
            if f.default is not dataclasses.MISSING:
                namespace[f.name] = f.default
    namespace["__annotations__"] = annotations
    bases = tuple(b for b in cls.__bases__)
    made = []
    for decorate in (dataclass, record):
        twin = type(cls.__name__, bases, {k: copy.copy(v) if isinstance(v, dataclasses.Field) else v
                                          for k, v in namespace.items()})
        twin.__qualname__ = cls.__qualname__
        made.append(decorate(frozen=frozen)(twin))
    return made


def _field_view(cls):
    return [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare, dict(f.metadata),
             f.kw_only, f._field_type, f is not cls.__dict__.get(f.name)) for f in cls.__dataclass_fields__.values()]


def _outcome(call):
    try:
        made = call()
    except Exception as exc:  # the same refusal from both
        return type(exc), str(exc)
    return type(made).__name__, _values(vars(made))


def _values(mapping):
    """Each value, or its type where it compares only by identity (a random generator, a lock)."""
    return {k: (type(v), v if type(v).__eq__ is not object.__eq__ else None) for k, v in mapping.items()}


def _arguments(cls, every: bool):
    """Values for the required parameters (and, with every, all): one distinct object each."""
    params = list(inspect.signature(cls).parameters.values())
    return {p.name: f"value of {p.name}" for p in params
            if every or p.default is inspect.Parameter.empty}


def _compare(theirs, ours):
    assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
    assert ours.__doc__ == theirs.__doc__
    assert ours.__init__.__qualname__ == theirs.__init__.__qualname__
    assert ours.__init__.__annotations__ == theirs.__init__.__annotations__
    assert ours.__init__.__module__ == theirs.__init__.__module__
    assert ours.__init__.__defaults__ == theirs.__init__.__defaults__
    assert ours.__dataclass_params__.init == theirs.__dataclass_params__.init
    assert ours.__dataclass_params__.frozen == theirs.__dataclass_params__.frozen
    assert getattr(ours, "__match_args__", None) == getattr(theirs, "__match_args__", None)
    # the fields as dataclass finds them, the class attributes it leaves, all it records
    assert _field_view(ours) == _field_view(theirs)
    assert ours.__dataclass_fields__ is not theirs.__dataclass_fields__
    for name in ours.__dataclass_fields__:
        assert ours.__dict__.get(name, "absent") == theirs.__dict__.get(name, "absent"), name
    # (a record has always recorded repr=False and eq=False: it writes those methods itself)
    assert ({slot: getattr(ours.__dataclass_params__, slot) for slot in type(ours.__dataclass_params__).__slots__}
            == {slot: getattr(theirs.__dataclass_params__, slot) if slot not in ("repr", "eq") else False
                for slot in type(theirs.__dataclass_params__).__slots__})
    assert ("__replace__" in vars(ours)) == ("__replace__" in vars(theirs))
    assert dataclasses.is_dataclass(ours) and not dataclasses.is_dataclass(object)
    for every in (False, True):
        kw = _arguments(theirs, every)
        assert _outcome(lambda: ours(**kw)) == _outcome(lambda: theirs(**kw))
        assert _outcome(lambda: ours(*kw.values())) == _outcome(lambda: theirs(*kw.values()))
    assert _outcome(lambda: ours(**_arguments(theirs, True), not_a_field=1)) == \
        _outcome(lambda: theirs(**_arguments(theirs, True), not_a_field=1))
    assert _outcome(lambda: ours(*range(60))) == _outcome(lambda: theirs(*range(60)))
    required = _arguments(theirs, False)
    if required:
        assert _outcome(ours) == _outcome(theirs)  # the missing arguments named alike
        first = next(iter(required))
        short = {k: v for k, v in required.items() if k != first}
        assert _outcome(lambda: ours(**short)) == _outcome(lambda: theirs(**short))
    try:
        a, b = theirs(**_arguments(theirs, False)), ours(**_arguments(theirs, False))
    except Exception:  # a __post_init__ refusing the made-up values (compared above)
        return
    assert _values(dataclasses.asdict(b)) == _values(dataclasses.asdict(a))
    field = next((f.name for f in dataclasses.fields(theirs) if f.init), None)
    if field:
        assert _outcome(lambda: dataclasses.replace(b, **{field: "other"})) == \
            _outcome(lambda: dataclasses.replace(a, **{field: "other"}))
    for name in {field or "x", "not_a_field"}:
        def assign(obj, name=name):
            setattr(obj, name, 1)
            return obj

        def remove(obj, name=name):
            delattr(obj, name)
            return obj

        assert _outcome(lambda: assign(ours(**_arguments(theirs, False)))) == \
            _outcome(lambda: assign(theirs(**_arguments(theirs, False))))
        assert _outcome(lambda: remove(ours(**_arguments(theirs, False)))) == \
            _outcome(lambda: remove(theirs(**_arguments(theirs, False))))


def test_every_record_of_the_program_is_made_as_dataclass_makes_it():
    found = _program_records()
    assert len(found) > 100
    for name, cls in sorted(found.items()):
        theirs, ours = _twins(cls)
        try:
            _compare(theirs, ours)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc
        # and the program's class itself has the signature and text dataclass gives
        assert str(inspect.signature(cls)) == str(inspect.signature(theirs)), name
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__", name


def test_the_program_s_records_take_their_init_from_a_template():
    """Every record of the program but those over a dataclass base (made by dataclass itself)."""
    found = _program_records()
    from_dataclass = sorted(name for name, cls in found.items() if cls.__init__.__code__.co_filename == "<string>")
    assert from_dataclass == sorted(name for name, cls in found.items()
                                    if any("__dataclass_fields__" in vars(b) for b in cls.__mro__[1:]))


def test_the_templates_module_is_up_to_date_for_the_window_s_start_up():
    """The record shapes loaded by the window's start-up (and Today's reading) are compiled with
    the templates module, not once per start: if this fails, run `python tools/record_inits.py`."""
    import subprocess
    import sys

    probe = ("import msf_desk.cli, msf_desk.ui.main_window, msf_desk.core.today, msf_desk.core.checklist\n"
             "from msf_desk.model import records, record_inits\n"
             "print([records.template_name(*s) for s in records._TEMPLATES\n"
             "       if not hasattr(record_inits, records.template_name(*s))])\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


@pytest.mark.parametrize("shape", [("", False, False), ("PPF", True, False), ("PNF", False, True),
                                   ("FPN", True, True)])
def test_each_template_is_the_source_tools_record_inits_writes(shape):
    from msf_desk.model import record_inits

    outer = getattr(record_inits, records.template_name(*shape), None)
    namespace: dict = {}
    exec(records.template_source(*shape), namespace)
    made = namespace[records.template_name(*shape)]
    if outer is not None:
        inner = [c for c in outer.__code__.co_consts if hasattr(c, "co_code")][0]
        again = [c for c in made.__code__.co_consts if hasattr(c, "co_code")][0]
        assert inner.co_code == again.co_code and inner.co_names == again.co_names


FACTORY = {"__annotations__": {"id": "int", "tags": "list", "seen": "dict", "note": "str", "later": "int"},
           "tags": field(default_factory=list), "seen": field(default_factory=dict, init=False),
           "note": field(default="", compare=False), "later": field(default=0, init=False),
           "__module__": __name__}
POST = {"__annotations__": {"id": "int", "name": "str", "size": "int"},
        "name": "", "size": field(default=0, init=False),
        "__post_init__": lambda self: (object.__setattr__(self, "size", len(self.name)) if self.id >= 0
                                       else (_ for _ in ()).throw(ValueError(f"bad id {self.id}"))),
        "__module__": __name__}
EMPTY = {"__annotations__": {}, "__module__": __name__}


@pytest.mark.parametrize("frozen", [False, True])
@pytest.mark.parametrize("body", [BODY, SECRET, HASHED, FACTORY, POST, EMPTY],
                         ids=["plain", "repr-compare", "hash", "factory", "post-init", "empty"])
def test_init_and_frozen_guards_are_dataclass_s(body, frozen):
    theirs, ours = both(body, frozen=frozen)
    _compare(theirs, ours)
    assert ours.__init__.__code__.co_filename != "<string>"  # made from a template
    if not body["__annotations__"]:
        assert ours() == ours() and repr(ours()) == "Paper()"
        return
    x = ours(**_fill(ours, {"id": 1}))
    if "tags" in body["__annotations__"]:
        assert x.tags == [] and x.tags is not ours(**_fill(ours, {"id": 1})).tags  # a new list each time
    if "size" in body["__annotations__"]:
        assert x.size == len(x.name)
        with pytest.raises(ValueError, match="bad id -1"):
            ours(id=-1)
    if frozen:
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'id'"):
            x.id = 2
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'id'"):
            del x.id
    else:
        x.id = 2
        assert x.id == 2


def test_what_dataclass_treats_its_own_way_is_left_to_it():
    @record
    class Base:
        id: int

    @record
    class Child(Base):  # over a dataclass base
        name: str = ""

    @record(kw_only=True)
    class Keywords:
        id: int
        name: str = ""

    @record
    class Marker:
        id: int
        _: KW_ONLY
        name: str = ""

    @record
    class Later:
        id: int
        secret: InitVar[str] = ""

        def __post_init__(self, secret):
            self.id = self.id + len(secret)

    @record
    class Selfish:
        self: int

    @record
    class Own:
        id: int

        def __init__(self):
            self.id = 7

    @record(frozen=True)
    class FrozenBase:
        id: int

    @record(frozen=True)
    class FrozenChild(FrozenBase):
        name: str = ""

    assert Child(1, "a").name == "a" and Child.__init__.__code__.co_filename == "<string>"
    assert Keywords(id=1).id == 1
    with pytest.raises(TypeError):
        Keywords(1)
    assert Marker(1, name="x").name == "x"
    with pytest.raises(TypeError):
        Marker(1, "x")
    assert Later(1, "abc").id == 4
    assert Selfish(3).self == 3
    assert Own().id == 7
    assert FrozenChild(1, "a") == FrozenChild(1, "a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        FrozenChild(1).id = 2
    with pytest.raises(TypeError, match="cannot inherit non-frozen dataclass from a frozen one"):
        @record
        class Thawed(FrozenBase):
            name: str = ""
    with pytest.raises(TypeError, match="cannot inherit frozen dataclass from a non-frozen one"):
        @record(frozen=True)
        class Frozen(Base):
            name: str = ""
    with pytest.raises(TypeError, match="non-default argument 'name' follows default argument"):
        @record
        class Wrong:
            id: int = 0
            name: str
    with pytest.raises(TypeError, match="non-default argument 'name' follows default argument"):
        @dataclass
        class WrongToo:
            id: int = 0
            name: str


SecretKind = InitVar   # an InitVar under another name: dataclass finds it through the module


def test_what_dataclass_refuses_or_finds_its_own_way_is_left_to_it():
    @record
    class Aliased:
        id: int
        secret: SecretKind[str] = ""

        def __post_init__(self, secret):
            self.id += len(secret)

    assert Aliased(1, "ab").id == 3 and [f.name for f in dataclasses.fields(Aliased)] == ["id"]
    for decorate in (dataclass, record):
        with pytest.raises(ValueError, match="mutable default <class 'list'> for field tags"):
            decorate(type("Bad", (), {"__annotations__": {"tags": "list"}, "tags": [], "__module__": __name__}))
        with pytest.raises(TypeError, match="field kind cannot have a default factory"):
            decorate(type("Bad", (), {"__annotations__": {"kind": "ClassVar[list]"},
                                      "kind": field(default_factory=list), "__module__": __name__}))
        with pytest.raises(TypeError, match="'note' is a field but has no type annotation"):
            decorate(type("Bad", (), {"__annotations__": {"id": "int"}, "note": field(default=""),
                                      "__module__": __name__}))
