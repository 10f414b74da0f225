"""The Billmora sandbox in-process (httpx.ASGITransport): middleware order, validation, listings, side effects."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from billmora_client.testing import Clock, Sizes, Token, create_app

ORIGIN = "http://testserver"
JSON = {"Accept": "application/json"}


def client(app: Starlette, token: Token | None = None, **headers: str) -> httpx.AsyncClient:
    sent = {**JSON, **headers}
    if token is not None:
        sent["Authorization"] = f"Bearer {token.plain_text}"
    return httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url=f"{ORIGIN}/api", headers=sent)


@pytest.fixture
def clock() -> Clock:
    return Clock.manual()


@pytest.fixture
def app(clock: Clock) -> Starlette:
    tokens = [
        Token("root"),
        Token("reader", abilities=("users.view",), rate_limit=3),
        Token("office", ips=("10.0.0.7",)),
    ]
    return create_app(seed=7, tokens=tokens, clock=clock, sizes=Sizes(users=30, invoices=40))


@pytest.fixture
async def api(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with client(app, app.state.sandbox.tokens[1]) as c:
        yield c


async def test_a_guest_gets_401_in_json_and_a_redirect_to_the_login_page_otherwise(app: Starlette) -> None:
    async with client(app) as guest:
        refused = await guest.get("/v1/users")
        assert (refused.status_code, refused.json()) == (401, {"message": "Unauthenticated."})
        assert "x-ratelimit-limit" not in refused.headers
        wrong = await guest.get("/v1/users", headers={"Authorization": "Bearer 1|not-the-secret"})
        assert wrong.status_code == 401
        browser = await guest.get("/v1/users", headers={"Accept": "text/html"})
        assert browser.status_code == 302
        assert browser.headers["location"] == f"{ORIGIN}/auth/login"
        assert browser.headers["content-type"].startswith("text/html") and "Redirecting to" in browser.text


async def test_a_missing_ability_is_403_after_the_limiter_counted_it(app: Starlette) -> None:
    async with client(app, app.state.sandbox.tokens[2]) as reader:
        denied = await reader.get("/v1/invoices")
        assert denied.status_code == 403
        assert denied.json() == {"message": "This token does not have the required permission: invoices.view"}
        assert (denied.headers["x-ratelimit-limit"], denied.headers["x-ratelimit-remaining"]) == ("3", "2")
        assert (await reader.get("/v1/users/1")).status_code == 200


async def test_an_ip_outside_the_whitelist_is_403_and_forwarded_for_is_trusted(app: Starlette) -> None:
    async with client(app, app.state.sandbox.tokens[3]) as office:
        refused = await office.get("/v1/users")
        assert refused.status_code == 403
        assert refused.json() == {"message": "Your IP address is not allowed to use this token."}
        assert "x-ratelimit-remaining" not in refused.headers
        allowed = await office.get("/v1/users", headers={"X-Forwarded-For": "10.0.0.7, 172.16.0.1"})
        assert allowed.status_code == 200


async def test_an_unknown_id_is_404_before_the_ip_check_and_the_limiter(app: Starlette) -> None:
    async with client(app, app.state.sandbox.tokens[3]) as office:
        missing = await office.get("/v1/users/999")
        assert missing.status_code == 404
        assert missing.json() == {"message": "No query results for model [App\\Models\\User] 999"}
        assert "\\/" not in missing.text and "App\\\\Models\\\\User" in missing.text
    async with client(app, app.state.sandbox.tokens[1]) as root:
        assert (await root.get("/v1/tlds/abc")).json()["message"] == "No query results for model [App\\Models\\Tld] abc"
        assert (await root.get("/v1/nothing")).json() == {"message": "The route api/v1/nothing could not be found."}
        patch = await root.patch("/v1/users/1")
        assert patch.status_code == 405
        assert patch.json()["message"].endswith("Supported methods: GET, HEAD, PUT, DELETE.")


async def test_the_window_refuses_with_429_until_the_manual_clock_passes_it(app: Starlette, clock: Clock) -> None:
    async with client(app, app.state.sandbox.tokens[2]) as reader:
        remaining = [(await reader.get("/v1/users/1")).headers["x-ratelimit-remaining"] for _ in range(3)]
        assert remaining == ["2", "1", "0"]
        clock.advance(20)
        refused = await reader.get("/v1/users/1")
        assert refused.status_code == 429
        assert refused.json() == {"message": "Too many requests. Please try again later."}
        assert refused.headers["retry-after"] == "40"
        assert (refused.headers["x-ratelimit-limit"], refused.headers["x-ratelimit-remaining"]) == ("3", "0")
        assert (await reader.get("/v1/users/1")).status_code == 429  # a refusal is not a hit
        clock.advance(40)
        again = await reader.get("/v1/users/1")
        assert (again.status_code, again.headers["x-ratelimit-remaining"]) == (200, "2")
    assert app.state.sandbox.statuses[429] == 2


async def test_public_routes_need_no_token_and_carry_no_rate_limit(app: Starlette) -> None:
    async with client(app) as guest:
        checked = await guest.post("/domains/check", json={"domain": "Sandbox-Test.com"})
        assert checked.status_code == 200 and "x-ratelimit-limit" not in checked.headers
        assert checked.json() == {
            "domain": "sandbox-test.com",
            "available": True,
            "premium": False,
            "price": "10.00",
            "message": "",
            "tld_id": 1,
            "success": True,
        }
        bad = await guest.post("/domains/check", json={"domain": "not a domain"})
        assert (bad.status_code, bad.json()) == (422, {"success": False, "message": "Invalid domain name format."})
        empty = await guest.post("/domains/check", json={"domain": ""})
        assert empty.json() == {
            "message": "The domain field is required.",
            "errors": {"domain": ["The domain field is required."]},
        }
        assert (await guest.post("/gateways/9/webhook", json={})).status_code == 404
        assert (await guest.post("/gateways/2/webhook", json={})).json() == {
            "error": "Gateway instance not found or inactive."
        }


async def test_validation_errors_read_as_laravel_renders_them(api: httpx.AsyncClient) -> None:
    answer = await api.post(
        "/v1/users", json={"first_name": "  ", "last_name": 5, "email": "nope", "password": "short"}
    )
    assert answer.status_code == 422
    assert answer.json() == {
        "message": "The first name field is required. (and 3 more errors)",
        "errors": {
            "first_name": ["The first name field is required."],
            "last_name": ["The last name field must be a string."],
            "email": ["The email field must be a valid email address."],
            "password": ["The password field must be at least 8 characters."],
        },
    }
    taken = (await api.get("/v1/users/1")).json()["data"]["email"]
    again = await api.post("/v1/users", json={"first_name": "A", "last_name": "B", "email": taken, "password": "x" * 8})
    assert again.json()["errors"] == {"email": ["The email has already been taken."]}
    items = await api.post("/v1/invoices", json={"user_id": 999, "due_date": "soon", "items": [{"quantity": 0}]})
    assert items.json()["errors"] == {
        "user_id": ["The selected user id is invalid."],
        "due_date": ["The due date field must be a valid date."],
        "items.0.description": ["The items.0.description field is required."],
        "items.0.quantity": ["The items.0.quantity field must be at least 1."],
        "items.0.unit_price": ["The items.0.unit price field is required."],
    }
    assert items.json()["message"] == "The selected user id is invalid. (and 4 more errors)"


async def test_a_listing_is_laravels_paginator_without_the_other_query_parameters(api: httpx.AsyncClient) -> None:
    page = (await api.get("/v1/users", params={"page": 2, "per_page": 4, "status": "active"})).json()
    path = f"{ORIGIN}/api/v1/users"
    assert set(page) == {"data", "links", "meta"}
    meta = page["meta"]
    assert (meta["current_page"], meta["per_page"], meta["from"], meta["to"], meta["path"]) == (2, 4, 5, 8, path)
    assert page["links"]["prev"] == f"{path}?page=1" and page["links"]["first"] == f"{path}?page=1"
    assert page["links"]["last"] == f"{path}?page={meta['last_page']}"
    assert meta["links"][0] == {"url": f"{path}?page=1", "label": "&laquo; Previous", "page": 1, "active": False}
    assert meta["links"][-1]["label"] == "Next &raquo;"
    assert {"url": f"{path}?page=2", "label": "2", "page": 2, "active": True} in meta["links"]
    assert all(user["status"] == "active" for user in page["data"])
    everyone = (await api.get("/v1/users", params={"per_page": 100})).json()
    ids = [user["id"] for user in everyone["data"]]
    assert ids == sorted(ids, reverse=True) and everyone["meta"]["total"] == 30
    assert meta["total"] == sum(user["status"] == "active" for user in everyone["data"])
    beyond = (await api.get("/v1/users", params={"page": 99})).json()
    assert (beyond["data"], beyond["meta"]["from"], beyond["meta"]["to"], beyond["links"]["next"]) == (
        [],
        None,
        None,
        None,
    )
    assert (await api.get("/v1/users")).json()["meta"]["per_page"] == 15


async def test_long_listings_show_laravels_window_of_page_links(api: httpx.AsyncClient) -> None:
    meta = (await api.get("/v1/invoices", params={"per_page": 1, "page": 20})).json()["meta"]
    labels = [link["label"] for link in meta["links"]]
    assert labels == ["&laquo; Previous", "1", "2", "...", *map(str, range(17, 24)), "...", "39", "40", "Next &raquo;"]
    assert {"url": None, "label": "...", "active": False} in meta["links"]


async def test_filters_narrow_listings_as_the_controllers_do(api: httpx.AsyncClient) -> None:
    async def listed(path: str, **query: Any) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = (await api.get(path, params={"per_page": 500, **query})).json()["data"]
        return data

    owner = (await listed("/v1/invoices", status="unpaid"))[0]["user"]["id"]
    unpaid = await listed("/v1/invoices", status="unpaid", user_id=owner)
    assert unpaid and all(i["status"] == "unpaid" and i["user"]["id"] == owner for i in unpaid)
    assert "items" not in unpaid[0] and "items" in (await api.get(f"/v1/invoices/{unpaid[0]['id']}")).json()["data"]
    assert [i["invoice_number"] for i in await listed("/v1/invoices", search="INV-0007")] == ["INV-0007"]
    assert all(t["priority"] == "high" for t in await listed("/v1/tickets", priority="high"))
    assert [t["tld"] for t in await listed("/v1/tlds", search=".co")] == [".com"]


async def test_writes_have_their_side_effects_and_deletes_make_reads_404(api: httpx.AsyncClient) -> None:
    created = await api.post(
        "/v1/invoices",
        json={
            "user_id": 2,
            "due_date": "2026-12-01T00:00:00Z",
            "notes": "dropped",
            "items": [
                {"description": "VPS", "quantity": 2, "unit_price": 5.25},
                {"description": "Setup", "quantity": 1, "unit_price": "10"},
                {"description": "Credit", "quantity": 1, "unit_price": -3},
            ],
        },
    )
    invoice = created.json()["data"]
    assert created.status_code == 201
    assert (invoice["subtotal"], invoice["discount"], invoice["total"], invoice["amount_due"]) == (
        "20.50",
        "3.00",
        "17.50",
        17.5,
    )
    assert (invoice["tax"], invoice["notes"], invoice["due_date"]) == (None, None, "2026-12-01T00:00:00.000000Z")
    assert [item["amount"] for item in invoice["items"]] == ["10.50", "10.00", "-3.00"]
    shown = (await api.get(f"/v1/invoices/{invoice['id']}")).json()["data"]
    assert shown["tax"] == "0.00" and shown["invoice_number"] == invoice["invoice_number"]
    updated = (await api.put(f"/v1/invoices/{invoice['id']}", json={"status": "paid"})).json()["data"]
    assert (updated["status"], updated["due_date"], updated["amount_due"]) == ("paid", shown["due_date"], 17.5)
    assert (await api.delete(f"/v1/invoices/{invoice['id']}")).json() == {"message": "Invoice deleted successfully."}
    assert (await api.get(f"/v1/invoices/{invoice['id']}")).status_code == 404
    assert (await api.delete("/v1/users/5")).json() == {"message": "User deleted successfully."}
    assert (await api.get("/v1/users/5")).status_code == 404
    assert 5 not in [u["id"] for u in (await api.get("/v1/users", params={"per_page": 100})).json()["data"]]
    assert (await api.delete("/v1/tlds/1")).status_code == 500  # registrants still use it: a foreign key refuses


async def test_every_area_answers_with_the_relations_billmora_loads(api: httpx.AsyncClient) -> None:
    service = (await api.get("/v1/services/1")).json()["data"]
    assert service["scalings"] == [] and {"user", "package"} <= set(service)
    package = (await api.get("/v1/packages/1")).json()["data"]
    assert {"catalog", "prices", "variants"} <= set(package) and "options" in package["variants"][0]
    assert "prices" not in (await api.get("/v1/packages")).json()["data"][0]
    ticket = (
        await api.post(
            "/v1/tickets",
            json={"user_id": 1, "subject": "Hi", "department": "Support", "priority": "low", "message": "Hello"},
        )
    ).json()["data"]
    assert ticket["ticket_number"].startswith("TKT-") and ticket["messages"][0]["user"]["id"] == 1
    tld = (
        await api.post("/v1/tlds", json={"tld": ".shop", "status": "visible", "min_years": 1, "max_years": 5})
    ).json()["data"]
    assert (tld["grace_period_days"], tld["auto_renew"], "prices" in tld) == (None, None, False)
    assert (await api.get(f"/v1/tlds/{tld['id']}")).json()["data"]["grace_period_days"] == 0
    variant = await api.post("/v1/variants", json={"name": "Memory size"})
    assert variant.status_code == 201 and variant.json()["data"]["code"] == "memory-size"


async def test_an_order_creates_services_domains_and_an_invoice(api: httpx.AsyncClient) -> None:
    body = {
        "user_id": 4,
        "currency": "USD",
        "status": "completed",
        "package_items": [{"package_id": 1, "billing_id": 1, "quantity": 2}],
        "domain_items": [{"type": "register", "domain": "mine.com", "tld_id": 1, "years": 2}],
    }
    order = (await api.post("/v1/orders", json=body)).json()["data"]
    assert order["status"] == "completed" and order["total"] == "30.00"
    assert [s["status"] for s in order["services"]] == ["active", "active"]
    assert order["registrants"][0]["status"] == "active"
    assert order["invoices"][0]["status"] == "paid"
    cancelled = (await api.put(f"/v1/orders/{order['id']}", json={"status": "cancelled"})).json()["data"]
    assert [s["status"] for s in cancelled["services"]] == ["cancelled", "cancelled"]
    none = await api.post("/v1/orders", json={**body, "package_items": [], "domain_items": None})
    assert none.json() == {"message": "At least one package or domain item is required."}


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data() -> None:
    def snapshot(seed: int) -> list[Any]:
        store = create_app(seed=seed).state.sandbox.store
        return [store.table(t) for t in ("users", "invoices", "invoice_items", "services", "tickets")]

    assert snapshot(11) == snapshot(11)
    assert snapshot(11) != snapshot(12)


def test_a_large_listing_seeds_quickly_and_counts_right() -> None:
    sandbox = create_app(sizes=Sizes(invoices=20_000, users=5)).state.sandbox
    assert sandbox.store.count("invoices") == 20_000
    sandbox.seed_invoices(1_000)
    assert sandbox.store.count("invoices") == 21_000
