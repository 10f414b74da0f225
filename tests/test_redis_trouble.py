"""Redis in trouble, for real: slow behind a delaying proxy, or killed and restarted under three processes.
No call fails, and the budget holds: the processes pacing alone meanwhile get few answers of 429."""

from __future__ import annotations

import asyncio
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from billmora_client import Billmora
from billmora_client.testing import Token, create_app, serve

from .redis_server import DelayingProxy, RedisServer, redis_server

WORKER = Path(__file__).resolve().parents[1] / "bench" / "budget_worker.py"


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


def left_behind(caplog: pytest.LogCaptureFixture) -> int:
    return sum("took longer than" in r.getMessage() for r in caplog.records)


async def concurrent_calls(
    redis: RedisServer, delay: float, calls: int, caplog: pytest.LogCaptureFixture, *, timeout: float, warm: bool
) -> list[object]:
    """``calls`` concurrent show() calls through a Redis answering in ``delay`` s (after one call if ``warm``)."""
    caplog.set_level(logging.INFO, logger="billmora_client")
    app = create_app(tokens=[Token("slow-redis-secret", rate_limit=1000)])
    async with serve(app) as base_url, DelayingProxy(redis.port, delay) as slow:
        token = app.state.sandbox.tokens[1].plain_text
        async with Billmora(
            base_url, token, rate_limit=1000, rate_limit_store=slow, max_concurrency=10, timeout=timeout
        ) as bm:
            if warm:
                await bm.users.show(1)  # the connection to Redis is open and the script loaded
                caplog.clear()
            results = await asyncio.gather(*(bm.users.show(1) for _ in range(calls)), return_exceptions=True)
            assert bm._own_limiter is not None and (bm._own_limiter.shared or not warm)
    return [r for r in results if isinstance(r, BaseException)]


async def test_a_redis_answering_in_a_quarter_second_fails_no_call_and_still_shares_the_budget(
    redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert await concurrent_calls(redis, 0.25, 20, caplog, timeout=3, warm=True) == []
    assert left_behind(caplog) == 0, "every reservation came from Redis"


async def test_a_redis_slower_than_a_call_can_afford_is_left_behind_for_that_call(
    redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    assert await concurrent_calls(redis, 0.6, 10, caplog, timeout=1, warm=False) == []
    assert left_behind(caplog) == 1  # said once, at INFO
    told = next(r.getMessage() for r in caplog.records if "took longer than" in r.getMessage())
    assert re.search(r"took longer than the 0\.2[45]s a call could give it", told), told  # a quarter of its 1 s


LIMIT, WINDOW, PROCESSES, CALLS = 20, 0.5, 3, 40


def served(app: object) -> int:
    return sum(app.state.sandbox.stats()["statuses"].values())  # type: ignore[attr-defined]


def refused(app: object) -> int:
    return int(app.state.sandbox.stats()["statuses"].get("429", 0))  # type: ignore[attr-defined]


async def test_three_processes_pacing_alone_while_redis_is_killed_and_restarted_get_few_429s(
    redis: RedisServer,
) -> None:
    app = create_app(tokens=[Token("outage-secret", rate_limit=LIMIT)], window=WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text
        args = [sys.executable, str(WORKER), base_url, token, str(CALLS), str(LIMIT), str(WINDOW), redis.url]
        workers = [subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(3)]
        for worker in workers:
            assert worker.stdout is not None
            assert await asyncio.to_thread(worker.stdout.readline) == "ready\n"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        total = PROCESSES * CALLS
        while served(app) < total // 5:
            await asyncio.sleep(0.01)  # polling the sandbox for the burst to be under way
        await asyncio.to_thread(redis.stop)
        killed = (served(app), refused(app))
        while served(app) < total * 4 // 5:
            await asyncio.sleep(0.01)
        await asyncio.to_thread(redis.start)
        back = served(app)
        refused_back = refused(app)
        errors = [int((await asyncio.to_thread(w.communicate))[0].strip() or 1) for w in workers]
        refused_after_kill = refused(app) - killed[1]
    during = back - killed[0]
    print(
        f"\n{during} requests during the outage: {refused_back - killed[1]} answered 429;"
        f" {refused_after_kill} from the kill to the end"
    )
    assert errors == [0] * PROCESSES
    assert refused_after_kill < 0.05 * during
