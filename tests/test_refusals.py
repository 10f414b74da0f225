"""Billmora's 422 answers without field errors, and null in nullable request enums: both described by the
document, and both usable through the SDK (over loopback against the sandbox)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from billmora_client import Billmora, ValidationError
from billmora_client.generated import models as m

from .test_integration import DOCUMENT, schema_for


def fits_document(error: ValidationError) -> list[str]:
    """Where the 422 body departs from the document's answer for its operation (empty when it fits)."""
    request = error.response.request
    _, schema = schema_for(request.method, request.url.path.removeprefix("/api"), 422)
    validator = Draft202012Validator({**schema, "components": DOCUMENT["components"]})
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(error.body)]


@pytest.mark.parametrize(
    ("domain", "message"),
    [("not a domain", "Invalid domain name format."), ("example.nope", "TLD is not supported.")],
)
async def test_a_refused_domain_is_a_validation_error_with_a_message_and_no_field_errors(
    billmora: Billmora, domain: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await billmora.domains.check(body=m.DomainsCheckRequest(domain=domain))
    error = caught.value
    assert (error.status_code, error.message, error.errors) == (422, message, {})
    assert error.body == {"success": False, "message": message}
    assert fits_document(error) == []


async def test_a_domain_check_without_a_domain_still_names_the_field(billmora: Billmora) -> None:
    with pytest.raises(ValidationError) as caught:
        await billmora.domains.check(body=m.DomainsCheckRequest(domain=""))
    assert list(caught.value.errors) == ["domain"] and caught.value.message
    assert fits_document(caught.value) == []


async def test_an_order_without_items_is_a_validation_error_with_a_message_and_no_field_errors(
    billmora: Billmora,
) -> None:
    body = m.OrdersStoreRequest(user_id=1, currency="USD", status=m.OrderStatus.PENDING, coupon=None)
    with pytest.raises(ValidationError) as caught:
        await billmora.orders.store(body=body)
    error = caught.value
    assert (error.status_code, error.errors) == (422, {})
    assert error.message == "At least one package or domain item is required."
    assert fits_document(error) == []


NULLABLE_ENUMS = [
    ("/v1/catalogs", "post", "status"),
    ("/v1/invoices", "post", "status"),
    ("/v1/packages", "post", "status"),
    ("/v1/packages", "post", "allow_quantity"),
    ("/v1/packages/{package}", "put", "allow_quantity"),
    ("/v1/users", "post", "status"),
    ("/v1/variants", "post", "status"),
]


@pytest.mark.parametrize(("path", "method", "field"), NULLABLE_ENUMS)
def test_nullable_request_enums_accept_null_and_still_refuse_other_values(path: str, method: str, field: str) -> None:
    body: dict[str, Any] = DOCUMENT["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    schema = DOCUMENT["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]["properties"][field]
    validator = Draft202012Validator({**schema, "components": DOCUMENT["components"]})
    assert validator.is_valid(None)
    assert not validator.is_valid("bogus")


async def test_a_null_invoice_status_is_sent_and_billmora_makes_it_unpaid(billmora: Billmora) -> None:
    request = m.InvoicesStoreRequest(
        user_id=1,
        due_date=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        items=[m.InvoicesStoreRequestItemsItem(description="VPS", quantity=1, unit_price=5)],
        status=None,
    )
    assert request.to_dict()["status"] is None
    invoice = await billmora.invoices.store(body=request)
    assert invoice.status is m.InvoiceStatus.UNPAID
