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
from collections.abc import Hashable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
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
    hints = _hints(cast(Hashable, cls))
    kwargs = {
        f.name: decode(data[f.name], hints[f.name], validate=validate)
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    if validate:
        return cls(**kwargs)
    return _build_unchecked(cls, kwargs)


def _build_unchecked(cls: type[T], kwargs: dict[str, Any]) -> T:
    """Construct without ``__init__``/``__post_init__``, filling defaults as ``__init__`` would."""
    obj = cls.__new__(cls)
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in kwargs:
            value = kwargs[f.name]
        elif f.default is not dataclasses.MISSING:
            value = f.default
        elif f.default_factory is not dataclasses.MISSING:
            value = f.default_factory()
        else:
            raise KeyError(f.name)
        object.__setattr__(obj, f.name, value)
    return obj


def decode(value: JSON, hint: Any, *, validate: bool = True) -> Any:
    """The inverse of :func:`encode` for a value of type ``hint``."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        if len(args) != 1:
            raise TypeError(f"ambiguous union {hint!r}")
        return decode(value, args[0], validate=validate)
    if origin in (list, tuple, frozenset, set):
        item = _item_hint(hint)
        items = [decode(v, item, validate=validate) for v in value]
        return origin(items)
    if origin is dict:
        _, val_hint = typing.get_args(hint)
        return {k: decode(v, val_hint, validate=validate) for k, v in value.items()}
    return _decode_scalar(value, hint, validate)


def _decode_scalar(value: JSON, hint: Any, validate: bool) -> Any:
    """Leaf types: dataclasses, enums, dates, datetimes and JSON scalars."""
    if value is None or hint is Any:
        return value
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return from_fields(hint, value, validate=validate)
        if issubclass(hint, Enum):
            return hint(value)
        if issubclass(hint, datetime):
            return datetime.fromisoformat(value)
        if issubclass(hint, date):
            return date.fromisoformat(value)
        if hint is float and isinstance(value, int):
            return float(value)
    return value


def _item_hint(hint: Any) -> Any:
    """The element type of ``list[X]``, ``tuple[X, ...]`` or ``frozenset[X]``."""
    args = typing.get_args(hint)
    return args[0] if args else Any
