"""``@record``: a dataclass whose methods are made without compiling code.

``dataclasses.dataclass`` writes each method it adds as Python source and compiles it
(``exec``), three to six per class: with some 140 record classes that is a tenth of a second
of every start of the program and of every command (the meeting pack loads 48 of them).
``record`` gives each class a ``__repr__``, an ``__eq__`` and, where ``dataclass`` would, a
``__hash__`` that read the class's field names: the same results (``Member(id=1, name='Ana')``,
equal when of the same class with equal compared fields, unhashable unless frozen, a frozen
record's hash that of its compared fields' tuple). Its ``__init__`` is the one ``dataclass``
would write (the same parameters, defaults, default factories, fields left out of it and
``__post_init__``, the same errors for a missing or unknown argument), copied from a function
compiled once per *shape* (which fields take a parameter, which have a factory, frozen or not,
``__post_init__`` or not) with the class's own names put in (``CodeType.replace``): the shapes
of the program's records are compiled once into ``record_inits`` (made by
``python tools/record_inits.py``, cached as any module), a new shape once per process. A frozen
record's guards against setting and deleting fields are plain closures. Where that cannot be
done as ``dataclass`` does it (a dataclass base, ``slots``, keyword-only fields, ``InitVar``,
a field named ``self``, an ``__init__`` written in the class), ``dataclass`` makes them itself.
``dataclasses.fields``, ``replace`` and ``asdict`` work as for any dataclass. A record
without a docstring is given the one ``dataclass`` writes (``Member(id: 'int', name: 'str')``)
when it is first read, not as the class is made (``dataclass`` asks ``inspect`` for the
signature of each such class: a few thousandths of a second at every start).
tests/model/test_records.py compares each with what ``dataclass`` makes, for every record class
of the program.
"""
from __future__ import annotations

import dataclasses
import inspect
import reprlib
import sys
from operator import attrgetter
from types import CellType, CodeType, FunctionType

from msf_desk.model import record_inits

# What dataclass's own __init__ takes as the default of a field with a default factory: the
# same object, so that the signature reads the same (``tags: 'list' = <factory>``).
_FACTORY_DEFAULT = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None)


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
        if _can_make_init(cls, frozen, kwargs):
            cls = _dataclass_with_own_init(cls, frozen, kwargs)
        else:
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


def _can_make_init(cls, frozen: bool, kwargs: dict) -> bool:
    """Whether ``__init__`` and the frozen guards can be made here exactly as dataclass would:
    not with options that change them (``init=False``, ``slots``, ``kw_only`` ... are left to
    dataclass), not over a dataclass base (its frozen-or-not rules), not where the class writes
    them itself, not with fields dataclass treats in its own ways (``InitVar``, ``KW_ONLY``,
    keyword-only fields, a field named ``self``)."""
    if _FACTORY_DEFAULT is None or set(kwargs) - {"match_args"}:
        return False
    own = cls.__dict__
    if "__init__" in own or (frozen and ("__setattr__" in own or "__delattr__" in own)):
        return False
    if any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:]):
        return False
    module = sys.modules.get(cls.__module__)
    namespace = module.__dict__ if module is not None else {}
    for name, kind in own.get("__annotations__", {}).items():
        if name == "self" or name.startswith("_rec_"):
            return False
        if isinstance(kind, str):
            # what the annotation names, found as dataclass finds it (``InitVar[str]``,
            # ``dataclasses.KW_ONLY``, or the same under another name in the module)
            match = _MODULE_IDENTIFIER.match(kind)
            if match and (not match.group(1) or namespace.get(match.group(1)) is dataclasses):
                kind = namespace.get(match.group(2))
        if isinstance(kind, dataclasses.InitVar) or kind is dataclasses.InitVar or kind is dataclasses.KW_ONLY:
            return False
        value = own.get(name)
        if isinstance(value, dataclasses.Field) and value.kw_only is True:
            return False
    return True


def _dataclass_with_own_init(cls, frozen: bool, kwargs: dict):
    """``dataclass`` without its ``__init__`` and frozen guards, then those made here."""
    cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False, **kwargs)
    every = cls.__dataclass_fields__.values()
    fields = [f for f in every if f._field_type is dataclasses._FIELD]  # not the ClassVars
    # what _can_make_init made sure of
    assert all(f._field_type is not dataclasses._FIELD_INITVAR for f in every), cls
    assert not any(f.kw_only for f in fields), cls
    params = cls.__dataclass_params__
    params.init, params.frozen = True, frozen
    _set(cls, "__init__", _init_of(cls, fields, frozen))
    if frozen:
        for function in _frozen_guards(cls, tuple(f.name for f in fields)):
            _set(cls, function.__name__, function)
    return cls


