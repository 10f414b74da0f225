"""The Billmora client over real HTTP on loopback: configuration, headers, typed results, and every kind of
answer it cannot use turned into the SDK's own typed errors, never a bare exception from generated code."""

from __future__ import annotations

import asyncio
import importlib.abc
import json
import logging
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from billmora_client import (
    APITimeoutError,
    Billmora,
    BillmoraError,
    ConfigurationError,
    InsecureTransportWarning,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
    __version__,
)

TOKEN = "7|s3cr3tT0kenValue"
USER = {
    "id": 1,
    "first_name": "Ada",
    "last_name": "Lovelace",
    "fullname": "Ada Lovelace",
    "email": "ada@example.com",
    "status": "active",
    "currency": None,
    "language": "en",
    "auto_credit_payment": False,
    "email_verified_at": None,
    "created_at": "2026-05-01T12:34:56.000000Z",
    "updated_at": "2026-05-01T12:34:56.000000Z",
}
ORDER_ITEM = {
    "id": 3,
    "item_type": "service",
    "description": "VPS",
    "quantity": 1,
    "billing_type": "recurring",
    "billing_period": "month",
    "billing_interval": 1,
    "unit_price": "5.00",
    "setup_fee": "0.00",
    "amount": "5.00",
}
ORDER = {
    "id": 9,
    "order_number": "ORD-9",
    "status": "pending",
    "subtotal": "5.00",
    "discount": "0.00",
    "setup_fee": "0.00",
    "tax": "0.00",
    "total": "5.00",
    "currency": "USD",
    "notes": None,
    "completed_at": None,
    "cancelled_at": None,
    "created_at": None,
    "updated_at": None,
    "items": [ORDER_ITEM],
}
LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in</body></html>"


def hostile_app(seen: list[Request]) -> Starlette:
    """Answers GET /api/v1/users/{id} in a different way per id, like Billmora or a proxy in front of it could."""

    async def user(request: Request) -> Response:
        seen.append(request)
        kind = int(request.path_params["id"])
        answers: dict[int, Callable[[], Response]] = {
            1: lambda: JSONResponse({"data": USER}, headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "58"}),
            2: lambda: JSONResponse({"message": "No query results for model [App\\Models\\User] 2"}, 404),
            3: lambda: HTMLResponse("<html><body><h1>Server Error</h1></body></html>", 500),
            4: lambda: RedirectResponse("http://127.0.0.1/auth/login", 302),
            5: lambda: Response(b"", 200, media_type="application/json"),
            6: lambda: Response(b'{"data": {"id": 1, "first_na', 200, media_type="application/json"),
            7: lambda: JSONResponse({"data": [1, 2]}),
            8: lambda: JSONResponse({"data": {**USER, "created_at": "yesterday-ish"}}),
            9: lambda: HTMLResponse("<html><body>Page Expired</body></html>", 419),
            10: lambda: JSONResponse({"message": "Client closed"}, 499),
            11: lambda: HTMLResponse("<html>Web server is returning an unknown error</html>", 520),
            12: lambda: JSONResponse({"message": "?"}, 599),
            13: lambda: Response(b"x" * (6 * 1024 * 1024), 200, media_type="application/json"),
            14: lambda: JSONResponse({"data": {k: v for k, v in USER.items() if k != "email"}}),
            15: lambda: JSONResponse({"message": "This token does not have the required permission: users.view"}, 403),
            16: lambda: Response(b"", 502),
            17: lambda: JSONResponse(None),
            18: lambda: Response(b"[" * 100_000 + b"]" * 100_000, 200, media_type="application/json"),
            19: lambda: Response(b"[" * 100_000 + b"]" * 100_000, 422, media_type="application/json"),
        }
        if kind == 20:  # a slow drip: a few bytes, then nothing for longer than the read timeout

            async def drip() -> Any:
                yield b'{"data": '
                await asyncio.sleep(2)
                yield json.dumps(USER).encode() + b"}"

            return StreamingResponse(drip(), media_type="application/json")
        return answers[kind]()

    async def store(request: Request) -> Response:
        seen.append(request)
        return JSONResponse(
            {
                "message": "The email field must be a valid email address.",
                "errors": {"email": ["The email field must be a valid email address."]},
            },
            422,
        )

    async def order(request: Request) -> Response:
        return JSONResponse({"data": {**ORDER, "items": [{**ORDER_ITEM, "item_type": "bundle"}]}})

    return Starlette(
        routes=[
            Route("/api/v1/users/{id:int}", user),
            Route("/api/v1/users", store, methods=["POST"]),
            Route("/api/v1/orders/{id:int}", order),
        ]
    )


