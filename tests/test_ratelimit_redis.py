"""``RedisRateLimiter`` against a real redis-server, on an injected clock: one window shared by every process."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator

import pytest
from redis.asyncio import Redis

from billmora_client import RedisRateLimiter
from billmora_client._ratelimit import BudgetWaitTooLong
from billmora_client._ratelimit_redis import SharedReservation, budget_key

from .redis_server import RedisServer, redis_server

T0 = 1_000_000.0
KEY = budget_key("http://127.0.0.1/api", "7|secret")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


def limiter(redis: RedisServer, clock: Clock, limit: int = 3) -> RedisRateLimiter:
    return RedisRateLimiter(redis.url, KEY, limit=limit, window=10.0, clock=clock)


async def test_processes_reserve_from_one_window_that_ends_a_window_after_its_first_answer(
    redis: RedisServer,
) -> None:
    clock = Clock()
    a, b = limiter(redis, clock), limiter(redis, clock)
    held = [await a.try_reserve(), await b.try_reserve(), await a.try_reserve()]
    assert all(isinstance(h, SharedReservation) for h in held)
    assert await b.try_reserve() == pytest.approx(10.0)  # spent; the window ends 10 s after its first send
    clock.now += 0.5
    first = held[0]
    assert isinstance(first, SharedReservation)
    a.record_answer(first, limit=3, remaining=2)  # the answer that opened Billmora's window came at +0.5
    await a.flush()
    assert await b.try_reserve() == pytest.approx(10.0)  # so the window ends at +10.5
    clock.now += 10.0
    assert isinstance(await b.try_reserve(), SharedReservation)
    assert b.state.remaining == 2
    await a.aclose()
    await b.aclose()


async def test_a_429_and_the_limit_one_process_learns_hold_for_every_process(redis: RedisServer) -> None:
    clock = Clock()
    a, b = limiter(redis, clock, limit=60), limiter(redis, clock, limit=60)
    held = await a.try_reserve()
    assert isinstance(held, SharedReservation)
    a.record_refusal(held, wait=7.0, limit=5)
    await a.flush()
    assert await b.try_reserve() == pytest.approx(7.0)
    assert b.limit == 5 and b.state.limit == 5
    clock.now += 7.0
    assert isinstance(await b.try_reserve(), SharedReservation)
    await a.aclose()
    await b.aclose()


CHILD = """
import asyncio, sys
from billmora_client import RedisRateLimiter
from billmora_client._ratelimit import BudgetWaitTooLong

async def main():
    clock = float(sys.argv[3])
    limiter = RedisRateLimiter(sys.argv[1], sys.argv[2], limit=3, window=10.0, clock=lambda: clock)
    for _ in range(3):
        assert not isinstance(await limiter.try_reserve(), float)
    print("reserved", flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


async def test_the_budget_a_killed_process_reserved_comes_back_with_the_next_window(redis: RedisServer) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, redis.url, KEY, str(T0)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "reserved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    clock = Clock()
    clock.now += 1.0
    survivor = limiter(redis, clock)
    assert await survivor.try_reserve() == pytest.approx(9.0)  # the dead process's window still holds
    clock.now += 9.0
    assert isinstance(await survivor.try_reserve(), SharedReservation)
    await survivor.aclose()


async def test_a_task_cancelled_while_redis_grants_its_unit_gives_the_unit_back(redis: RedisServer) -> None:
    shared = limiter(redis, Clock(), limit=3)
    admin = Redis.from_url(redis.url)

    async def until(condition: Callable[[], Awaitable[bool]]) -> None:
        async with asyncio.timeout(5):
            while not await condition():
                await asyncio.sleep(0.01)  # polling Redis for the state the test waits for

    async def blocked() -> bool:
        return int((await admin.info("clients"))["blocked_clients"]) == 1

    async def count_is_zero() -> bool:
        return await admin.hget(KEY, "count") == b"0"

    try:
        await admin.client_pause(10_000, all=False)  # WRITE: the reserve waits inside Redis
        waiting = asyncio.create_task(shared.acquire())
        await until(blocked)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await admin.client_unpause()  # Redis grants the unit to a task that is gone
        await until(count_is_zero)
        reserved = [await shared.try_reserve() for _ in range(3)]
        assert all(isinstance(r, SharedReservation) for r in reserved), reserved  # the whole budget is there
    finally:
        await admin.client_unpause()
        await admin.aclose()
        await shared.aclose()


async def test_pacing_alone_a_process_takes_its_share_of_what_redis_last_said_was_left(redis: RedisServer) -> None:
    clock = Clock()
    a, b, c = (RedisRateLimiter(redis.url, KEY, limit=9, window=10.0, clock=clock, retry_every=60) for _ in "abc")
    for pacer in (b, c, a):
        assert isinstance(await pacer.try_reserve(), SharedReservation)  # 3 pacers; 6 of 9 left
    await asyncio.to_thread(redis.stop)
    alone = [await a.acquire(max_wait=5) for _ in range(2)]  # a third of the 6
    assert not a.shared and all(r.local is not None for r in alone)
    with pytest.raises(BudgetWaitTooLong):
        await a.acquire(max_wait=0)
    for pacer in (a, b, c):
        await pacer.aclose()


async def test_a_restarted_redis_learns_the_window_from_the_process_that_paced_alone(redis: RedisServer) -> None:
    clock = Clock()
    a = RedisRateLimiter(redis.url, KEY, limit=10, window=10.0, clock=clock, retry_every=0)
    await asyncio.to_thread(redis.stop)
    alone = await a.acquire()
    assert alone.local is not None
    a.record_answer(alone, limit=10, remaining=2)  # Billmora says 2 are left in its window
    await asyncio.to_thread(redis.start)  # with nothing in it
    b = limiter(redis, clock, limit=10)
    granted = [await a.try_reserve(), await b.try_reserve(), await b.try_reserve()]
    assert a.shared and [isinstance(g, SharedReservation) for g in granted] == [True, True, False]
    assert granted[2] == pytest.approx(10.0, abs=0.5)  # until the window pacing alone had learned ends
    await a.aclose()
    await b.aclose()
