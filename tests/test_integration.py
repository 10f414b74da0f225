"""Every operation of the document, called through the typed namespaces against the sandbox over loopback,
with its success and its typical errors; every answer is checked against the overlaid document's schemas."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator

from billmora_client import (
    APIStatusError,
    Billmora,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)
from billmora_client.generated import models as m
from billmora_client.testing import Token, create_app, serve
from scripts.regen.normalise import normalise, operations
from scripts.regen.overlay import apply_overlay

DUE = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = normalise(
    apply_overlay(
        json.loads((ROOT / "openapi.json").read_text()), yaml.safe_load((ROOT / "openapi.overlay.yaml").read_text())
    )[0]
)
ROUTES = [
    (method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", path) + "$"), path, op)
    for method, path, op in operations(DOCUMENT)
]


def schema_for(method: str, url_path: str, status: int) -> tuple[str, dict[str, Any]]:
    """The operationId and response schema the document gives for this answer."""
    for route_method, pattern, _, op in ROUTES:
        if route_method == method and pattern.match(url_path):
            response = op["responses"].get(str(status))
            assert response is not None, f"{op['operationId']} answered {status}, which the document does not list"
            if "$ref" in response:
                response = DOCUMENT["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
            return op["operationId"], response["content"]["application/json"]["schema"]
    raise AssertionError(f"no operation for {method} {url_path}")


class Recorder:
    """Checks each answer against the document as it arrives."""

    def __init__(self) -> None:
        self.seen: dict[str, set[int]] = {}
        self.problems: list[str] = []

    async def __call__(self, response: httpx.Response) -> None:
        await response.aread()
        path = response.request.url.path.removeprefix("/api")
        operation, schema = schema_for(response.request.method, path, response.status_code)
        self.seen.setdefault(operation, set()).add(response.status_code)
        validator = Draft202012Validator({**schema, "components": DOCUMENT["components"]})
        for error in validator.iter_errors(response.json()):
            self.problems.append(f"{operation} {response.status_code}: {error.json_path}: {error.message}")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


async def test_every_operation_through_the_sdk_with_answers_that_fit_the_document(recorder: Recorder) -> None:
    app = create_app(
        seed=3, tokens=[Token("all", rate_limit=10_000), Token("viewer", abilities=("users.view",), rate_limit=3)]
    )
    sandbox = app.state.sandbox
    hooks: dict[str, list[Callable[..., Any]]] = {"response": [recorder]}
    with serve(app) as url:
        async with Billmora(
            url, sandbox.tokens[1].plain_text, http_client=httpx.AsyncClient(event_hooks=hooks), rate_limit=10_000
        ) as bm:
            await exercise(bm)
        viewer_token = sandbox.tokens[2].plain_text
        async with Billmora(
            url, viewer_token, http_client=httpx.AsyncClient(event_hooks=hooks), max_rate_limit_wait=0
        ) as viewer:
            with pytest.raises(PermissionDeniedError) as denied:
                await viewer.invoices.index()
            assert denied.value.ability == "invoices.view"
            async with httpx.AsyncClient(event_hooks=hooks) as other:  # another process spends the budget
                for _ in range(2):
                    await other.get(
                        f"{url}/v1/users/1",
                        headers={"Authorization": f"Bearer {viewer_token}", "Accept": "application/json"},
                    )
            with pytest.raises(RateLimitError) as limited:
                await viewer.users.show(1)
            assert limited.value.limit == 3 and limited.value.retry_after is not None
    assert recorder.problems == []
    documented = {op["operationId"] for _, _, op in operations(DOCUMENT)}
    assert set(recorder.seen) == documented, f"never called: {documented - set(recorder.seen)}"


async def exercise(bm: Billmora) -> None:
    # users
    page = await bm.users.index(per_page=5, status=m.UserStatus.ACTIVE)
    assert page.meta.per_page == 5 and all(u.status == "active" for u in page.data)
    user = await bm.users.store(
        body=m.UsersStoreRequest(
            first_name="Ada", last_name="Lovelace", email="ada@lovelace.example", password="correct horse"
        )
    )
    assert (await bm.users.show(user.id)).email == "ada@lovelace.example"
    with pytest.raises(ValidationError) as invalid:
        await bm.users.store(
            body=m.UsersStoreRequest(first_name="A", last_name="B", email="ada@lovelace.example", password="short")
        )
    assert set(invalid.value.errors) == {"email", "password"}
    assert (await bm.users.update(user.id, body=m.UsersUpdateRequest(last_name="King"))).last_name == "King"
    # invoices: totals come from the items
    invoice = await bm.invoices.store(
        body=m.InvoicesStoreRequest(
            user_id=user.id,
            due_date=DUE,
            items=[
                m.InvoicesStoreRequestItemsItem(description="VPS", quantity=2, unit_price=5.25),
                m.InvoicesStoreRequestItemsItem(description="Setup", quantity=1, unit_price=10),
            ],
        )
    )
    assert (invoice.subtotal, invoice.total, invoice.amount_due) == ("20.50", "20.50", 20.5)
    assert [i.id for i in (await bm.invoices.index(user_id=user.id)).data] == [invoice.id]
    await bm.invoices.show(invoice.id)
    await bm.invoices.update(invoice.id, body=m.InvoicesUpdateRequest(status=m.InvoiceStatus.PAID))
    with pytest.raises(ValidationError):
        await bm.invoices.store(body=m.InvoicesStoreRequest(user_id=999_999, due_date=DUE, items=[]))
    await bm.invoices.delete(invoice.id)
    with pytest.raises(NotFoundError):
        await bm.invoices.show(invoice.id)
    # orders
    order = await bm.orders.store(
        body=m.OrdersStoreRequest(
            user_id=user.id,
            currency="USD",
            status=m.OrderStatus.PENDING,
            package_items=[m.OrdersStoreRequestPackageItemsType0Item(package_id=1, billing_id=1)],
        )
    )
    await bm.orders.index(status=m.OrderStatus.PENDING)
    await bm.orders.show(order.id)
    await bm.orders.update(order.id, body=m.OrdersUpdateRequest(status=m.OrderStatus.COMPLETED))
    await bm.orders.delete(order.id)
    # tickets
    ticket = await bm.tickets.store(
        body=m.TicketsStoreRequest(
            user_id=user.id,
            subject="Help",
            department="Support",
            priority=m.TicketPriority.HIGH,
            message="Hi",
        )
    )
    assert (await bm.tickets.show(ticket.id)).messages
    await bm.tickets.index(priority=m.TicketPriority.HIGH)
    await bm.tickets.update(ticket.id, body=m.TicketsUpdateRequest(status=m.TicketStatus.CLOSED))
    await bm.tickets.delete(ticket.id)
    # catalogs, packages, variants, tlds
    catalog = await bm.catalogs.store(body=m.CatalogsStoreRequest(name="Dedicated"))
    await bm.catalogs.index()
    await bm.catalogs.show(catalog.id)
    await bm.catalogs.update(catalog.id, body=m.CatalogsUpdateRequest(sort_order=9))
    package = await bm.packages.store(body=m.PackagesStoreRequest(name="Metal 1", catalog_id=catalog.id))
    await bm.packages.index(search="Metal")
    await bm.packages.show(package.id)
    await bm.packages.update(package.id, body=m.PackagesUpdateRequest(stock=5))
    with pytest.raises(ValidationError):
        await bm.packages.store(body=m.PackagesStoreRequest(name="x", catalog_id=999_999))
    await bm.packages.delete(package.id)
    await bm.catalogs.delete(catalog.id)
    variant = await bm.variants.store(body=m.VariantsStoreRequest(name="RAM"))
    await bm.variants.index()
    await bm.variants.show(variant.id)
    await bm.variants.update(variant.id, body=m.VariantsUpdateRequest(is_scalable=True))
    await bm.variants.delete(variant.id)
    tld = await bm.tlds.store(
        body=m.TldsStoreRequest(tld=".shop", status=m.Visibility.VISIBLE, min_years=1, max_years=5)
    )
    await bm.tlds.index()
    await bm.tlds.show(tld.id)
    await bm.tlds.update(tld.id, body=m.TldsUpdateRequest(max_years=3))
    await bm.tlds.delete(tld.id)
    # services and registrants (no store route)
    service = (await bm.services.index(per_page=1)).data[0]
    await bm.services.show(service.id)
    await bm.services.update(service.id, body=m.ServicesUpdateRequest(name="Renamed"))
    await bm.services.delete(service.id)
    registrant = (await bm.registrants.index(per_page=1)).data[0]
    await bm.registrants.show(registrant.id)
    await bm.registrants.update(registrant.id, body=m.RegistrantsUpdateRequest(auto_renew=False))
    await bm.registrants.delete(registrant.id)
    # the two public routes
    assert (await bm.domains.check(body=m.DomainsCheckRequest(domain="example.com"))).success is True
    with pytest.raises(ValidationError):
        await bm.domains.check(body=m.DomainsCheckRequest(domain=""))
    with pytest.raises(APIStatusError) as refused:  # the document gives the webhook no body, so no signature
        await bm.callback.gateways_webhook(1)
    assert (refused.value.status_code, refused.value.message) == (
        400,
        "Invalid signature or webhook processing failed.",
    )
    with pytest.raises(NotFoundError):
        await bm.callback.gateways_webhook(999)
    # deletes make later reads 404
    await bm.users.delete(user.id)
    with pytest.raises(NotFoundError):
        await bm.users.show(user.id)
