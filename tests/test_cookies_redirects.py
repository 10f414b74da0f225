"""The token is the only identity a call carries: no cookie is kept or sent, and redirects (loops, Locations
that cannot be read, other origins) end in typed errors or go without the token."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

import httpx
import pytest

from billmora_client import Billmora, UnexpectedResponseError
from billmora_client.generated import models as m

from .hostile import USER, HostileServer, RawRequest, response_bytes

TOKEN = "4|c00kieJarSecretValue0123456789"


def ticket_body() -> m.TicketsStoreRequest:
    return m.TicketsStoreRequest(user_id=1, subject="s", department="d", priority=m.TicketPriority.LOW, message="m")


def redirect(location: str, status: int = 302) -> bytes:
    return f"HTTP/1.1 {status} Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode("latin-1")


@pytest.mark.parametrize("own_client", [False, True])
async def test_no_cookie_from_an_answer_is_kept_or_sent(own_client: bool) -> None:
    serial = itertools.count()

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        n = next(serial)
        cookies = {"Set-Cookie": f"laravel_session=s{n}; Path=/; HttpOnly", "set-cookie": f"jar{n}=x; Path=/"}
        writer.write(response_bytes(200, {"data": USER}, cookies))

    server = HostileServer(handler)
    http_client = httpx.AsyncClient(cookies={"preset": "1"}) if own_client else None
    async with server as url, Billmora(url, TOKEN, http_client=http_client, headers={"Cookie": "given=1"}) as bm:
        for _ in range(5):
            assert (await bm.users.show(1)).id == 1
        await bm.raw.get_async_httpx_client().get("/v1/users/1")  # the generated functions' path too
        jar = bm.raw.get_async_httpx_client().cookies.jar
    assert len(server.requests) == 6
    assert [r.headers.get("cookie") for r in server.requests] == [None] * 6
    assert list(jar) == []


async def test_a_redirect_loop_on_a_following_client_is_a_typed_error() -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(redirect(request.target))

    server = HostileServer(handler)
    async with server as url, Billmora(url, TOKEN, http_client=httpx.AsyncClient(follow_redirects=True)) as bm:
        calls: list[Callable[[], Awaitable[object]]] = [
            lambda: bm.users.show(1),
            lambda: bm.tickets.store(body=ticket_body()),
        ]
        for call in calls:
            with pytest.raises(UnexpectedResponseError, match="redirected more than 20 times") as caught:
                await call()
            assert caught.value.may_have_succeeded is False  # every answer said where to go, none what was done
    assert len(server.requests) == 2 * 21


@pytest.mark.parametrize("follow", [False, True])
@pytest.mark.parametrize("location", ["http://[::1", "http://billing.example.com:port/x", "http://[v1.x]/", "/a\x7fb"])
async def test_a_location_that_cannot_be_read_ends_like_any_redirect(location: str, follow: bool) -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(redirect(location if request.target.endswith("/1") else "/auth/login"))

    http_client = httpx.AsyncClient(follow_redirects=follow)
    async with HostileServer(handler) as url, Billmora(url, TOKEN, http_client=http_client, max_retries=2) as bm:
        calls: list[Callable[[], Awaitable[object]]] = [
            lambda: bm.users.show(1),
            lambda: bm.tickets.update(1, body=m.TicketsUpdateRequest(department="d")),
        ]
        for call in calls:
            with pytest.raises(UnexpectedResponseError, match="a Location that is not a valid URL") as caught:
                await call()
            assert caught.value.status_code == 302 and caught.value.may_have_succeeded is False
        if not follow:  # and a Location that can be read gives the same error and flag
            with pytest.raises(UnexpectedResponseError, match="redirected to /auth/login") as valid:
                await bm.tickets.update(2, body=m.TicketsUpdateRequest(department="d"))
            assert valid.value.status_code == 302 and valid.value.may_have_succeeded is False


async def test_following_a_redirect_to_another_origin_never_carries_the_token_or_a_cookie() -> None:
    async def elsewhere(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(200, {"data": USER}))

    other = HostileServer(elsewhere)
    async with other as other_url:

        async def moved(request: RawRequest, writer: asyncio.StreamWriter) -> None:
            status = 307 if request.method == "POST" else 301
            writer.write(redirect(f"{other_url}{request.target}", status))

        follower = httpx.AsyncClient(follow_redirects=True)
        async with HostileServer(moved) as url, Billmora(url, TOKEN, http_client=follower) as bm:
            assert (await bm.users.show(1)).id == 1
            with pytest.raises(UnexpectedResponseError):  # the other origin's answer is not a ticket
                await bm.tickets.store(body=ticket_body())
    assert [r.method for r in other.requests] == ["GET", "POST"]
    assert all("authorization" not in r.headers and "cookie" not in r.headers for r in other.requests)


@pytest.mark.parametrize(
    ("location", "told"),
    [("login", "redirected to login instead"), ("http:x", "redirected to a Location that is not a valid URL")],
)
async def test_a_location_is_judged_as_httpx_would_build_the_next_request_from_it(location: str, told: str) -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(redirect(location))

    async with HostileServer(handler) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError, match=told):
            await bm.users.show(1)
