"""BillmoraTransport over real HTTP on loopback: 429s, retries, what is never resent, cancellation, logging."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from billmora_client._retry import RetryEvent, RetryPolicy, parse_retry_after
from billmora_client._transport import BillmoraTransport

from .hostile import dropping
from .transport_server import BillmoraLikeServer, budget_in_flight, serving

TOKEN = "7|s3cr3tTokenValue"
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_cap=0.05)
WINDOW = 1.0  # the test server's window: the transport must be told, Billmora's headers do not say


def make_client(base_url: str, transport: BillmoraTransport, timeout: float = 5.0) -> httpx.AsyncClient:
    """A client through ``transport``; ``timeout`` is each call's deadline."""
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    return httpx.AsyncClient(base_url=base_url, transport=transport, headers=headers, timeout=timeout)


async def spend_budget(base_url: str, times: int) -> None:
    """Another client using the same token."""
    async with httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as other:
        for _ in range(times):
            assert (await other.get("/v1/ping")).status_code == 200


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``condition`` until it holds (failing after ``timeout`` seconds)."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)


@pytest.fixture
async def server() -> AsyncIterator[tuple[BillmoraLikeServer, str]]:
    app = BillmoraLikeServer(limit=2, window=1.0)
    async with serving(app.app) as base_url:
        yield app, base_url


@pytest.fixture
async def roomy_server() -> AsyncIterator[tuple[BillmoraLikeServer, str]]:
    """Budget for every request of a test that is not about pacing."""
    app = BillmoraLikeServer(limit=60, window=1.0)
    async with serving(app.app) as base_url:
        yield app, base_url


async def test_429s_are_waited_out_and_resent_for_post_and_everyone_waits(
    server: tuple[BillmoraLikeServer, str],
) -> None:
    app, base_url = server
    events: list[RetryEvent] = []
    await spend_budget(base_url, 2)
    async with make_client(base_url, BillmoraTransport(on_retry=events.append, rate_window=WINDOW)) as client:
        responses = await asyncio.gather(*(client.post("/v1/ping", json={"n": n}) for n in range(3)))
    assert [r.status_code for r in responses] == [200, 200, 200]
    windows = app.windows(f"Bearer {TOKEN}")
    assert windows[0].refused == 3 and all(w.refused == 0 for w in windows[1:])
    assert all(w.admitted <= 2 for w in windows) and sum(w.admitted for w in windows) == 5
    resent = [hit for hit in app.hits if hit.method == "POST" and hit.status == 200]
    assert min(hit.at for hit in resent) >= windows[0].opened_at + 1.0  # nobody went before Retry-After
    resends = [e for e in events if e.reason == "rate_limited"]  # the rest: a call held on for the next window
    assert {(e.method, e.path, e.attempt, e.reason) for e in resends} == {("POST", "/v1/ping", 1, "rate_limited")}
    assert len(resends) == 3 and all(e.delay == 1.0 for e in resends)
    assert all(e.reason == "rate_limit_wait" for e in events if e not in resends)


async def test_a_429_beyond_the_wait_cap_is_returned(server: tuple[BillmoraLikeServer, str]) -> None:
    app, base_url = server
    await spend_budget(base_url, 2)
    async with make_client(base_url, BillmoraTransport(max_rate_limit_wait=0.5)) as client:
        response = await client.get("/v1/ping")
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"
    assert response.json() == {"message": "Too many requests. Please try again later."}
    assert app.refused == 1


async def test_get_is_retried_on_503_and_post_is_not(roomy_server: tuple[BillmoraLikeServer, str]) -> None:
    app, base_url = roomy_server
    events: list[RetryEvent] = []
    transport = BillmoraTransport(retry_policy=FAST_RETRIES, on_retry=events.append, rate_window=WINDOW)
    async with make_client(base_url, transport) as client:
        got = await client.get("/v1/flaky/a", params={"fail": 2})
        posted = await client.post("/v1/flaky/b", params={"fail": 1})
        exhausted = await client.put("/v1/flaky/c", params={"fail": 5})
        opted_out = await client.get("/v1/flaky/d", params={"fail": 1}, extensions={"billmora_max_retries": 0})
    assert got.json() == {"ok": True, "attempts": 3}
    assert (posted.status_code, app.flaky_failures["b"]) == (503, 1)
    assert (exhausted.status_code, app.flaky_failures["c"]) == (503, 3)
    assert (opted_out.status_code, app.flaky_failures["d"]) == (503, 1)
    assert [(e.method, e.path, e.attempt, e.reason) for e in events] == [
        ("GET", "/v1/flaky/a", 1, "status 503"),
        ("GET", "/v1/flaky/a", 2, "status 503"),
        ("PUT", "/v1/flaky/c", 1, "status 503"),
        ("PUT", "/v1/flaky/c", 2, "status 503"),
    ]


