"""Laravel's validator for the rules Billmora's API controllers use, with Laravel's English messages.

Rules are Laravel strings (``"required|string|max:255"``); keys may hold ``*`` for list items
(``items.*.quantity``). Every failing rule of a field is reported (Laravel stops early only after a failed
``required``), fields in rule order, and the 422 body is Laravel's ``{message, errors}``. Input first goes through
Laravel's global ``TrimStrings`` and ``ConvertEmptyStringsToNull`` middleware, as every Billmora request does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
INTEGER = re.compile(r"^\s*[+-]?(0|[1-9]\d*)\s*$")
NUMERIC = re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$")
UNTRIMMED = ("password", "password_confirmation", "current_password")
Lookup = Callable[[str, str, Any, int | None], bool]  # (table, column, value, ignored id) -> a row matches


class Invalid(Exception):
    """Validation failed; ``errors`` maps each field to its messages, as Laravel's ``ValidationException``."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("The given data was invalid.")
        self.errors = errors

    def body(self) -> dict[str, Any]:
        messages = [message for field in self.errors.values() for message in field]
        first, more = messages[0], len(messages) - 1
        summary = first if not more else f"{first} (and {more} more error{'s' if more > 1 else ''})"
        return {"message": summary, "errors": self.errors}


def normalise(value: Any, key: str = "") -> Any:
    """``TrimStrings`` then ``ConvertEmptyStringsToNull``, through nested arrays."""
    if isinstance(value, str):
        text = value if key in UNTRIMMED else value.strip()
        return None if text == "" else text
    if isinstance(value, dict):
        return {k: normalise(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def is_integer(value: Any) -> bool:
    """``filter_var($value, FILTER_VALIDATE_INT)``: true counts as 1, 5.0 as 5."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, str) and INTEGER.match(value) is not None


def is_numeric(value: Any) -> bool:
    """PHP's ``is_numeric``."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and NUMERIC.match(value) is not None


def is_date(value: Any) -> bool:
    """Laravel's ``date`` rule, for the ISO 8601 forms ``strtotime`` reads."""
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def parse_date(value: str) -> dt.datetime:
    """A validated ``date`` value as a UTC datetime with whole seconds, as the database stores it."""
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    moment = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return moment.replace(microsecond=0)


def _label(field: str) -> str:
    return field.replace("_", " ")


def _size(value: Any, kind: str) -> float | None:
    if kind == "numeric":
        return float(value) if is_numeric(value) else None
    if kind == "array":
        return float(len(value)) if isinstance(value, list | dict) else None
    if isinstance(value, list | dict):
        return None
    text = value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return float(len(text))


def _messages(field: str, value: Any, rules: list[str], lookup: Lookup, ignore: int | None) -> list[str]:
    label = _label(field)
    names = {rule.partition(":")[0] for rule in rules}
    kind = "numeric" if names & {"integer", "numeric"} else "array" if "array" in names else "string"
    found: list[str] = []
    for rule in rules:
        name, _, argument = rule.partition(":")
        if name == "string" and not isinstance(value, str):
            found.append(f"The {label} field must be a string.")
        elif name == "integer" and not is_integer(value):
            found.append(f"The {label} field must be an integer.")
        elif name == "numeric" and not is_numeric(value):
            found.append(f"The {label} field must be a number.")
        elif name == "boolean" and not any(value is v or (type(value) is type(v) and value == v) for v in _BOOLS):
            found.append(f"The {label} field must be true or false.")
        elif name == "array" and not isinstance(value, list | dict):
            found.append(f"The {label} field must be an array.")
        elif name == "email" and not (isinstance(value, str) and EMAIL.match(value)):
            found.append(f"The {label} field must be a valid email address.")
        elif name == "date" and not is_date(value):
            found.append(f"The {label} field must be a valid date.")
        elif (name == "in" and not _is_in(value, argument.split(","))) or (
            name == "exists" and not _exists(value, argument, lookup)
        ):
            found.append(f"The selected {label} is invalid.")
        elif name == "unique" and _taken(value, argument, lookup, ignore):
            found.append(f"The {label} has already been taken.")
        elif name in ("min", "max") and (size := _size(value, kind)) is not None:
            bound = float(argument)
            if name == "min" and size < bound:
                found.append(_MIN[kind].format(label=label, n=argument))
            elif name == "max" and size > bound:
                found.append(_MAX[kind].format(label=label, n=argument))
    return found


_BOOLS: tuple[Any, ...] = (True, False, 0, 1, "0", "1")
_MIN = {
    "numeric": "The {label} field must be at least {n}.",
    "array": "The {label} field must have at least {n} items.",
    "string": "The {label} field must be at least {n} characters.",
}
_MAX = {
    "numeric": "The {label} field must not be greater than {n}.",
    "array": "The {label} field must not have more than {n} items.",
    "string": "The {label} field must not be greater than {n} characters.",
}


def _is_in(value: Any, allowed: list[str]) -> bool:
    if isinstance(value, list | dict) or value is None:
        return False
    text = ("1" if value else "") if isinstance(value, bool) else str(value)
    return text in allowed


def _exists(value: Any, argument: str, lookup: Lookup) -> bool:
    table, _, column = argument.partition(",")
    return not isinstance(value, list | dict) and lookup(table, column or "id", value, None)


def _taken(value: Any, argument: str, lookup: Lookup, ignore: int | None) -> bool:
    table, column, *except_id = [*argument.split(","), "id"]
    skipped = ignore if except_id[0] == "{id}" else None
    return not isinstance(value, list | dict) and lookup(table, column, value, skipped)


def _expand(data: dict[str, Any], key: str) -> list[tuple[str, Any, bool]]:
    """(field path, value, present) for a rule key, with ``*`` expanded over list items."""
    found: list[tuple[str, Any, bool]] = [("", data, True)]
    for part in key.split("."):
        deeper: list[tuple[str, Any, bool]] = []
        for path, value, _ in found:
            prefix = f"{path}." if path else ""
            if part == "*":
                if isinstance(value, list):
                    deeper += [(f"{prefix}{i}", item, True) for i, item in enumerate(value)]
                elif isinstance(value, dict):
                    deeper += [(f"{prefix}{k}", item, True) for k, item in value.items()]
            elif isinstance(value, dict):
                deeper.append((f"{prefix}{part}", value.get(part), part in value))
            else:
                deeper.append((f"{prefix}{part}", None, False))
        found = deeper
    return found


def validate(data: Any, rules: dict[str, str], lookup: Lookup, ignore: int | None = None) -> dict[str, Any]:
    """The validated top-level fields of ``data`` (a JSON object), or raise ``Invalid``.

    ``ignore`` is the id a ``unique`` rule skips (``unique:users,email,{id}`` in an update).
    """
    body = normalise(data) if isinstance(data, dict) else {}
    errors: dict[str, list[str]] = {}
    for key, spec in rules.items():
        parts = spec.split("|")
        checks = [p for p in parts if p not in ("required", "nullable", "sometimes")]
        for field, value, present in _expand(body, key):
            if "sometimes" in parts and not present:
                continue
            if value is None or value == [] or value == {}:
                if "required" in parts:
                    errors[field] = [f"The {_label(field)} field is required."]
                    continue
                if value is None and ("nullable" in parts or not present):
                    continue
            if messages := _messages(field, value, checks, lookup, ignore):
                errors[field] = messages
    if errors:
        raise Invalid(errors)
    return {key: body[key] for key in rules if "." not in key and key in body}
