"""Every call ends on time and every failure is a BillmoraError, against servers that misbehave on purpose.

Deadlines, the rate-limit cap, bounded answers, headers that cannot be parsed, lying page counts, lifecycle
errors, what ``may_have_succeeded`` says, and proxies keeping the client's policies. Elapsed-time bounds are
generous (a few times the deadline); none of these tests sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import resource
import time
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from billmora_client import (
    APIConnectionError,
    APITimeoutError,
    Billmora,
    BillmoraError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from billmora_client.errors import ClientClosedError, EventLoopError
from billmora_client.generated import models as m

from .hostile import USER, ForwardingProxy, HostileServer, RawRequest, response_bytes
from .transport_server import BillmoraLikeServer, budget_in_flight, serving

TOKEN = "3|hostileSecret"


def ticket_body() -> m.TicketsStoreRequest:
    return m.TicketsStoreRequest(user_id=1, subject="s", department="d", priority=m.TicketPriority.LOW, message="m")


async def answer_user(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    tail = request.target.rsplit("/", 1)[-1]
    user = {**USER, "id": int(tail)} if tail.isdigit() else USER  # the record asked for
    writer.write(response_bytes(200, {"data": user}, {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}))


@pytest.fixture
def elapsed() -> Iterator[Any]:
    started = time.monotonic()
    yield lambda: time.monotonic() - started


# 1. A deadline per call --------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["headers", "body"])
async def test_a_dripping_answer_ends_at_the_deadline(where: str, elapsed: Any) -> None:
    async def drip(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        data = response_bytes(200, {"data": USER, "padding": "x" * 200})
        head_end = data.index(b"\r\n\r\n") + 4
        start = 0 if where == "headers" else head_end
        writer.write(data[:start])
        for byte in data[start:]:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(0.2)

    async with HostileServer(drip) as url, Billmora(url, TOKEN, timeout=1) as bm:
        with pytest.raises(APITimeoutError, match="deadline of 1s passed") as caught:
            await bm.users.show(1)
    assert elapsed() < 3
    assert caught.value.may_have_succeeded is False and caught.value.request is not None


async def test_a_silent_server_ends_a_get_at_its_deadline_across_retries_and_flags_a_post(elapsed: Any) -> None:
    async def silent(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(3600)

    server = HostileServer(silent)
    async with server as url, Billmora(url, TOKEN, timeout=1, max_retries=5) as bm:
        with pytest.raises(APITimeoutError) as read:
            await bm.users.show(1)
        assert elapsed() < 3
        with pytest.raises(APITimeoutError) as write:
            await bm.tickets.store(body=ticket_body())
    assert read.value.may_have_succeeded is False
    assert write.value.may_have_succeeded is True
    assert "may have been carried out" in str(write.value)
    assert [r.method for r in server.requests][-1] == "POST" and elapsed() < 6


async def test_a_per_call_timeout_bounds_waiting_for_a_slot(elapsed: Any) -> None:
    release = asyncio.Event()

    async def held(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        await release.wait()
        await answer_user(request, writer)

    async with HostileServer(held) as url, Billmora(url, TOKEN, max_concurrency=1) as bm:
        first = asyncio.create_task(bm.users.show(1))
        await asyncio.sleep(0)
        with pytest.raises(APITimeoutError) as caught:
            await bm.users.show(2, timeout=0.5)
        assert caught.value.may_have_succeeded is False and elapsed() < 2
        release.set()
        assert (await first).id == 1


# 2. The rate-limit cap holds for every call ---------------------------------------------------------------


def refusing(retry_after: str) -> HostileServer:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        body = {"message": "Too many requests. Please try again later."}
        headers = {"Retry-After": retry_after, "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}
        writer.write(response_bytes(429, body, headers))

    return HostileServer(handler)


async def test_a_long_retry_after_fails_this_call_and_the_next_ones_at_once(elapsed: Any) -> None:
    server = refusing("60")
    async with server as url, Billmora(url, TOKEN, max_rate_limit_wait=2) as bm:
        with pytest.raises(RateLimitError) as first:
            await bm.users.show(1)
        for _ in range(3):
            with pytest.raises(RateLimitError, match="not sent") as later:
                await bm.users.show(1, timeout=1)
    assert first.value.retry_after == 60 and "Too many requests" in str(first.value)
    assert later.value.retry_after is not None and 55 < later.value.retry_after <= 60
    assert later.value.may_have_succeeded is False
    assert len(server.requests) == 1, "the later calls were never sent"
    assert elapsed() < 2


async def test_a_deadline_shorter_than_the_wait_fails_at_once(elapsed: Any) -> None:
    server = refusing("5")
    async with server as url, Billmora(url, TOKEN, max_rate_limit_wait=60) as bm:
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1, timeout=1)
    assert caught.value.retry_after == 5 and elapsed() < 1


async def test_a_day_long_retry_after_is_clamped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    async with refusing("86400") as url, Billmora(url, TOKEN, max_rate_limit_wait=2) as bm:
        await asyncio.gather(bm.users.show(1), return_exceptions=True)
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
    assert caught.value.retry_after is not None and 590 < caught.value.retry_after <= 600
    assert "a 429 asked to wait 86400s; waiting at most 600s" in caplog.text


async def test_a_retry_after_date_is_read_as_seconds() -> None:
    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    async with refusing(when) as url, Billmora(url, TOKEN, max_rate_limit_wait=2) as bm:
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
        assert caught.value.retry_after is not None and 110 < caught.value.retry_after <= 120
        with pytest.raises(RateLimitError, match="not sent") as later:
            await bm.users.show(1)
        assert later.value.retry_after is not None and 110 < later.value.retry_after <= 120


# 3. Bounded answers ---------------------------------------------------------------------------------------


async def test_an_endless_body_is_abandoned_at_the_cap_without_growing_the_process() -> None:
    async def endless(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if request.target.endswith("/2"):
            await answer_user(request, writer)
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" + b" " * (1 << 20) + b"]"
        for _ in range(300):  # 300 MiB, if anybody read it
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    async with HostileServer(endless) as url, Billmora(url, TOKEN, max_response_bytes=4 << 20) as bm:
        with pytest.raises(UnexpectedResponseError, match="larger than max_response_bytes") as caught:
            await bm.users.show(1)
        assert (await bm.users.show(2)).id == 2, "the next call works"
        assert bm._transport.in_flight == 0
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 40, f"peak memory grew {grown_mb:.0f} MB"
    assert caught.value.status_code == 200 and caught.value.may_have_succeeded is False


async def test_a_declared_length_past_the_cap_is_refused_before_reading() -> None:
    async def huge(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 314572800\r\n\r\n{")
        await asyncio.sleep(3600)

    async with HostileServer(huge) as url, Billmora(url, TOKEN, max_response_bytes=1 << 20, timeout=5) as bm:
        with pytest.raises(UnexpectedResponseError, match="larger than max_response_bytes") as caught:
            await bm.tickets.store(body=ticket_body())
    assert caught.value.may_have_succeeded is True, "a 201 means the ticket exists"


def compressed(encoding: str, data: Iterator[bytes]) -> bytes:
    """``data`` as gzip, zlib-wrapped deflate, raw deflate, or gzip over deflate, compressed a piece at a time."""
    if encoding == "deflate, gzip":
        return compressed("gzip", iter([compressed("deflate", data)]))
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS, "raw deflate": -zlib.MAX_WBITS}[encoding]
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join(packer.compress(piece) for piece in data) + packer.flush()


def encoded_answer(encoding: str, body: bytes) -> bytes:
    header = "deflate" if encoding == "raw deflate" else encoding
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: {header}\r\n"
    return f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw deflate", "deflate, gzip"])
async def test_a_compressed_answer_is_decoded_and_a_compression_bomb_stops_at_the_cap(encoding: str) -> None:
    user = json.dumps({"data": USER}).encode()
    bomb = compressed(encoding, (b" " * (1 << 20) for _ in range(64)))  # 64 MiB of spaces in about 64 KB
    sent: list[str] = []

    async def answer(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        sent.append(request.headers.get("accept-encoding", ""))
        payload = compressed(encoding, iter([user])) if request.target.endswith("/1") else bomb
        writer.write(encoded_answer(encoding, payload))

    async with HostileServer(answer) as url, Billmora(url, TOKEN, max_response_bytes=4 << 20) as bm:
        assert (await bm.users.show(1)).email == USER["email"]
        tracemalloc.start()
        try:
            with pytest.raises(UnexpectedResponseError, match="larger than max_response_bytes") as caught:
                await bm.users.show(2)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert (await bm.users.show(1)).id == 1, "the next call works"
    assert len(bomb) < 1 << 20 and peak < 24 << 20, f"{len(bomb)} bytes on the wire, peak {peak >> 20} MiB"
    assert caught.value.status_code == 200 and caught.value.content == b" " * 1024  # its first bytes, decoded
    assert sent[0] == "gzip, deflate", "only encodings whose decompressed size is bounded are asked for"


async def test_a_body_that_is_not_what_its_content_encoding_says_is_an_unexpected_response() -> None:
    async def lying(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        plain = json.dumps({"data": USER}).encode()
        if request.target.endswith("/1"):
            await answer_user(request, writer)
        elif request.target.endswith("/3"):  # two layers, the outer one gzip, the inner one not deflate
            writer.write(encoded_answer("deflate, gzip", compressed("gzip", iter([plain]))))
        else:
            writer.write(encoded_answer("gzip", plain))

    async with HostileServer(lying) as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(UnexpectedResponseError, match="Content-Encoding: gzip, but its body is not gzip") as read:
            await bm.users.show(2)
        with pytest.raises(UnexpectedResponseError, match="body is not gzip") as created:
            await bm.tickets.store(body=ticket_body())
        with pytest.raises(UnexpectedResponseError, match="Content-Encoding: deflate, gzip, but its body is not"):
            await bm.users.show(3)
        assert (await bm.users.show(1)).id == 1, "the next call works"
    assert read.value.status_code == 200 and read.value.may_have_succeeded is False
    assert created.value.may_have_succeeded is True, "a 2xx means the ticket exists"


# 4. Headers never raise; nothing is held after garbage ------------------------------------------------------

GARBAGE = ["9" * 5000, "²", "-1", "1e9", "0x10", " ", "١٢", "12abc", "\t60"]


async def test_garbage_rate_limit_headers_are_ignored_and_nothing_is_held() -> None:
    served = 0

    async def lying(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        value = GARBAGE[served % len(GARBAGE)]
        served += 1
        headers = {"X-RateLimit-Limit": value, "X-RateLimit-Remaining": value, "Retry-After": value}
        writer.write(response_bytes(200, {"data": USER}, headers).replace(b"\xc2\xb2", "²".encode()))

    async with HostileServer(lying) as url, Billmora(url, TOKEN, max_concurrency=5) as bm:
        users = await asyncio.gather(*(bm.users.show(1) for _ in range(60)))
        assert [u.id for u in users] == [1] * 60
        transport = bm._transport
        assert transport.in_flight == 0 and budget_in_flight(transport) == 0 and transport.free_slots == 5
        assert (await bm.users.show(1)).id == 1


async def test_a_garbage_retry_after_on_a_429_still_waits_a_little_and_resends() -> None:
    answers = iter(["²", "9" * 5000])

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        value = next(answers, None)
        if value is None:
            await answer_user(request, writer)
        else:
            writer.write(response_bytes(429, {"message": "Too many requests."}, {"Retry-After": value}))

    events: list[Any] = []
    async with HostileServer(handler) as url, Billmora(url, TOKEN, max_rate_limit_wait=5, on_retry=events.append) as bm:
        started = time.monotonic()
        assert (await bm.users.show(1)).id == 1
        took = time.monotonic() - started
    # Unreadable, so the backoff's wait (full jitter under 0.5 s, then 1 s), and never under a tenth of a second.
    assert [(e.attempt, e.reason) for e in events] == [(1, "rate_limited"), (2, "rate_limited")]
    delays = [e.delay for e in events]
    assert 0.1 <= delays[0] <= 0.5 and 0.1 <= delays[1] <= 1.0, delays
    assert took >= sum(delays) - 0.01, "each wait was really waited"


# 5. Pagination defends itself -----------------------------------------------------------------------------


def listing(meta: dict[str, Any], ids: list[Any] | None = None) -> HostileServer:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        data = [{**USER, "id": i} for i in (ids if ids is not None else range(1, 11))]
        links = {"first": None, "last": None, "prev": None, "next": None}
        page_meta = {"current_page": 1, "from": 1, "to": 10, "path": "/", "links": [], **meta}
        writer.write(response_bytes(200, {"data": data, "links": links, "meta": page_meta}))

    return HostileServer(handler)


@pytest.mark.parametrize(
    ("meta", "ids", "named"),
    [
        ({"last_page": 1_000_000_000, "per_page": 10, "total": 10}, None, "meta.last_page is 1000000000"),
        ({"last_page": 1_000_000_000, "per_page": 10, "total": 10_000_000_000}, None, "meta.current_page is 1"),
        ({"last_page": "3", "per_page": 10, "total": 30}, None, 'at meta.last_page: expected integer, got string "3"'),
        ({"last_page": None, "per_page": 10, "total": 30}, None, "at meta.last_page: expected integer, got null"),
        ({"last_page": 1, "per_page": 10, "total": 10}, [[1]], r"at data\[0\].id: expected integer, got array"),
    ],
)
async def test_a_lying_listing_ends_the_walk_with_an_error_naming_the_field(
    meta: dict[str, Any], ids: list[Any] | None, named: str
) -> None:
    server = listing(meta, ids)
    async with server as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(UnexpectedResponseError, match=named):
            _ = [user async for user in bm.users.iterate(per_page=10)]
    assert len(server.requests) <= 10


async def test_a_walk_that_brings_no_new_id_stops_after_a_few_pages() -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        page = int(parse_qs(urlsplit(request.target).query).get("page", ["1"])[0])
        data = [{**USER, "id": i} for i in range(1, 11)]  # the same ten records on every page
        meta = {"current_page": page, "last_page": 1000, "per_page": 10, "total": 10_000}
        links = {"first": None, "last": None, "prev": None, "next": None}
        body = {"data": data, "links": links, "meta": {"from": 1, "to": 10, "path": "/", "links": [], **meta}}
        writer.write(response_bytes(200, body))

    server = HostileServer(handler)
    async with server as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(UnexpectedResponseError, match="5 pages in a row brought no new id"):
            _ = [user async for user in bm.users.iterate(per_page=10, concurrency=2)]
    assert len(server.requests) <= 12


async def test_a_paginator_closed_early_cancels_its_read_ahead(billmora: Billmora) -> None:
    async with billmora.invoices.iterate(per_page=5, concurrency=4) as paginator:
        async for _ in paginator:
            break
    await asyncio.sleep(0)
    transport = billmora._transport
    assert transport.in_flight == 0 and budget_in_flight(transport) == 0


def test_a_live_iterator_at_loop_shutdown_logs_no_asyncio_error(caplog: pytest.LogCaptureFixture) -> None:
    from billmora_client.testing import create_app, serve

    app = create_app(seed=3)

    async def main(url: str) -> None:
        bm = Billmora(url, app.state.sandbox.token.plain_text)
        walk = aiter(bm.invoices.iterate(per_page=2, concurrency=4))
        await anext(walk)  # left open, read-ahead in flight

    with serve(app) as url, caplog.at_level(logging.ERROR, logger="asyncio"):
        asyncio.run(main(url))
    assert [r for r in caplog.records if r.name == "asyncio"] == []


# 6. Lifecycle errors are BillmoraErrors -------------------------------------------------------------------


async def test_a_closed_client_says_so(billmora: Billmora) -> None:
    await billmora.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await billmora.users.show(1)


def test_a_client_used_from_a_second_event_loop_says_to_make_one_per_loop() -> None:
    from billmora_client.testing import create_app, serve

    app = create_app(seed=3)
    with serve(app) as url:
        bm = Billmora(url, app.state.sandbox.token.plain_text)
        assert asyncio.run(bm.users.show(1)).id == 1
        with pytest.raises(EventLoopError, match="one client per event loop"):
            asyncio.run(bm.users.show(1))


async def test_an_async_on_retry_is_awaited() -> None:
    seen: list[str] = []

    async def on_retry(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.reason)

    failures = iter([503])

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        status = next(failures, None)
        if status is None:
            await answer_user(request, writer)
        else:
            writer.write(response_bytes(status, {"message": "Service Unavailable"}))

    async with HostileServer(handler) as url, Billmora(url, TOKEN, on_retry=on_retry) as bm:
        assert (await bm.users.show(1)).id == 1
    assert seen == ["status 503"]


# 7. may_have_succeeded only when the outcome is unknown ----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "method", "flagged"),
    [
        (401, "POST", False),
        (403, "POST", False),
        (404, "DELETE", False),
        (405, "PUT", False),
        (419, "POST", False),
        (422, "POST", False),
        (503, "POST", False),
        (500, "POST", True),
        (502, "POST", True),
        (504, "DELETE", True),
        (500, "GET", False),
    ],
)
async def test_may_have_succeeded_is_true_only_when_the_outcome_is_unknown(
    status: int, method: str, flagged: bool
) -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(status, {"message": "refused", "errors": {"email": ["taken"]}}))

    async with HostileServer(handler) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        calls: dict[str, Callable[[], Awaitable[object]]] = {
            "POST": lambda: bm.tickets.store(body=ticket_body()),
            "PUT": lambda: bm.users.update(1, body=m.UsersUpdateRequest(language="en")),
            "DELETE": lambda: bm.users.delete(1),
            "GET": lambda: bm.users.show(1),
        }
        with pytest.raises(BillmoraError) as caught:
            await calls[method]()
    assert caught.value.may_have_succeeded is flagged
    assert ("may have been carried out" in str(caught.value)) is flagged
    if status == 422:
        assert isinstance(caught.value, ValidationError)
    if status == 404:
        assert isinstance(caught.value, NotFoundError)
    if status in (500, 502, 504):
        assert isinstance(caught.value, ServerError)


async def test_a_post_cancelled_after_sending_carries_a_note_and_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    arrived = asyncio.Event()

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        arrived.set()
        await asyncio.sleep(3600)

    async with HostileServer(handler) as url, Billmora(url, TOKEN) as bm:
        task = asyncio.create_task(bm.tickets.store(body=ticket_body()))
        await arrived.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await task
    notes = getattr(caught.value, "__notes__", [])
    assert any("was cancelled after it was sent; it may have been done" in n for n in notes)
    assert "v1_tickets_store (POST) was cancelled after it was sent" in caplog.text


async def test_a_post_refused_connection_is_not_flagged() -> None:
    async with Billmora("http://127.0.0.1:9", TOKEN, max_retries=0) as bm:
        with pytest.raises(APIConnectionError) as caught:
            await bm.tickets.store(body=ticket_body())
    assert caught.value.may_have_succeeded is False


# 8. Proxies and custom clients keep the layer --------------------------------------------------------------


async def test_a_proxy_given_in_http_client_keeps_retries_and_pacing() -> None:
    origin = BillmoraLikeServer(limit=2, window=1.0)
    proxy = ForwardingProxy()
    async with serving(origin.app) as url, proxy as proxy_url:
        client = httpx.AsyncClient(proxy=proxy_url)
        async with Billmora(url, TOKEN, http_client=client, rate_limit=2, rate_window=1.0) as bm:
            flaky = await bm.raw.get_async_httpx_client().get(f"{url}/v1/flaky/a", params={"fail": 1})
            pings = await asyncio.gather(*(bm.raw.get_async_httpx_client().get(f"{url}/v1/ping") for _ in range(5)))
    assert flaky.status_code == 200 and flaky.json()["attempts"] == 2, "the 503 was retried through the proxy"
    assert [p.status_code for p in pings] == [200] * 5 and origin.refused == 0, "paced: no 429 was spent"
    assert len(proxy.forwarded) == 7 and all("/v1/" in line for line in proxy.forwarded)


async def test_the_environments_proxy_is_honoured_and_keeps_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    origin = BillmoraLikeServer(limit=60, window=60.0)
    proxy = ForwardingProxy()
    async with serving(origin.app) as url, proxy as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with Billmora(url, TOKEN) as bm:
            flaky = await bm.raw.get_async_httpx_client().get(f"{url}/v1/flaky/b", params={"fail": 1})
    assert flaky.status_code == 200 and len(proxy.forwarded) == 2
