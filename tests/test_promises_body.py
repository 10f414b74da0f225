"""``max_response_bytes`` to the byte, decompressed or not, and the connection given back whatever happens."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from billmora_client import Billmora, UnexpectedResponseError
from billmora_client._body import ResponseTooLarge
from billmora_client._options import Options
from billmora_client._transport import BillmoraTransport

from .hostile import USER, HostileServer, RawRequest, response_bytes
from .promises import TOKEN, client

CAP = 1000


def answering(body: bytes, *, length: bool, encoding: str | None = None) -> HostileServer:
    """Answers ``body``, with a Content-Length or delimited by closing the connection."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        head += f"Content-Length: {len(body)}\r\n" if length else "Connection: close\r\n"
        head += f"Content-Encoding: {encoding}\r\n" if encoding else ""
        writer.write(head.encode() + b"\r\n" + body)
        await writer.drain()
        writer.close()

    return HostileServer(handler)


def gzipped(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


async def fetch(server: HostileServer, cap: int = CAP) -> httpx.Response:
    async with server as url, client(url, BillmoraTransport(None, Options(max_response_bytes=cap, max_retries=0))) as c:
        return await c.get("/v1/users/1")


@pytest.mark.parametrize("length", [True, False])
async def test_a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused(length: bool) -> None:
    assert (await fetch(answering(b"x" * CAP, length=length))).content == b"x" * CAP
    with pytest.raises(ResponseTooLarge) as caught:
        await fetch(answering(b"x" * (CAP + 1), length=length))
    assert caught.value.limit == CAP and caught.value.response.status_code == 200


@pytest.mark.parametrize("encoding", ["gzip", "gzip, br", "identity, gzip"])
async def test_a_compressed_body_is_capped_decompressed_whatever_the_encodings_named(encoding: str) -> None:
    exact = await fetch(answering(gzipped(b"y" * CAP), length=True, encoding=encoding))
    assert exact.content == b"y" * CAP
    with pytest.raises(ResponseTooLarge):
        await fetch(answering(gzipped(b"y" * (CAP + 1)), length=True, encoding=encoding))


async def test_a_body_encoded_twice_is_capped_by_its_own_size_not_by_its_inner_encoding() -> None:
    exact = os.urandom(CAP)  # gzip makes random bytes larger: the inner layer is longer than the body
    twice = await fetch(answering(gzipped(gzipped(exact)), length=True, encoding="gzip, gzip"))
    assert twice.content == exact
    with pytest.raises(ResponseTooLarge):
        await fetch(answering(gzipped(gzipped(exact + b"z")), length=True, encoding="gzip, gzip"))


async def test_decompression_holds_at_most_the_cap_however_the_body_arrives() -> None:
    cap = 2 << 20
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = b" " * (cap * 9 // 10)  # each piece on the wire inflates to nine tenths of the cap
    pieces = [packer.compress(piece) + packer.flush(zlib.Z_SYNC_FLUSH) for _ in range(8)]

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n")
        for data in pieces:
            writer.write(data)
            await writer.drain()
            await asyncio.sleep(0.01)  # one piece per read on the client's side
        writer.close()

    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLarge):
            await fetch(HostileServer(handler), cap)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2.25 * cap, f"peak {peak / cap:.2f} times the cap"  # inflating past it would hold 2.7 times


class SlowToClose(httpx.AsyncByteStream):
    """A body whose closing takes until ``finish`` is set (as a connection being given back to its pool), after
    letting the loop turn once when ``turns_first``."""

    def __init__(self, turns_first: bool = False) -> None:
        self.closing, self.finish = asyncio.Event(), asyncio.Event()
        self.closed = False
        self.turns_first = turns_first

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"ok": true}'

    async def aclose(self) -> None:
        self.closing.set()
        if self.turns_first:
            await asyncio.sleep(0)  # the cancellation lands here
        await self.finish.wait()
        self.closed = True


def finished_tasks() -> set[asyncio.Task[Any]]:
    gc.collect()
    return {o for o in gc.get_objects() if isinstance(o, asyncio.Task) and o.done()}


@contextlib.asynccontextmanager
async def cancelled_while_closing(body: SlowToClose) -> AsyncIterator[asyncio.Task[httpx.Response]]:
    """A call whose answer is ``body``, cancelled once the closing of its answer has begun."""
    inner = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    async with client("http://billmora.test", BillmoraTransport(inner)) as c:
        call = asyncio.create_task(c.get("/v1/users/1"))
        await body.closing.wait()
        call.cancel()
        yield call


@pytest.mark.parametrize("turns_first", [False, True])
async def test_a_call_cancelled_while_its_answer_is_closed_still_closes_it(turns_first: bool) -> None:
    body = SlowToClose(turns_first)
    before = finished_tasks()
    async with cancelled_while_closing(body) as call:
        cancelled_at = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await call
        waited = time.monotonic() - cancelled_at
        assert 0.9 <= waited < 1.6  # it waits a second for the connection to go back, and no longer
        body.finish.set()
        async with asyncio.timeout(2):
            while not body.closed:
                await asyncio.sleep(0)
        await asyncio.sleep(0)
        gc.collect()
        kept = finished_tasks() - before - {call}
        assert kept == set(), "no finished task is kept, the close's own included"


