"""Every call ends: at its deadline and not later, at once when a wait would pass it, and within the budget cap."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from billmora_client import APITimeoutError, Billmora, ConfigurationError
from billmora_client._options import Options
from billmora_client._retry import RetryPolicy
from billmora_client._transport import BillmoraTransport, DeadlineExceeded

from .hostile import HostileServer, RawRequest
from .promises import TOKEN, FakeTime, client, scripted

SLACK = 0.6  # scheduling slack on a loaded machine: less than any deadline below, so a doubled one fails


async def test_a_call_ends_at_its_deadline_not_later_across_resends() -> None:
    server = scripted(["silent"] * 50)
    timeout = httpx.Timeout(0.25, pool=1.0)  # each read gives up after 0.25 s; the call after 1 s
    policy = RetryPolicy(backoff_base=0.01, backoff_cap=0.01)
    async with (
        server as url,
        client(url, BillmoraTransport(None, Options(max_retries=50), retry_policy=policy), timeout) as c,
    ):
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match="deadline of 1s passed after"):
            await c.get("/v1/users/1")
        took = time.monotonic() - started
    assert 1.0 <= took < 1.0 + SLACK and len(server.requests) >= 3


async def test_a_per_call_timeout_is_the_deadline_of_that_call() -> None:
    server = scripted(["silent"])
    async with server as url, Billmora(url, TOKEN, timeout=30, max_retries=0) as bm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await bm.users.show(1, timeout=1.0)
        took = time.monotonic() - started
    assert 1.0 <= took < 1.0 + SLACK


async def test_when_the_next_backoff_would_pass_the_deadline_the_call_fails_at_once_with_its_error() -> None:
    clock, server = FakeTime(), scripted(["drop"])
    policy = RetryPolicy(backoff_base=2.0, jitter=lambda: 1.0)
    wrapped = BillmoraTransport(None, Options(max_retries=5), retry_policy=policy, clock=clock, sleep=clock.sleep)
    async with server as url, client(url, wrapped, timeout=2.0) as c:  # the backoff would end at the deadline
        with pytest.raises(httpx.RemoteProtocolError):  # the real failure, not a deadline error
            await c.get("/v1/users/1")
    assert clock.slept == [] and len(server.requests) == 1


async def test_a_retry_after_past_the_deadline_returns_the_answer_at_once() -> None:
    clock, server = FakeTime(), scripted([(503, {"Retry-After": "3"})])
    wrapped = BillmoraTransport(retry_policy=RetryPolicy(jitter=lambda: 0.0), clock=clock, sleep=clock.sleep)
    async with server as url, client(url, wrapped, timeout=2.0) as c:
        response = await c.get("/v1/users/1")
    assert response.status_code == 503 and clock.slept == [] and len(server.requests) == 1


async def test_max_rate_limit_wait_bounds_the_budget_waits_of_one_call_across_several_429s() -> None:
    clock, server = FakeTime(), scripted([(429, {"Retry-After": "1"})] * 20)
    wrapped = BillmoraTransport(None, Options(max_rate_limit_wait=2.5), clock=clock, sleep=clock.sleep)
    async with server as url, client(url, wrapped) as c:
        response = await c.get("/v1/users/1")
    assert response.status_code == 429
    assert response.extensions["billmora_retry_after"] == 1.0
    assert clock.slept == [1.0, 1.0] and len(server.requests) == 3  # a third wait would pass 2.5 s in all


def test_the_default_deadline_is_90_seconds() -> None:
    bm = Billmora("http://127.0.0.1:9", TOKEN)
    timeout = bm.raw.get_async_httpx_client().timeout
    assert max(v for v in timeout.as_dict().values() if v is not None) == 90.0
    assert (timeout.connect, timeout.read, timeout.write) == (10.0, 30.0, 30.0)


async def test_an_answer_dripping_too_slowly_ends_at_the_deadline_after_one_attempt() -> None:
    async def drip(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        while True:  # a byte every 0.05 s: no read ever times out
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(0.05)

    timeout = httpx.Timeout(0.3, pool=1.0)  # each read 0.3 s, the call 1 s
    async with HostileServer(drip) as url, Billmora(url, TOKEN, timeout=timeout) as bm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"deadline of 1s passed after 1 attempt\(s\)"):
            await bm.users.show(1)
        took = time.monotonic() - started
    assert 1.0 <= took < 1.0 + SLACK


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_a_timeout_that_is_not_a_positive_number_is_refused(timeout: float) -> None:
    with pytest.raises(ConfigurationError, match="timeout must be a positive number of seconds or None"):
        Billmora("http://127.0.0.1:9", TOKEN, timeout=timeout)


def test_no_timeout_means_no_deadline() -> None:
    timeout = Billmora("http://127.0.0.1:9", TOKEN, timeout=None).raw.get_async_httpx_client().timeout
    assert timeout == httpx.Timeout(None)
