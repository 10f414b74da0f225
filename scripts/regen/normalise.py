"""Deterministic, wire-neutral transforms applied to the overlaid document before generation.

None of them changes a path, a parameter, a media type or the shape of any body: they only give names to
schemas the served document writes inline, so the generator emits one model for each instead of a copy
per operation and status.

1. ``hoist_shared_responses``: the schema of each ``components.responses.X`` (Scramble's
   ``AuthenticationException``, ``ValidationException``, ...) becomes ``components.schemas.X``.
2. ``name_envelopes``: a paginated answer ``{data: [X], links, meta}`` becomes ``XPage`` (with shared
   ``PaginationLinks``, ``PaginationMeta`` and ``PaginationMetaLink``); a single answer ``{data: X}`` becomes
   ``XEnvelope``.
3. ``name_request_bodies``: an inline JSON request body becomes ``<Tag><Action>Request``
   (``v1.users.store`` gives ``UsersStoreRequest``).
4. ``dedupe_enums``: an ``enum`` lists each value once (the overlay appends its values to an enum the
   document already declares, e.g. when Billmora names ``InvoiceStatus`` itself).
5. ``mark_accepted_values``: a field typed by a named enum (``anyOf: [$ref]``) with the values its rule lists
   beside it (``enum``) keeps those of them the named enum holds as ``x-accepts``, which the namespaces type
   with; the generator sees the named enum alone. Nothing is marked when every value is accepted.

Schemas are then sorted by name. A name that is already taken by a different schema is an error.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

JSON = "application/json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class NormaliseError(ValueError):
    """The document cannot be normalised without changing its meaning."""


def normalise(document: dict[str, Any]) -> dict[str, Any]:
    """Return a normalised copy of ``document``."""
    doc = copy.deepcopy(document)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    hoist_shared_responses(doc, schemas)
    name_envelopes(doc, schemas)
    name_request_bodies(doc, schemas)
    dedupe_enums(doc)
    mark_accepted_values(doc, schemas)
    doc["components"]["schemas"] = dict(sorted(schemas.items()))
    return doc


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield method, path, item[method]


def hoist_shared_responses(doc: dict[str, Any], schemas: dict[str, Any]) -> None:
    for name, response in doc["components"].get("responses", {}).items():
        media = response.get("content", {}).get(JSON)
        if media and "$ref" not in media.get("schema", {"$ref": ""}):
            media["schema"] = _register(schemas, name, media["schema"])


def name_envelopes(doc: dict[str, Any], schemas: dict[str, Any]) -> None:
    for _, _, operation in operations(doc):
        for response in operation.get("responses", {}).values():
            media = response.get("content", {}).get(JSON)
            schema = media.get("schema") if media else None
            if not isinstance(schema, dict) or schema.get("type") != "object":
                continue
            properties = schema.get("properties", {})
            data = properties.get("data", {})
            if set(properties) == {"data", "links", "meta"} and "$ref" in data.get("items", {}):
                media["schema"] = _page(schemas, schema, _ref_name(data["items"]["$ref"]))
            elif set(properties) == {"data"} and "$ref" in data:
                media["schema"] = _register(schemas, _ref_name(data["$ref"]) + "Envelope", schema)


def _page(schemas: dict[str, Any], schema: dict[str, Any], item: str) -> dict[str, str]:
    page = copy.deepcopy(schema)
    meta = page["properties"]["meta"]
    if "$ref" not in meta.get("properties", {}).get("links", {}).get("items", {"$ref": ""}):
        link = meta["properties"]["links"]["items"]
        meta["properties"]["links"]["items"] = _register(schemas, "PaginationMetaLink", link)
    page["properties"]["links"] = _register(schemas, "PaginationLinks", page["properties"]["links"])
    page["properties"]["meta"] = _register(schemas, "PaginationMeta", meta)
    return _register(schemas, item + "Page", page)


def name_request_bodies(doc: dict[str, Any], schemas: dict[str, Any]) -> None:
    for method, path, operation in operations(doc):
        media = operation.get("requestBody", {}).get("content", {}).get(JSON)
        if not media or "$ref" in media.get("schema", {"$ref": ""}):
            continue
        operation_id = operation.get("operationId") or f"{method} {path}"
        words = [w for w in re.split(r"[^A-Za-z0-9]+", operation_id) if w and not re.fullmatch(r"v\d+", w)]
        media["schema"] = _register(schemas, "".join(w[:1].upper() + w[1:] for w in words) + "Request", media["schema"])


def dedupe_enums(doc: dict[str, Any]) -> None:
    for node in _objects(doc):
        if isinstance(node.get("enum"), list):
            node["enum"] = [v for i, v in enumerate(node["enum"]) if v not in node["enum"][:i]]


def mark_accepted_values(doc: dict[str, Any], schemas: dict[str, Any]) -> None:
    for node in _objects(doc):
        named = [m for m in node.get("anyOf", []) if isinstance(m, dict) and isinstance(m.get("$ref"), str)]
        if named and isinstance(node.get("enum"), list):
            held = schemas.get(_ref_name(named[0]["$ref"]), {}).get("enum")
            listed = node.pop("enum")
            if isinstance(held, list):
                accepted = [v for v in listed if v is not None and v in held]
                if set(accepted) != {v for v in held if v is not None}:
                    node["x-accepts"] = accepted


def _objects(node: object) -> Iterator[dict[str, Any]]:
    """Every object in ``node``, each before what it holds (so a caller may change it before it is walked)."""
    if isinstance(node, dict):
        yield node
        for value in list(node.values()):
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _register(schemas: dict[str, Any], name: str, schema: dict[str, Any]) -> dict[str, str]:
    """Store ``schema`` under ``name`` (once) and return a reference to it."""
    named = {"title": name, **{k: v for k, v in schema.items() if k != "title"}}
    if name in schemas and schemas[name] != named:
        raise NormaliseError(f"schema name {name!r} is already used by a different schema")
    schemas[name] = named
    return {"$ref": f"#/components/schemas/{name}"}


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]
