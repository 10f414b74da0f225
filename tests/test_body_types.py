"""Every field of an answer is checked against its declared type as it is read: no NaN or Infinity, no null
where the document has none, integers that are integers, strings that are strings, arrays that are arrays.

Each answer starts as the sandbox renders it and is served, edited as text, by a loopback server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from billmora_client import Billmora, UnexpectedResponseError
from billmora_client.testing import Token, create_app, serve


@pytest.fixture(scope="module")
def sandbox_text() -> Iterator[dict[str, str]]:
    """Answers of the sandbox as it sends them: an invoice with its items, and a page of invoices."""
    app = create_app(seed=1, tokens=[Token("secret", rate_limit=10_000)])
    headers = {"Authorization": "Bearer 1|secret", "Accept": "application/json"}
    with serve(app) as url, httpx.Client(base_url=url, headers=headers) as http:
        yield {"show": http.get("/v1/invoices/1").text, "index": http.get("/v1/invoices?per_page=5").text}


def serving(text: str) -> Starlette:
    """Answers every invoice route with ``text``, as it is."""

    async def answer(_: Any) -> Response:
        return Response(text, media_type="application/json")

    return Starlette(routes=[Route("/api/v1/invoices", answer), Route("/api/v1/invoices/{id:int}", answer)])


def replaced(text: str, old: str, new: str) -> str:
    assert old in text, f"{old!r} is not in the sandbox's answer any more"
    return text.replace(old, new, 1)


async def test_the_sandbox_answers_as_served_are_read(
    sandbox_text: dict[str, str], loopback: Callable[[Any], str]
) -> None:
    async with Billmora(loopback(serving(sandbox_text["show"])), "1|secret", max_retries=0) as bm:
        invoice = await bm.invoices.show(1)
    assert (invoice.total, invoice.amount_due, invoice.id) == ("25.00", 25.0, 1)


SHOW_CASES = [
    ('"amount_due":25.0', '"amount_due":NaN', "at data.amount_due: expected number, got NaN"),
    ('"amount_due":25.0', '"amount_due":Infinity', "at data.amount_due: expected number, got Infinity"),
    ('"amount_due":25.0', '"amount_due":-Infinity', "at data.amount_due: expected number, got -Infinity"),
    ('"total":"25.00"', '"total":NaN', "at data.total: expected string, got NaN"),
    ('"amount":"25.00"', '"amount":NaN', "at data.items[0].amount: expected string, got NaN"),
    ('"total":"25.00"', '"total":null', "at data.total: expected string, got null"),
    ('"total":"25.00"', '"total":25.5', "at data.total: expected string, got number 25.5"),
    ('"id":1,"invoice', '"id":"7; DROP","invoice', 'at data.id: expected integer, got string "7; DROP"'),
    ('"id":1,"invoice', '"id":true,"invoice', "at data.id: expected integer, got boolean true"),
    ('"id":1,"invoice', '"id":1.0,"invoice', "at data.id: expected integer, got number 1.0"),
    ('"quantity":1', '"quantity":"1"', 'at data.items[0].quantity: expected integer, got string "1"'),
    ('"notes":null', '"notes":7', "at data.notes: expected null or string, got integer 7"),
    ('"auto_credit_payment":false', '"auto_credit_payment":0', "at data.user.auto_credit_payment: expected boolean"),
    ('"status":"unpaid"', '"status":3', 'at data.status: expected one of "cancelled"'),
    ('"items":[{', '"items":{"0":{', "at data.items: expected array, got object"),
]


@pytest.mark.parametrize(("old", "new", "expected"), SHOW_CASES, ids=[case[1] for case in SHOW_CASES])
async def test_a_field_that_does_not_fit_its_type_is_refused_by_its_place(
    sandbox_text: dict[str, str], loopback: Callable[[Any], str], old: str, new: str, expected: str
) -> None:
    text = replaced(sandbox_text["show"], old, new)
    if new.startswith('"items":{'):
        text = replaced(text, '"amount":"25.00"}]', '"amount":"25.00"}}')
    async with Billmora(loopback(serving(text)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.invoices.show(1)
    assert f"v1_invoices_show: the answer does not fit the document {expected}" in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.may_have_succeeded is False


async def test_a_page_names_the_record_and_field(sandbox_text: dict[str, str], loopback: Callable[[Any], str]) -> None:
    text = replaced(sandbox_text["index"], '"total":', '"total":NaN,"was":')  # the first record's total
    pieces = sandbox_text["index"].split('"per_page":5,')
    assert len(pieces) == 2
    counts = replaced(sandbox_text["index"], '"per_page":5,', '"per_page":true,')
    async with Billmora(loopback(serving(text)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.invoices.index(per_page=5)
    assert "at data[0].total: expected string, got NaN" in str(caught.value)
    async with Billmora(loopback(serving(counts)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as walking:
            await anext(aiter(bm.invoices.iterate(per_page=5)))
    assert "at meta.per_page: expected integer, got boolean true" in str(walking.value)


async def test_a_body_that_is_not_an_object_where_one_is_declared(loopback: Callable[[Any], str]) -> None:
    pairs = '[["data", {"id": 1}]]'  # dict() would read it as {"data": {"id": 1}}
    async with Billmora(loopback(serving(pairs)), "1|secret", max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.invoices.show(1)
    assert "at the top level: expected object, got array" in str(caught.value)
