"""Reads under faults and a 429 storm: retried until they succeed or raise a typed error, no 429 reaching a
caller within the wait cap, nothing sent before a ``Retry-After`` ran out. Apart from ``test_reliability``
(creates and cancellation) so the two run side by side."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from billmora_client import Billmora, BillmoraError, RateLimitError
from billmora_client.generated import models as m
from billmora_client.testing import Fault, Token, create_app, serve

from .test_reliability import FAULTS, READ_TIMEOUT


async def test_reads_under_faults_succeed_after_retries_or_raise_typed_errors() -> None:
    app = create_app(seed=12, tokens=[Token("t", rate_limit=100_000)])
    sandbox = app.state.sandbox
    tickets = sorted(sandbox.store.tables["tickets"])
    # The first three deletions meet a gateway error: each is resent and done.
    sandbox.inject(Fault("status", status=503), "v1.tickets.delete", times=3)
    for fault in FAULTS:
        sandbox.inject(
            fault,
            "v1.invoices.index",
            "v1.invoices.show",
            "v1.users.update",
            "v1.tickets.delete",
            probability=0.1 / len(FAULTS),
        )
    outcomes: Counter[str] = Counter()
    deleted: dict[int, str] = {}
    with serve(app) as url:
        async with Billmora(
            url,
            sandbox.tokens[1].plain_text,
            timeout=READ_TIMEOUT,
            max_concurrency=20,
            rate_limit=100_000,
            max_retries=6,
        ) as bm:

            async def one(i: int) -> None:
                try:
                    if i % 3 == 0:
                        await bm.invoices.show(1 + i % 60)
                    elif i % 3 == 1:
                        await bm.users.update(1 + i % 25, body=m.UsersUpdateRequest(language="en"))
                    else:
                        await bm.invoices.index(page=1 + i % 4)
                    outcomes["ok"] += 1
                except BillmoraError as error:
                    outcomes[type(error).__name__] += 1

            async def delete(ticket: int) -> None:
                try:
                    await bm.tickets.delete(ticket)
                    deleted[ticket] = "ok"
                except BillmoraError as error:  # a 404: an earlier send did it, and its answer was lost
                    deleted[ticket] = type(error).__name__

            await asyncio.gather(*(one(i) for i in range(300)), *(delete(t) for t in tickets))
            sandbox.clear_faults()
            seen = [inv.id async for inv in bm.invoices.iterate(per_page=7)]
    five_hundreds = sum(1 for e in sandbox.history if e.fault == "status" and e.status == 500)
    truncated = sum(1 for e in sandbox.history if e.fault == "truncate" and e.operation_id != "v1.tickets.delete")
    refused = sorted(t for t, outcome in deleted.items() if outcome == "ServerError")
    # A 500 is never resent and a truncated answer cannot be read: every other fault is retried until it succeeds.
    assert sum(outcomes.values()) == 300, outcomes
    assert outcomes["ServerError"] + len(refused) == five_hundreds, (outcomes, deleted)
    assert outcomes["UnexpectedResponseError"] == truncated, outcomes
    assert outcomes["ok"] == 300 - outcomes["ServerError"] - truncated, outcomes
    assert set(deleted.values()) <= {"ok", "NotFoundError", "ServerError"}, deleted
    assert sorted(sandbox.store.tables["tickets"]) == refused, "every deletion not refused with a 500 was done"
    resent = [e for e in sandbox.history if e.operation_id == "v1.tickets.delete" and e.status == 503]
    assert len(resent) >= 3
    assert sorted(seen) == sorted(sandbox.store.tables["invoices"]), "iterate yields every record exactly once"


class WireLog(httpx.AsyncBaseTransport):
    """The real transport, noting when each request went out and what came back."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sends: list[tuple[float, float, int]] = []  # (sent, answered, status)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        clock = asyncio.get_running_loop().time
        sent_at = clock()
        response = await self.inner.handle_async_request(request)
        self.sends.append((sent_at, clock(), response.status_code))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_429_storm_is_waited_out_within_the_cap_and_reported_past_it() -> None:
    app = create_app(seed=14, tokens=[Token("t", rate_limit=1000)])
    sandbox = app.state.sandbox
    storm = Fault.http_status(
        429,
        '{"message": "Too many requests. Please try again later."}',
        content_type="application/json",
        headers={"Retry-After": "1"},
    )
    wire = WireLog()
    with serve(app) as url:
        sandbox.inject(storm)
        asyncio.get_running_loop().call_later(3.0, sandbox.clear_faults)  # everything answers 429 for 3 s
        async with Billmora(url, sandbox.tokens[1].plain_text, max_rate_limit_wait=10, transport=wire) as bm:
            results = await asyncio.gather(*(bm.users.show(1 + i) for i in range(20)), return_exceptions=True)
        assert [r for r in results if isinstance(r, BaseException)] == [], "no 429 reached a caller within the cap"
        refused = [answered for _, answered, status in wire.sends if status == 429]
        assert len(refused) >= 3, "the storm was real"
        for when in refused:  # once a 429 (Retry-After: 1) arrived, nothing went out for a second
            early = [sent - when for sent, _, _ in wire.sends if when < sent < when + 0.99]
            assert early == [], f"requests sent {early} s after a 429 that asked for 1 s"

        sandbox.inject(storm)
        async with Billmora(url, sandbox.tokens[1].plain_text, max_rate_limit_wait=2) as bm:
            with pytest.raises(RateLimitError) as caught:
                await bm.users.show(1)
        assert caught.value.retry_after == 1 and "Too many requests" in str(caught.value)
