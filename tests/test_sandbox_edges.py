"""Edges of Laravel and MariaDB the sandbox reproduces, over loopback: huge pages, odd ids, 405s, nulls, old dates.

Each was once answered differently by the sandbox than by Billmora (found by ``make fuzz``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from billmora_client import Billmora
from billmora_client.testing import Sandbox, create_app, serve

PHP_INT_MAX = 2**63 - 1
SERVER_ERROR = {"message": "Server Error"}


@pytest.fixture
def app() -> Starlette:
    return create_app(seed=3)


@pytest.fixture
async def base_url(app: Starlette) -> AsyncIterator[str]:
    async with serve(app) as url:
        yield url


@pytest.fixture
async def api(app: Starlette, base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    sandbox: Sandbox = app.state.sandbox
    headers = {"Authorization": f"Bearer {sandbox.token.plain_text}", "Accept": "application/json"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers) as client:
        yield client


async def test_a_page_past_the_last_is_an_empty_page_however_large(api: httpx.AsyncClient) -> None:
    far = (await api.get("/v1/users", params={"page": 2**62, "per_page": 15})).json()
    assert far["data"] == [] and far["meta"]["current_page"] == 2**62
    assert (far["meta"]["from"], far["meta"]["to"], far["links"]["next"]) == (None, None, None)
    assert far["meta"]["total"] == 25


async def test_a_page_php_cannot_read_as_an_integer_is_page_one(api: httpx.AsyncClient) -> None:
    for page in (str(2**63), "Infinity", "05", "\u0663"):  # past PHP_INT_MAX, not digits, a leading 0, Arabic 3
        answer = await api.get("/v1/users", params={"page": page})
        assert answer.status_code == 200 and answer.json()["meta"]["current_page"] == 1, page
        assert len(answer.json()["data"]) == 15


async def test_a_huge_per_page_is_cast_to_phps_largest_integer(api: httpx.AsyncClient) -> None:
    every = (await api.get("/v1/users", params={"per_page": "9" * 30})).json()
    assert every["meta"]["per_page"] == PHP_INT_MAX and every["meta"]["last_page"] == 1
    assert len(every["data"]) == every["meta"]["total"] == 25
    beyond = (await api.get("/v1/users", params={"per_page": PHP_INT_MAX, "page": 3})).json()
    assert beyond["data"] == [] and beyond["meta"]["current_page"] == 3


async def test_a_per_page_so_small_the_page_count_overflows_is_one_page(api: httpx.AsyncClient) -> None:
    tiny = await api.get("/v1/users", params={"per_page": "1e-310"})  # ceil($total / $perPage) is INF: (int) 0
    assert tiny.status_code == 200 and tiny.json()["meta"]["last_page"] == 1


async def test_a_per_page_php_cannot_divide_by_fails_as_in_billmora(api: httpx.AsyncClient) -> None:
    for per_page in ("Infinity", "ten", "\u0663", "0.0"):
        answer = await api.get("/v1/users", params={"per_page": per_page})
        assert (answer.status_code, answer.json()) == (500, SERVER_ERROR), per_page


async def test_an_id_without_ascii_digits_is_a_json_404(api: httpx.AsyncClient) -> None:
    for path, model, key in (
        ("/v1/tickets/%C2%B3", "Ticket", "\u00b3"),  # superscript 3
        ("/v1/invoices/%E1%AA%92", "Invoice", "\u1a92"),  # Tai Tham digit 2
        ("/v1/invoices/%0A", "Invoice", "\n"),
    ):
        answer = await api.get(path)
        assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
        assert answer.json() == {"message": f"No query results for model [App\\Models\\{model}] {key}"}


async def test_an_id_is_compared_as_mariadb_compares_a_string_with_an_integer(api: httpx.AsyncClient) -> None:
    for key in ("2abc", "2%0A", "%202", "2.0"):
        answer = await api.get(f"/v1/invoices/{key}")
        assert answer.status_code == 200 and answer.json()["data"]["id"] == 2, key
    assert (await api.get("/v1/invoices/2.5")).status_code == 404


async def test_a_newline_after_a_path_is_laravels_json_404(api: httpx.AsyncClient) -> None:
    answer = await api.get("/v1/invoices%0A")
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
    assert answer.json() == {"message": "The route api/v1/invoices\n could not be found."}


async def test_a_405_names_the_allowed_methods_in_allow(api: httpx.AsyncClient) -> None:
    patch = await api.patch("/v1/users/1")
    assert (patch.status_code, patch.headers["allow"]) == (405, "GET, HEAD, PUT, DELETE")
    message = "The PATCH method is not supported for route api/v1/users/1. Supported methods: GET, HEAD, PUT, DELETE."
    assert patch.json() == {"message": message}
    put = await api.put("/v1/invoices")
    assert (put.status_code, put.headers["allow"]) == (405, "GET, HEAD, POST")
    page = await api.get("/domains/check", headers={"Accept": "text/html"})
    assert (page.status_code, page.headers["allow"]) == (405, "POST")
    assert page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/catalogs/1", {"slug": None}),
        ("/v1/catalogs/1", {"description": ""}),  # ConvertEmptyStringsToNull makes it null
        ("/v1/packages/1", {"slug": None, "name": "Renamed"}),
        ("/v1/packages/1", {"stock": None}),
        ("/v1/variants/1", {"code": None}),
        ("/v1/tlds/1", {"sort_order": None}),
    ],
)
async def test_a_null_the_rules_allow_into_a_not_null_column_fails_and_changes_nothing(
    app: Starlette, api: httpx.AsyncClient, path: str, body: dict[str, object]
) -> None:
    before = (await api.get(path)).json()["data"]
    answer = await api.put(path, json=body)
    assert (answer.status_code, answer.json()) == (500, SERVER_ERROR)
    assert (await api.get(path)).json()["data"] == before


async def test_a_null_into_a_nullable_column_is_saved_and_one_the_rules_refuse_is_a_422(api: httpx.AsyncClient) -> None:
    icon = await api.put("/v1/catalogs/1", json={"icon": None, "name": "Renamed"})
    assert icon.status_code == 200 and (icon.json()["data"]["icon"], icon.json()["data"]["name"]) == (None, "Renamed")
    refused = await api.put("/v1/variants/1", json={"name": None})
    assert refused.status_code == 422 and refused.json()["errors"] == {"name": ["The name field must be a string."]}


async def test_a_date_before_year_1000_is_zero_padded_and_the_client_reads_it(
    app: Starlette, base_url: str, api: httpx.AsyncClient
) -> None:
    updated = await api.put("/v1/invoices/1", json={"due_date": "0999-12-31T10:00:00Z"})
    assert updated.json()["data"]["due_date"] == "0999-12-31T10:00:00.000000Z"
    async with Billmora(base_url, app.state.sandbox.token.plain_text) as bm:
        invoice = await bm.invoices.show(1)
    assert (invoice.due_date.year, invoice.due_date.month, invoice.due_date.day) == (999, 12, 31)
