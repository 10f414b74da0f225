"""What closing a client releases, and what ``may_have_succeeded`` says through a user's own transport."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from redis.asyncio import Redis

from billmora_client import (
    APIConnectionError,
    Billmora,
    ClientClosedError,
    ConfigurationError,
    RateLimiter,
    RateLimitError,
    ServerError,
)
from billmora_client._options import Options
from billmora_client._transport import BillmoraTransport
from billmora_client.generated import models as m

from .hostile import USER, HostileServer, RawRequest, response_bytes
from .promises import TOKEN, client, scripted
from .redis_server import RedisServer, redis_server

RATE = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


async def clients_connected(admin: Redis) -> int:
    return int((await admin.info("clients"))["connected_clients"])


@pytest.mark.parametrize("close", ["aclose", "async with"])
async def test_closing_the_client_closes_the_redis_connection_it_made(redis: RedisServer, close: str) -> None:
    admin = Redis.from_url(redis.url)
    try:
        assert await clients_connected(admin) == 1
        async with scripted([(404, RATE, {"message": "Not found."})]) as url:
            bm = Billmora(url, TOKEN, rate_limit_store=redis.url)
            if close == "aclose":
                await _call(bm)
                await bm.aclose()
            else:
                async with bm:
                    await _call(bm)
        async with asyncio.timeout(2):
            while await clients_connected(admin) != 1:
                await asyncio.sleep(0.01)  # polling Redis until it sees the connection closed
    finally:
        await admin.aclose()


async def _call(bm: Billmora) -> None:
    with pytest.raises(Exception, match="Not found"):
        await bm.users.show(1)
    assert bm.rate_limit.remaining == 59  # the answer went through the shared budget


def ticket() -> m.TicketsStoreRequest:
    return m.TicketsStoreRequest(user_id=1, subject="s", department="d", priority=m.TicketPriority.LOW, message="m")


@pytest.mark.parametrize(
    ("failure", "flagged"), [(httpx.ReadError, True), (httpx.RemoteProtocolError, True), (httpx.ConnectError, False)]
)
async def test_a_post_failing_through_a_users_transport_is_flagged_unless_it_never_left(
    failure: type[httpx.TransportError], flagged: bool
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure("failed", request=request)

    async with Billmora("https://billmora.test", TOKEN, transport=httpx.MockTransport(fail), max_retries=0) as bm:
        with pytest.raises(APIConnectionError) as caught:
            await bm.tickets.store(body=ticket())
    assert caught.value.may_have_succeeded is flagged


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_task_cancelled_just_after_its_connection_opened_leaves_no_connection_checked_out(method: str) -> None:
    async def cancel_once_connected(name: str, info: dict[str, object]) -> None:
        if name == "connection.connect_tcp.complete":  # before a byte of the request is written
            task = asyncio.current_task()
            assert task is not None
            task.cancel()

    pool = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))  # one connection: a stranded one starves
    async with scripted([]) as url, Billmora(url, TOKEN, http_client=pool, max_concurrency=1, timeout=2.0) as bm:
        raw = bm.raw.get_async_httpx_client()
        for _ in range(3):
            call = asyncio.create_task(raw.request(method, "/v1/users/1", extensions={"trace": cancel_once_connected}))
            with pytest.raises(asyncio.CancelledError):
                await call
        assert (await raw.request(method, "/v1/users/1")).status_code == 200


async def test_free_slots_and_in_flight_count_the_calls_under_way() -> None:
    wrapped = BillmoraTransport(None, Options(max_response_bytes=1), max_concurrency=3)  # one byte is a usable cap
    async with scripted(["silent", "silent"]) as url, client(url, wrapped, timeout=5.0) as c:
        calls = [asyncio.create_task(c.get("/v1/users/1")) for _ in range(2)]
        async with asyncio.timeout(2):
            while wrapped.in_flight < 2:
                await asyncio.sleep(0)
        assert (wrapped.in_flight, wrapped.free_slots) == (2, 1)
        for call in calls:
            call.cancel()
        await asyncio.gather(*calls, return_exceptions=True)
        assert (wrapped.in_flight, wrapped.free_slots) == (0, 3)


def users_listing(pages: int) -> HostileServer:
    """``/v1/users?page=N``: one user a page, ``pages`` pages."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        page = int(parse_qs(urlsplit(request.target).query)["page"][0])
        counts = {"current_page": page, "last_page": pages, "per_page": 1, "total": pages, "from": page, "to": page}
        meta: dict[str, object] = {**counts, "path": "/", "links": []}
        body = {"data": [{**USER, "id": page}], "links": dict.fromkeys(("first", "last", "prev", "next")), "meta": meta}
        writer.write(response_bytes(200, body, RATE))

    return HostileServer(handler)


async def test_a_client_with_its_defaults_walks_a_listing_then_says_when_it_is_closed() -> None:
    async with users_listing(5) as url:
        async with Billmora(url, TOKEN) as bm:
            assert (bm.rate_limit.limit, bm.rate_limit.remaining, bm.rate_limit.resets_at) == (60, 60, None)
            assert [user.id async for user in bm.users.iterate()] == [1, 2, 3, 4, 5]
            resets_in = bm.rate_limit.resets_in  # the first answer opened a window of a minute
            assert resets_in is not None and 55.0 < resets_in <= 60.0
        with pytest.raises(ClientClosedError):
            await bm.users.show(1)


def test_a_client_refuses_two_transports_or_two_limiters() -> None:
    with pytest.raises(ConfigurationError, match="pass http_client or transport, not both"):
        Billmora(
            "https://x.example",
            TOKEN,
            http_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )
    with pytest.raises(ConfigurationError, match="pass rate_limiter or rate_limit_store, not both"):
        Billmora("https://x.example", TOKEN, rate_limiter=RateLimiter(), rate_limit_store="redis://127.0.0.1:9/0")


async def test_by_default_a_call_is_resent_twice_and_a_wait_past_a_minute_is_not_waited() -> None:
    server = scripted([(503, {})] * 3 + [(429, {"Retry-After": "61"})])
    async with server as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(ServerError):
            await bm.users.show(1)
        async with asyncio.timeout(5):
            with pytest.raises(RateLimitError) as caught:
                await bm.users.show(1)
    assert caught.value.retry_after == 61.0 and len(server.requests) == 4
