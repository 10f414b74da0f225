"""The pacing logic on a fake clock: a simulated Billmora limiter, random latencies and answer orders."""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from billmora_client._ratelimit import RateLimiter, Reservation

from .transport_server import FixedWindowLimiter

TOKEN = "token"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Outcome:
    finished_at: float = 0.0
    answered: int = 0
    sends: list[float] = field(default_factory=list)
    blocked: list[tuple[float, float]] = field(default_factory=list)  # (429 answered at, Retry-After ends)


def simulate(
    *,
    limit: int,
    window: float,
    configured_limit: int,
    concurrency: int,
    calls: int,
    latencies: list[tuple[float, float]],
    foreign_hits: list[float] = [],  # noqa: B006 - read only
) -> tuple[Outcome, FixedWindowLimiter]:
    """Run ``calls`` requests through a RateLimiter against a simulated server; event-driven, no real time."""
    clock = FakeClock()
    limiter = RateLimiter(configured_limit, window, clock=clock)
    server = FixedWindowLimiter(limit, window)
    outcome = Outcome()
    queue: list[tuple[float, int, str, Any]] = []
    order = itertools.count()
    latency = itertools.cycle(latencies)
    pending, in_flight = calls, 0
    next_wake: float | None = None

    def push(at: float, kind: str, payload: Any = None) -> None:
        heapq.heappush(queue, (at, next(order), kind, payload))

    def pump() -> None:
        nonlocal pending, in_flight, next_wake
        while pending and in_flight < concurrency:
            decision = limiter.try_reserve()
            if not isinstance(decision, Reservation):
                if decision is not None and (next_wake is None or clock.now + decision < next_wake):
                    next_wake = clock.now + decision
                    push(next_wake, "wake")
                return
            up, down = next(latency)
            outcome.sends.append(clock.now)
            push(clock.now + up, "hit", (decision, down))
            pending, in_flight = pending - 1, in_flight + 1

    for at in foreign_hits:
        push(at, "foreign")
    pump()
    while queue:
        at, _, kind, payload = heapq.heappop(queue)
        clock.now = max(clock.now, at)
        if kind == "wake" and at == next_wake:
            next_wake = None
        elif kind == "foreign":
            server.hit(TOKEN, clock.now)
        elif kind == "hit":
            reservation, down = payload
            push(clock.now + down, "answer", (reservation, *server.hit(TOKEN, clock.now)))
        elif kind == "answer":
            reservation, allowed, remaining, retry_after = payload
            in_flight -= 1
            if allowed:
                limiter.record_answer(reservation, limit=limit, remaining=remaining)
                outcome.answered += 1
                outcome.finished_at = clock.now
            else:
                wait = max(float(retry_after), 0.1)
                limiter.record_refusal(reservation, wait=wait, limit=limit)
                outcome.blocked.append((clock.now, clock.now + wait))
                pending += 1
        pump()
    return outcome, server


