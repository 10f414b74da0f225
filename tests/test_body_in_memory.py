"""An answer a transport hands over already in memory (a MockTransport's) keeps every bound of a streamed one."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from billmora_client import Billmora, UnexpectedResponseError

BASE_URL = "https://billmora.test/api"
TOKEN = "1|in-memory-secret"


@pytest.fixture
async def user_body() -> bytes:
    """``GET /v1/users/1`` as the default sandbox renders it."""
    from billmora_client.testing import create_app

    app = create_app(seed=1)
    headers = {"Authorization": f"Bearer {app.state.sandbox.tokens[1].plain_text}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        return (await client.get("/v1/users/1", headers=headers)).content


def answering(body: bytes, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))


async def test_an_in_memory_answer_over_the_cap_is_refused_and_one_at_the_cap_is_read(user_body: bytes) -> None:
    body = user_body
    async with Billmora(BASE_URL, TOKEN, transport=answering(body), max_response_bytes=len(body) - 1) as bm:
        with pytest.raises(UnexpectedResponseError, match=f"larger than max_response_bytes \\({len(body) - 1} bytes"):
            await bm.users.show(1)
    async with Billmora(BASE_URL, TOKEN, transport=answering(body), max_response_bytes=len(body)) as bm:
        assert (await bm.users.show(1)).id == json.loads(body)["data"]["id"]


async def test_an_in_memory_gzip_answer_is_still_inflated_within_the_cap(user_body: bytes) -> None:
    packed = gzip.compress(user_body + b" " * (1 << 20))
    headers = {"Content-Encoding": "gzip"}
    async with Billmora(BASE_URL, TOKEN, transport=answering(packed, headers), max_response_bytes=1 << 16) as bm:
        with pytest.raises(UnexpectedResponseError, match="counted decompressed"):
            await bm.users.show(1)
