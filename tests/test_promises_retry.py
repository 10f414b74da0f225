"""Which failures are sent again, how often, and after exactly which waits (on an injected clock), over loopback."""

from __future__ import annotations

import httpx
import pytest

from billmora_client._options import OPTIONS_EXTENSION, Options
from billmora_client._retry import RetryEvent, RetryPolicy
from billmora_client._transport import BillmoraTransport

from .promises import FakeTime, client, scripted


def transport(
    time: FakeTime, policy: RetryPolicy, events: list[RetryEvent] | None = None, *, max_retries: int | None = None
) -> BillmoraTransport:
    on_retry = events.append if events is not None else None
    options = Options() if max_retries is None else Options(max_retries=max_retries)  # the default: Options()'s
    return BillmoraTransport(None, options, retry_policy=policy, clock=time, sleep=time.sleep, on_retry=on_retry)


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_a_delete_answered_by_a_gateway_error_is_resent_after_the_backoff(status: int) -> None:
    time, server = FakeTime(), scripted([(status, {}), (status, {})])
    async with server as url, client(url, transport(time, RetryPolicy(jitter=lambda: 1.0), max_retries=2)) as c:
        response = await c.delete("/v1/tickets/4")
    assert response.status_code == 200
    assert [(r.method, r.target) for r in server.requests] == [("DELETE", "/v1/tickets/4")] * 3
    assert time.slept == [0.5, 1.0]  # base, then twice it: the jitter's largest draw


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST"])
async def test_a_500_is_never_resent(method: str) -> None:
    time, server = FakeTime(), scripted([(500, {})])
    async with server as url, client(url, transport(time, RetryPolicy(), max_retries=2)) as c:
        response = await c.request(method, "/v1/tickets/4")
    assert response.status_code == 500 and len(server.requests) == 1 and time.slept == []


async def test_retries_stop_after_max_retries() -> None:
    time, server = FakeTime(), scripted([(503, {})] * 10)
    async with server as url, client(url, transport(time, RetryPolicy(jitter=lambda: 0.0), max_retries=3)) as c:
        response = await c.put("/v1/users/1", json={})
    assert response.status_code == 503 and len(server.requests) == 4


async def test_a_post_answered_503_is_not_resent() -> None:
    time, server = FakeTime(), scripted([(503, {})])
    async with server as url, client(url, transport(time, RetryPolicy(), max_retries=2)) as c:
        response = await c.post("/v1/tickets", json={})
    assert response.status_code == 503 and len(server.requests) == 1


class ConnectTimesOutFirst(httpx.AsyncBaseTransport):
    """A user's transport whose first connect attempt times out; then it reaches the server."""

    def __init__(self) -> None:
        self.real = httpx.AsyncHTTPTransport()
        self.failed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.failed:
            self.failed = True
            raise httpx.ConnectTimeout("timed out connecting", request=request)
        return await self.real.handle_async_request(request)

    async def aclose(self) -> None:
        await self.real.aclose()


async def test_a_post_whose_connect_timed_out_is_resent_once() -> None:
    events: list[RetryEvent] = []
    time, server = FakeTime(), scripted([(201, {}, {"data": {"id": 7}})])
    wrapped = BillmoraTransport(
        ConnectTimesOutFirst(),
        Options(max_retries=2),
        retry_policy=RetryPolicy(jitter=lambda: 1.0),
        clock=time,
        sleep=time.sleep,
        on_retry=events.append,
    )
    async with server as url, client(url, wrapped) as c:
        response = await c.post("/v1/tickets", json={"subject": "s"})
    assert response.json() == {"data": {"id": 7}}
    assert [r.method for r in server.requests] == ["POST"]
    assert [(e.method, e.attempt, e.delay, e.reason) for e in events] == [("POST", 1, 0.5, "ConnectTimeout")]