latency_pairs = st.lists(
    st.tuples(st.floats(0.0, 0.4), st.floats(0.0, 0.4)),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(
    limit=st.integers(1, 10),
    window=st.sampled_from([0.5, 1.0, 3.0, 60.0]),
    extra_configured=st.integers(-5, 20),
    concurrency=st.integers(1, 10),
    calls=st.integers(1, 60),
    latencies=latency_pairs,
)
# Two requests sent before a window opens are answered after it opens, one of them from inside it: the
# remaining it reports is lower than the limiter's estimate, which must then follow it down.
@example(
    limit=7,
    window=0.5,
    extra_configured=0,
    concurrency=6,
    calls=34,
    latencies=[
        (0.0, 0.0),
        (0.1484375, 0.25),
        (0.390625, 0.0),
        (0.0, 0.0),
        (0.0, 0.0),
        (0.0, 0.25),
        (0.375, 0.25),
        (0.28125, 0.0625),
    ],
)
# A request sent in the old window still in flight when the next opens may land in it: it counts there.
@example(limit=3, window=0.5, extra_configured=0, concurrency=4, calls=44, latencies=[(0.4, 0.25)])
# A straggler from an earlier window answering a higher Remaining than this window's lowest must not raise it.
@example(
    limit=10,
    window=0.5,
    extra_configured=0,
    concurrency=10,
    calls=38,
    latencies=[(0.25, 0.0), (0.125, 0.0), (0.3125, 0.25), (0.0625, 0.375)],
)
def test_never_more_sends_in_a_window_than_the_limit(
    limit: int, window: float, extra_configured: int, concurrency: int, calls: int, latencies: list[tuple[float, float]]
) -> None:
    # Before the first answer the limit is unknown; the configured one (or the concurrency) must not exceed it.
    configured_limit = max(1, limit + extra_configured)
    if configured_limit > limit:
        concurrency = min(concurrency, limit)
    outcome, server = simulate(
        limit=limit,
        window=window,
        configured_limit=configured_limit,
        concurrency=concurrency,
        calls=calls,
        latencies=latencies,
    )
    assert outcome.answered == calls
    assert server.windows[TOKEN] and all(w.refused == 0 and w.admitted <= limit for w in server.windows[TOKEN])
    assert sum(w.admitted for w in server.windows[TOKEN]) == calls


@settings(max_examples=300, deadline=None)
@given(
    limit=st.integers(1, 10),
    concurrency=st.integers(1, 10),
    calls=st.integers(1, 40),
    latencies=latency_pairs,
    foreign_hits=st.lists(st.floats(0.0, 6.0), max_size=30),
)
def test_shared_token_never_sends_before_retry_after_and_finishes(
    limit: int, concurrency: int, calls: int, latencies: list[tuple[float, float]], foreign_hits: list[float]
) -> None:
    outcome, _ = simulate(
        limit=limit,
        window=1.0,
        configured_limit=limit,
        concurrency=concurrency,
        calls=calls,
        latencies=latencies,
        foreign_hits=foreign_hits,
    )
    assert outcome.answered == calls
    for refused_at, until in outcome.blocked:
        assert not any(refused_at < sent < until for sent in outcome.sends)


def test_burst_of_300_against_30_per_3s_is_near_the_theoretical_bound() -> None:
    one_way = 0.005
    outcome, server = simulate(
        limit=30,
        window=3.0,
        configured_limit=60,
        concurrency=10,
        calls=300,
        latencies=[(one_way, one_way)],
    )
    bound = 9 * 3.0 + 2 * one_way
    assert server.windows[TOKEN][-1].admitted == 30 and len(server.windows[TOKEN]) == 10
    assert all(w.refused == 0 for w in server.windows[TOKEN])
    assert bound <= outcome.finished_at <= 1.05 * bound


async def test_acquire_waits_on_the_injected_clock_until_the_window_resets() -> None:
    clock = FakeClock()
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    limiter = RateLimiter(2, 10.0, clock=clock, sleep=fake_sleep)
    for remaining in (1, 0):
        reservation = await limiter.acquire()
        clock.now += 0.5
        limiter.record_answer(reservation, limit=2, remaining=remaining)
    assert limiter.state.remaining == 0 and limiter.state.resets_at == 10.5
    await limiter.acquire()
    assert clock.now == 10.5 and slept == [9.5]
    assert limiter.state.limit == 2 and limiter.in_flight == 1


def test_a_limiter_told_what_redis_knew_paces_its_share_and_opens_the_next_window_with_one_request() -> None:
    clock = FakeClock()
    limiter = RateLimiter(30, 10.0, clock=clock)
    limiter.share = 1 / 3
    limiter.assume(4, resets_in=2.0)  # its third of the 12 left, until 2 s from now
    held = [limiter.try_reserve() for _ in range(5)]
    assert [isinstance(h, Reservation) for h in held] == [True] * 4 + [False]
    assert held[4] == 2.0
    for reservation in held[:4]:
        assert isinstance(reservation, Reservation)
        limiter.record_answer(reservation, limit=30, remaining=0)
    clock.now += 2.0
    probe = limiter.try_reserve()
    assert isinstance(probe, Reservation) and probe.probe
    assert limiter.try_reserve() is None  # the rest wait for the probe's answer
    limiter.record_answer(probe, limit=30, remaining=29)  # it opened Billmora's next window
    more = [limiter.try_reserve() for _ in range(10)]
    assert sum(isinstance(r, Reservation) for r in more) == 9  # a third of 30, the probe included
