"""The ``store`` actions of Billmora's API controllers: validate, create, answer 201 with the new resource.

Billmora renders a created model without reloading it, so columns left to their database default come back
``null`` in the 201 answer (a later ``show`` has them); ``created_view`` reproduces that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from . import _rules
from ._controllers import Answer, Call, Controller, column_values, render
from ._store import NUMBERS, Row

DEFAULTS: dict[str, dict[str, Any]] = {  # column defaults from database/migrations
    "users": {
        "status": "active",
        "language": "en_US",
        "auto_credit_payment": False,
        "email_verified_at": None,
        "deleted_at": None,
    },
    "catalogs": {"icon": None, "status": "visible", "sort_order": 0},
    "packages": {
        "icon": None,
        "stock": -1,
        "per_user_limit": -1,
        "allow_cancellation": True,
        "allow_quantity": "single",
        "status": "visible",
        "prorata_day": None,
        "prorata_next_month_day": None,
        "auto_provision": True,
        "sort_order": 0,
        "plugin_id": None,
        "provisioning_config": None,
        "variant_ids": [],
    },
    "variants": {"description": None, "status": "visible", "is_scalable": False, "sort_order": 0},
    "tlds": {
        "plugin_id": None,
        "min_years": 1,
        "max_years": 10,
        "grace_period_days": 0,
        "redemption_period_days": 0,
        "sort_order": 0,
    },
}


def created_view(table: str, row: Row, assigned: Iterable[str]) -> dict[str, Any]:
    """What the model holds right after ``Model::create($assigned)``: those attributes, id and timestamps."""
    keys = {*assigned, "id", "created_at", "updated_at"}
    if table in NUMBERS:
        keys.add(NUMBERS[table][0])
    return {key: row[key] for key in keys if key in row}


def slug(text: str) -> str:
    """Laravel's ``Str::slug``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _create(call: Call, table: str, fields: dict[str, Any]) -> Answer:
    values = column_values({k: v for k, v in fields.items() if v is not None})
    row = call.store.insert(table, {**DEFAULTS.get(table, {}), **values})
    return 201, {"data": render(call.store, table, created_view(table, row, values), "store")}


async def store_user(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["users"])
    fields.pop("currency", None)  # no such column: Billmora answers 500; see the package docstring
    fields["password"] = "hashed"
    return _create(call, "users", fields)


async def store_catalog(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["catalogs"])
    fields["slug"] = fields.get("slug") or slug(str(fields["name"]))  # NOT NULL without a default in Billmora
    fields["description"] = fields.get("description") or ""
    return _create(call, "catalogs", fields)


async def store_package(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["packages"])
    fields["slug"] = fields.get("slug") or slug(str(fields["name"]))
    fields["description"] = fields.get("description") or ""
    return _create(call, "packages", fields)


async def store_variant(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["variants"])
    fields["code"] = fields.get("code") or slug(str(fields["name"]))  # code and type are NOT NULL in Billmora
    status, body = _create(call, "variants", fields)
    row = call.store.table("variants")[body["data"]["id"]]
    row["type"] = "select"
    body["data"] = render(call.store, "variants", created_view("variants", row, fields), "store")
    return status, body


async def store_tld(call: Call) -> Answer:
    return _create(call, "tlds", call.validate(_rules.STORE["tlds"]))


async def store_ticket(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["tickets"])
    store = call.store
    values = {
        "user_id": int(fields["user_id"]),
        "subject": fields["subject"],
        "department": fields["department"],
        "priority": fields["priority"],
        "status": "open",
    }
    ticket = store.insert(
        "tickets", {**values, "assigned_to": None, "service_id": None, "last_reply_at": None, "closed_at": None}
    )
    message = {"ticket_id": ticket["id"], "user_id": values["user_id"], "message": fields["message"]}
    store.insert("ticket_messages", {**message, "is_staff_reply": False})
    store.update(ticket, {"last_reply_at": store.now()})  # TicketMessage observer; the answer predates it
    return 201, {"data": render(store, "tickets", created_view("tickets", ticket, values), "store")}


async def store_invoice(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["invoices"])
    store = call.store
    subtotal = discount = 0.0
    for item in fields["items"]:
        line = int(float(item["quantity"])) * float(item["unit_price"])
        if float(item["unit_price"]) < 0:
            discount += abs(line)
        else:
            subtotal += line
    status = fields.get("status") or "unpaid"
    values = column_values(
        {
            "user_id": fields["user_id"],
            "status": status,
            "currency": fields.get("currency") or "USD",
            "subtotal": round(subtotal, 2),
            "discount": round(discount, 2),
            "total": round(subtotal - discount, 2),
            "due_date": fields["due_date"],
        }
    )
    values["paid_at"] = store.now() if status == "paid" else None
    invoice = store.insert("invoices", {**values, "order_id": None, "plugin_id": None, "tax": 0.0, "amount_paid": 0.0})
    for item in fields["items"]:
        quantity, unit_price = int(float(item["quantity"])), float(item["unit_price"])
        owner = {"invoice_id": invoice["id"], "service_id": None, "registrant_id": None}
        store.insert(
            "invoice_items",
            {
                **owner,
                "description": item["description"],
                "quantity": quantity,
                "unit_price": unit_price,
                "amount": round(quantity * unit_price, 2),
            },
        )
    return 201, {"data": render(store, "invoices", created_view("invoices", invoice, values), "store")}


STORES: dict[str, Controller] = {
    "users": store_user,
    "catalogs": store_catalog,
    "packages": store_package,
    "variants": store_variant,
    "tlds": store_tld,
    "tickets": store_ticket,
    "invoices": store_invoice,
}
