"""The API-change report: what a new document adds, removes or changes against the previous one, and which
of those changes break callers.

What breaks follows oasdiff's breaking-change rules, read for an SDK whose callers hold its models and pass its
keyword arguments: an operation, schema, field or answer removed; an operation renamed (its method is named from
its id); a field retyped; an enum value removed (its member goes); a request field newly required or no longer
taking null; an answer's field newly nullable or no longer always present. Additions are not breaking, except a
required request field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .normalise import operations

REQUEST, RESPONSE = "request", "response"
Field = tuple[dict[str, Any], bool]  # (schema, required)


@dataclass(frozen=True)
class Change:
    """One line of the report; ``breaking`` says why callers may have to change, or is empty."""

    text: str
    breaking: str = ""

    @property
    def kind(self) -> str:
        """``added``, ``removed`` or ``changed`` (a rename is a change)."""
        verb = self.text.split(" ", 1)[0]
        return verb if verb in ("added", "removed") else "changed"

    def __str__(self) -> str:
        return f"breaking ({self.breaking}): {self.text}" if self.breaking else self.text


def operation_set(doc: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Map ``(METHOD, path)`` to operationId."""
    return {(m.upper(), p): str(op.get("operationId", "")) for m, p, op in operations(doc)}


def field_signature(schema: dict[str, Any]) -> str:
    """A compact, comparable description of a property's type."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    combinators = ("anyOf", "oneOf", "allOf")
    kind = schema.get("type", "" if any(c in schema for c in combinators) else "any")
    text = "|".join(kind) if isinstance(kind, list) else str(kind)
    if "format" in schema:
        text += f"<{schema['format']}>"
    if "items" in schema:
        text += f"[{field_signature(schema['items'])}]"
    if "enum" in schema:
        text += "{" + ",".join(json.dumps(v) for v in schema["enum"]) + "}"
    for combinator in combinators:
        if combinator in schema:
            text += f"{combinator}(" + ",".join(field_signature(s) for s in schema[combinator]) + ")"
    if isinstance(schema.get("x-accepts"), list):  # the values a request's rule takes (normalise.py)
        text += " accepting {" + ",".join(json.dumps(v) for v in schema["x-accepts"]) + "}"
    return text


def _values(schema: object, key: str = "enum") -> frozenset[str] | None:
    values = schema.get(key) if isinstance(schema, dict) else None
    return frozenset(json.dumps(v) for v in values if v is not None) if isinstance(values, list) else None


def _is_null(schema: object) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _shape(schema: dict[str, Any]) -> tuple[str, bool, frozenset[str] | None]:
    """``(type without null or enum, nullable, enum values)`` of a property."""
    rest, nullable = dict(schema), bool(schema.get("nullable"))
    for key in ("nullable", "x-accepts", "description", "title", "example", "examples", "default"):
        rest.pop(key, None)
    kind = rest.get("type")
    if isinstance(kind, list) and "null" in kind:
        nullable, kinds = True, [k for k in kind if k != "null"]
        rest["type"] = kinds[0] if len(kinds) == 1 else kinds
    for combinator in ("anyOf", "oneOf"):
        if any(_is_null(s) for s in rest.get(combinator, [])):
            nullable, rest[combinator] = True, [s for s in rest[combinator] if not _is_null(s)]
    for combinator in ("anyOf", "oneOf", "allOf"):
        inner = rest.get(combinator)
        if isinstance(inner, list) and len(inner) == 1 and isinstance(inner[0], dict) and "type" not in rest:
            del rest[combinator]
            rest.update(inner[0])  # anyOf of one schema is that schema
    enum = _values(rest)
    rest.pop("enum", None)
    return field_signature(rest), nullable, enum


def _refs(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[-1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def schema_uses(doc: dict[str, Any]) -> dict[str, set[str]]:
    """Where each named schema travels: in requests, in answers, or both (through any chain of references)."""
    components = doc.get("components", {})
    uses: dict[str, set[str]] = {}
    pending: list[tuple[str, str]] = []
    for _, _, operation in operations(doc):
        sent = [operation.get("requestBody"), operation.get("parameters")]
        pending += [(name, REQUEST) for name in _refs(sent)]
        pending += [(name, RESPONSE) for name in _refs(operation.get("responses"))]
    while pending:
        name, use = pending.pop()
        if use in uses.setdefault(name, set()):
            continue
        uses[name].add(use)
        for section in ("schemas", "requestBodies", "responses", "parameters"):
            pending += [(inner, use) for inner in _refs(components.get(section, {}).get(name))]
    return uses


def _fields(schema: dict[str, Any]) -> dict[str, Field]:
    required = set(schema.get("required", []))
    return {field: (s, field in required) for field, s in schema.get("properties", {}).items()}


def schema_fields(doc: dict[str, Any]) -> dict[str, dict[str, Field]]:
    """Map each named schema to ``{field: (schema, required)}``."""
    return {name: _fields(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}


def inline_bodies(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Field]]:
    """The object bodies an operation answers inline, by ``(operationId, status)``."""
    result = {}
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if "properties" in schema:
                result[str(operation.get("operationId", "?")), str(status)] = _fields(schema)
    return result


def change_report(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference in operations (named by operationId) and fields (by schema name, or by the operation
    and status whose answer writes them inline), each marked when it breaks callers; empty when there is none."""
    changes: list[Change] = []
    old_ops, new_ops = operation_set(old), operation_set(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(f"added operation {new_ops[key]} ({key[0]} {key[1]})"))
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(f"removed operation {old_ops[key]} ({key[0]} {key[1]})", "operation removed"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        if old_ops[key] != new_ops[key]:
            text = f"renamed operation {old_ops[key]} -> {new_ops[key]} ({key[0]} {key[1]})"
            changes.append(Change(text, "its method is renamed"))
    old_schemas, new_schemas = schema_fields(old), schema_fields(new)
    changes += [Change(f"added schema {name}") for name in sorted(new_schemas.keys() - old_schemas.keys())]
    gone = sorted(old_schemas.keys() - new_schemas.keys())
    changes += [Change(f"removed schema {name}", "model removed") for name in gone]
    old_uses, new_uses = schema_uses(old), schema_uses(new)
    changes += _enum_changes(old, new)
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        uses = old_uses.get(name, set()) | new_uses.get(name, set()) or {REQUEST, RESPONSE}
        changes += _field_changes(name + ".", old_schemas[name], new_schemas[name], uses)
    old_bodies, new_bodies = inline_bodies(old), inline_bodies(new)
    kept = set(old_ops.values()) & set(new_ops.values())
    for operation_id, status in sorted(new_bodies.keys() - old_bodies.keys()):
        if operation_id in kept:
            changes.append(Change(f"added {status} response of {operation_id}"))
    for operation_id, status in sorted(old_bodies.keys() - new_bodies.keys()):
        if operation_id in kept:
            changes.append(Change(f"removed {status} response of {operation_id}", "answer removed"))
    for key in sorted(old_bodies.keys() & new_bodies.keys()):
        prefix = f"{key[0]} {key[1]} response: "
        changes += _field_changes(prefix, old_bodies[key], new_bodies[key], {RESPONSE})
    return changes


def _enum_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Values added to or removed from the named enums (a removed value's member goes: breaking)."""
    changes = []
    before, after = (doc.get("components", {}).get("schemas", {}) for doc in (old, new))
    for name in sorted(before.keys() & after.keys()):
        old_values, new_values = _values(before[name]), _values(after[name])
        if old_values is None or new_values is None:
            continue
        changes += [Change(f"added value {v} to enum {name}") for v in sorted(new_values - old_values)]
        gone = sorted(old_values - new_values)
        changes += [Change(f"removed value {v} from enum {name}", "enum value removed") for v in gone]
    return changes


def _field_changes(prefix: str, before: dict[str, Field], after: dict[str, Field], uses: set[str]) -> list[Change]:
    changes = []
    for field in sorted(after.keys() - before.keys()):
        why = "new required request field" if after[field][1] and REQUEST in uses else ""
        changes.append(Change(f"added field {prefix}{field}: {_describe(after[field])}", why))
    for field in sorted(before.keys() - after.keys()):
        changes.append(Change(f"removed field {prefix}{field}: {_describe(before[field])}", "field removed"))
    for field in sorted(before.keys() & after.keys()):
        if _describe(before[field]) != _describe(after[field]):
            text = f"changed field {prefix}{field}: {_describe(before[field])} -> {_describe(after[field])}"
            changes.append(Change(text, _breaks(before[field], after[field], uses)))
    return changes


def _breaks(before: Field, after: Field, uses: set[str]) -> str:
    """Why a field's change breaks callers, or ``""``."""
    (old_type, old_null, old_enum), (new_type, new_null, new_enum) = _shape(before[0]), _shape(after[0])
    reasons = []
    if old_type != new_type or (old_enum is None) != (new_enum is None):
        reasons.append("retyped")
    elif old_enum is not None and new_enum is not None and old_enum - new_enum:
        reasons.append(f"enum value {', '.join(sorted(old_enum - new_enum))} removed")
    old_accepts, new_accepts = _values(before[0], "x-accepts"), _values(after[0], "x-accepts")
    if REQUEST in uses and old_accepts and (new_accepts is not None and old_accepts - new_accepts):
        reasons.append(f"no longer accepts {', '.join(sorted(old_accepts - new_accepts))}")
    if REQUEST in uses and after[1] and not before[1]:
        reasons.append("newly required in requests")
    if REQUEST in uses and old_null and not new_null:
        reasons.append("no longer takes null")
    if RESPONSE in uses and new_null and not old_null:
        reasons.append("newly nullable in answers")
    if RESPONSE in uses and before[1] and not after[1]:
        reasons.append("no longer always in answers")
    return "; ".join(reasons)


def _describe(field: Field) -> str:
    schema, required = field
    return f"{field_signature(schema)} ({'required' if required else 'optional'})"
