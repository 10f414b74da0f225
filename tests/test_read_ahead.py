"""Pages fetched ahead, over loopback: leaving a walk cancels them at once, and no request waits inside the
HTTP pool, where a cancellation could strand a connection (httpcore issue 1093)."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from billmora_client import Billmora, PoolLimitWarning
from billmora_client.testing import create_app

from .hostile import LoopbackServer, read_request, response_bytes

PAGES = 20
TOKEN = "1|read-ahead-secret"


@pytest.fixture
async def invoice_page() -> dict[str, Any]:
    """A page of one invoice as the sandbox answers it."""
    app = create_app()
    token = app.state.sandbox.tokens[1].plain_text
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://sandbox/api") as client:
        answer = await client.get("/v1/invoices", params={"per_page": 1}, headers=headers)
    body: dict[str, Any] = answer.json()
    return body


@dataclass
class HoldingServer(LoopbackServer):
    """A 20-page invoice listing (one invoice a page): pages up to ``answered`` are answered at once, later ones
    held open until the client hangs up. ``held`` counts the requests held now; ``holding(n)`` waits for n."""

    page: dict[str, Any]
    answered: int = 2
    held: int = 0
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def holding(self, count: int) -> None:
        async with self.changed:
            await self.changed.wait_for(lambda: self.held >= count)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                request = await read_request(reader)
                number = int(parse_qs(urlsplit(request.target).query).get("page", ["1"])[0])
                if number <= self.answered:
                    writer.write(response_bytes(200, self.numbered(number)))
                    await writer.drain()
                    continue
                await self._count(+1)
                try:
                    await reader.read(1)  # b"" once the client hangs up
                finally:
                    await self._count(-1)
                break
        writer.close()

    async def _count(self, change: int) -> None:
        async with self.changed:
            self.held += change
            self.changed.notify_all()

    def numbered(self, number: int) -> dict[str, Any]:
        body = copy.deepcopy(self.page)
        body["data"][0]["id"] = PAGES + 1 - number
        body["meta"].update(current_page=number, last_page=PAGES, per_page=1, total=PAGES)
        return body


async def test_leaving_a_walk_after_a_break_cancels_every_page_fetched_ahead_at_once(
    invoice_page: dict[str, Any],
) -> None:
    server = HoldingServer(invoice_page)
    async with server as url, Billmora(url, TOKEN, max_concurrency=10, page_concurrency=4, timeout=30) as bm:
        async with bm.invoices.iterate(per_page=1) as walk:
            async for invoice in walk:
                if invoice.id == PAGES - 1:  # page 2: pages 3 to 6 are being fetched ahead
                    await server.holding(4)
                    break
        assert bm._transport.in_flight == 0, "a page fetched ahead is still running after the block"
        assert [task for task in asyncio.all_tasks() if "_get" in repr(task.get_coro())] == []


async def test_aclose_after_iterating_pages_cancels_the_read_ahead(invoice_page: dict[str, Any]) -> None:
    server = HoldingServer(invoice_page)
    async with server as url, Billmora(url, TOKEN, page_concurrency=3, timeout=30) as bm:
        walk = bm.invoices.iterate(per_page=1)
        async for page in walk.pages():
            if page.current_page == 2:
                await server.holding(3)
                break
        await walk.aclose()
        assert bm._transport.in_flight == 0


async def _answer_and_hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """One answer a connection, ``Connection: close``: a request waiting in the pool gets a brand-new one."""
    with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
        await read_request(reader)
        writer.write(response_bytes(200, {"ok": True}, {"Connection": "close"}))
        await writer.drain()
    writer.close()


async def test_cancelling_calls_under_pool_contention_strands_no_connection() -> None:
    server = await asyncio.start_server(_answer_and_hang_up, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    http_client = httpx.AsyncClient(limits=httpx.Limits(max_connections=2))
    pool = http_client._transport._pool  # type: ignore[attr-defined]
    with pytest.warns(PoolLimitWarning, match="max_concurrency=4 is more than the 2 connections"):
        bm = Billmora(url, TOKEN, http_client=http_client, max_concurrency=4, rate_limit=10**6, timeout=2)
    async with bm, server:
        raw = bm.raw.get_async_httpx_client()
        for round_ in range(40):  # cancelled at every point of the exchange in turn
            calls = [asyncio.create_task(raw.get(f"/v1/users/{i}")) for i in range(6)]
            for _ in range(round_ % 20):
                await asyncio.sleep(0)  # one turn of the event loop, no wall-clock wait
            for call in calls:
                call.cancel()
            await asyncio.gather(*calls, return_exceptions=True)
            stranded = [c for c in pool.connections if not (c.is_idle() or c.is_closed())]  # no call is left
            assert stranded == [], f"round {round_}: {pool} holds {stranded}"
        assert (await raw.get("/v1/users/1")).status_code == 200


async def test_the_bound_fits_the_smallest_pool_of_every_mount() -> None:
    mounts = {"http://": httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=3))}
    with pytest.warns(PoolLimitWarning, match="at most 3 requests go out at once"):
        bm = Billmora("http://127.0.0.1:1", TOKEN, http_client=httpx.AsyncClient(mounts=mounts), max_concurrency=10)
    async with bm:
        assert bm._transport.free_slots == 3
    http2_only = httpx.AsyncHTTPTransport(http1=False, http2=True, limits=httpx.Limits(max_connections=1))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an HTTP/2-only pool multiplexes: nothing to lower
        async with Billmora("http://127.0.0.1:1", TOKEN, transport=http2_only, max_concurrency=10) as bm:
            assert bm._transport.free_slots == 10
        async with Billmora("http://127.0.0.1:1", TOKEN, max_concurrency=150) as bm:  # the pool made here fits
            assert bm._transport.free_slots == 150


async def test_by_default_a_walk_reads_eight_pages_ahead_within_ten_calls_at_once(invoice_page: dict[str, Any]) -> None:
    server = HoldingServer(invoice_page)
    async with server as url, Billmora(url, TOKEN, timeout=30) as bm:
        assert bm._transport.free_slots == 10
        async with bm.invoices.iterate(per_page=1) as walk:
            async for invoice in walk:
                if invoice.id == PAGES - 1:  # page 2: pages 3 to 10 are being fetched ahead
                    await server.holding(8)
                    assert bm._transport.in_flight == 8
                    break