@pytest.fixture
def server(loopback: Callable[[Any], str]) -> tuple[str, list[Request]]:
    seen: list[Request] = []
    return loopback(hostile_app(seen)), seen


async def test_success_returns_the_typed_model_and_sends_auth_accept_and_user_agent(
    server: tuple[str, list[Request]],
) -> None:
    url, seen = server
    async with Billmora(url, TOKEN, max_retries=0) as bm:
        user = await bm.users.show(1)
        assert (user.id, user.email, user.created_at.year if user.created_at else None) == (1, "ada@example.com", 2026)
        assert user.currency is None
        assert bm.rate_limit.limit == 60 and bm.rate_limit.remaining == 58
    headers = seen[0].headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith(f"billmora-client/{__version__}")


class ImportRecorder(importlib.abc.MetaPathFinder):
    """Records every module Python goes looking for (a failed import is looked for on every attempt)."""

    def __init__(self) -> None:
        self.sought: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.sought.append(fullname)


async def test_a_call_over_the_wire_imports_nothing(server: tuple[str, list[Request]]) -> None:
    url, _ = server
    recorder = ImportRecorder()
    async with Billmora(url, TOKEN, max_retries=0) as bm:
        await bm.users.show(1)  # the first call may import what it needs once
        sys.meta_path.insert(0, recorder)
        try:
            for _ in range(5):
                await bm.users.show(1)
        finally:
            sys.meta_path.remove(recorder)
    assert recorder.sought == []  # httpcore looks for sniffio on each request: it must be installed


@pytest.mark.parametrize(
    ("kind", "error", "text"),
    [
        (2, NotFoundError, "No query results for model"),
        (3, ServerError, "HTTP 500"),
        (4, UnexpectedResponseError, "redirected to /auth/login"),
        (5, UnexpectedResponseError, "not valid JSON"),
        (6, UnexpectedResponseError, "not valid JSON"),
        (7, UnexpectedResponseError, "does not fit the document"),
        (8, UnexpectedResponseError, "does not fit the document"),
        (9, UnexpectedResponseError, "HTTP 419 with an HTML page"),
        (10, UnexpectedResponseError, "non-standard status 499"),
        (11, UnexpectedResponseError, "HTTP 520 with an HTML page"),
        (12, UnexpectedResponseError, "non-standard status 599"),
        (13, UnexpectedResponseError, "not valid JSON"),
        (14, UnexpectedResponseError, "at data.email: expected string, got nothing"),
        (16, ServerError, "HTTP 502"),
        (17, UnexpectedResponseError, "does not fit the document"),
        (18, UnexpectedResponseError, "nested too deeply"),
        (19, UnexpectedResponseError, "HTTP 422 with a body that is not JSON"),
    ],
)
async def test_every_unusable_answer_raises_a_typed_error_with_status_and_snippet(
    server: tuple[str, list[Request]], kind: int, error: type[BillmoraError], text: str
) -> None:
    url, _ = server
    async with Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(error) as caught:
            await bm.users.show(kind)
    message = str(caught.value)
    assert text in message
    assert len(message) < 600, "the error quotes a short snippet, not the whole body"
    assert getattr(caught.value, "status_code", None) is not None


async def test_permission_error_names_the_missing_ability(server: tuple[str, list[Request]]) -> None:
    url, _ = server
    async with Billmora(url, TOKEN) as bm:
        with pytest.raises(PermissionDeniedError) as caught:
            await bm.users.show(15)
    assert caught.value.ability == "users.view" and not caught.value.ip_refused
    assert caught.value.status_code == 403 and caught.value.may_have_succeeded is False
    assert caught.value.message == "This token does not have the required permission: users.view"
    assert "HTTP 403 from GET /api/v1/users/15: This token does not have" in str(caught.value)


async def test_validation_error_carries_field_errors(server: tuple[str, list[Request]]) -> None:
    from billmora_client.generated.models import UsersStoreRequest

    url, _ = server
    async with Billmora(url, TOKEN) as bm:
        with pytest.raises(ValidationError) as caught:
            await bm.users.store(body=UsersStoreRequest(first_name="A", last_name="B", email="x", password="12345678"))
    assert caught.value.errors == {"email": ["The email field must be a valid email address."]}
    assert caught.value.status_code == 422


async def test_an_unknown_enum_value_from_a_newer_billmora_is_kept_not_fatal(
    server: tuple[str, list[Request]],
) -> None:
    url, _ = server
    async with Billmora(url, TOKEN) as bm:
        order = await bm.orders.show(9)
    assert order.items and order.items[0].item_type == "bundle"
    assert order.items[0].item_type.value == "bundle"


