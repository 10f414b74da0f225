"""Names for places in a document: a JSONPath for errors, a reader's name (``UserResource.language``,
``v1.users.index 200 response``) for reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Parts = Sequence[str | int]
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def json_path(parts: Parts) -> str:
    """``$.paths['/v1/users'].get.responses['200']``: the notation of the overlay's targets."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN.fullmatch(part):
            text += f".{part}"
        else:
            text += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


def label(document: dict[str, Any], parts: Parts) -> str:
    """Name a place the way the change report does: schemas by name, operations by operationId."""
    head = [str(p) for p in parts[:3]]
    if len(head) >= 3 and head[:2] == ["components", "schemas"]:
        return head[2] + _fields(parts[3:])
    if len(head) >= 2 and head[0] == "paths":
        if len(head) == 2:
            return f"path {head[1]}"
        item = document.get("paths", {}).get(head[1])
        operation = item.get(head[2]) if isinstance(item, dict) else None
        operation_id = operation.get("operationId") if isinstance(operation, dict) else None
        name = str(operation_id) if operation_id else f"{head[2].upper()} {head[1]}"
        rest = list(parts[3:])
        if len(rest) >= 2 and rest[0] == "responses":
            name += f" {rest[1]} response"
            rest = rest[2:]
        elif rest[:1] == ["requestBody"]:
            name += " request body"
            rest = rest[1:]
        fields = _fields(rest)
        return f"{name}: {fields[1:]}" if fields else name
    return json_path(parts)


def _fields(parts: Parts) -> str:
    """``.meta.links[].page`` for ``properties.meta.properties.links.items.properties.page``."""
    text, after_properties = "", False
    for part in parts:
        if after_properties:
            text += f".{part}"
            after_properties = False
        elif part == "properties":
            after_properties = True
        elif part == "items":
            text += "[]"
    return text


def is_properties_map(parts: Parts) -> bool:
    """True when ``parts`` ends at a schema's ``properties`` keyword (not at a property named so)."""
    in_map = False
    for part in parts:
        in_map = not in_map and part == "properties"
    return in_map


def kind(value: object) -> str:
    """``a string``, ``a number``, ``null``, ``an object``...: for messages."""
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number", dict: "an object", list: "a list"}
    return names.get(type(value), "null" if value is None else type(value).__name__)
