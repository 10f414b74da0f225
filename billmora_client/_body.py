"""Reading an answer's body into memory, at most ``max_response_bytes`` of it counted after decompression.

A gzip or deflate body (one layer or several) is decompressed here, a piece at a time, never past the cap:
200 KB of gzip can expand to 200 MB. The answer handed on carries the decompressed body without its
``Content-Encoding``. The bytes received are bounded too, by the most a body within the cap can take once
encoded: bytes sent past the end of a gzip stream cannot pile up unread. Another encoding (the client asks for
none) is decoded by httpx here, and refused when it does not decode or passes the cap; either way the caller
gets ``UnreadableBody``, never httpx's error. So does a redirect whose ``Location`` httpx could not turn into
its next request (``check_location``).
"""

from __future__ import annotations

import asyncio
import functools
import math
import types
import zlib
from collections.abc import Callable, Coroutine, Generator, Iterator
from typing import Any

import httpx

from ._retry import int_header

__all__ = ["ResponseTooLarge", "UnreadableBody", "check_location", "read_body", "to_its_end"]

CLOSE_WAIT = 1.0  # seconds a cancelled read waits for its connection to go back to the pool
DECOMPRESSED = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class UnreadableBody(httpx.TransportError):
    """The answer's body could not be read; ``response`` holds its status, headers and first bytes."""

    def __init__(self, message: str, *, request: httpx.Request, response: httpx.Response) -> None:
        super().__init__(message, request=request)
        self.response = response


class ResponseTooLarge(UnreadableBody):
    """The answer's body passed ``max_response_bytes`` (``limit``)."""

    def __init__(self, message: str, *, request: httpx.Request, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=request, response=response)
        self.limit = limit


class _Inflater:
    """Decompresses gzip or deflate (zlib-wrapped, or raw as some servers send it), a bounded piece at a time."""

    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._zlib = zlib.decompressobj(wbits)
        self._started = False

    def pieces(self, data: bytes, size: int) -> Iterator[bytes]:
        """``data`` decompressed, in pieces of at most ``size`` bytes: what is held at once stays bounded."""
        if not self._started and self._wbits == zlib.MAX_WBITS:
            try:
                out = self._zlib.decompress(data, size)
            except zlib.error:  # raw deflate, without the zlib header
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._zlib.decompress(data, size)
        else:
            out = self._zlib.decompress(data, size)
        self._started = True
        yield out
        while self._zlib.unconsumed_tail:
            yield self._zlib.decompress(self._zlib.unconsumed_tail, size)


async def read_body(response: httpx.Response, request: httpx.Request, limit: int | None) -> httpx.Response:
    """The same answer with its body read into memory (at most ``limit`` bytes), its connection given back.

    The stream is closed to its end even when the call is cancelled meanwhile: a cancellation that landed
    while httpx/httpcore close it would otherwise leave the pool believing the connection is still in use.
    """
    encoding = response.headers.get("Content-Encoding", "")
    if not encoding:
        if isinstance(response.stream, httpx.ByteStream):
            return _in_memory(response, response.stream, request, limit)
        return await _read_plain(response, request, limit)
    codings = [c for c in (part.strip().lower() for part in encoding.split(",")) if c and c != "identity"]
    ours = all(c in DECOMPRESSED for c in codings)
    layers = [_Inflater(DECOMPRESSED[c]) for c in reversed(codings)] if ours else []
    cap = limit if limit is not None else 1 << 62
    sent_cap = cap  # the most bytes a body within the cap can take on the wire, once encoded
    for _ in layers:
        sent_cap = _largest_encoding(sent_cap)
    body = bytearray()
    sent = 0
    try:
        declared = int_header(response.headers, "Content-Length")
        if declared is not None and declared > sent_cap:
            raise _too_large(response, request, cap, b"")
        async for chunk in response.stream:  # type: ignore[union-attr]
            sent += len(chunk)
            if sent > sent_cap:  # bytes past the end of a compressed body count too
                raise _too_large(response, request, cap, bytes(body[:1024]))
            try:  # one byte past the room tells that the cap is passed
                for piece in _decoded(layers, chunk, cap + 1 - len(body)):
                    body += piece
                    if len(body) > cap:
                        raise _too_large(response, request, cap, bytes(body[:1024]))
            except zlib.error as exc:
                raise UnreadableBody(
                    f"the answer says Content-Encoding: {encoding}, but its body is not {encoding} data ({exc})",
                    request=request,
                    response=_partial(response, request, chunk[:1024]),
                ) from None
    finally:
        await _close(response)
    headers = response.headers
    if layers:
        headers = headers.copy()
        del headers["Content-Encoding"]
        headers["Content-Length"] = str(len(body))
    answer = httpx.Response(
        response.status_code, headers=headers, stream=httpx.ByteStream(bytes(body)), extensions=response.extensions
    )
    if not ours:
        await _decode_elsewhere(answer, response, request, cap, encoding)
    return answer


