"""Reliability under faults, cancellation and 429 storms, measured against the sandbox's own store.

The worst bugs a billing SDK can have: a record created twice, a failure reported for something that was
done (without saying it may have been), a success reported for something that does not exist, and slots or
budget leaked by cancelled tasks. Each test counts them; each count must be zero.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections import Counter
from typing import Any

import httpx
import pytest

from billmora_client import APIConnectionError, Billmora, BillmoraError
from billmora_client._mounts import MountRouter
from billmora_client.generated import models as m
from billmora_client.testing import Fault, Token, create_app, serve

from .transport_server import budget_in_flight

DUE = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
CREATES = ("v1.users.store", "v1.invoices.store", "v1.orders.store", "v1.tickets.store")
FAULTS = [
    Fault("status", status=500),
    Fault("status", status=502),
    Fault("status", status=503),
    Fault("status", status=504),
    Fault("drop_before"),
    Fault("drop_after"),
    Fault("truncate"),
    Fault("slow", delay=1.0),
]
# Each answer within 0.5 s (so a slow one is given up on), the whole call within 60 s (queued behind others).
READ_TIMEOUT = httpx.Timeout(0.5, pool=60.0)


async def create(bm: Billmora, kind: str, marker: str) -> int:
    """Create one record of ``kind`` carrying ``marker``; return its id."""
    if kind == "v1.users.store":
        return (
            await bm.users.store(
                body=m.UsersStoreRequest(
                    first_name="F", last_name="L", email=f"{marker}@x.example", password="password1"
                )
            )
        ).id
    if kind == "v1.invoices.store":
        item = m.InvoicesStoreRequestItemsItem(description=marker, quantity=1, unit_price=1.0)
        return (await bm.invoices.store(body=m.InvoicesStoreRequest(user_id=1, due_date=DUE, items=[item]))).id
    if kind == "v1.orders.store":
        return (
            await bm.orders.store(body=m.OrdersStoreRequest(user_id=1, currency=marker, status=m.OrderStatus.PENDING))
        ).id
    return (
        await bm.tickets.store(
            body=m.TicketsStoreRequest(
                user_id=1, subject=marker, department="S", priority=m.TicketPriority.LOW, message="m"
            )
        )
    ).id


def markers_in_store(store: Any) -> Counter[str]:
    """How many records carry each marker, read from the sandbox's tables."""
    found: Counter[str] = Counter()
    found.update(u["email"].split("@")[0] for u in store.tables.get("users", {}).values())
    found.update(i["description"] for i in store.tables.get("invoice_items", {}).values())
    found.update(o["currency"] for o in store.tables.get("orders", {}).values())
    found.update(t["subject"] for t in store.tables.get("tickets", {}).values())
    return found


async def test_creates_under_faults_are_never_duplicated_lost_or_invented() -> None:
    app = create_app(seed=11, tokens=[Token("t", rate_limit=100_000)])
    sandbox = app.state.sandbox
    for fault in FAULTS:
        sandbox.inject(fault, *CREATES, probability=0.15 / len(FAULTS))
    calls, rng = 600, random.Random(5)
    told: dict[str, tuple[str, bool]] = {}  # marker -> ("ok" | "error", may_have_succeeded)
    with serve(app) as url:
        async with Billmora(
            url, sandbox.tokens[1].plain_text, timeout=READ_TIMEOUT, max_concurrency=50, rate_limit=100_000
        ) as bm:

            async def one(i: int) -> None:
                marker = f"call{i:04d}"
                try:
                    await create(bm, rng.choice(CREATES), marker)
                    told[marker] = ("ok", False)
                except BillmoraError as error:
                    told[marker] = ("error", error.may_have_succeeded)

            await asyncio.gather(*(one(i) for i in range(calls)))
    stored = markers_in_store(sandbox.store)
    duplicates = [k for k, n in stored.items() if k.startswith("call") and n > 1]
    flagged = [k for k, (outcome, maybe) in told.items() if outcome == "error" and maybe and stored[k]]
    hidden = [k for k, (outcome, maybe) in told.items() if outcome == "error" and not maybe and stored[k]]
    invented = [k for k, (outcome, _) in told.items() if outcome == "ok" and not stored[k]]
    injected = len(sandbox.injected)
    print(
        f"\n{calls} creates, {injected} faults injected, {len(duplicates)} duplicates, "
        f"{len(flagged)} successes raised with may_have_succeeded, {len(hidden)} hidden successes, "
        f"{len(invented)} invented successes"
    )
    assert injected >= 50, "about 15% of the calls met a fault"
    assert len(told) == calls, "every call returned or raised a BillmoraError"
    assert len(flagged) >= 5, "drop_after, truncate and slow faults commit and are reported as may_have_succeeded"
    assert (duplicates, hidden, invented) == ([], [], [])


async def test_cancelled_tasks_leak_no_slot_budget_or_connection() -> None:
    app = create_app(seed=13, latency=0.02, tokens=[Token("t", rate_limit=400)], window=1.0)
    sandbox = app.state.sandbox
    sandbox.inject(Fault("status", status=503), "v1.users.show", probability=0.2)
    rng = random.Random(7)
    with serve(app) as url:
        async with Billmora(
            url, sandbox.tokens[1].plain_text, max_concurrency=8, rate_limit=400, rate_window=1.0
        ) as bm:
            transport = bm._transport
            for _ in range(6):
                tasks = [asyncio.create_task(bm.users.show(1 + i % 25)) for i in range(100)]
                await asyncio.sleep(rng.uniform(0, 0.08))
                for task in tasks:
                    if rng.random() < 0.7:
                        task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            assert transport.in_flight == 0 and transport.free_slots == 8
            assert budget_in_flight(transport) == 0
            router = transport._inner  # the client's own mounts router, in front of httpx's default transport
            assert isinstance(router, MountRouter) and isinstance(router._default, httpx.AsyncHTTPTransport)
            pool = router._default._pool  # httpcore's connection pool behind the SDK's transport
            assert not [c for c in pool.connections if not (c.is_idle() or c.is_closed())], (
                "a connection is checked out"
            )
            assert (await bm.users.show(1)).id == 1


async def test_connection_refused_is_a_connection_error_that_says_nothing_was_sent() -> None:
    async with Billmora("http://127.0.0.1:9", "1|x", max_retries=1) as bm:
        with pytest.raises(APIConnectionError) as caught:
            await bm.users.store(
                body=m.UsersStoreRequest(first_name="a", last_name="b", email="a@b.example", password="password1")
            )
    assert caught.value.may_have_succeeded is False
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
