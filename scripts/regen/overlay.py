"""Apply an OpenAPI Overlay 1.0.0 document to an OpenAPI document.

Targets are RFC 9535 JSONPath expressions (evaluated with python-jsonpath). ``update`` merges objects
recursively, appends to arrays and replaces anything else; ``remove`` deletes the selected nodes. Every
action needs a ``description``: it is how reports name the action.

The overlay corrects what the document has; it never brings back what the document dropped. So an
``update`` creates no path, no operation and no schema property the document lacks (a property the
document leaves out altogether may be added by naming it in the action's ``x-adds`` list). What an action
would have created is skipped, and so is an action whose target selects nothing; both are returned as
``Skipped`` notes, so the caller can report them (a new Billmora release may have dropped, fixed or moved
what the action corrected).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import jsonpath

from .places import Parts, is_properties_map, json_path, kind, label

METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


class OverlayError(ValueError):
    """The overlay is malformed."""


class ShapeError(OverlayError):
    """The document is not shaped as an overlay action expects (an object where it has a list, ...)."""


@dataclass(frozen=True)
class Skipped:
    """Part of an overlay action that no longer applies to the document."""

    action: str
    target: str
    missing: str | None = None  # what the document no longer has; None when the target selects nothing

    def __str__(self) -> str:
        if self.missing is None:
            return f'overlay: "{self.action}" no longer applies: {self.target} selects nothing'
        return f'overlay: "{self.action}" no longer applies to {self.missing}: not in the document, not re-created'


@dataclass
class _Action:
    description: str
    target: str
    update: object
    remove: bool
    adds: frozenset[str]
    document: dict[str, Any]
    skipped: list[Skipped] = field(default_factory=list)


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[Skipped]]:
    """Return a copy of ``document`` with every action of ``overlay`` applied, and what was skipped."""
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document: the top-level 'overlay' version is missing")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    result = copy.deepcopy(document)
    skipped: list[Skipped] = []
    for number, raw in enumerate(actions, start=1):
        action = _parse(raw, number, result)
        try:
            matches = list(jsonpath.finditer(action.target, result))
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f'action "{action.description}": target {action.target} is not JSONPath: {exc}') from exc
        if not matches:
            skipped.append(Skipped(action.description, action.target))
        elif action.remove:
            _remove(result, [m.parts for m in matches])
        else:
            for match in matches:
                _update(match.obj, action.update, match.parts, action)
        skipped.extend(action.skipped)
    return result, skipped


def _parse(raw: object, number: int, document: dict[str, Any]) -> _Action:
    if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
        raise OverlayError(f"action {number} has no 'target' string")
    target = raw["target"]
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise OverlayError(f"the action on {target} has no 'description' (reports name actions by it)")
    if ("update" in raw) == bool(raw.get("remove")):
        raise OverlayError(f"action \"{description}\" needs exactly one of 'update' or 'remove: true'")
    adds = raw.get("x-adds", [])
    if not isinstance(adds, list) or not all(isinstance(name, str) for name in adds):
        raise OverlayError(f'action "{description}": x-adds must be a list of property names')
    return _Action(description, target, raw.get("update"), bool(raw.get("remove")), frozenset(adds), document)


def _update(node: object, update: object, parts: Parts, action: _Action) -> None:
    if isinstance(node, dict) and isinstance(update, dict):
        _merge(node, update, tuple(parts), action)
    elif isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise ShapeError(
            f'action "{action.description}": the document\'s {json_path(parts)} is '
            f"{kind(node)}, where an object or a list was expected"
        )


def _merge(node: dict[str, Any], update: dict[str, Any], parts: tuple[str | int, ...], action: _Action) -> None:
    for key, value in update.items():
        current = node.get(key)
        if key not in node and not _may_create(parts, key) and key not in action.adds:
            action.skipped.append(Skipped(action.description, action.target, label(action.document, (*parts, key))))
        elif isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, (*parts, key), action)
        elif isinstance(value, dict) and key in node:
            raise ShapeError(
                f'action "{action.description}": the document\'s {json_path((*parts, key))} is '
                f"{kind(current)}, where an object was expected"
            )
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)


def _may_create(parts: tuple[str | int, ...], key: str) -> bool:
    """False for what only the document decides: a path in ``paths``, a method in a path item, a property
    in a schema's ``properties``."""
    if parts == ("paths",):
        return False
    if len(parts) == 2 and parts[0] == "paths":
        return key not in METHODS
    return not is_properties_map(parts)


def _remove(document: dict[str, Any], locations: list[tuple[Any, ...]]) -> None:
    # Delete deepest and last-indexed nodes first so earlier locations stay valid.
    for parts in sorted(locations, key=lambda p: (len(p), p[-1] if p and isinstance(p[-1], int) else -1), reverse=True):
        if not parts:
            raise OverlayError("an overlay cannot remove the whole document")
        parent: Any = document
        for part in parts[:-1]:
            parent = parent[part]
        del parent[parts[-1]]
