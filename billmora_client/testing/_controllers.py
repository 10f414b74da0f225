"""Billmora's API controllers (app/Http/Controllers/Api/*) for index, show, update and delete over the store.

Each controller takes a ``Call`` (the request as a controller sees it) and returns ``(status, body)``.
The store actions live in ``_creation``; orders, payments and domains in ``_commerce``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _rules
from ._pagination import paginate
from ._resources import RENDERERS, Json
from ._store import Row, Store
from ._validation import parse_date, validate

Answer = tuple[int, Any]
Controller = Callable[["Call"], Awaitable[Answer]]
MODELS = {
    "users": "User",
    "services": "Service",
    "invoices": "Invoice",
    "orders": "Order",
    "tickets": "Ticket",
    "packages": "Package",
    "catalogs": "Catalog",
    "variants": "Variant",
    "registrants": "Registrant",
    "tlds": "Tld",
    "plugins": "Plugin",
}
# Relations each controller loads (index, show, and store/update), as the reference's table lists them.
LOADS: dict[str, dict[str, tuple[str, ...]]] = {
    "users": {"index": (), "show": (), "store": (), "update": ()},
    "services": {s: ("user", "package", "scalings") for s in ("index", "show", "update")},
    "invoices": {
        "index": ("user",),
        "show": ("user", "items"),
        "store": ("user", "items"),
        "update": ("user", "items"),
    },
    "orders": {
        "index": ("user",),
        **{s: ("user", "items", "services", "registrants", "invoices") for s in ("show", "store", "update")},
    },
    "tickets": {"index": ("user",), **{s: ("user", "messages.user") for s in ("show", "store", "update")}},
    "packages": {
        "index": ("catalog",),
        "show": ("catalog", "prices", "variants.options.prices"),
        "store": ("catalog",),
        "update": ("catalog",),
    },
    "catalogs": {"index": (), "show": ("packages",), "store": (), "update": ()},
    "variants": {s: ("options.prices",) for s in ("index", "show", "store", "update")},
    "registrants": {s: ("user", "tld") for s in ("index", "show", "update")},
    "tlds": {"index": (), "show": ("prices",), "store": (), "update": ("prices",)},
}
# index filters: `->when($request->x, fn ($q, $x) => $q->where('x', $x))`
FILTERS = {
    "users": ("status",),
    "services": ("status", "user_id"),
    "invoices": ("status", "user_id"),
    "orders": ("status", "user_id"),
    "tickets": ("status", "user_id", "priority"),
    "packages": ("status",),
    "catalogs": ("status",),
    "variants": ("status",),
    "registrants": ("status", "user_id"),
    "tlds": ("status",),
}
# `search`: `where(a LIKE %s%)->orWhere(b LIKE %s%)...`, added where the controller puts it (see _matches)
SEARCH = {
    "users": ("email", "first_name", "last_name"),
    "services": ("service_number", "name"),
    "invoices": ("invoice_number",),
    "orders": ("order_number",),
    "tickets": ("ticket_number", "subject"),
    "packages": ("name",),
    "catalogs": ("name",),
    "variants": ("name",),
    "registrants": ("registrant_number", "domain"),
    "tlds": ("tld",),
}
SEARCH_FIRST = frozenset({"users"})  # UsersController adds `search` before `status`
INTEGERS = frozenset(
    {
        "sort_order",
        "stock",
        "per_user_limit",
        "prorata_day",
        "prorata_next_month_day",
        "min_years",
        "max_years",
        "plugin_id",
        "catalog_id",
        "assigned_to",
        "user_id",
    }
)
BOOLEANS = frozenset({"allow_cancellation", "auto_provision", "is_scalable", "auto_renew", "send_email"})
DATES = frozenset({"next_due_date", "due_date"})


@dataclass
class Call:
    """One request as a controller sees it: the store, the JSON body, the query, the URL and the bound row."""

    store: Store
    body: Any
    query: Mapping[str, str]
    path: str
    row: Row | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def lookup(self, table: str, column: str, value: Any, ignore: int | None) -> bool:
        return self.store.matches(table, column, value, ignore)

    def validate(self, rules: dict[str, str]) -> dict[str, Any]:
        return validate(self.body, rules, self.lookup, self.row["id"] if self.row else None)


def not_found(model: str, key: object) -> Answer:
    return 404, {"message": f"No query results for model [App\\Models\\{model}] {key}"}


def render(store: Store, table: str, row: Mapping[str, Any], action: str) -> Json:
    return RENDERERS[table](store, row, LOADS[table][action])


def column_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Validated input as the database stores it (integers, booleans, timestamps)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None:
            out[key] = None
        elif key in INTEGERS:
            out[key] = int(float(value))
        elif key in BOOLEANS:
            out[key] = value in (True, 1, "1")
        elif key in DATES:
            out[key] = parse_date(value)
        else:
            out[key] = value
    return out


def _equals(row: Row, name: str, value: str) -> bool:
    return str(row.get(name)).lower() == value.lower()  # MariaDB's default collation ignores case


def _like(row: Row, column: str, needle: str) -> bool:
    return needle in str(row.get(column) or "").lower()


def _matches(table: str, row: Row, query: Mapping[str, str]) -> bool:
    """The index's WHERE clause. PHP treats "" and "0" as no filter. An ungrouped ``orWhere`` lets rows that match
    an earlier search column through the filters that come after it, as in Billmora."""
    filters = [(name, query[name]) for name in FILTERS[table] if query.get(name) not in (None, "", "0")]
    needle = (query.get("search") or "").lower()
    searching = needle not in ("", "0")
    if not searching:
        return all(_equals(row, name, value) for name, value in filters)
    columns = SEARCH[table]
    if table in SEARCH_FIRST:  # a OR b OR (c AND filters)
        return any(_like(row, c, needle) for c in columns[:-1]) or (
            _like(row, columns[-1], needle) and all(_equals(row, n, v) for n, v in filters)
        )
    # (filters AND a) OR b ...
    return (all(_equals(row, n, v) for n, v in filters) and _like(row, columns[0], needle)) or any(
        _like(row, c, needle) for c in columns[1:]
    )


def index(table: str) -> Controller:
    async def handle(call: Call) -> Answer:
        query = call.query
        unfiltered = all(query.get(n) in (None, "", "0") for n in (*FILTERS[table], "search"))
        rows: Iterator[Row] | list[Row]
        if unfiltered:
            rows, total = call.store.newest_first(table), call.store.count(table)
        else:
            rows = [r for r in call.store.newest_first(table) if _matches(table, r, query)]
            total = len(rows)
        return 200, paginate(rows, total, dict(query), call.path, lambda row: render(call.store, table, row, "index"))

    return handle


def show(table: str) -> Controller:
    async def handle(call: Call) -> Answer:
        assert call.row is not None
        return 200, {"data": render(call.store, table, call.row, "show")}

    return handle


def update(table: str) -> Controller:
    async def handle(call: Call) -> Answer:
        row = call.row
        assert row is not None
        changes = column_values(call.validate(_rules.UPDATE[table]))
        if table == "users":
            changes.pop("currency", None)  # no such column: Billmora answers 500; see the package docstring
            if "password" in changes:
                changes["password"] = "hashed"
        if table == "invoices":
            changes.pop("notes", None)  # no such column: Laravel discards it
        call.store.update(row, changes, table)
        return 200, {"data": render(call.store, table, row, "update")}

    return handle


def delete(table: str) -> Controller:
    message = "TLD deleted successfully." if table == "tlds" else f"{MODELS[table]} deleted successfully."

    async def handle(call: Call) -> Answer:
        row = call.row
        assert row is not None
        call.store.delete(table, row)
        if table == "services" and (parent := call.store.get("orders", row.get("order_id"))) is not None:
            call.store.update(parent, {"status": "cancelled", "cancelled_at": call.store.now()})  # Service::booted
        return 200, {"message": message}

    return handle
