"""The committed document: what Billmora serves, exactly the routes of routes/api.php."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from scripts.regen.normalise import operations
from scripts.regen.overlay import apply_overlay

ROOT = Path(__file__).resolve().parents[1]

# (method, path, operationId) of every route in Billmora's routes/api.php, in the document's order.
OPERATIONS = [
    ("POST", "/gateways/{plugin}/webhook", "gateways.webhook"),
    ("GET", "/v1/catalogs", "v1.catalogs.index"),
    ("GET", "/v1/catalogs/{catalog}", "v1.catalogs.show"),
    ("POST", "/v1/catalogs", "v1.catalogs.store"),
    ("PUT", "/v1/catalogs/{catalog}", "v1.catalogs.update"),
    ("DELETE", "/v1/catalogs/{catalog}", "v1.catalogs.delete"),
    ("POST", "/domains/check", "domains.check"),
    ("GET", "/v1/invoices", "v1.invoices.index"),
    ("GET", "/v1/invoices/{invoice}", "v1.invoices.show"),
    ("POST", "/v1/invoices", "v1.invoices.store"),
    ("PUT", "/v1/invoices/{invoice}", "v1.invoices.update"),
    ("DELETE", "/v1/invoices/{invoice}", "v1.invoices.delete"),
    ("GET", "/v1/orders", "v1.orders.index"),
    ("GET", "/v1/orders/{order}", "v1.orders.show"),
    ("POST", "/v1/orders", "v1.orders.store"),
    ("PUT", "/v1/orders/{order}", "v1.orders.update"),
    ("DELETE", "/v1/orders/{order}", "v1.orders.delete"),
    ("GET", "/v1/packages", "v1.packages.index"),
    ("GET", "/v1/packages/{package}", "v1.packages.show"),
    ("POST", "/v1/packages", "v1.packages.store"),
    ("PUT", "/v1/packages/{package}", "v1.packages.update"),
    ("DELETE", "/v1/packages/{package}", "v1.packages.delete"),
    ("GET", "/v1/registrants", "v1.registrants.index"),
    ("GET", "/v1/registrants/{registrant}", "v1.registrants.show"),
    ("PUT", "/v1/registrants/{registrant}", "v1.registrants.update"),
    ("DELETE", "/v1/registrants/{registrant}", "v1.registrants.delete"),
    ("GET", "/v1/services", "v1.services.index"),
    ("GET", "/v1/services/{service}", "v1.services.show"),
    ("PUT", "/v1/services/{service}", "v1.services.update"),
    ("DELETE", "/v1/services/{service}", "v1.services.delete"),
    ("GET", "/v1/tickets", "v1.tickets.index"),
    ("GET", "/v1/tickets/{ticket}", "v1.tickets.show"),
    ("POST", "/v1/tickets", "v1.tickets.store"),
    ("PUT", "/v1/tickets/{ticket}", "v1.tickets.update"),
    ("DELETE", "/v1/tickets/{ticket}", "v1.tickets.delete"),
    ("GET", "/v1/tlds", "v1.tlds.index"),
    ("GET", "/v1/tlds/{tld}", "v1.tlds.show"),
    ("POST", "/v1/tlds", "v1.tlds.store"),
    ("PUT", "/v1/tlds/{tld}", "v1.tlds.update"),
    ("DELETE", "/v1/tlds/{tld}", "v1.tlds.delete"),
    ("GET", "/v1/users", "v1.users.index"),
    ("GET", "/v1/users/{user}", "v1.users.show"),
    ("POST", "/v1/users", "v1.users.store"),
    ("PUT", "/v1/users/{user}", "v1.users.update"),
    ("DELETE", "/v1/users/{user}", "v1.users.delete"),
    ("GET", "/v1/variants", "v1.variants.index"),
    ("GET", "/v1/variants/{variant}", "v1.variants.show"),
    ("POST", "/v1/variants", "v1.variants.store"),
    ("PUT", "/v1/variants/{variant}", "v1.variants.update"),
    ("DELETE", "/v1/variants/{variant}", "v1.variants.delete"),
]
INDEX_FILTERS = {
    "/v1/users": {"page", "per_page", "search", "status"},
    "/v1/services": {"page", "per_page", "status", "user_id", "search"},
    "/v1/invoices": {"page", "per_page", "status", "user_id", "search"},
    "/v1/orders": {"page", "per_page", "status", "user_id", "search"},
    "/v1/tickets": {"page", "per_page", "status", "user_id", "priority", "search"},
    "/v1/packages": {"page", "per_page", "status", "search"},
    "/v1/catalogs": {"page", "per_page", "status", "search"},
    "/v1/variants": {"page", "per_page", "status", "search"},
    "/v1/tlds": {"page", "per_page", "status", "search"},
    "/v1/registrants": {"page", "per_page", "status", "user_id", "search"},
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
    return loaded


@pytest.fixture(scope="module")
def overlaid(document: dict[str, Any]) -> dict[str, Any]:
    result, unmatched = apply_overlay(document, yaml.safe_load((ROOT / "openapi.overlay.yaml").read_text()))
    assert unmatched == []
    return result


def test_document_is_openapi_3_1_whose_only_flaw_is_scrambles_per_page_default(document: dict[str, Any]) -> None:
    # Scramble types $request->input('per_page', 15) as a string with the integer default 15, which a strict
    # validator rejects; the overlay corrects it, and the overlaid document validates (next tests).
    assert document["openapi"] == "3.1.0"
    problems = [str(e).splitlines()[0] for e in OpenAPIV31SpecValidator(document).iter_errors()]
    assert problems == ["15 is not of type 'string'"] * len(INDEX_FILTERS)


def test_document_has_exactly_billmoras_routes(document: dict[str, Any]) -> None:
    found = [(m.upper(), p, op["operationId"]) for m, p, op in operations(document)]
    assert sorted(found) == sorted(OPERATIONS)
    assert len({op["tags"][0] for _, _, op in operations(document)}) == 12


def test_public_routes_need_no_token_and_the_rest_do(document: dict[str, Any]) -> None:
    assert document["security"] == [{"http": []}]
    public = {op["operationId"] for _, _, op in operations(document) if op.get("security") == []}
    assert public == {"gateways.webhook", "domains.check"}


def test_overlay_applies_to_the_document_and_stays_valid(overlaid: dict[str, Any]) -> None:
    validate(overlaid)


def test_overlay_documents_page_and_real_filters(overlaid: dict[str, Any]) -> None:
    for path, expected in INDEX_FILTERS.items():
        names = {p["name"] for p in overlaid["paths"][path]["get"]["parameters"]}
        assert names == expected, path
        per_page = next(p for p in overlaid["paths"][path]["get"]["parameters"] if p["name"] == "per_page")
        assert per_page["schema"]["type"] == "integer"


def test_overlay_documents_403_and_429_on_every_authenticated_operation(overlaid: dict[str, Any]) -> None:
    for _, _, operation in operations(overlaid):
        if operation.get("security") == []:
            assert "429" not in operation["responses"]
            continue
        assert operation["responses"]["403"] == {"$ref": "#/components/responses/AuthorizationException"}
        assert operation["responses"]["429"] == {"$ref": "#/components/responses/TooManyRequests"}
    headers = overlaid["components"]["responses"]["TooManyRequests"]["headers"]
    assert set(headers) == {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"}


def test_overlay_corrects_fields_whose_runtime_value_differs(overlaid: dict[str, Any]) -> None:
    schemas = overlaid["components"]["schemas"]
    for schema, field in [
        ("UserResource", "currency"),
        ("InvoiceResource", "notes"),
        ("PackagePriceResource", "enabled"),
        ("TldResource", "auto_renew"),
    ]:
        assert "null" in schemas[schema]["properties"][field]["type"], (schema, field)
    assert schemas["InvoiceResource"]["properties"]["amount_due"]["type"] == "number"
