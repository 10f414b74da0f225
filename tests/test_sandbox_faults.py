"""Fault injection and serving: what an httpx client sees over loopback (uvicorn) and in-process."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette

from billmora_client.testing import ConnectionDropped, Fault, Sandbox, create_app, serve

NEW_USER = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "password": "correct horse"}


@pytest.fixture
def app() -> Starlette:
    return create_app(seed=5)


def headers(sandbox: Sandbox) -> dict[str, str]:
    return {"Authorization": f"Bearer {sandbox.token.plain_text}", "Accept": "application/json"}


def users_named_ada(sandbox: Sandbox) -> int:
    return len(sandbox.store.where("users", "email", "ada@example.com"))


async def test_serve_answers_over_loopback_and_stops_cleanly(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    async with serve(app) as base_url:
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api")
        async with httpx.AsyncClient(base_url=base_url, headers=headers(sandbox)) as api:
            assert (await api.get("/v1/users/1")).json()["data"]["id"] == 1
            stats = (await api.get(base_url.removesuffix("/api") + "/__sandbox/stats")).json()
            assert stats["requests"] == {"v1.users.show": 1} and stats["statuses"] == {"200": 1}
    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url + "/v1/users/1", timeout=1)


def test_serve_also_runs_in_a_thread_for_synchronous_callers(app: Starlette) -> None:
    with serve(app) as base_url:
        answer = httpx.get(base_url + "/v1/users", headers=headers(app.state.sandbox))
        assert answer.status_code == 200 and answer.json()["meta"]["total"] == 25


async def test_a_drop_before_the_controller_loses_the_answer_and_changes_nothing(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.inject(Fault.drop_before(), "v1.users.store", times=1)
    async with serve(app) as base_url, httpx.AsyncClient(base_url=base_url, headers=headers(sandbox)) as api:
        with pytest.raises(httpx.RemoteProtocolError):
            await api.post("/v1/users", json=NEW_USER)
        assert users_named_ada(sandbox) == 0
        assert (await api.post("/v1/users", json=NEW_USER)).status_code == 201
    assert sandbox.dropped["v1.users.store"] == 1 and sandbox.answers[("v1.users.store", 201)] == 1


async def test_a_drop_after_the_controller_commits_the_effect_but_loses_the_answer(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.inject(Fault.drop_after(), "POST /api/v1/users")
    async with serve(app) as base_url, httpx.AsyncClient(base_url=base_url, headers=headers(sandbox)) as api:
        with pytest.raises(httpx.RemoteProtocolError):
            await api.post("/v1/users", json=NEW_USER)
    assert users_named_ada(sandbox) == 1
    assert [(e.operation_id, e.status, e.fault) for e in sandbox.history] == [("v1.users.store", None, "drop_after")]


async def test_in_process_a_drop_reaches_the_caller_as_a_remote_protocol_error(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.inject(Fault.drop_after(), "v1.users.store")
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver/api", headers=headers(sandbox)
    ) as api:
        with pytest.raises(ConnectionDropped) as dropped:
            await api.post("/v1/users", json=NEW_USER)
    assert isinstance(dropped.value, httpx.RemoteProtocolError)
    assert users_named_ada(sandbox) == 1


@pytest.mark.parametrize(
    ("fault", "status", "content_type", "text"),
    [
        (Fault.http_status(500), 500, "application/json", '{"message":"Server Error"}'),
        (
            Fault.http_status(503, headers={"Retry-After": "30"}),
            503,
            "application/json",
            '{"message":"Service Unavailable"}',
        ),
        (Fault.http_status(419), 419, "application/json", '{"message":"CSRF token mismatch."}'),
        (Fault.http_status(502), 502, "text/html", "502 Bad Gateway"),
        (Fault.http_status(504), 504, "text/html", "504 Gateway Time-out"),
        (Fault.http_status(520), 520, "text/html", "520 Web Server Returned an Unknown Error"),
        (Fault.http_status(500, "<h1>Whoops</h1>"), 500, "text/html", "<h1>Whoops</h1>"),
    ],
)
async def test_a_status_fault_answers_before_anything_runs(
    app: Starlette, fault: Fault, status: int, content_type: str, text: str
) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.inject(fault, "v1.users.store")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app), base_url="http://testserver/api", headers=headers(sandbox)
    ) as api:
        answer = await api.post("/v1/users", json=NEW_USER)
        assert answer.status_code == status and answer.headers["content-type"].startswith(content_type)
        assert text in answer.text
        assert "x-ratelimit-limit" not in answer.headers
        if status == 503:
            assert answer.headers["retry-after"] == "30"
    assert users_named_ada(sandbox) == 0


async def test_a_truncated_or_html_body_follows_a_committed_effect(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.inject(Fault.truncate(), "v1.users.store", times=1)
    sandbox.inject(Fault.html(), "v1.users.show", times=1)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app), base_url="http://testserver/api", headers=headers(sandbox)
    ) as api:
        cut = await api.post("/v1/users", json=NEW_USER)
        assert cut.status_code == 201 and cut.headers["content-type"] == "application/json"
        assert cut.text.startswith('{"data":{"id":26') and not cut.text.endswith("}")
        with pytest.raises(ValueError):
            cut.json()
        page = await api.get("/v1/users/1")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert (await api.get("/v1/users/1")).json()["data"]["id"] == 1
    assert users_named_ada(sandbox) == 1


async def test_a_slow_fault_and_latency_delay_the_answer_but_not_its_content(app: Starlette) -> None:
    sandbox: Sandbox = app.state.sandbox
    sandbox.latency = 0.001
    sandbox.inject(Fault.slow(0.01), "v1.users.show")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app), base_url="http://testserver/api", headers=headers(sandbox)
    ) as api:
        assert (await api.get("/v1/users/1")).json()["data"]["id"] == 1
    assert sandbox.injected == [("v1.users.show", "slow")]


async def test_a_fraction_of_requests_fails_the_same_way_for_the_same_seed() -> None:
    async def failures(fault_seed: int) -> list[int]:
        app = create_app(seed=1, fault_seed=fault_seed)
        sandbox: Sandbox = app.state.sandbox
        sandbox.inject(Fault.http_status(503), probability=0.3)
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t/api", headers=headers(sandbox)) as api:
            return [(await api.get("/v1/users/1")).status_code for _ in range(40)]

    first = await failures(9)
    assert first == await failures(9)
    assert 0 < first.count(503) < 40 and set(first) == {200, 503}
    assert first != await failures(10)
