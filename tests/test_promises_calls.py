"""What a call through the client promises at its edges: only a 2xx is a success, a per-call ``max_retries`` counts
alone, and a Redis store really shares the budget. Each over loopback, against a server that answers on purpose."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from redis.asyncio import Redis

from billmora_client import (
    APIConnectionError,
    APIStatusError,
    Billmora,
    ServerError,
    UnexpectedResponseError,
    budget_key,
)
from billmora_client._delivery import delivery_of
from billmora_client._options import Options
from billmora_client._transport import BillmoraTransport

from .hostile import USER, HostileServer, RawRequest, response_bytes
from .promises import TOKEN, Answer, client, scripted
from .redis_server import RedisServer, redis_server


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


async def test_an_answer_of_300_is_not_a_success_and_a_post_so_answered_was_not_carried_out() -> None:
    answers: list[Answer] = [(300, {}, {"data": USER}), (300, {}, {"data": {"id": 7}})]
    async with scripted(answers) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises((APIStatusError, UnexpectedResponseError)) as read:
            await bm.users.show(1)
        with pytest.raises((APIStatusError, UnexpectedResponseError)) as created:
            await bm.tickets.store(user_id=1, subject="s", department="d", priority="low", message="m")
    assert "redirected" in str(read.value)  # told as the redirect it is, not as a body that does not fit
    assert read.value.may_have_succeeded is False
    assert created.value.may_have_succeeded is False  # a 300 says where to go, not that anything was done


async def test_max_retries_given_alone_to_a_call_is_that_calls() -> None:
    server = scripted([(503, {}, {"message": "Service Unavailable"})] * 3)
    async with server as url, Billmora(url, TOKEN) as bm:  # the client would resend twice
        with pytest.raises(ServerError):
            await bm.users.show(1, max_retries=0)
    assert len(server.requests) == 1


async def test_a_redis_store_shares_the_budget_through_redis(redis: RedisServer) -> None:
    answers = [(200, {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}, {"data": USER})]
    async with scripted(answers) as url, Billmora(url, TOKEN, rate_limit_store=redis.url) as bm:
        await bm.users.show(1)
        store = Redis.from_url(redis.url)
        try:
            assert await store.exists(budget_key(bm.base_url, TOKEN)) == 1
        finally:
            await store.aclose()


async def test_a_timeout_with_a_phase_left_unbounded_sets_no_deadline_for_the_call() -> None:
    async def late(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.6)  # the server's own slowness, past every bounded phase below
        writer.write(response_bytes(200, {"data": USER}))

    unbounded_read = httpx.Timeout(0.3, read=None)  # connect, write and pool 0.3 s; reading may take any time
    async with HostileServer(late) as url, Billmora(url, TOKEN, timeout=unbounded_read) as bm:
        assert (await bm.users.show(1)).id == USER["id"]


async def test_a_body_that_is_not_its_encoding_says_so() -> None:
    answers: list[Answer] = [(200, {"Content-Encoding": "gzip"}, {"data": USER})]  # plain JSON, called gzip
    async with scripted(answers) as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(UnexpectedResponseError, match="Content-Encoding: gzip, but its body is not gzip data"):
            await bm.users.show(1)


class CountingServer(HostileServer):
    """Counts the connections it accepts."""

    connections: int = 0

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        await super()._serve(reader, writer)


async def test_a_burst_as_wide_as_max_concurrency_keeps_its_connections_for_the_next() -> None:
    width = 40  # more than the 20 connections httpx keeps alive by default
    arrived = 0
    all_in = asyncio.Event()

    async def held(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        nonlocal arrived
        arrived += 1
        if arrived % width == 0:
            all_in.set()
        await asyncio.wait_for(all_in.wait(), 5)  # each burst really has `width` requests on the wire at once
        writer.write(response_bytes(200, {"data": USER}))

    server = CountingServer(held)
    async with server as url, Billmora(url, TOKEN, max_concurrency=width) as bm:
        await asyncio.gather(*(bm.users.show(1) for _ in range(width)))
        opened = server.connections
        all_in.clear()
        await asyncio.gather(*(bm.users.show(1) for _ in range(width)))
    assert opened == width
    assert server.connections == width  # the second burst reused every connection of the first


async def test_a_post_cancelled_after_connecting_but_before_its_headers_went_out_did_not_reach_billmora() -> None:
    connected = asyncio.Event()

    async def user_trace(name: str, info: dict[str, object]) -> None:
        if name == "connection.connect_tcp.complete":
            connected.set()
            await asyncio.Event().wait()  # held here: connected, nothing written yet

    server = scripted([])
    async with server as url, client(url, BillmoraTransport(None, Options(max_retries=0))) as c:
        request = c.build_request("POST", "/v1/tickets", json={}, extensions={"trace": user_trace})
        sending = asyncio.ensure_future(c.send(request))
        await connected.wait()
        sending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sending
    assert server.requests == []
    assert delivery_of(request).may_have_reached is False  # so the call is not flagged as maybe carried out


async def test_a_post_whose_answer_is_too_large_to_read_was_carried_out_only_when_its_status_says_so() -> None:
    large = {"data": {"id": 7, "note": "x" * 2000}}
    answers: list[Answer] = [(200, {}, large), (300, {}, large), (502, {}, large)]
    async with scripted(answers) as url, Billmora(url, TOKEN, max_response_bytes=1000, max_retries=0) as bm:
        flags = []
        for _ in answers:
            with pytest.raises(UnexpectedResponseError, match="larger than max_response_bytes") as caught:
                await bm.tickets.store(user_id=1, subject="s", department="d", priority="low", message="m")
            flags.append(caught.value.may_have_succeeded)
    assert flags == [True, False, True]  # done; a redirect, not done; a gateway's 502, maybe done


async def test_a_post_whose_proxy_refuses_the_tunnel_did_not_reach_billmora() -> None:
    async def refusing(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")  # to the CONNECT: no tunnel

    proxy = HostileServer(refusing)
    async with proxy as proxy_url:
        http_client = httpx.AsyncClient(proxy=proxy_url)
        async with Billmora("https://billmora.test/api", TOKEN, http_client=http_client, max_retries=0) as bm:
            with pytest.raises(APIConnectionError) as caught:
                await bm.tickets.store(user_id=1, subject="s", department="d", priority="low", message="m")
    assert [request.method for request in proxy.requests] == ["CONNECT"]
    assert caught.value.may_have_succeeded is False  # the proxy's own request went out, the call never did


@pytest.mark.parametrize("closed_by", ["async with", "aclose()"])
async def test_closing_the_client_closes_its_connections(closed_by: str) -> None:
    hung_up = asyncio.Event()

    class HangUpServer(HostileServer):
        async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await super()._serve(reader, writer)  # returns when the client closes the connection
            hung_up.set()

    async with HangUpServer(lambda request, writer: _answer_user(writer)) as url:
        if closed_by == "async with":
            async with Billmora(url, TOKEN) as bm:
                await bm.users.show(1)
        else:
            bm = Billmora(url, TOKEN)
            await bm.users.show(1)
            await bm.aclose()
        await asyncio.wait_for(hung_up.wait(), 5)


async def test_clients_made_by_with_options_open_and_close_one_after_another_inside_their_parent() -> None:
    async with scripted([(200, {}, {"data": USER})] * 3) as url, Billmora(url, TOKEN) as bm:
        for seconds in (5.0, 6.0):
            async with bm.with_options(timeout=seconds) as shorter:
                await shorter.users.show(1)
        await bm.users.show(1)  # the parent is still open


async def _answer_user(writer: asyncio.StreamWriter) -> None:
    writer.write(response_bytes(200, {"data": USER}))


async def test_a_success_status_the_document_does_not_list_is_not_taken_for_the_record() -> None:
    async with scripted([(202, {}, {"data": USER})]) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError, match="v1_users_show: the answer is not a UserResourceEnvelope"):
            await bm.users.show(1)


async def test_a_closed_client_cannot_be_opened_again() -> None:
    async with scripted([(200, {}, {"data": USER})]) as url:
        bm = Billmora(url, TOKEN)
        async with bm:
            await bm.users.show(1)
        with pytest.raises(RuntimeError, match="Cannot reopen a client instance"):
            async with bm:
                pass
