"""Domain dataclasses to plain JSON fields and back, driven by their type hints.

One codec for ops' ``fields``, the vault's JSON columns and the server, so a value means the
same on every side: dates and datetimes as ISO 8601 (a datetime keeps its offset), enums as
their values, tuples and lists as JSON arrays, nested dataclasses as objects.

Decoding ignores unknown keys and fills missing ones from defaults, so a device can read
fields written by a newer version (forward-compatible sync).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Hashable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache, partial
from typing import Any, TypeVar, Union, cast

JSON = Any
"""A value that survives ``json.dumps``."""

T = TypeVar("T")


@cache
def _hints(cls: Hashable) -> dict[str, Any]:
    """Resolved field types of a dataclass (its module uses ``from __future__ import annotations``)."""
    return typing.get_type_hints(cls)


def to_fields(obj: object) -> dict[str, JSON]:
    """Every field of a domain dataclass as JSON-ready values."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a dataclass instance: {type(obj).__name__}")
    hints = _hints(type(obj))
    return {f.name: encode(getattr(obj, f.name), hints[f.name]) for f in dataclasses.fields(obj)}


def encode(value: Any, hint: Any = Any) -> JSON:
    """One value as JSON; ``hint`` only disambiguates, the value's own type decides."""
    if value is None or isinstance(value, bool | int | float | str) and not isinstance(value, Enum):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_fields(value)
    if isinstance(value, list | tuple | frozenset | set):
        item = _item_hint(hint)
        return [encode(v, item) for v in value]
    if isinstance(value, Mapping):
        return {str(k): encode(v, Any) for k, v in value.items()}
    raise TypeError(f"cannot encode {type(value).__name__}")


def from_fields(cls: type[T], data: Mapping[str, JSON], *, validate: bool = True) -> T:
    """Rebuild a ``cls`` instance from :func:`to_fields` output.

    With ``validate=False`` the constructor's checks (``__post_init__``) are skipped: stored
    values were checked when written, and a later, stricter rule must never make old records
    unreadable.
    """
    kwargs = {
        name: field_decoder(data[name])
        for name, field_decoder in _plan(cast(type, cls), validate)
        if name in data
    }
    if validate:
        return cls(**kwargs)
    return _build_unchecked(cls, kwargs)


Decoder = Callable[[JSON], Any]


@cache
def _plan(cls: type, validate: bool) -> tuple[tuple[str, Decoder], ...]:
    """Each field of ``cls`` with the decoder of its type, worked out once per class.

    Why: unlocking a large vault decodes tens of thousands of records; resolving type hints,
    origins and ``is_dataclass`` for every value made decoding most of the unlock time.
    """
    hints = _hints(cast(Hashable, cls))
    return tuple((f.name, _decoder(hints[f.name], validate)) for f in dataclasses.fields(cls))


@cache
def _defaults(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """``(name, default, default_factory)`` per field, as ``__init__`` would fill them."""
    return tuple((f.name, f.default, f.default_factory) for f in dataclasses.fields(cls))


def _build_unchecked(cls: type[T], kwargs: dict[str, Any]) -> T:
    """Construct without ``__init__``/``__post_init__``, filling defaults as ``__init__`` would."""
    obj = cls.__new__(cls)
    for name, default, factory in _defaults(cast(type, cls)):
        if name in kwargs:
            value = kwargs[name]
        elif default is not dataclasses.MISSING:
            value = default
        elif factory is not dataclasses.MISSING:
            value = factory()
        else:
            raise KeyError(name)
        object.__setattr__(obj, name, value)
    return obj


def decode(value: JSON, hint: Any, *, validate: bool = True) -> Any:
    """The inverse of :func:`encode` for a value of type ``hint``."""
    return _decoder(hint, validate)(value)


@cache
def _decoder(hint: Any, validate: bool) -> Decoder:
    """A function decoding values of type ``hint``, built once per type."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            return partial(_ambiguous, hint)
        return partial(_optional, _decoder(args[0], validate))
    if origin in (list, tuple, frozenset, set):
        return partial(_collection, origin, _decoder(_item_hint(hint), validate))
    if origin is dict:
        _, val_hint = typing.get_args(hint)
        return partial(_mapping, _decoder(val_hint, validate))
    return _scalar_decoder(hint, validate)


def _scalar_decoder(hint: Any, validate: bool) -> Decoder:
    """Leaf types: dataclasses, enums, dates, datetimes and JSON scalars (``None`` stays)."""
    if hint is Any or not isinstance(hint, type):
        return _same
    if dataclasses.is_dataclass(hint):
        return partial(_optional, partial(_nested, hint, validate))
    if issubclass(hint, Enum):
        return partial(_enum, hint._value2member_map_, hint)
    if issubclass(hint, datetime):
        return partial(_optional, datetime.fromisoformat)
    if issubclass(hint, date):
        return partial(_optional, date.fromisoformat)
    if hint is float:
        return _float
    return _same


def _same(value: JSON) -> Any:
    return value


def _optional(inner: Decoder, value: JSON) -> Any:
    return None if value is None else inner(value)


def _enum(members: Mapping[Any, Enum], cls: type[Enum], value: JSON) -> Any:
    """A member by its value; the lookup ``cls(value)`` does, without its call overhead."""
    if value is None:
        return None
    member = members.get(value)
    return cls(value) if member is None else member


def _ambiguous(hint: Any, value: JSON) -> Any:
    if value is None:
        return None
    raise TypeError(f"ambiguous union {hint!r}")


def _collection(origin: Any, item: Decoder, value: JSON) -> Any:
    return origin([item(v) for v in value])


def _mapping(val: Decoder, value: JSON) -> Any:
    return {k: val(v) for k, v in value.items()}


def _nested(cls: type, validate: bool, value: JSON) -> Any:
    return from_fields(cls, value, validate=validate)


def _float(value: JSON) -> Any:
    return float(value) if isinstance(value, int) else value


def _item_hint(hint: Any) -> Any:
    """The element type of ``list[X]``, ``tuple[X, ...]`` or ``frozenset[X]``."""
    args = typing.get_args(hint)
    return args[0] if args else Any
