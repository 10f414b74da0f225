"""The sandbox's database: Billmora's tables as dicts of rows keyed by id, with Billmora's numbering,
ordering, soft deletes and foreign-key cascades."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
SORTED_BY_SCOPE = frozenset({"catalogs", "packages", "variants", "tlds"})  # global scope: sort_order, id
SOFT_DELETES = frozenset({"users"})
# child table -> its parent key, for the relations Billmora loads (hasMany)
PARENT_KEYS = {
    "invoice_items": "invoice_id",
    "order_items": "order_id",
    "ticket_messages": "ticket_id",
    "package_prices": "package_id",
    "variant_options": "variant_id",
    "variant_prices": "variant_option_id",
    "tld_prices": "tld_id",
}
# table -> (number column, format) from Billmora's default settings (database/seeders/SettingSeeder.php)
NUMBERS = {
    "invoices": ("invoice_number", "INV-{}"),
    "orders": ("order_number", "ORD-{}"),
    "services": ("service_number", "SVC-{}"),
    "tickets": ("ticket_number", "TKT-{}"),
    "registrants": ("registrant_number", "DOM-{}"),
}
NUMBER_PADDING = 4
# On delete: (child table, key, "cascade" | "null" | "restrict"), from database/migrations
FOREIGN_KEYS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "invoices": (("invoice_items", "invoice_id", "cascade"),),
    "orders": (
        ("order_items", "order_id", "cascade"),
        ("services", "order_id", "cascade"),
        ("invoices", "order_id", "null"),
        ("registrants", "order_id", "null"),
    ),
    "services": (("invoice_items", "service_id", "null"), ("tickets", "service_id", "null")),
    "tickets": (("ticket_messages", "ticket_id", "cascade"),),
    "catalogs": (("packages", "catalog_id", "restrict"),),
    "packages": (("services", "package_id", "restrict"), ("package_prices", "package_id", "cascade")),
    "package_prices": (("services", "package_price_id", "restrict"),),
    "variants": (("variant_options", "variant_id", "cascade"),),
    "variant_options": (("variant_prices", "variant_option_id", "cascade"),),
    "tlds": (("registrants", "tld_id", "restrict"), ("tld_prices", "tld_id", "cascade")),
    "registrants": (("invoice_items", "registrant_id", "null"),),
}

# Columns without ->nullable() that an update's `nullable` rule lets a null reach (database/migrations)
NOT_NULL: dict[str, frozenset[str]] = {
    "catalogs": frozenset({"name", "slug", "description", "status", "sort_order"}),
    "packages": frozenset(
        {
            *("catalog_id", "name", "slug", "description", "stock", "per_user_limit", "allow_cancellation"),
            *("allow_quantity", "auto_provision", "status", "sort_order"),
        }
    ),
    "variants": frozenset({"name", "type", "code", "status", "is_scalable", "sort_order"}),
    "tlds": frozenset(
        {"tld", "min_years", "max_years", "grace_period_days", "redemption_period_days", "status", "sort_order"}
    ),
}


class NotNullViolation(Exception):
    """A write puts NULL in a NOT NULL column (MariaDB error 1048 in strict mode): Billmora answers 500."""


class RestrictedDelete(Exception):
    """A foreign key refuses the delete (an SQL integrity error: Billmora answers 500)."""


def utc_now() -> dt.datetime:
    """Wall-clock time as a timestamp column holds it: UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass
