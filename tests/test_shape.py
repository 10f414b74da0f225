"""An answer that does not fit the document names where: the JSON path, what was expected and what came.

Bodies start as the sandbox renders them and are then broken one field at a time."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from billmora_client import Billmora, UnexpectedResponseError
from billmora_client._shape import first_mismatch, json_key
from billmora_client.generated import models as m
from billmora_client.testing import Token, create_app, serve


@pytest.fixture(scope="module")
def answers() -> Iterator[dict[str, Any]]:
    """Real answers of the sandbox: a page of invoices (with their users) and an order with its items."""
    app = create_app(seed=1, tokens=[Token("secret", rate_limit=10_000)])
    headers = {"Authorization": "Bearer 1|secret", "Accept": "application/json"}
    with serve(app) as url, httpx.Client(base_url=url, headers=headers) as http:
        yield {"invoices": http.get("/v1/invoices?per_page=5").json(), "order": http.get("/v1/orders/1").json()}


def broken(body: dict[str, Any], change: Callable[[Any], None]) -> dict[str, Any]:
    copied = copy.deepcopy(body)
    change(copied)
    return copied


def test_a_body_as_billmora_renders_it_fits(answers: dict[str, Any]) -> None:
    assert first_mismatch(m.InvoiceResourcePage, answers["invoices"]) is None
    assert first_mismatch(m.OrderResourceEnvelope, answers["order"]) is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b["data"][3].update(due_date=None), "at data[3].due_date: expected date-time string, got null"),
        (lambda b: b["data"][2]["user"].pop("email"), "at data[2].user.email: expected string, got nothing"),
        (lambda b: b["data"][1].update(user="gone"), 'at data[1].user: expected null or object, got string "gone"'),
        (lambda b: b["data"][0].update(id=True), "at data[0].id: expected integer, got boolean true"),
        (lambda b: b["data"][4].update(amount_due="1.50"), 'at data[4].amount_due: expected number, got string "1.50"'),
        (lambda b: b["meta"].update({"from": "1"}), 'at meta.from: expected integer or null, got string "1"'),
        (lambda b: b["meta"].update(links={}), "at meta.links: expected array, got object"),
        (lambda b: b.update(data=None), "at data: expected array, got null"),
    ],
)
def test_the_first_mismatch_names_path_expected_and_found(
    answers: dict[str, Any], change: Callable[[Any], None], expected: str
) -> None:
    mismatch = first_mismatch(m.InvoiceResourcePage, broken(answers["invoices"], change))
    assert mismatch is not None and str(mismatch).startswith(expected)


def test_enums_lists_and_the_whole_body(answers: dict[str, Any]) -> None:
    order = broken(answers["order"], lambda b: b["data"]["items"][0].update(item_type=7))
    assert str(first_mismatch(m.OrderResourceEnvelope, order)) == (
        'at data.items[0].item_type: expected one of "domain", "service", got integer 7'
    )
    unknown = broken(answers["order"], lambda b: b["data"]["items"][0].update(item_type="bundle"))
    assert first_mismatch(m.OrderResourceEnvelope, unknown) is None, "unknown enum values are kept, not refused"
    assert str(first_mismatch(m.OrderResourceEnvelope, [1])) == "at the top level: expected object, got array"


def test_json_keys_of_renamed_attributes() -> None:
    assert (json_key("from_"), json_key("type_"), json_key("id"), json_key("user")) == ("from", "type", "id", "user")


def hostile(body: dict[str, Any]) -> Starlette:
    async def answer(_: Any) -> JSONResponse:
        return JSONResponse(body)

    return Starlette(routes=[Route("/api/v1/invoices", answer), Route("/api/v1/invoices/{id:int}", answer)])


async def test_the_error_names_the_operation_and_the_place_over_loopback(
    answers: dict[str, Any], loopback: Callable[[Any], str]
) -> None:
    page = broken(answers["invoices"], lambda b: b["data"][3].update(due_date=None))
    async with Billmora(loopback(hostile(page)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.invoices.index()
        with pytest.raises(UnexpectedResponseError) as walking:
            await anext(aiter(bm.invoices.iterate()))
    expected = (
        "v1_invoices_index: the answer does not fit the document at data[3].due_date: expected date-time string, "
        "got null (GET /api/v1/invoices -> HTTP 200: "
    )
    assert str(caught.value).startswith(expected)
    assert str(walking.value).startswith(expected)


async def test_a_show_names_the_field_inside_data(answers: dict[str, Any], loopback: Callable[[Any], str]) -> None:
    invoice = {"data": {**answers["invoices"]["data"][0], "user": "gone"}}
    async with Billmora(loopback(hostile(invoice)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.invoices.show(1)
    assert str(caught.value).startswith(
        "v1_invoices_show: the answer does not fit the document "
        'at data.user: expected null or object, got string "gone"'
    )
