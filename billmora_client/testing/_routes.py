"""Billmora's routes/api.php: the 50 operations, their paths, abilities, bound models and controllers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _commerce, _controllers, _creation
from ._controllers import Controller

AREAS = (
    "users",
    "services",
    "invoices",
    "orders",
    "tickets",
    "packages",
    "catalogs",
    "variants",
    "registrants",
    "tlds",
)
NO_STORE = frozenset({"services", "registrants"})
SINGULAR = {area: area.removesuffix("s") for area in AREAS}
VERBS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")  # Laravel's Router::$verbs


@dataclass(frozen=True)
class Operation:
    """One route: ``operation_id`` as the OpenAPI document names it, ``ability`` None for the public routes,
    ``table`` the model bound to the path parameter."""

    operation_id: str
    method: str
    template: str
    controller: Controller
    ability: str | None = None
    table: str | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The template as Symfony compiles it: a parameter takes anything but ``/``, newlines included."""
        return re.compile(re.sub(r"\{[^}]+\}", "([^/]+)", self.template))


def operations() -> list[Operation]:
    """Every route of routes/api.php, in its order."""
    ops = [
        Operation(
            "gateways.webhook", "POST", "/api/gateways/{plugin}/webhook", _commerce.gateway_webhook, None, "plugins"
        ),
        Operation("domains.check", "POST", "/api/domains/check", _commerce.check_domain),
    ]
    for area in AREAS:
        base, item = f"/api/v1/{area}", f"/api/v1/{area}/{{{SINGULAR[area]}}}"
        ops.append(Operation(f"v1.{area}.index", "GET", base, _controllers.index(area), f"{area}.view"))
        ops.append(Operation(f"v1.{area}.show", "GET", item, _controllers.show(area), f"{area}.view", area))
        if area not in NO_STORE:
            store = _commerce.store_order if area == "orders" else _creation.STORES[area]
            ops.append(Operation(f"v1.{area}.store", "POST", base, store, f"{area}.create"))
        updater = _commerce.UPDATES.get(area) or _controllers.update(area)
        ops.append(Operation(f"v1.{area}.update", "PUT", item, updater, f"{area}.update", area))
        ops.append(Operation(f"v1.{area}.delete", "DELETE", item, _controllers.delete(area), f"{area}.delete", area))
    return ops


# How MariaDB reads a string compared with an integer column: leading whitespace, then the longest number prefix.
NUMBER_PREFIX = re.compile(r"[ \t\n\r\v\f]*([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)", re.ASCII)


def route_key(segment: str) -> int | None:
    """The id a path segment binds: Laravel runs ``where('id', $segment)`` and MariaDB compares the string as a
    number, so ``"2abc"`` finds 2 and ``"³"`` (no ASCII digit: 0) finds nothing. None when no id can match."""
    found = NUMBER_PREFIX.match(segment)
    if found is None:
        return None
    number = float(found.group(1))  # inf for a huge one, which no id equals
    return int(number) if number.is_integer() and number >= 1 else None


class Router:
    """Matches a request to its operation as Laravel's router does, HEAD answering like GET."""

    def __init__(self, ops: list[Operation]) -> None:
        self.operations = ops
        self._compiled = [(op, op.pattern) for op in ops]

    def match(self, method: str, path: str) -> tuple[Operation, str | None] | None:
        wanted = "GET" if method == "HEAD" else method
        for op, pattern in self._compiled:
            if op.method == wanted and (found := pattern.fullmatch(path)):
                return op, found.group(1) if found.groups() else None
        return None

    def allowed(self, path: str) -> list[str]:
        """The verbs some route answers on ``path``, in Laravel's order."""
        methods = {op.method for op, pattern in self._compiled if pattern.fullmatch(path)}
        if "GET" in methods:
            methods.add("HEAD")
        return [verb for verb in VERBS if verb in methods]