async def test_a_call_cancelled_as_httpcore_gives_its_connection_back_leaves_the_pool_whole() -> None:
    async def keep_alive(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(200, {"data": USER}))

    inner = httpx.AsyncHTTPTransport()
    async with HostileServer(keep_alive) as url, client(url, BillmoraTransport(inner)) as c:
        call: asyncio.Task[httpx.Response] | None = None

        async def cancel_while_closing(name: str, info: dict[str, object]) -> None:
            if name == "http11.response_closed.started" and call is not None:
                call.cancel()  # lands where httpcore's close next lets the loop turn

        call = asyncio.create_task(c.get("/v1/users/1", extensions={"trace": cancel_while_closing}))
        with pytest.raises(asyncio.CancelledError):
            await call
        pool = inner._pool
        assert [connection.is_idle() for connection in pool.connections] == [True]
        assert (await c.get("/v1/users/1")).json()["data"] == USER
        assert len(pool.connections) == 1, "the next call reuses the connection"


async def test_a_cancelled_call_returns_once_its_answer_is_closed_when_that_takes_under_a_second() -> None:
    body = SlowToClose()
    async with cancelled_while_closing(body) as call:
        for _ in range(5):
            await asyncio.sleep(0)
        assert not call.done()
        body.finish.set()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert body.closed


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (response_bytes(200, {"data": USER}), False),
        (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s", False),
        (response_bytes(200, {"data": "x" * CAP}), True),  # its Content-Length says it is past the cap
    ],
    ids=["plain", "gzip", "declared past the cap"],
)
async def test_each_answer_gives_its_connection_back_to_the_pool(answer: bytes, refused: bool) -> None:
    if b"%d" in answer:
        packed = gzipped(json.dumps({"data": USER}).encode())
        answer = answer % (len(packed), packed)

    async def keep_alive(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(answer)

    inner = httpx.AsyncHTTPTransport()
    transport = BillmoraTransport(inner, Options(max_response_bytes=CAP, max_retries=0))
    async with HostileServer(keep_alive) as url, client(url, transport) as c:
        for _ in range(3):
            if refused:
                with pytest.raises(ResponseTooLarge):
                    await c.get("/v1/users/1")
            else:
                assert (await c.get("/v1/users/1")).json() == {"data": USER}
            assert [connection for connection in inner._pool.connections if not connection.is_idle()] == []
        assert len(inner._pool.connections) == (0 if refused else 1)  # an unread body's connection is closed


class FailsToClose(httpx.AsyncByteStream):
    """A body whose closing lets the loop turn once, then fails."""

    def __init__(self) -> None:
        self.closing = asyncio.Event()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"ok": true}'

    async def aclose(self) -> None:
        self.closing.set()
        await asyncio.sleep(0)
        raise httpx.ReadError("the connection broke while it was given back")


async def test_a_call_cancelled_while_its_answer_fails_to_close_is_cancelled() -> None:
    body = FailsToClose()
    inner = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    async with client("http://billmora.test", BillmoraTransport(inner, Options(max_retries=0))) as c:
        with pytest.raises(httpx.ReadError):  # not cancelled: the close's own failure is the call's
            await c.get("/v1/users/1")
        body.closing.clear()
        call = asyncio.create_task(c.get("/v1/users/1"))
        await body.closing.wait()
        call.cancel()  # lands while the close lets the loop turn
        with pytest.raises(asyncio.CancelledError):
            await call


class Chunks(httpx.AsyncByteStream):
    """A body that arrives in the pieces given, as reads from the network hand it over."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


async def test_a_deflate_body_whose_checksum_fails_is_refused_though_what_follows_would_decode() -> None:
    whole = zlib.compress(json.dumps({"data": USER}).encode())
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)  # raw deflate: valid on its own, not as this stream's checksum
    stray = packer.compress(b" " * 40) + packer.flush()  # longer than a checksum
    for checksum in (whole[-4:], stray):
        chunks = Chunks(whole[:-4], checksum)
        transport = httpx.MockTransport(
            lambda request, chunks=chunks: httpx.Response(200, headers={"Content-Encoding": "deflate"}, stream=chunks)
        )
        async with Billmora("https://billmora.test/api", TOKEN, transport=transport) as bm:
            if checksum is stray:
                with pytest.raises(UnexpectedResponseError, match="Content-Encoding: deflate, but its body is not"):
                    await bm.users.show(1)
            else:
                assert (await bm.users.show(1)).id == USER["id"]


async def test_bytes_sent_after_the_end_of_a_compressed_body_count_against_the_cap() -> None:
    padded = gzipped(b'{"data": {}}') + b"\0" * (4 * CAP)  # held by zlib as data past the end, never inflated
    with pytest.raises(ResponseTooLarge):
        await fetch(answering(padded, length=False, encoding="gzip"))


@pytest.mark.parametrize("length", [True, False])
@pytest.mark.parametrize(("cap", "longest"), [(1000, 1164), (1024, 1191)])
async def test_a_compressed_answer_may_be_as_long_as_any_body_within_the_cap_once_encoded_and_no_longer(
    cap: int, longest: int, length: bool
) -> None:
    # longest: zlib's deflateBound for `cap` bytes with any settings, and gzip's header and trailer (18 bytes)
    packed = gzipped(b'{"data": {}}')
    padded = packed + b"\0" * (longest - len(packed))  # bytes past the end of the gzip data count on the wire
    assert (await fetch(answering(padded, length=length, encoding="gzip"), cap)).content == b'{"data": {}}'
    with pytest.raises(ResponseTooLarge):
        await fetch(answering(padded + b"\0", length=length, encoding="gzip"), cap)


async def test_a_compressed_body_of_exactly_the_cap_whose_trailer_comes_apart_is_read() -> None:
    packed = gzipped(b"z" * CAP)
    chunks = Chunks(packed[:-8], packed[-8:])  # all of the body first, then gzip's checksum and length
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=chunks)
    )
    async with client("http://billmora.test", BillmoraTransport(transport, Options(max_response_bytes=CAP))) as c:
        assert (await c.get("/v1/users/1")).content == b"z" * CAP