async def test_a_get_whose_read_timed_out_is_resent_and_a_post_is_not() -> None:
    events: list[RetryEvent] = []
    time, server = FakeTime(), scripted(["silent", (200, {}), "silent"])
    timeout = httpx.Timeout(0.3, pool=10.0)  # each read 0.3 s, the whole call 10 s
    async with server as url, client(url, transport(time, RetryPolicy(jitter=lambda: 0.0), events), timeout) as c:
        assert (await c.get("/v1/users/1")).status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            await c.post("/v1/tickets", json={})
    assert [r.method for r in server.requests] == ["GET", "GET", "POST"]
    assert [(e.method, e.reason) for e in events] == [("GET", "ReadTimeout")]


@pytest.mark.parametrize(("retry_after", "slept", "sent"), [("3", [3.0], 2), ("8", [8.0], 2), ("9", [], 1)])
async def test_a_503_retry_after_is_waited_within_the_cap_and_returned_at_once_beyond_it(
    retry_after: str, slept: list[float], sent: int
) -> None:
    time, server = FakeTime(), scripted([(503, {"Retry-After": retry_after})])
    policy = RetryPolicy(backoff_cap=8.0, jitter=lambda: 0.0)
    async with server as url, client(url, transport(time, policy, max_retries=2)) as c:
        response = await c.get("/v1/users/1")
    assert response.status_code == (200 if sent == 2 else 503)
    assert time.slept == slept and len(server.requests) == sent


async def test_a_retry_after_shorter_than_the_backoff_waits_the_backoff() -> None:
    time, server = FakeTime(), scripted([(502, {"Retry-After": "1"})])
    policy = RetryPolicy(backoff_base=4.0, jitter=lambda: 0.5)
    async with server as url, client(url, transport(time, policy, max_retries=1)) as c:
        assert (await c.get("/v1/users/1")).status_code == 200
    assert time.slept == [2.0]


async def test_backoff_delays_are_slept_jittered_doubling_and_capped() -> None:
    events: list[RetryEvent] = []
    time, server = FakeTime(), scripted(["drop", "drop", "drop"])
    policy = RetryPolicy(backoff_base=1.5, backoff_cap=2.0, jitter=lambda: 0.5)
    async with server as url, client(url, transport(time, policy, events, max_retries=3)) as c:
        assert (await c.get("/v1/users/1")).status_code == 200
    assert time.slept == [0.75, 1.0, 1.0]  # half of 1.5, of 3 capped at 2, of 6 capped at 2
    assert [(e.attempt, e.delay) for e in events] == [(1, 0.75), (2, 1.0), (3, 1.0)]
    assert len(server.requests) == 4


async def test_a_per_request_max_retries_overrides_the_policy() -> None:
    time, server = FakeTime(), scripted([(503, {})] * 5)
    async with server as url, client(url, transport(time, RetryPolicy(jitter=lambda: 0.0), max_retries=4)) as c:
        response = await c.get("/v1/users/1", extensions={OPTIONS_EXTENSION: Options(max_retries=1)})
        none = await c.get("/v1/users/1", extensions={OPTIONS_EXTENSION: Options(max_retries=0)})
    assert (response.status_code, none.status_code) == (503, 503)
    assert len(server.requests) == 3


async def test_the_default_policy_resends_twice_after_half_a_second_doubling_up_to_eight() -> None:
    time, server = FakeTime(), scripted([(503, {})] * 3)
    async with server as url, client(url, transport(time, RetryPolicy(jitter=lambda: 1.0))) as c:
        assert (await c.get("/v1/users/1")).status_code == 503
    assert len(server.requests) == 3 and time.slept == [0.5, 1.0]
    time, server = FakeTime(), scripted(["drop"] * 6)
    policy = RetryPolicy(jitter=lambda: 1.0)
    async with (
        server as url,
        client(url, transport(time, policy, max_retries=6), timeout=60.0) as c,
    ):  # 23.5 s of backoff
        assert (await c.get("/v1/users/1")).status_code == 200
    assert time.slept == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
