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
        return schema["$ref"].rsplit("/", 1)[-1]
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
    """Map each schema to ``{field: (signature, required)}``: the named ones, and the object bodies an
    operation writes inline (named ``<operationId> <status> response``)."""
    result = {name: _fields(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}
    for _, _, operation in operations(doc):
        for status, response in operation.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if "properties" in schema:
                result[f"{operation.get('operationId', '?')} {status} response"] = _fields(schema)
    return result


def change_report(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines describing every difference in operations and schema fields; empty when there is none."""
    lines: list[str] = []
    old_ops, new_ops = operation_set(old), operation_set(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        lines.append(f"+ operation {key[0]} {key[1]} ({new_ops[key]})")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        lines.append(f"- operation {key[0]} {key[1]} ({old_ops[key]})")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        if old_ops[key] != new_ops[key]:
            lines.append(f"~ operation {key[0]} {key[1]}: operationId {old_ops[key]} -> {new_ops[key]}")
    old_schemas, new_schemas = schema_fields(old), schema_fields(new)
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        lines.append(f"+ schema {name}")
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        lines.append(f"- schema {name}")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        before, after = old_schemas[name], new_schemas[name]
        for field in sorted(after.keys() - before.keys()):
            lines.append(f"+ {name}.{field}: {_describe(after[field])}")
        for field in sorted(before.keys() - after.keys()):
            lines.append(f"- {name}.{field}: {_describe(before[field])}")
        for field in sorted(before.keys() & after.keys()):
            if before[field] != after[field]:
                lines.append(f"~ {name}.{field}: {_describe(before[field])} -> {_describe(after[field])}")
    return lines


def _describe(field: tuple[str, bool]) -> str:
    signature, required = field
    return f"{signature} ({'required' if required else 'optional'})"
