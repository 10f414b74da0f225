"""Two clients of one token in one process share one ``RateLimiter``: a burst over loopback meets no 429."""

from __future__ import annotations

import asyncio

import pytest

from billmora_client import Billmora, ConfigurationError, RateLimiter
from billmora_client.testing import Token, create_app, serve

LIMIT, WINDOW, CALLS = 10, 0.5, 20  # per client: four windows in all


async def test_two_clients_sharing_one_limiter_get_no_429() -> None:
    app = create_app(tokens=[Token("shared-secret", rate_limit=LIMIT)], window=WINDOW)
    limiter = RateLimiter(LIMIT, WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text

        def client() -> Billmora:
            return Billmora(base_url, token, rate_limiter=limiter, max_rate_limit_wait=600, timeout=700)

        async with client() as a, client() as b:
            calls = [client.users.show(1) for client in (a, b) for _ in range(CALLS)]
            results = await asyncio.gather(*calls, return_exceptions=True)
            assert a.rate_limit.limit == b.rate_limit.limit == LIMIT
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert app.state.sandbox.stats()["statuses"].get("429", 0) == 0


def test_a_limiter_and_a_store_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="rate_limiter or rate_limit_store"):
        Billmora("http://127.0.0.1", "1|x", rate_limiter=RateLimiter(), rate_limit_store="redis://127.0.0.1:1/0")
