"""One enum per concept Billmora constrains: the same ``StrEnum`` types the resources, the request bodies and
the listings' filters; a value a newer Billmora adds is kept. Over loopback against the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from enum import StrEnum
from typing import Any

import pytest

from billmora_client import Billmora
from billmora_client.generated import models as m
from billmora_client.testing import Token, create_app, serve

from .test_integration import DOCUMENT

# Each enum's values (its database column, database/migrations/ of Billmora) and every place that uses it.
ENUMS: dict[str, tuple[list[str], set[str]]] = {
    "UserStatus": (
        ["active", "inactive", "suspended", "closed"],
        {"UserResource.status", "UsersStoreRequest.status", "UsersUpdateRequest.status", "v1.users.index?status"},
    ),
    "ServiceStatus": (
        ["pending", "active", "suspended", "terminated", "cancelled"],
        {"ServiceResource.status", "ServicesUpdateRequest.status", "v1.services.index?status"},
    ),
    "InvoiceStatus": (
        ["unpaid", "paid", "cancelled", "refunded"],
        {"InvoiceResource.status", "InvoicesStoreRequest.status", "InvoicesUpdateRequest.status"}
        | {"v1.invoices.index?status"},
    ),
    "OrderStatus": (
        ["pending", "processing", "completed", "cancelled", "failed"],
        {"OrderResource.status", "OrdersStoreRequest.status", "OrdersUpdateRequest.status", "v1.orders.index?status"},
    ),
    "TicketStatus": (
        ["open", "answered", "replied", "closed", "on_hold", "in_progress"],
        {"TicketResource.status", "TicketsUpdateRequest.status", "v1.tickets.index?status"},
    ),
    "TicketPriority": (
        ["low", "normal", "medium", "high"],
        {"TicketResource.priority", "TicketsStoreRequest.priority", "TicketsUpdateRequest.priority"}
        | {"v1.tickets.index?priority"},
    ),
    "RegistrantStatus": (
        [
            *("pending", "active", "expired", "suspended", "pending_transfer"),
            *("transferred_away", "cancelled", "redemption", "terminated"),
        ],
        {"RegistrantResource.status", "RegistrantsUpdateRequest.status", "v1.registrants.index?status"},
    ),
    "RegistrationType": (
        ["register", "transfer"],
        {"RegistrantResource.registration_type", "OrdersStoreRequest.domain_items[].type"},
    ),
    "Visibility": (
        ["visible", "hidden"],
        {f"{name}Resource.status" for name in ("Catalog", "Package", "Variant", "Tld")}
        | {
            f"{area}{action}Request.status"
            for area in ("Catalogs", "Packages", "Variants", "Tlds")
            for action in ("Store", "Update")
        }
        | {f"v1.{area}.index?status" for area in ("catalogs", "packages", "variants", "tlds")},
    ),
    "AllowQuantity": (
        ["single", "multiple"],
        {
            "PackageResource.allow_quantity",
            "PackagesStoreRequest.allow_quantity",
            "PackagesUpdateRequest.allow_quantity",
        },
    ),
    "BillingType": (
        ["free", "onetime", "recurring"],
        {"PackagePriceResource.type", "ServiceResource.billing_type", "OrderItemResource.billing_type"},
    ),
    "BillingPeriod": (
        ["daily", "weekly", "monthly", "yearly"],
        {"PackagePriceResource.billing_period", "ServiceResource.billing_period", "OrderItemResource.billing_period"},
    ),
    "ServiceScalingStatus": (["pending", "completed", "failed"], {"ServiceScalingResource.status"}),
    "OrderItemType": (["service", "domain"], {"OrderItemResource.item_type"}),  # app/OrderItemType.php
}


def refs(schema: dict[str, Any]) -> set[str]:
    """Names of the schemas ``schema`` refers to directly or through ``anyOf``."""
    found = {schema["$ref"]} if "$ref" in schema else set()
    found |= {option["$ref"] for option in schema.get("anyOf", []) if "$ref" in option}
    return {ref.rsplit("/", 1)[-1] for ref in found}


def fields(prefix: str, schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, field in schema.get("properties", {}).items():
        yield f"{prefix}.{name}", field
        yield from fields(f"{prefix}.{name}[]", field.get("items", {}))


def places() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every resource and request field and every query parameter of the generated document."""
    for name, schema in DOCUMENT["components"]["schemas"].items():
        yield from fields(name, schema)
    for item in DOCUMENT["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                yield f"{operation['operationId']}?{parameter['name']}", parameter["schema"]


def test_each_concept_is_one_named_enum_used_by_resources_bodies_and_filters() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    used: dict[str, set[str]] = {}
    for place, schema in places():
        assert "enum" not in schema, f"{place} has an inline enum"
        for name in refs(schema) & set(ENUMS):
            used.setdefault(name, set()).add(place)
    assert {name: set(schemas[name]["enum"]) for name in ENUMS} == {n: set(v) for n, (v, _) in ENUMS.items()}
    assert used == {name: where for name, (_, where) in ENUMS.items()}


def test_the_generated_enums_are_str_enums_and_the_per_operation_copies_are_gone() -> None:
    for name, (values, _) in ENUMS.items():
        enum = getattr(m, name)
        assert issubclass(enum, StrEnum) and sorted(enum) == sorted(values)
    copies = [
        name for name in m.__all__ if name.endswith(("RequestStatus", "RequestPriority", "AllowQuantity", "ItemType"))
    ]
    assert copies == ["AllowQuantity", "OrderItemType"]


def test_nullable_fields_take_none_and_required_ones_do_not() -> None:
    assert m.UsersStoreRequest("A", "B", "a@example.com", "secret123", status=None).to_dict()["status"] is None
    assert m.InvoiceResource.__annotations__["status"] == "InvoiceStatus"
    assert m.UserResource.__annotations__["status"] == "None | UserStatus"


@pytest.fixture
async def sandboxed() -> AsyncIterator[tuple[Billmora, Any]]:
    app = create_app(seed=1, tokens=[Token("all", rate_limit=10_000)])
    with serve(app) as url:
        async with Billmora(url, app.state.sandbox.tokens[1].plain_text, rate_limit=10_000) as bm:
            yield bm, app.state.sandbox.store


async def test_a_status_from_a_newer_billmora_is_kept_not_fatal(sandboxed: tuple[Billmora, Any]) -> None:
    bm, store = sandboxed
    row = next(iter(store.table("invoices").values()))
    store.update(row, {"status": "overdue"})
    invoice = await bm.invoices.show(row["id"])
    assert invoice.status == "overdue" and str(invoice.status) == "overdue"
    assert isinstance(invoice.status, m.InvoiceStatus) and invoice.status.name == "UNKNOWN"
    assert invoice.status not in list(m.InvoiceStatus)
    assert invoice.to_dict()["status"] == "overdue"
    listed = [i async for i in bm.invoices.iterate(per_page=100)]
    assert [i.status for i in listed if i.id == row["id"]] == ["overdue"]


async def test_filters_and_bodies_send_the_enum_values(sandboxed: tuple[Billmora, Any]) -> None:
    bm, _ = sandboxed
    paid = [i async for i in bm.invoices.iterate(status=m.InvoiceStatus.PAID, per_page=100)]
    assert paid and all(i.status is m.InvoiceStatus.PAID for i in paid)
    high = await bm.tickets.index(priority=m.TicketPriority.HIGH, per_page=100)
    assert high.data and {t.priority for t in high.data} == {m.TicketPriority.HIGH}
    body = m.TicketsUpdateRequest(status=m.TicketStatus.CLOSED, priority=m.TicketPriority.LOW)
    ticket = await bm.tickets.update(high.data[0].id, body=body)
    assert (ticket.status, ticket.priority) == (m.TicketStatus.CLOSED, m.TicketPriority.LOW)
    created = await bm.users.store(body=m.UsersStoreRequest("Ada", "L", "ada@example.com", "secret123"))
    assert created.status is None  # Billmora renders the column default it did not read back as null