def _init_of(cls, fields, frozen: bool):
    """The ``__init__`` dataclass would write for these fields."""
    kinds, factories, body_names, params, defaults, seen_default = [], [], [], [], [], None
    for f in fields:
        has_factory = f.default_factory is not dataclasses.MISSING
        if f.init:
            if has_factory or f.default is not dataclasses.MISSING:
                seen_default = f
                defaults.append(_FACTORY_DEFAULT if has_factory else f.default)
            elif seen_default is not None:  # dataclass's own words
                raise TypeError(f"non-default argument {f.name!r} follows default argument"
                                + (f" {seen_default.name!r}" if sys.version_info >= (3, 13) else ""))
            params.append(f.name)
            kinds.append("F" if has_factory else "P")
        elif has_factory:
            kinds.append("N")
        else:
            continue  # not set by __init__: read from the class (its default) until set
        factories.append(f.default_factory if has_factory else None)
        body_names.append(f.name)
    code = _template("".join(kinds), hasattr(cls, "__post_init__"), frozen)
    rename = {f"_rec_f{i}_": name for i, name in enumerate(body_names)}
    rename.update((f"_rec_a{i}_", name) for i, name in enumerate(params))
    code = code.replace(
        co_varnames=tuple(rename.get(n, n) for n in code.co_varnames),
        co_names=tuple(rename.get(n, n) for n in code.co_names),
        co_consts=tuple(rename.get(c, c) if type(c) is str else c for c in code.co_consts),
        co_name="__init__", co_qualname=f"{cls.__qualname__}.__init__")
    values = {"_rec_S": _FACTORY_DEFAULT, "_rec_F": tuple(factories), "_rec_object": object}
    module = sys.modules.get(cls.__module__)
    function = FunctionType(code, module.__dict__ if module is not None else {}, "__init__",
                            tuple(defaults) or None,
                            tuple(CellType(values[n]) for n in code.co_freevars) or None)
    function.__doc__ = None
    function.__annotations__ = {**{f.name: f.type for f in fields if f.init}, "return": None}
    return function


_MODULE_IDENTIFIER = dataclasses._MODULE_IDENTIFIER_RE   # how dataclass reads a string annotation

_TEMPLATES: dict[tuple[str, bool, bool], CodeType] = {}  # every shape asked for in this process


def _template(kinds: str, post_init: bool, frozen: bool) -> CodeType:
    """The code of ``__init__`` for one shape: ``kinds`` has a letter per field it sets (P a
    parameter, F a parameter with a default factory, N a field out of the parameters made by its
    factory); names are placeholders (``_rec_f0_`` ... for the fields, ``_rec_a0_`` ... for the
    parameters)."""
    code = _TEMPLATES.get((kinds, post_init, frozen))
    if code is None:
        name = template_name(kinds, post_init, frozen)
        outer = getattr(record_inits, name, None)
        if outer is None:  # a shape none of the program's records had when record_inits was made
            namespace: dict = {}
            exec(compile(template_source(kinds, post_init, frozen), "<record __init__ template>", "exec"), namespace)
            outer = namespace[name]
        code = next(c for c in outer.__code__.co_consts if isinstance(c, CodeType))
        _TEMPLATES[kinds, post_init, frozen] = code
    return code


def template_name(kinds: str, post_init: bool, frozen: bool) -> str:
    return f"_{kinds}_{'p' if post_init else ''}{'z' if frozen else ''}"


def template_source(kinds: str, post_init: bool, frozen: bool) -> str:
    """The source of one shape's template (see ``_template``), as dataclass writes ``__init__``."""
    params, lines = [], []
    for i, kind in enumerate(kinds):
        if kind == "N":
            value = f"_rec_F[{i}]()"
        else:
            param = f"_rec_a{len(params)}_"
            params.append(param)
            value = param if kind == "P" else f"_rec_F[{i}]() if {param} is _rec_S else {param}"
        lines.append(f"_rec_object.__setattr__(self, '_rec_f{i}_', {value})" if frozen
                     else f"self._rec_f{i}_ = {value}")
    if post_init:
        lines.append("self.__post_init__()")
    body = "".join(f"        {line}\n" for line in lines or ["pass"])
    return (f"def {template_name(kinds, post_init, frozen)}(_rec_S, _rec_F, _rec_object):\n"
            f"    def __init__({', '.join(['self', *params])}):\n{body}"
            f"    return __init__\n")


def _frozen_guards(cls, names: tuple):
    """A frozen dataclass's ``__setattr__`` and ``__delattr__``."""
    error = dataclasses.FrozenInstanceError

    def __setattr__(self, name, value):  # noqa: N807
        if type(self) is cls or name in names:
            raise error(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):  # noqa: N807
        if type(self) is cls or name in names:
            raise error(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


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