async def _read_plain(response: httpx.Response, request: httpx.Request, limit: int | None) -> httpx.Response:
    """An answer without ``Content-Encoding`` (what Billmora sends), read whole: the same answer is handed on,
    its body in memory and its connection given back."""
    chunks: list[bytes] = []
    size = 0
    try:
        declared = int_header(response.headers, "Content-Length")
        if limit is not None and declared is not None and declared > limit:
            raise _too_large(response, request, limit, b"")
        async for chunk in response.stream:  # type: ignore[union-attr]
            size += len(chunk)
            chunks.append(chunk)
            if limit is not None and size > limit:
                raise _too_large(response, request, limit, b"".join(chunks)[:1024])
    finally:
        await _close(response)
    response.stream = httpx.ByteStream(b"".join(chunks))
    return response


async def _close(response: httpx.Response) -> None:
    """Close the stream and, even when cancelled, return only once the pool has it back: the caller's
    concurrency slot must not free up while the connection is still taken."""
    await to_its_end(response.stream.aclose())  # type: ignore[union-attr]


@types.coroutine
def to_its_end(closing: Coroutine[Any, Any, None]) -> Generator[Any, None, None]:
    """Run ``closing`` to its end in the calling task, raising a cancellation that arrives meanwhile after it.

    No task is made for it, as ``asyncio.shield`` would: httpcore's close lets the loop turn once and costs
    that one turn here, where a task of its own cost three more. A close still waiting on something
    ``CLOSE_WAIT`` seconds after the cancellation goes on in a task of its own, and the cancellation is raised.
    """
    loop = asyncio.get_running_loop()
    held: asyncio.CancelledError | None = None
    deadline = math.inf
    try:
        step = closing.send(None)
        while True:
            if held is not None and loop.time() >= deadline:
                _go_on_elsewhere(closing, step)
                break
            try:
                if step is None:  # the loop turns once
                    yield None
                elif not step.done():  # a future, waited on without passing it a cancellation
                    yield from asyncio.wait({step}, timeout=_left(deadline, loop)).__await__()
                    continue
            except asyncio.CancelledError as exc:
                held, deadline = held or exc, min(deadline, loop.time() + CLOSE_WAIT)
                if step is not None:
                    continue
            step = closing.send(None)
    except StopIteration:
        pass
    except BaseException:
        if held is None:
            raise
    if held is not None:
        raise held


def _left(deadline: float, loop: asyncio.AbstractEventLoop) -> float | None:
    return None if deadline == math.inf else deadline - loop.time()


_ELSEWHERE: set[asyncio.Future[None]] = set()  # closes left to finish on their own, kept until they do


def _go_on_elsewhere(closing: Coroutine[Any, Any, None], waiting_on: Any) -> None:
    """Let ``closing``, suspended where it yielded ``waiting_on``, finish in a task of its own."""

    async def finish() -> None:
        await _resumed(closing, waiting_on)

    task = asyncio.ensure_future(finish())
    _ELSEWHERE.add(task)
    task.add_done_callback(_ELSEWHERE.discard)