class Store:
    """Every table, keyed by id in insertion order. ``now`` stamps ``created_at``/``updated_at`` of new rows."""

    now: Callable[[], dt.datetime] = utc_now
    tables: dict[str, dict[int, Row]] = field(default_factory=dict)
    next_ids: dict[str, int] = field(default_factory=dict)
    children_by_parent: dict[str, dict[int, list[int]]] = field(default_factory=dict)
    numbers_in_use: dict[str, set[str]] = field(default_factory=dict)
    soft_deleted: dict[str, int] = field(default_factory=dict)

    # ----- reads ------------------------------------------------------------------------------------------
    def table(self, name: str) -> dict[int, Row]:
        return self.tables.setdefault(name, {})

    def get(self, table: str, row_id: Any) -> Row | None:
        """The live row with this id (soft-deleted users excluded, as Eloquent's scope does), or None."""
        if not isinstance(row_id, int) or isinstance(row_id, bool):
            return None
        row = self.table(table).get(row_id)
        return None if row is None or row.get("deleted_at") is not None else row

    def count(self, table: str) -> int:
        return len(self.table(table)) - self.soft_deleted.get(table, 0)

    def newest_first(self, table: str) -> Iterator[Row]:
        """Live rows as ``latest()`` orders them: ``created_at`` desc, then the model's scope or id desc."""
        rows = self.table(table).values()
        if table in SORTED_BY_SCOPE:
            by_scope = sorted(rows, key=lambda r: (r["sort_order"] or 0, r["id"]))
            yield from sorted(by_scope, key=lambda r: r["created_at"], reverse=True)
            return
        deleted = self.soft_deleted.get(table, 0)
        for row in reversed(rows):
            if not deleted or row.get("deleted_at") is None:
                yield row

    def children(self, table: str, parent_id: int) -> list[Row]:
        """Rows of a child table (``invoice_items`` ...) that belong to ``parent_id``, oldest first."""
        rows = self.table(table)
        return [rows[i] for i in self.children_by_parent.get(table, {}).get(parent_id, ())]

    def where(self, table: str, column: str, value: Any) -> list[Row]:
        return [r for r in self.table(table).values() if r.get(column) == value and r.get("deleted_at") is None]

    def matches(self, table: str, column: str, value: Any, ignore_id: int | None) -> bool:
        """Whether a row (soft-deleted ones too, like a plain query) has ``column == value``: ``exists``/``unique``."""
        if column == "id":
            key = _as_int(value)
            row = self.table(table).get(key) if key is not None else None
            return row is not None and row["id"] != ignore_id
        wanted = str(value).lower()  # MariaDB's default collation compares case-insensitively
        return any(str(r.get(column)).lower() == wanted and r["id"] != ignore_id for r in self.table(table).values())

    # ----- writes -----------------------------------------------------------------------------------------
    def insert(self, table: str, values: Row, at: dt.datetime | None = None) -> Row:
        row_id = self.next_ids.get(table, 1)
        self.next_ids[table] = row_id + 1
        moment = at or self.now()
        row: Row = {"id": row_id, **values, "created_at": moment, "updated_at": moment}
        if table in NUMBERS:
            column, _ = NUMBERS[table]
            if not row.get(column):
                row[column] = self.next_number(table)
            self.numbers_in_use.setdefault(table, set()).add(row[column])
        self.table(table)[row_id] = row
        if table in PARENT_KEYS:
            self.children_by_parent.setdefault(table, {}).setdefault(row[PARENT_KEYS[table]], []).append(row_id)
        return row

    def next_number(self, table: str) -> str:
        """Billmora's ``generate*Number()``: the last row's number plus one, padded to 4 digits, made unique."""
        _, template = NUMBERS[table]
        column = NUMBERS[table][0]
        last = next(reversed(self.table(table).values()), None)
        digits = re.findall(r"\d+", str(last[column])) if last else []
        number = template.format(str(int(digits[-1]) + 1 if digits else 1).zfill(NUMBER_PADDING))
        used, candidate, counter = self.numbers_in_use.setdefault(table, set()), number, 0
        while candidate in used:
            counter += 1
            candidate = f"{number}-{counter}"
        return candidate

    def update(self, row: Row, changes: Row, table: str | None = None) -> None:
        """Eloquent's ``update()``: ``updated_at`` moves only when a value really changes. Given its ``table``,
        a null for a NOT NULL column raises ``NotNullViolation`` and changes nothing."""
        dirty = {k: v for k, v in changes.items() if row.get(k) != v}
        refused = sorted(k for k, v in dirty.items() if v is None and k in NOT_NULL.get(table or "", ()))
        if refused:
            raise NotNullViolation(f"{table}.{refused[0]} cannot be null")
        if dirty:
            row.update(dirty, updated_at=self.now())

    def delete(self, table: str, row: Row) -> None:
        """Delete ``row`` with the database's cascades; soft-delete users. Raises ``RestrictedDelete``."""
        if table in SOFT_DELETES:
            row["deleted_at"] = self.now()
            self.soft_deleted[table] = self.soft_deleted.get(table, 0) + 1
            return
        for child, key, action in FOREIGN_KEYS.get(table, ()):
            if action == "restrict" and self._referencing(child, key, row["id"]):
                raise RestrictedDelete(f"{child}.{key} references {table} {row['id']}")
        self._remove(table, row)

    def _referencing(self, table: str, key: str, parent_id: int) -> list[Row]:
        if PARENT_KEYS.get(table) == key:
            return self.children(table, parent_id)
        return [r for r in self.table(table).values() if r.get(key) == parent_id]

    def _remove(self, table: str, row: Row) -> None:
        for child, key, action in FOREIGN_KEYS.get(table, ()):
            for dependant in self._referencing(child, key, row["id"]):
                if action == "cascade":
                    self._remove(child, dependant)
                elif action == "null":
                    dependant[key] = None
        del self.table(table)[row["id"]]
        if table in PARENT_KEYS:
            siblings = self.children_by_parent.get(table, {}).get(row[PARENT_KEYS[table]], [])
            if row["id"] in siblings:
                siblings.remove(row["id"])
        if table in NUMBERS:
            self.numbers_in_use.get(table, set()).discard(row[NUMBERS[table][0]])


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value)
    return None
