"""``with_raw_response``: the answer behind the model (status, headers, elapsed, attempts), over loopback."""

from __future__ import annotations

import pytest

from billmora_client import Billmora, NotFoundError, RawResponse
from billmora_client.models import UserResource
from billmora_client.testing import Fault, create_app, serve


async def test_a_raw_answer_carries_its_headers_and_the_attempts_it_took() -> None:
    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text) as bm:
        first: RawResponse[UserResource] = await bm.users.with_raw_response.show(1)
        assert (first.status_code, first.attempts, first.parsed.id) == (200, 1, 1)
        limit = int(first.headers["X-RateLimit-Limit"])
        assert first.headers["X-RateLimit-Remaining"] == str(limit - 1)

        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        retried = await bm.users.with_raw_response.show(2)
        assert (retried.status_code, retried.attempts) == (200, 2)  # the 503, then the answer
        assert retried.headers["X-RateLimit-Remaining"] == str(limit - 2)  # a 503 before the limiter costs none
        assert retried.parse() == retried.parsed == await bm.users.show(2)
        assert retried.elapsed.total_seconds() > 0
        assert repr(retried) == "<RawResponse [200] after 2 attempt(s)>"


async def test_errors_are_the_same_and_a_deletion_is_its_confirmation() -> None:
    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text) as bm:
        with pytest.raises(NotFoundError):
            await bm.users.with_raw_response.show(987654)
        created = await bm.users.store(
            first_name="Ada", last_name="L", email="ada@example.test", password="pw-12345678"
        )
        deleted = await bm.users.with_raw_response.delete(created.id)
        assert deleted.status_code in (200, 204)
        assert repr(deleted.parsed) == "Deleted()"  # what delete() itself returns
        with pytest.raises(NotFoundError):
            await bm.users.show(created.id)
        with pytest.raises(AttributeError, match="no raw answer"):
            bm.users.with_raw_response.iterate  # type: ignore[attr-defined]  # noqa: B018  # a paginator, not a call
