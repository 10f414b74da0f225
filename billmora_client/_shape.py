"""Where a JSON body departs from the generated model it should fit, for ``UnexpectedResponseError`` texts.

``first_mismatch(InvoiceResourcePage, body)`` walks the model's attrs fields and type hints alongside the
body and returns the first place they disagree (``data[3].user: expected object, got null``), or None.
"""

from __future__ import annotations

import builtins
import datetime as dt
import enum
import json
import keyword
import types
import typing
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import attrs

# The generator renames JSON keys that are Python keywords or builtins by appending "_" (``from`` -> ``from_``).
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"} | set(keyword.kwlist)) - {"id"}
_SCALARS: dict[type, str] = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}
_FOUND_MAX = 40


@dataclass(frozen=True)
class Mismatch:
    """The first disagreement: ``path`` (``data[3].user``; empty for the body itself), what the model
    ``expected`` and what the body holds (``found``)."""

    path: str
    expected: str
    found: str

    def __str__(self) -> str:
        return f"at {self.path or 'the top level'}: expected {self.expected}, got {self.found}"


class NonFinite(str):
    """A ``NaN``, ``Infinity`` or ``-Infinity`` in a body: not JSON, and not a value of any declared type."""


def explain(expected: object, content: bytes, exc: Exception) -> str:
    """``at <path>: expected X, got Y`` for a body that failed to parse, or the parser's own error."""
    try:
        mismatch = first_mismatch(expected, json.loads(content, parse_constant=NonFinite))
    except Exception:  # the explanation must never hide the original failure
        mismatch = None
    return str(mismatch) if mismatch else f"({type(exc).__name__}: {exc})"


def first_mismatch(expected: object, value: object, path: str = "") -> Mismatch | None:
    """The first place ``value`` (decoded JSON) does not fit the type ``expected``, or None."""
    if isinstance(value, NonFinite):
        return Mismatch(path, _describe(expected), str(value))
    if expected is Any or expected is object:
        return None
    origin = typing.get_origin(expected)
    if origin is typing.Union or origin is types.UnionType:
        return _union(typing.get_args(expected), value, path)
    if origin is typing.Literal:
        allowed = typing.get_args(expected)
        return None if value in allowed else Mismatch(path, _one_of(allowed), _found(value))
    if origin is list:
        return _list(typing.get_args(expected), value, path)
    if origin is dict:
        return _dict(typing.get_args(expected), value, path)
    if isinstance(expected, type) and attrs.has(expected):
        return _model(expected, value, path)
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        return _enum(expected, value, path)
    if expected in (dt.datetime, dt.date):
        return _date(expected, value, path)
    if isinstance(expected, type) and expected in _SCALARS:
        return None if _is_scalar(expected, value) else Mismatch(path, _SCALARS[expected], _found(value))
    return None  # a type this walker does not know (files ...): assume it fits


def _union(options: tuple[Any, ...], value: object, path: str) -> Mismatch | None:
    candidates = [o for o in options if not _is_unset(o)]
    if len(candidates) == 1:
        return first_mismatch(candidates[0], value, path)
    misses = [first_mismatch(option, value, path) for option in candidates]
    if any(miss is None for miss in misses):
        return None
    # Prefer the option of the same JSON kind, to point inside it (an object: which field).
    for miss in misses:
        if miss is not None and miss.path != path:
            return miss
    return Mismatch(path, " or ".join(dict.fromkeys(_describe(o) for o in candidates)), _found(value))


def _list(args: tuple[Any, ...], value: object, path: str) -> Mismatch | None:
    if not isinstance(value, list):
        return Mismatch(path, "array", _found(value))
    item = args[0] if args else Any
    for index, element in enumerate(value):
        if miss := first_mismatch(item, element, f"{path}[{index}]"):
            return miss
    return None


def _dict(args: tuple[Any, ...], value: object, path: str) -> Mismatch | None:
    if not isinstance(value, dict):
        return Mismatch(path, "object", _found(value))
    item = args[1] if len(args) == 2 else Any
    for key, element in value.items():
        if miss := first_mismatch(item, element, _join(path, str(key))):
            return miss
    return None


def _model(model: type, value: object, path: str) -> Mismatch | None:
    if not isinstance(value, dict):
        return Mismatch(path, "object", _found(value))
    for name, hint, optional in _fields(model):
        key = json_key(name)
        where = _join(path, key)
        if key not in value:
            if optional:
                continue
            return Mismatch(where, _describe(hint), "nothing (the key is missing)")
        if miss := first_mismatch(hint, value[key], where):
            return miss
    return None


def _enum(kind: type[enum.Enum], value: object, path: str) -> Mismatch | None:
    allowed = tuple(member.value for member in kind)
    if not any(type(value) is type(v) for v in allowed):
        return Mismatch(path, _one_of(allowed), _found(value))
    try:
        kind(value)
    except ValueError:
        return Mismatch(path, _one_of(allowed), _found(value))
    return None


def _date(kind: type, value: object, path: str) -> Mismatch | None:
    expected = "date-time string" if kind is dt.datetime else "date string"
    if not isinstance(value, str):
        return Mismatch(path, expected, _found(value))
    try:
        kind.fromisoformat(value)  # type: ignore[attr-defined]
    except ValueError:
        return Mismatch(path, expected, _found(value))
    return None


def _is_scalar(kind: type, value: object) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


@lru_cache(maxsize=512)
def _fields(model: type) -> tuple[tuple[str, Any, bool], ...]:
    """``(attribute, type hint, may be absent)`` for each field the model reads from JSON."""
    from .generated import models  # only needed when an answer failed to parse

    # Nested models are imported under TYPE_CHECKING in each module; the package namespace resolves them.
    hints = typing.get_type_hints(model, localns=vars(models))
    return tuple(
        (field.name, hints[field.name], _may_be_absent(hints[field.name]))
        for field in attrs.fields(model)
        if field.name != "additional_properties"
    )


def json_key(attribute: str) -> str:
    """The JSON key of a generated model attribute (``from_`` -> ``from``)."""
    bare = attribute[:-1]
    return bare if attribute.endswith("_") and bare in _RESERVED else attribute


def _may_be_absent(hint: Any) -> bool:
    return any(_is_unset(arg) for arg in typing.get_args(hint))


def _is_unset(hint: Any) -> bool:
    return getattr(hint, "__name__", None) == "Unset"


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return " or ".join(dict.fromkeys(_describe(a) for a in typing.get_args(hint) if not _is_unset(a)))
    if origin is list:
        return "array"
    if origin is dict or (isinstance(hint, type) and attrs.has(hint)):
        return "object"
    if origin is typing.Literal:
        return _one_of(typing.get_args(hint))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _one_of(tuple(member.value for member in hint))
    if hint is dt.datetime:
        return "date-time string"
    if hint is dt.date:
        return "date string"
    return _SCALARS.get(hint, "anything") if isinstance(hint, type) else "anything"


def _one_of(values: tuple[Any, ...]) -> str:
    return "one of " + ", ".join(json.dumps(v) for v in values)


def _found(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {json.dumps(value)}"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    text = json.dumps(value)
    text = text if len(text) <= _FOUND_MAX else text[: _FOUND_MAX - 3] + "..."
    kind = "string" if isinstance(value, str) else "integer" if isinstance(value, int) else "number"
    return f"{kind} {text}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
