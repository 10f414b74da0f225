"""A budget shared through a real redis-server, over loopback: no 429 between clients, and Redis failing fails
no call (unreachable at start, restarted mid-burst)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import httpx
import pytest
import redis as redis_sync

from billmora_client import Billmora, RedisRateLimiter
from billmora_client._ratelimit_redis import budget_key
from billmora_client._transport import BillmoraTransport
from billmora_client.testing import Token, create_app, serve

from .redis_server import RedisServer, redis_server
from .transport_server import BillmoraLikeServer, serving

LIMIT, WINDOW = 10, 0.5


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


@pytest.fixture
def stopped_redis() -> Iterator[RedisServer]:
    yield from redis_server(started=False)


def keys(redis: RedisServer) -> list[str]:
    with redis_sync.Redis.from_url(redis.url) as client:
        return sorted(key.decode() for key in client.keys("*"))


def warnings_about(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(1 for r in caplog.records if r.levelno == logging.WARNING and text in r.getMessage())


async def test_two_clients_sharing_the_token_through_redis_get_no_429(redis: RedisServer) -> None:
    app = create_app(tokens=[Token("redis-secret", rate_limit=LIMIT)], window=WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text

        def client() -> Billmora:
            return Billmora(
                base_url,
                token,
                rate_limit_store=redis.url,
                rate_limit=LIMIT,
                rate_window=WINDOW,
                max_rate_limit_wait=600,
                timeout=700,
            )

        async with client() as a, client() as b:
            calls = [c.users.show(1) for c in (a, b) for _ in range(20)]
            results = await asyncio.gather(*calls, return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert app.state.sandbox.stats()["statuses"].get("429", 0) == 0
    assert keys(redis) == [budget_key(base_url, token)]  # a hash of the install and the token's id
    assert "redis-secret" not in keys(redis)[0]


async def test_redis_unreachable_at_start_paces_alone_then_shares_again(
    stopped_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="billmora_client")
    app = create_app(tokens=[Token("redis-secret", rate_limit=LIMIT)], window=WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text
        limiter = RedisRateLimiter(
            stopped_redis.url, budget_key(base_url, token), limit=LIMIT, window=WINDOW, retry_every=0.1
        )
        async with Billmora(base_url, token, rate_limiter=limiter, max_rate_limit_wait=600, timeout=700) as bm:
            results = await asyncio.gather(*(bm.users.show(1) for _ in range(25)), return_exceptions=True)
            assert not limiter.shared
            await asyncio.to_thread(stopped_redis.start)
            for _ in range(50):  # calls go on while Redis comes back
                await bm.users.show(1)
                if limiter.shared and keys(stopped_redis):
                    break
        await limiter.aclose()
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert app.state.sandbox.stats()["statuses"].get("429", 0) == 0
    assert warnings_about(caplog, "unreachable") == 1
    assert limiter.shared and keys(stopped_redis) == [budget_key(base_url, token)]
    assert any("is back" in r.getMessage() for r in caplog.records)


async def test_redis_restarted_mid_burst_loses_and_repeats_no_call(
    redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="billmora_client")
    app = BillmoraLikeServer(limit=LIMIT, window=WINDOW)
    calls = 60
    limiter = RedisRateLimiter(redis.url, budget_key("loopback", "3|x"), limit=LIMIT, window=WINDOW, retry_every=0.1)
    transport = BillmoraTransport(rate_limiter=limiter)

    async def restart_redis() -> None:
        while len(app.hits) < 20:
            await asyncio.sleep(0.01)  # polling for the burst to be under way
        await asyncio.to_thread(redis.stop)
        while len(app.hits) < 35:
            await asyncio.sleep(0.01)
        await asyncio.to_thread(redis.start)

    async with serving(app.app) as base_url:
        headers = {"Authorization": "Bearer 3|x"}
        async with httpx.AsyncClient(base_url=base_url, transport=transport, headers=headers, timeout=700) as client:
            restarter = asyncio.create_task(restart_redis())
            responses = await asyncio.gather(*(client.post(f"/v1/flaky/{i}", params={"fail": 0}) for i in range(calls)))
            await restarter
    await limiter.aclose()
    assert [r.status_code for r in responses] == [200] * calls
    assert [r.json()["attempts"] for r in responses] == [1] * calls  # each call reached the handler once
    assert sorted(app.flaky_failures) == sorted(str(i) for i in range(calls))
    assert warnings_about(caplog, "unreachable") == 1
    assert limiter.shared