@types.coroutine
def _resumed(coroutine: Coroutine[Any, Any, None], step: Any) -> Generator[Any, None, None]:
    """Go on with ``coroutine`` from where it yielded ``step``, as if awaited here."""
    while True:
        try:
            yield step
        except BaseException as exc:
            resume: Callable[[], Any] = functools.partial(coroutine.throw, exc)
        else:
            resume = functools.partial(coroutine.send, None)
        try:
            step = resume()
        except StopIteration:
            return


def _in_memory(
    response: httpx.Response, stream: httpx.ByteStream, request: httpx.Request, limit: int | None
) -> httpx.Response:
    """An answer already in memory and not encoded (a test transport's, an ASGI app's): nothing to wait for,
    decompress or give back to a pool, so it is handed on as it is once its size is checked."""
    if limit is not None:
        body = b"".join(stream)
        if len(body) > limit:
            raise _too_large(response, request, limit, body[:1024])
    return response


async def _decode_elsewhere(
    answer: httpx.Response, response: httpx.Response, request: httpx.Request, cap: int, encoding: str
) -> None:
    """Let httpx decode an encoding decompressed nowhere here, within the cap, raising ``UnreadableBody``."""
    answer.request = request
    try:
        await answer.aread()
    except httpx.DecodingError as exc:
        raise UnreadableBody(
            f"the answer says Content-Encoding: {encoding}, but its body does not decode ({exc})",
            request=request,
            response=_partial(response, request, b""),
        ) from None
    if len(answer.content) > cap:
        raise _too_large(response, request, cap, answer.content[:1024])


def _largest_encoding(size: int) -> int:
    """The most bytes ``size`` bytes take once gzipped or deflated, whatever the compressor's settings (zlib's
    conservative ``deflateBound``, and gzip's header and trailer)."""
    return size + ((size + 7) >> 3) + ((size + 63) >> 6) + 5 + 18


def _decoded(layers: list[_Inflater], data: bytes, size: int) -> Iterator[bytes]:
    """``data`` through every layer, the last coding applied first, in pieces of at most ``size`` bytes."""
    if not layers:
        yield data
        return
    for piece in layers[0].pieces(data, size):
        yield from _decoded(layers[1:], piece, size)


def _too_large(response: httpx.Response, request: httpx.Request, limit: int, head: bytes) -> ResponseTooLarge:
    return ResponseTooLarge(
        f"the answer is larger than max_response_bytes ({limit} bytes, counted decompressed); it was abandoned",
        request=request,
        response=_partial(response, request, head),
        limit=limit,
    )


def _partial(response: httpx.Response, request: httpx.Request, head: bytes) -> httpx.Response:
    """The answer's status and headers with the first bytes read, as they are (never decoded again)."""
    headers = response.headers.copy()
    for name in ("Content-Encoding", "Content-Length"):
        headers.pop(name, None)
    return httpx.Response(response.status_code, headers=headers, content=head, request=request)


def check_location(answer: httpx.Response, request: httpx.Request) -> None:
    """A redirect whose ``Location`` httpx cannot read is refused here, with the answer, as ``UnreadableBody``:
    the caller gets the same ``UnexpectedResponseError`` as for any redirect, not a failure to connect."""
    if not answer.has_redirect_location:
        return
    try:  # what httpx does to build the next request, followed or not
        url = httpx.URL(answer.headers["Location"])
        if url.scheme and not url.host:
            url = url.copy_with(host=request.url.host)
        if url.is_relative_url:
            request.url.join(url)
    except Exception:  # InvalidURL, and whatever else a hostile Location makes httpx raise
        answer.request = request
        answer.read()  # the body is in memory already
        raise UnreadableBody(
            "Billmora redirected to a Location that is not a valid URL instead of answering JSON",
            request=request,
            response=answer,
        ) from None
