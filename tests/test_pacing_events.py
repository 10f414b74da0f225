"""Every wait for budget that delays a call is reported (``on_retry`` and a log line), on an injected clock;
``RateLimitError.limit`` is set whenever the limit is known, even when the client refuses without sending."""

from __future__ import annotations

import asyncio
import logging
import math
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from billmora_client import Billmora, RateLimitError, RedisRateLimiter, RetryEvent
from billmora_client._delivery import delivery_of
from billmora_client._options import Options
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


async def test_a_hold_of_a_second_is_reported_and_again_each_time_it_ends_a_second_later() -> None:
    simulated = Simulated(limit=1, window=1.0)
    await burst(simulated, 3)
    assert [(at, e.reason, e.delay) for at, e in simulated.events] == [
        (0.0, "rate_limit_wait", 1.0),  # the second and third calls, until the window of the first ends
        (0.0, "rate_limit_wait", 1.0),
        (1.0, "rate_limit_wait", 1.0),  # the third again, behind the second
    ]


def transport_on(simulated: Simulated, answer: Any, **settings: Any) -> httpx.AsyncClient:
    transport = BillmoraTransport(
        httpx.MockTransport(answer),
        Options(max_rate_limit_wait=math.inf, max_retries=0),
        clock=simulated.time,
        sleep=simulated.time.sleep,
        on_retry=lambda event: simulated.events.append((simulated.time.now, event)),
        **settings,
    )
    return httpx.AsyncClient(base_url="http://billing.test/api", transport=transport, timeout=None)


def first_answered_after(simulated: Simulated, seconds: float) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """Answers 200 with no rate-limit headers (the budget comes back), to ``.../1`` only ``seconds`` later."""

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/1"):
            await simulated.time.sleep(seconds)
        return httpx.Response(200, json={"ok": True})

    return answer


async def test_a_wait_on_an_answer_in_flight_is_reported_once_over_with_its_length() -> None:
    simulated = Simulated(limit=1, window=10.0)
    simulated.time.now = 5.0
    answer = first_answered_after(simulated, 1.5)
    async with transport_on(simulated, answer, rate_limit=1, rate_window=10.0) as client:
        await asyncio.gather(client.get("/v1/ping/1"), client.get("/v1/ping/2"))
    assert [(at, e.path, e.reason, e.delay) for at, e in simulated.events] == [
        (6.5, "/api/v1/ping/2", "rate_limit_wait", 1.5)
    ]


async def test_a_call_waiting_for_a_concurrency_slot_knows_how_long_it_waited() -> None:
    simulated = Simulated(limit=10, window=10.0)
    simulated.time.now = 5.0
    async with transport_on(simulated, first_answered_after(simulated, 2.0), max_concurrency=1) as client:
        first, second = client.build_request("GET", "/v1/ping/1"), client.build_request("GET", "/v1/ping/2")
        await asyncio.gather(client.send(first), client.send(second))
    assert delivery_of(first).slot_wait == 0.0 and delivery_of(second).slot_wait == 2.0


@pytest.mark.parametrize("window", [10.0, 60.0])
async def test_a_retry_after_of_ten_minutes_is_waited_whatever_the_window_and_longer_is_capped(
    window: float, caplog: pytest.LogCaptureFixture
) -> None:
    simulated = Simulated(limit=100, window=window)
    asked = iter(["600", None, "601", None])  # each call refused once, then answered

    async def answer(request: httpx.Request) -> httpx.Response:
        wait = next(asked)
        if wait is not None:
            return httpx.Response(429, headers={"Retry-After": wait}, json={"message": "x"})
        return httpx.Response(200, json={"ok": True})

    async with transport_on(simulated, answer, rate_limit=100, rate_window=window) as client:
        await client.get("/v1/refused")
        assert simulated.time.now == 600.0  # ten windows of at least a minute: waited in full, unremarked
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
        simulated.time.now = 1000.0
        await client.get("/v1/refused")
    assert simulated.time.now == 1600.0  # 601 s asked, 600 waited
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [
        "a 429 asked to wait 601s; waiting at most 600s"
    ]


async def test_a_429_asking_exactly_the_wait_left_to_the_call_is_waited() -> None:
    simulated = Simulated(limit=100, window=60.0)
    answers = iter([httpx.Response(429, headers={"Retry-After": "5"}, json={"message": "x"})])

    async def answer(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json={"ok": True}))

    transport = BillmoraTransport(
        httpx.MockTransport(answer),
        Options(max_rate_limit_wait=5.0, max_retries=0),
        clock=simulated.time,
        sleep=simulated.time.sleep,
    )
    async with httpx.AsyncClient(base_url="http://billing.test/api", transport=transport, timeout=None) as client:
        assert (await client.get("/v1/ping")).status_code == 200
    assert simulated.time.now == 5.0


async def test_time_an_on_retry_callback_takes_counts_toward_the_hold_it_reports() -> None:
    simulated = Simulated(limit=1, window=1.0)

    async def slow_callback(event: RetryEvent) -> None:
        simulated.events.append((simulated.time.now, event))
        await simulated.time.sleep(0.4)  # a user's callback that takes its time

    transport = BillmoraTransport(
        httpx.MockTransport(simulated.answer),
        rate_limit=1,
        rate_window=1.0,
        clock=simulated.time,
        sleep=simulated.time.sleep,
        on_retry=slow_callback,
    )
    async with httpx.AsyncClient(base_url="http://billing.test/api", transport=transport, timeout=None) as client:
        await asyncio.gather(client.get("/v1/ping/1"), client.get("/v1/ping/2"))
    assert simulated.sent["/api/v1/ping/2"] == [1.0]  # when the window ended, not 0.4 s after
