"""Every wait for budget that delays a call is reported (``on_retry`` and a log line), on an injected clock;
``RateLimitError.limit`` is set whenever the limit is known, even when the client refuses without sending."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from billmora_client import Billmora, RateLimitError, RedisRateLimiter, RetryEvent
from billmora_client._ratelimit import Limiter
from billmora_client._ratelimit_redis import budget_key
from billmora_client._transport import REPORTED_HOLD, BillmoraTransport

from .hostile import HostileServer, RawRequest, response_bytes
from .redis_server import RedisServer, redis_server
from .transport_server import FixedWindowLimiter

TOKEN = "6|pac1ngEventsSecret0123456789"


class VirtualTime:
    """A clock that moves only when every task waiting on it has had its turn: a sleep ends at once, later."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        until = self.now + seconds
        await asyncio.sleep(0)
        self.now = max(self.now, until)


@dataclass
class Simulated:
    """Billmora's fixed window on virtual time, answering in no time; what it saw and what was reported."""

    limit: int
    window: float
    time: VirtualTime = field(default_factory=VirtualTime)
    sent: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refused: int = 0
    events: list[tuple[float, RetryEvent]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.server = FixedWindowLimiter(self.limit, self.window)

    async def answer(self, request: httpx.Request) -> httpx.Response:
        self.sent[request.url.path].append(self.time.now)
        allowed, remaining, retry_after = self.server.hit(TOKEN, self.time.now)
        headers = {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(remaining)}
        if not allowed:
            self.refused += 1
            return httpx.Response(429, headers={**headers, "Retry-After": str(retry_after)}, json={"message": "x"})
        return httpx.Response(200, headers=headers, json={"ok": True})

    def client(self, rate_limiter: Limiter[Any] | None = None) -> httpx.AsyncClient:
        transport = BillmoraTransport(
            httpx.MockTransport(self.answer),
            rate_limiter=rate_limiter,
            rate_limit=self.limit,
            rate_window=self.window,
            clock=self.time,
            sleep=self.time.sleep,
            on_retry=lambda event: self.events.append((self.time.now, event)),
        )
        return httpx.AsyncClient(base_url="http://billing.test/api", transport=transport, timeout=None)


async def burst(simulated: Simulated, calls: int, rate_limiter: Limiter[Any] | None = None) -> None:
    async with simulated.client(rate_limiter) as client:
        answers = await asyncio.gather(*(client.get(f"/v1/ping/{n}") for n in range(calls)))
    assert [a.status_code for a in answers] == [200] * calls


async def test_a_paced_burst_reports_every_call_it_holds_once_per_wait(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="billmora_client")
    simulated = Simulated(limit=3, window=10.0)
    await burst(simulated, 8)
    assert simulated.refused == 0
    held = {path: times[0] for path, times in simulated.sent.items() if times[0] > 0}
    assert len(held) == 5 and max(held.values()) >= 20.0  # three windows for eight calls
    reported: dict[str, list[tuple[float, RetryEvent]]] = defaultdict(list)
    for at, event in simulated.events:
        reported[event.path].append((at, event))
    assert set(reported) == set(held)  # every call that waited, and only those
    for path, sent_at in held.items():
        waits = reported[path]
        assert all(e.reason == "rate_limit_wait" and e.attempt == 0 and e.method == "GET" for _, e in waits)
        assert all(e.delay >= REPORTED_HOLD for _, e in waits)
        ends = [at + e.delay for at, e in waits]
        assert ends == sorted(ends) and len(set(ends)) == len(ends)  # reported again only when it grew
        assert abs(ends[-1] - sent_at) < 1e-6  # the last report said when it would go, and it went then
    lines = [r.getMessage() for r in caplog.records if "waiting" in r.getMessage()]
    assert len(lines) == len(simulated.events)
    assert all("for rate-limit budget (3 a window)" in line for line in lines)


async def test_holds_shorter_than_the_threshold_are_logged_at_debug_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="billmora_client")
    simulated = Simulated(limit=2, window=0.4)
    await burst(simulated, 6)
    assert max(times[0] for times in simulated.sent.values()) >= 0.8  # calls were held ...
    assert simulated.events == []  # ... each for less than a second in all
    assert any("holding a request" in r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)


async def test_a_429_is_reported_once_and_the_calls_it_holds_each_once() -> None:
    simulated = Simulated(limit=3, window=10.0)
    for _ in range(3):  # another process on the token spent the window
        simulated.server.hit(TOKEN, 0.0)
    await burst(simulated, 3)
    assert simulated.refused >= 1
    refused_paths = {e.path for _, e in simulated.events if e.reason == "rate_limited"}
    for at, event in simulated.events:
        if event.reason == "rate_limit_wait":  # a hold reported for a call is not the 429 it already reported
            assert not [
                other
                for other_at, other in simulated.events
                if other.path == event.path
                and other.reason == "rate_limited"
                and other_at + other.delay == at + event.delay
            ]
    held_paths = {e.path for _, e in simulated.events if e.reason == "rate_limit_wait"}
    assert refused_paths | held_paths == set(simulated.sent)


async def test_a_refusal_made_without_sending_carries_the_limit() -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        remaining = 3 - len(server.requests)
        writer.write(
            response_bytes(200, {"ok": True}, {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": str(remaining)})
        )

    server = HostileServer(handler)
    async with server as url, Billmora(url, TOKEN, max_rate_limit_wait=1) as bm:
        for _ in range(3):
            await bm.raw.get_async_httpx_client().get("/v1/x")
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
    assert len(server.requests) == 3  # the fourth was never sent
    assert caught.value.limit == 3 and caught.value.retry_after is not None and caught.value.retry_after > 1


async def test_a_proxys_429_beyond_the_cap_carries_the_limit_the_client_knows() -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(429, {"message": "slow down"}, {"Retry-After": "3600"}))

    async with HostileServer(handler) as url, Billmora(url, TOKEN, rate_limit=30, max_rate_limit_wait=1) as bm:
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
    assert caught.value.limit == 30


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


async def test_a_hold_on_the_budget_shared_through_redis_is_reported_too(redis: RedisServer) -> None:
    simulated = Simulated(limit=3, window=10.0)
    simulated.time.now = 1_000_000.0  # Redis's clock is this one too, in ms
    shared = RedisRateLimiter(
        redis.url,
        budget_key("http://billing.test/api", TOKEN),
        limit=3,
        window=10.0,
        clock=simulated.time,
        sleep=simulated.time.sleep,
    )
    try:
        await burst(simulated, 5, shared)
    finally:
        await shared.aclose()
    assert shared.shared and simulated.refused == 0
    held = {path for path, times in simulated.sent.items() if times[0] > simulated.time.now - 5.0}
    assert len(held) == 2
    assert {e.path for _, e in simulated.events} == held
    assert all(e.reason == "rate_limit_wait" and e.delay >= REPORTED_HOLD for _, e in simulated.events)
