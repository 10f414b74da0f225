"""A deleted customer's records keep working: Billmora soft-deletes users and renders their records'
``user`` as ``null``, which the client reads as ``None``. Over loopback against the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from billmora_client import Billmora, NotFoundError, is_set
from billmora_client.testing import Token, create_app, serve

from .test_integration import Recorder

AREAS = ("invoices", "orders", "services", "registrants", "tickets")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def bm_and_store(recorder: Recorder) -> AsyncIterator[tuple[Billmora, Any]]:
    """A client for a fresh sandbox whose every answer is checked against the overlaid document."""
    app = create_app(seed=1, tokens=[Token("all", rate_limit=10_000)])
    sandbox = app.state.sandbox
    http = httpx.AsyncClient(event_hooks={"response": [recorder]})
    with serve(app) as url:
        async with Billmora(url, sandbox.tokens[1].plain_text, rate_limit=10_000, http_client=http) as bm:
            yield bm, sandbox.store


def customer_with_everything(store: Any) -> int:
    """A seeded customer who owns at least one record of every area."""
    owners: list[set[int]] = [{row["user_id"] for row in store.table(area).values()} for area in AREAS]
    return min(set.intersection(*owners))


async def test_records_of_a_deleted_customer_list_iterate_and_show_with_user_none(
    bm_and_store: tuple[Billmora, Any], recorder: Recorder
) -> None:
    bm, store = bm_and_store
    customer = customer_with_everything(store)
    owned: dict[str, set[int]] = {}
    for area in AREAS:
        page = await getattr(bm, area).index(user_id=customer, per_page=100)
        assert page.data and all(record.user.id == customer for record in page.data)
        owned[area] = {record.id for record in page.data}

    await bm.users.delete(customer)
    with pytest.raises(NotFoundError):
        await bm.users.show(customer)

    for area in AREAS:
        api = getattr(bm, area)
        page = await api.index(user_id=customer, per_page=100)
        assert {record.id for record in page.data} == owned[area]
        assert all(record.user is None for record in page.data), area
        ownerless = {record.id async for record in api.iterate(per_page=7) if record.user is None}
        assert ownerless == owned[area], area
        for record_id in owned[area]:
            assert (await api.show(record_id)).user is None, f"{area} {record_id}"
    assert recorder.seen["v1.invoices.show"] == {200} and recorder.problems == [], "every answer fits the document"


async def test_a_deleted_customers_ticket_messages_lose_their_author_and_staff_replies_keep_theirs(
    bm_and_store: tuple[Billmora, Any],
) -> None:
    bm, store = bm_and_store
    customer = customer_with_everything(store)
    ticket = next(
        t
        for t in (await bm.tickets.index(user_id=customer, per_page=100)).data
        if {m["is_staff_reply"] for m in store.children("ticket_messages", t.id)} == {True, False}
    )

    await bm.users.delete(customer)

    messages = (await bm.tickets.show(ticket.id)).messages
    assert is_set(messages)  # tickets.show always loads the thread
    assert [m.user is None for m in messages] == [not m.is_staff_reply for m in messages]
