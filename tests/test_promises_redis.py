"""The budget shared through a real redis-server on an injected clock: what one process learns, every process obeys;
while Redis is away, each process paces itself within the same bounds."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis

from billmora_client import RedisRateLimiter, _ratelimit_redis
from billmora_client._ratelimit import BudgetWaitTooLong
from billmora_client._ratelimit_redis import SharedReservation, budget_key

from .redis_server import RedisServer, redis_server
from .test_ratelimit_redis import Clock

KEY = budget_key("http://127.0.0.1/api", "9|promise")


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


Pair = tuple[RedisRateLimiter, RedisRateLimiter, Clock]


@pytest.fixture
async def pair(redis: RedisServer) -> AsyncIterator[Pair]:
    """Two processes sharing one budget of 3 per 10 s, on one injected clock."""
    clock = Clock()
    a, b = shared(redis, clock), shared(redis, clock)
    yield a, b, clock
    await a.aclose()
    await b.aclose()


def shared(redis: RedisServer, clock: Clock, limit: int = 3) -> RedisRateLimiter:
    return RedisRateLimiter(redis.url, KEY, limit=limit, window=10.0, clock=clock)


async def reserve(limiter: RedisRateLimiter) -> SharedReservation:
    decision = await limiter.try_reserve()
    assert isinstance(decision, SharedReservation), decision
    return decision


async def test_a_429_for_a_request_of_an_earlier_window_pauses_every_process(pair: Pair) -> None:
    a, b, clock = pair
    old = await reserve(a)
    clock.now += 10.0  # that window is over
    await reserve(b)  # opens the next one, which ends 10 s from now
    a.record_refusal(old, wait=5.0, limit=None)
    await a.flush()
    assert await b.try_reserve() == pytest.approx(5.0)
    clock.now += 5.0
    held = [await b.try_reserve() for _ in range(3)]  # the refusal said nothing of this window: 2 units left
    assert [isinstance(h, SharedReservation) for h in held] == [True, True, False]


async def test_budget_spent_outside_redis_is_folded_into_the_shared_count(redis: RedisServer) -> None:
    clock = Clock()
    a, b = shared(redis, clock, limit=5), shared(redis, clock, limit=5)
    first = await reserve(a)
    clock.now += 0.2
    a.record_answer(first, limit=5, remaining=2)  # two more hits than this process made: another client's
    await a.flush()
    held = [await b.try_reserve() for _ in range(3)]
    assert [isinstance(h, SharedReservation) for h in held] == [True, True, False]
    assert b.state.remaining == 0
    await a.aclose()
    await b.aclose()


async def test_a_never_sent_request_gives_its_unit_back_and_a_possibly_sent_one_does_not(pair: Pair) -> None:
    a, b, _ = pair
    held = [await reserve(a) for _ in range(3)]
    a.release(held[0], counted=False)
    a.release(held[1], counted=True)
    await a.flush()
    assert isinstance(await b.try_reserve(), SharedReservation)
    assert await b.try_reserve() == pytest.approx(10.0)


async def test_while_redis_is_down_a_call_waits_at_most_max_rate_limit_wait(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=1, window=60.0)
    redis.stop()
    await limiter.acquire()  # paced by this process alone now: its one unit is in flight
    assert limiter.shared is False
    started = time.monotonic()
    with pytest.raises(BudgetWaitTooLong):
        await limiter.acquire(max_wait=0.3)
    assert 0.25 <= time.monotonic() - started < 0.3 + 0.6
    await limiter.aclose()


async def test_a_429_seen_through_redis_also_pauses_this_process_when_redis_goes_away(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=60, window=60.0)
    held = await reserve(limiter)
    redis.stop()
    limiter.record_refusal(held, wait=5.0, limit=None)
    await limiter.flush()  # telling Redis fails: this process paces itself
    assert limiter.shared is False
    with pytest.raises(BudgetWaitTooLong) as caught:
        await limiter.acquire(max_wait=1.0)
    assert caught.value.wait == pytest.approx(5.0, abs=0.5)
    await limiter.aclose()


def test_an_unusable_limit_or_window_is_refused(redis: RedisServer) -> None:
    for limit, window in [(0, 10.0), (3, 0.0), (3, -1.0)]:
        with pytest.raises(ValueError, match="limit must be >= 1 and window > 0"):
            RedisRateLimiter(redis.url, KEY, limit=limit, window=window)


@pytest.mark.parametrize("announced", [1, 5])
async def test_the_limit_an_answer_announces_reaches_every_process(pair: Pair, announced: int) -> None:
    a, b, _ = pair
    a.record_answer(await reserve(a), limit=announced, remaining=announced - 1)
    assert a.limit == announced
    await a.flush()
    await b.try_reserve()
    assert b.limit == announced and b.state.limit == announced
    assert b.window == 10.0  # the window as Redis keeps it (in milliseconds), read back exactly


async def test_a_reservation_settled_twice_gives_back_one_unit(pair: Pair) -> None:
    a, b, _ = pair
    held = [await reserve(a) for _ in range(3)]
    a.release(held[0], counted=False)
    a.release(held[0], counted=False)
    a.record_refusal(held[0], wait=30.0, limit=None)  # settled already: it changes nothing
    await a.flush()
    assert isinstance(await b.try_reserve(), SharedReservation)
    assert await b.try_reserve() == pytest.approx(10.0)


async def test_a_429_pauses_this_process_at_once_before_redis_hears_of_it(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=60, window=60.0)
    held = await reserve(limiter)
    redis.stop()
    limiter.record_refusal(held, wait=5.0, limit=None)
    pause = await limiter.try_reserve()  # not asking Redis: this process knows it must wait
    assert isinstance(pause, float) and 4.5 < pause <= 5.0
    assert limiter.shared is True
    await limiter.aclose()


async def test_while_redis_is_away_it_is_asked_again_only_every_retry_every_seconds(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=60, window=60.0, retry_every=60.0)
    redis.stop()
    assert await limiter.try_reserve() is None and limiter.shared is False
    redis.start()
    assert await limiter.try_reserve() is None and limiter.shared is False  # back, but not asked yet
    await limiter.aclose()


async def test_a_redis_slower_than_a_second_is_given_up_on_after_a_second(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY)  # socket_timeout: 1 s
    admin = Redis.from_url(redis.url)
    try:
        await reserve(limiter)
        await admin.client_pause(10_000, all=False)  # writes wait inside Redis: every reservation is one
        started = time.monotonic()
        assert (await limiter.acquire()).local is not None  # paced by this process
        assert 1.0 <= time.monotonic() - started < 1.0 + 0.6
    finally:
        await admin.client_unpause()
        await admin.aclose()
        await limiter.aclose()


async def test_by_default_redis_is_asked_again_a_second_after_it_was_lost(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY)
    redis.stop()
    lost = time.monotonic()
    assert await limiter.try_reserve() is None and limiter.shared is False
    redis.start()
    async with asyncio.timeout(3):
        while not isinstance(await limiter.try_reserve(), SharedReservation):
            await asyncio.sleep(0.02)  # polling, as a waiting call would
    assert 1.0 <= time.monotonic() - lost < 1.0 + 0.6 and limiter.shared is True
    await limiter.aclose()


async def test_a_process_that_never_reached_redis_paces_with_the_whole_budget(redis: RedisServer) -> None:
    redis.stop()
    limiter = RedisRateLimiter(redis.url, KEY, limit=10, window=60.0)
    first = await limiter.acquire()  # Redis refuses the connection: this process paces alone
    assert limiter.shared is False
    limiter.record_answer(first, limit=10, remaining=9)
    for _ in range(9):  # no other process was ever seen: the nine units left are all this one's
        await limiter.acquire(max_wait=0.0)
    with pytest.raises(BudgetWaitTooLong):
        await limiter.acquire(max_wait=0.0)
    await limiter.aclose()


async def test_by_default_a_shared_budget_is_60_a_minute_and_its_window_is_read_back_from_redis(
    redis: RedisServer,
) -> None:
    limiter = RedisRateLimiter(redis.url, KEY)
    assert (limiter.limit, limiter.window) == (60, 60.0)
    await reserve(limiter)
    assert limiter.state.resets_in == pytest.approx(60.0, abs=0.05)  # as Redis keeps it, in milliseconds
    assert limiter.estimated_reset_in() == pytest.approx(60.0, abs=0.05)
    await limiter.flush()
    assert limiter._tasks == set()  # nothing under way is kept once done
    await limiter.aclose()


@pytest.mark.parametrize("given", ["url", "client"])
async def test_losing_redis_names_where_it_was_without_a_password(
    redis: RedisServer, given: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = Redis.from_url(redis.url) if given == "client" else None
    limiter = RedisRateLimiter(client if client is not None else redis.url, KEY, limit=5, window=10.0)
    await reserve(limiter)
    redis.stop()
    caplog.set_level(logging.INFO, logger="billmora_client")
    await limiter.acquire()
    port = redis.url.rsplit(":", 1)[1].split("/")[0]
    where = "Redis" if client is not None else f"Redis at 127.0.0.1:{port}"
    assert any(r.getMessage().startswith(f"rate limit: {where} is unreachable") for r in caplog.records)
    await limiter.aclose()
    if client is not None:
        await client.aclose()


async def test_a_429_through_redis_pauses_this_process_for_under_a_second_too_and_names_the_limit(
    redis: RedisServer,
) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=10, window=10.0)
    limiter.record_refusal(await reserve(limiter), wait=0.5, limit=7)
    assert limiter.limit == 7
    wait = await limiter.try_reserve()
    assert isinstance(wait, float) and 0.3 < wait <= 0.5
    await limiter.aclose()


async def test_while_redis_is_away_this_processs_own_units_are_given_back_and_its_429s_pause_it(
    redis: RedisServer,
) -> None:
    redis.stop()
    limiter = RedisRateLimiter(redis.url, KEY, limit=1, window=60.0)
    alone = await limiter.acquire()  # Redis refuses the connection: paced alone
    assert alone.local is not None
    limiter.release(alone, counted=False)  # never sent: the unit comes back
    refused = await limiter.acquire(max_wait=0.0)
    limiter.record_refusal(refused, wait=5.0, limit=None)
    with pytest.raises(BudgetWaitTooLong) as caught:
        await limiter.acquire(max_wait=1.0)
    assert caught.value.wait == pytest.approx(5.0, abs=0.2)
    await limiter.aclose()


@pytest.mark.parametrize(("window", "margin"), [(1.0, 0.5), (4.0, 1.0)])
async def test_pacing_alone_after_redis_is_lost_waits_out_redis_s_window_and_half_a_window_more_at_most_a_second(
    redis: RedisServer, window: float, margin: float
) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=2, window=window)
    limiter.record_answer(await reserve(limiter), limit=2, remaining=1)
    await limiter.flush()
    ends_in = limiter.state.resets_in
    assert ends_in is not None and window - 0.1 < ends_in <= window
    ends_at = time.monotonic() + ends_in
    redis.stop()
    await limiter.acquire()  # Redis refuses the connection: the one unit left, paced alone
    assert limiter.shared is False
    with pytest.raises(BudgetWaitTooLong) as caught:
        await limiter.acquire(max_wait=0.0)
    assert caught.value.wait == pytest.approx(ends_at + margin - time.monotonic(), abs=0.05)
    await limiter.aclose()


async def test_a_call_that_may_not_wait_at_all_does_not_wait_for_redis_either(redis: RedisServer) -> None:
    limiter = RedisRateLimiter(redis.url, KEY, limit=5, window=10.0)
    taken = await limiter.acquire(max_wait=0.0)  # a quarter of no time: this process's share, paced here
    assert taken.local is not None
    await limiter.flush()
    store = Redis.from_url(redis.url)
    try:
        assert await store.exists(KEY) == 0  # Redis was not asked
    finally:
        await store.aclose()
    await limiter.aclose()


async def lose_and_regain(redis: RedisServer, limiter: RedisRateLimiter) -> None:
    """Stop Redis under a call (which then paces alone), start it again, and call until the budget is shared again."""
    redis.stop()
    await limiter.acquire()
    redis.start()
    async with asyncio.timeout(5):
        while not limiter.shared:
            await asyncio.sleep(0.05)  # until Redis is asked again and answers
            await limiter.acquire()


async def test_losing_redis_again_within_a_minute_is_told_at_info_and_while_it_answers_nothing_is_said(
    redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="billmora_client")
    limiter = RedisRateLimiter(redis.url, KEY, limit=100, window=10.0, retry_every=0.05)
    for _ in range(3):
        await reserve(limiter)
    assert [r for r in caplog.records if "is back" in r.getMessage() or "unreachable" in r.getMessage()] == []
    for _ in range(2):
        await lose_and_regain(redis, limiter)
    lost = [r.levelno for r in caplog.records if "unreachable" in r.getMessage()]
    assert lost == [logging.WARNING, logging.INFO]  # one outage told as such, the flap within a minute at INFO
    await limiter.aclose()


class Shifted:
    """``time`` as _ratelimit_redis sees it, its monotonic clock moved ahead by ``ahead`` seconds."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.ahead


async def test_losing_redis_a_minute_after_it_was_last_lost_is_a_new_outage_told_as_a_warning(
    redis: RedisServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Shifted()
    monkeypatch.setattr(_ratelimit_redis, "time", clock)  # this module's clock only; the event loop's is untouched
    caplog.set_level(logging.INFO, logger="billmora_client")
    limiter = RedisRateLimiter(redis.url, KEY, limit=100, window=10.0, retry_every=0.05)
    for ahead in (0.0, 61.0):
        clock.ahead = ahead
        await lose_and_regain(redis, limiter)
    lost = [r.levelno for r in caplog.records if "unreachable" in r.getMessage()]
    assert lost == [logging.WARNING, logging.WARNING]
    await limiter.aclose()