async def test_get_is_retried_after_a_dropped_connection() -> None:
    events: list[RetryEvent] = []
    async with dropping(drops=1) as base_url:
        transport = BillmoraTransport(retry_policy=FAST_RETRIES, on_retry=events.append)
        async with make_client(base_url, transport) as client:
            response = await client.get("/v1/ping")
    assert response.json() == {"ok": True}
    assert [e.reason for e in events] == ["RemoteProtocolError"]


async def test_post_whose_connection_drops_after_sending_is_not_resent() -> None:
    events: list[RetryEvent] = []
    server = dropping(drops=1)
    async with server as base_url:
        transport = BillmoraTransport(retry_policy=FAST_RETRIES, on_retry=events.append)
        async with make_client(base_url, transport) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post("/v1/invoices", json={"user_id": 1})
    assert [(r.method, r.target) for r in server.requests] == [("POST", "/v1/invoices")] and events == []
    assert transport.in_flight == 0 and budget_in_flight(transport) == 0


async def test_post_to_a_closed_port_is_retried() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    events: list[RetryEvent] = []
    transport = BillmoraTransport(retry_policy=FAST_RETRIES, on_retry=events.append)
    async with make_client(f"http://127.0.0.1:{port}", transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.post("/v1/invoices", json={"user_id": 1})
    assert [(e.method, e.attempt, e.reason) for e in events] == [
        ("POST", 1, "ConnectError"),
        ("POST", 2, "ConnectError"),
    ]
    assert transport.state.remaining == 60  # never sent: the budget was given back


async def test_cancelled_tasks_release_their_slot_budget_and_connection() -> None:
    app = BillmoraLikeServer(limit=2, window=60.0)  # one window for the whole test, however slow the machine
    transport = BillmoraTransport(max_concurrency=1, rate_limit=2, rate_window=60.0, max_rate_limit_wait=300)
    async with serving(app.app) as base_url, make_client(base_url, transport, timeout=120) as client:
        sending = asyncio.create_task(client.get("/v1/slow", params={"seconds": 1}))
        waiting_for_slot = asyncio.create_task(client.get("/v1/ping"))
        await until(lambda: any(hit.path == "/v1/slow" for hit in app.hits))  # on the wire, awaiting its answer
        for task in (waiting_for_slot, sending):
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert (transport.in_flight, transport.free_slots, budget_in_flight(transport)) == (0, 1, 0)
        assert (await client.get("/v1/ping")).status_code == 200  # spends the last unit of budget
        assert transport.state.remaining == 0
        waiting_for_budget = asyncio.create_task(client.get("/v1/ping"))
        # Holding a slot and no budget (after its probe's 429, waiting for the window): reached, or a timeout.
        await until(lambda: transport.in_flight == 1 and budget_in_flight(transport) == 0)
        waiting_for_budget.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting_for_budget
        assert (transport.in_flight, transport.free_slots, budget_in_flight(transport)) == (0, 1, 0)
        pool: Any = transport._inner
        assert all(c.is_idle() or c.is_closed() for c in pool._pool.connections)


async def test_slot_is_free_once_the_answer_is_complete(server: tuple[BillmoraLikeServer, str]) -> None:
    _, base_url = server
    transport = BillmoraTransport(max_concurrency=1, rate_window=WINDOW)
    async with make_client(base_url, transport) as client, client.stream("GET", "/v1/ping") as response:
        assert transport.free_slots == 1
        assert await response.aread() == b'{"ok":true}'
        assert response.headers["X-RateLimit-Remaining"] == "1"
    assert transport.state.limit == 2 and transport.state.remaining == 1
    assert transport.state.resets_at is not None and 0 < (transport.state.resets_in or 0) <= 1.0


async def test_logs_and_events_never_carry_credentials(
    server: tuple[BillmoraLikeServer, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, base_url = server
    events: list[RetryEvent] = []
    caplog.set_level(logging.DEBUG, logger="billmora_client")
    await spend_budget(base_url, 2)
    transport = BillmoraTransport(retry_policy=FAST_RETRIES, on_retry=events.append, rate_window=WINDOW)
    async with make_client(base_url, transport) as client:
        response = await client.get("/v1/flaky/x", params={"fail": 1, "api_token": "querysecret"})
    assert response.status_code == 200
    assert [e.reason for e in events] == ["rate_limited", "status 503"]
    text = "\n".join(r.getMessage() for r in caplog.records) + repr(events)
    assert "/v1/flaky/x" in text and "rate_limited" in text
    for secret in (TOKEN, "s3cr3t", "querysecret", "Authorization", "Bearer"):
        assert secret not in text


def test_retry_after_values() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=lambda: 1445412480.0) == 10.0
    for garbage in (None, "", "soon", "nan", "inf", "Wed, 21 Oct 2015"):
        assert parse_retry_after(garbage) is None
