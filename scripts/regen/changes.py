"""The API-change report: what a new document adds, removes or changes against the previous one."""

from __future__ import annotations

import json
from typing import Any

from .normalise import operations


def operation_set(doc: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Map ``(METHOD, path)`` to operationId."""
    return {(m.upper(), p): str(op.get("operationId", "")) for m, p, op in operations(doc)}


def field_signature(schema: dict[str, Any]) -> str:
    """A compact, comparable description of a property's type."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "any")
    text = "|".join(kind) if isinstance(kind, list) else str(kind)
    if "format" in schema:
        text += f"<{schema['format']}>"
    if "items" in schema:
        text += f"[{field_signature(schema['items'])}]"
    if "enum" in schema:
        text += "{" + ",".join(json.dumps(v) for v in schema["enum"]) + "}"
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            text += f"{combinator}(" + ",".join(field_signature(s) for s in schema[combinator]) + ")"
    return text


def _fields(schema: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    required = set(schema.get("required", []))
    return {field: (field_signature(s), field in required) for field, s in schema.get("properties", {}).items()}


def schema_fields(doc: dict[str, Any]) -> dict[str, dict[str, tuple[str, bool]]]:
    """Map each named schema to ``{field: (signature, required)}``."""
    return {name: _fields(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}


def inline_bodies(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, tuple[str, bool]]]:
    """The object bodies an operation answers inline, by ``(operationId, status)``."""
    result = {}
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if "properties" in schema:
                result[str(operation.get("operationId", "?")), str(status)] = _fields(schema)
    return result


def change_report(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines describing every difference in operations (named by operationId) and fields (by schema
    name, or by the operation and status whose answer writes them inline); empty when there is none."""
    lines: list[str] = []
    old_ops, new_ops = operation_set(old), operation_set(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        lines.append(f"added operation {new_ops[key]} ({key[0]} {key[1]})")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        lines.append(f"removed operation {old_ops[key]} ({key[0]} {key[1]})")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        if old_ops[key] != new_ops[key]:
            lines.append(f"renamed operation {old_ops[key]} -> {new_ops[key]} ({key[0]} {key[1]})")
    old_schemas, new_schemas = schema_fields(old), schema_fields(new)
    lines += [f"added schema {name}" for name in sorted(new_schemas.keys() - old_schemas.keys())]
    lines += [f"removed schema {name}" for name in sorted(old_schemas.keys() - new_schemas.keys())]
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        lines += _field_changes(name + ".", old_schemas[name], new_schemas[name])
    old_bodies, new_bodies = inline_bodies(old), inline_bodies(new)
    kept = set(old_ops.values()) & set(new_ops.values())
    for operation_id, status in sorted(new_bodies.keys() - old_bodies.keys()):
        if operation_id in kept:
            lines.append(f"added {status} response of {operation_id}")
    for operation_id, status in sorted(old_bodies.keys() - new_bodies.keys()):
        if operation_id in kept:
            lines.append(f"removed {status} response of {operation_id}")
    for key in sorted(old_bodies.keys() & new_bodies.keys()):
        lines += _field_changes(f"{key[0]} {key[1]} response: ", old_bodies[key], new_bodies[key])
    return lines


def _field_changes(prefix: str, before: dict[str, tuple[str, bool]], after: dict[str, tuple[str, bool]]) -> list[str]:
    lines = [
        f"added field {prefix}{field}: {_describe(after[field])}" for field in sorted(after.keys() - before.keys())
    ]
    lines += [
        f"removed field {prefix}{field}: {_describe(before[field])}" for field in sorted(before.keys() - after.keys())
    ]
    for field in sorted(before.keys() & after.keys()):
        if before[field] != after[field]:
            lines.append(f"changed field {prefix}{field}: {_describe(before[field])} -> {_describe(after[field])}")
    return lines


def _describe(field: tuple[str, bool]) -> str:
    signature, required = field
    return f"{signature} ({'required' if required else 'optional'})"