async def test_a_slow_drip_raises_a_timeout_error_and_per_call_timeouts_apply(
    server: tuple[str, list[Request]],
) -> None:
    url, _ = server
    async with Billmora(url, TOKEN, max_retries=0, timeout=10) as bm:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"GET failed with (ReadTimeout|DeadlineExceeded)"):
            await bm.users.show(20, timeout=0.3)
        took = time.monotonic() - started
    assert 0.3 <= took < 0.3 + 0.6, f"the call took {took:.2f}s with a 0.3 s timeout (the answer ends after 2 s)"


def test_configuration_comes_from_arguments_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILLMORA_BASE_URL", "https://billing.example.com/api/v1/")
    monkeypatch.setenv("BILLMORA_API_TOKEN", TOKEN)
    assert Billmora().base_url == "https://billing.example.com/api"
    assert Billmora("https://other.example.com").base_url == "https://other.example.com/api"
    assert Billmora("https://x.example.com/api").base_url == "https://x.example.com/api"
    monkeypatch.delenv("BILLMORA_API_TOKEN")
    with pytest.raises(ConfigurationError, match="BILLMORA_API_TOKEN"):
        Billmora()
    for bad in ["billing.example.com", "ftp://x.example.com", "https://"]:
        with pytest.raises(ConfigurationError, match="base URL"):
            Billmora(bad, TOKEN)
    url = "https://x.example.com"
    makers: list[tuple[Callable[[], Billmora], str]] = [
        (lambda: Billmora(url, TOKEN, max_concurrency=0), "max_concurrency"),
        (lambda: Billmora(url, TOKEN, max_retries=-1), "max_retries"),
        (lambda: Billmora(url, TOKEN, rate_limit=0), "limit"),
    ]
    for make, named in makers:
        with pytest.raises(ConfigurationError, match=named):
            make()


def test_plain_http_warns_unless_loopback() -> None:
    with pytest.warns(InsecureTransportWarning, match="clear text"):
        Billmora("http://billing.example.com", TOKEN)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Billmora("http://127.0.0.1:8000", TOKEN)
        Billmora("http://localhost", TOKEN)


async def test_the_token_appears_in_no_repr_log_record_or_exception(
    server: tuple[str, list[Request]], caplog: pytest.LogCaptureFixture
) -> None:
    url, _ = server
    secret = TOKEN.split("|")[1]
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    async with Billmora(url, TOKEN, max_retries=1) as bm:
        texts += [repr(bm), str(bm), repr(bm.raw), str(bm.raw)]
        await bm.users.show(1)
        for kind in (2, 3, 4, 9, 16):
            try:
                await bm.users.show(kind)
            except BillmoraError as exc:
                texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records, "DEBUG logging was captured"
    assert not [t for t in texts if secret in t]


async def test_a_redirect_to_another_origin_does_not_carry_the_token(loopback: Callable[[Any], str]) -> None:
    received: list[Request] = []

    async def elsewhere(request: Request) -> Response:
        received.append(request)
        return JSONResponse({"data": USER})

    other = loopback(Starlette(routes=[Route("/api/v1/users/{id:int}", elsewhere)]))

    async def moved(request: Request) -> Response:
        return RedirectResponse(f"{other}/api/v1/users/1", 301)

    origin = loopback(Starlette(routes=[Route("/api/v1/users/{id:int}", moved)]))
    async with Billmora(origin, TOKEN, http_client=httpx.AsyncClient(follow_redirects=True)) as bm:
        user = await bm.users.show(1)
    assert user.id == 1
    assert received and "authorization" not in received[0].headers


async def test_a_users_own_http_client_keeps_auth_pacing_and_retries(server: tuple[str, list[Request]]) -> None:
    url, seen = server
    async with Billmora(url, TOKEN, http_client=httpx.AsyncClient(headers={"X-Trace": "abc"})) as bm:
        await bm.users.show(1)
        assert bm.rate_limit.remaining == 58
    assert seen[-1].headers["authorization"] == f"Bearer {TOKEN}"
    assert seen[-1].headers["x-trace"] == "abc"


async def test_the_generated_functions_work_with_the_configured_raw_client(server: tuple[str, list[Request]]) -> None:
    from billmora_client.generated.api.users import v1_users_show

    url, seen = server
    async with Billmora(url, TOKEN) as bm:
        response = await v1_users_show.asyncio_detailed(1, client=bm.raw)
    assert response.status_code == 200 and response.parsed is not None
    assert seen[-1].headers["authorization"] == f"Bearer {TOKEN}"
