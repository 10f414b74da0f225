"""Options per client and per call: ``with_options`` shares the pool, the bound and the budget; ``max_retries=``
and ``timeout=`` on every method. Over loopback against the sandbox."""

from __future__ import annotations

import asyncio

import pytest

from billmora_client import APITimeoutError, Billmora, ClientClosedError, ConfigurationError, ServerError
from billmora_client._options import Options
from billmora_client.testing import Fault, Token, create_app, serve

LIMIT, WINDOW, CALLS = 5, 0.5, 10  # per client: four windows in all


async def test_a_client_for_one_job_shares_the_budget_and_closing_it_leaves_the_first_open() -> None:
    app = create_app(tokens=[Token("shared-secret", rate_limit=LIMIT)], window=WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text
        async with Billmora(base_url, token, rate_limit=LIMIT, rate_window=WINDOW) as bm:
            async with bm.with_options(max_retries=0, timeout=5) as job:
                calls = [client.users.show(1) for client in (bm, job) for _ in range(CALLS)]
                results = await asyncio.gather(*calls, return_exceptions=True)
                assert job.rate_limit == bm.rate_limit  # one budget, as last learned
            assert [r for r in results if isinstance(r, BaseException)] == []
            assert app.state.sandbox.stats()["statuses"].get("429", 0) == 0
            with pytest.raises(ClientClosedError):
                await job.users.show(1)
            assert (await bm.users.show(1)).id == 1  # the pool, the bound and the limiter are still open


async def test_max_retries_per_client_and_per_call() -> None:
    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text) as bm:
        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        with pytest.raises(ServerError):
            await bm.with_options(max_retries=0).users.show(1)
        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        with pytest.raises(ServerError):
            await bm.users.show(1, max_retries=0)
        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        assert (await bm.users.show(1)).id == 1  # the client's own two retries
        assert sandbox.stats()["statuses"]["503"] == 3


async def test_a_job_timeout_is_the_deadline_of_its_calls() -> None:
    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text, timeout=30) as bm:
        sandbox.inject(Fault.slow(5), "v1.users.show", times=1)
        with pytest.raises(APITimeoutError):
            await bm.with_options(timeout=0.3).users.show(1)


def test_an_unknown_or_refused_option_is_named() -> None:
    bm = Billmora("http://127.0.0.1", "1|secret-token")
    with pytest.raises(TypeError, match="no such option: retries"):
        bm.with_options(retries=1)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="max_retries"):
        bm.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout"):
        Options(timeout=0)
    assert Options().replace(max_retries=0) == Options(max_retries=0)
