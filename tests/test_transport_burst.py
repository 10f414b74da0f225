"""A burst far beyond the budget, over real HTTP: paced to the server's windows, no 429 surfaced (about 3 s).

The pacing logic itself is checked against a simulated limiter on a fake clock in ``test_transport_pacing``;
this is its one end-to-end run on the wire."""

from __future__ import annotations

import asyncio
import time

import httpx

from billmora_client._retry import RetryEvent
from billmora_client._transport import BillmoraTransport

from .transport_server import BillmoraLikeServer, serving

TOKEN = "9|burstTokenSecret"
LIMIT, WINDOW, CALLS = 10, 0.5, 60


async def test_a_burst_six_times_the_budget_is_paced_without_429s() -> None:
    app = BillmoraLikeServer(limit=LIMIT, window=WINDOW)
    events: list[RetryEvent] = []
    transport = BillmoraTransport(rate_window=WINDOW, on_retry=events.append)  # the limit is learned
    async with serving(app.app) as base_url:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with httpx.AsyncClient(base_url=base_url, transport=transport, headers=headers, timeout=60) as client:
            started = time.monotonic()
            responses = await asyncio.gather(*(client.get("/v1/ping") for _ in range(CALLS)))
            elapsed = time.monotonic() - started
    assert [r.status_code for r in responses] == [200] * CALLS
    windows = app.windows(f"Bearer {TOKEN}")
    assert app.refused == 0 and events == []
    assert [w.admitted for w in windows] == [LIMIT] * (CALLS // LIMIT)
    assert elapsed >= (CALLS // LIMIT - 1) * WINDOW  # the budget allows no faster
    assert transport.state.limit == LIMIT and transport.in_flight == 0
