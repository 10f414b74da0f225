"""Apply an OpenAPI Overlay 1.0.0 document to an OpenAPI document.

Targets are RFC 9535 JSONPath expressions (evaluated with python-jsonpath). ``update`` merges objects
recursively, appends to arrays and replaces anything else; ``remove`` deletes the selected nodes. An action
whose target selects nothing is not an error here: it is returned, so the caller can report it (a new
Billmora release may have fixed or moved what the action corrected).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonpath


class OverlayError(ValueError):
    """The overlay document itself is malformed."""


@dataclass(frozen=True)
class UnmatchedAction:
    """An overlay action whose target selected no node of the document."""

    index: int
    target: str
    description: str


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[UnmatchedAction]]:
    """Return a copy of ``document`` with every action of ``overlay`` applied, and the unmatched actions."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document: the top-level 'overlay' version is missing")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    result = copy.deepcopy(document)
    unmatched: list[UnmatchedAction] = []
    for index, action in enumerate(actions):
        target = action.get("target") if isinstance(action, dict) else None
        if not isinstance(target, str):
            raise OverlayError(f"action #{index} has no 'target' string")
        if ("update" in action) == bool(action.get("remove")):
            raise OverlayError(f"action #{index} ({target}) needs exactly one of 'update' or 'remove: true'")
        matches = list(jsonpath.finditer(target, result))
        if not matches:
            unmatched.append(UnmatchedAction(index, target, str(action.get("description", ""))))
            continue
        if action.get("remove"):
            _remove(result, [m.parts for m in matches])
        else:
            for match in matches:
                _update(match.obj, action["update"], target)
    return result, unmatched


def _update(node: object, update: object, target: str) -> None:
    if isinstance(node, dict) and isinstance(update, dict):
        _merge(node, update)
    elif isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise OverlayError(f"target {target} selects a {type(node).__name__}; 'update' needs an object or array")


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        current = node.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)


def _remove(document: dict[str, Any], locations: list[tuple[Any, ...]]) -> None:
    # Delete deepest and last-indexed nodes first so earlier locations stay valid.
    for parts in sorted(locations, key=lambda p: (len(p), p[-1] if p and isinstance(p[-1], int) else -1), reverse=True):
        if not parts:
            raise OverlayError("an overlay cannot remove the whole document")
        parent: Any = document
        for part in parts[:-1]:
            parent = parent[part]
        del parent[parts[-1]]
