"""The sandbox ASGI app: routing and Billmora's middleware order, then faults, latency and counters.

Order on ``/v1`` (routes/api.php with Laravel's middleware priority): ``auth:sanctum`` (401, or a 302 to the
login page for a client that does not ask for JSON) -> route model binding (404) -> ``CheckApiWhitelistIp``
(403) -> ``ApiRateLimiter`` (429; headers on every later answer) -> ``CheckApiTokenAbility`` (403) -> controller.
The two public routes get only route model binding.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import _seed
from ._clock import Clock
from ._controllers import MODELS, Call, not_found
from ._faults import BEFORE_CONTROLLER, ConnectionDropped, Fault
from ._http import client_ip, encode, error_page, expects_json, json_response, origin, redirect
from ._pagination import BadPerPage
from ._ratelimit import FixedWindowLimiter
from ._routes import Operation, Router, operations, route_key
from ._sandbox import Sandbox
from ._store import NotNullViolation, RestrictedDelete, Store
from ._tokens import Token, bearer, find_token
from ._validation import Invalid

log = logging.getLogger("billmora_client.testing")
RAW_SEND = "billmora_sandbox.send"
SERVER_ERROR = {"message": "Server Error"}
ALL_VERBS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class Dropped(Exception):
    """The answer is to be lost: the connection closes without a byte of it."""


class SandboxApp(Starlette):
    """A Starlette app that keeps the server's own ``send`` in the scope, so a fault can drop the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[RAW_SEND] = send
        await super().__call__(scope, receive, send)


async def _drop(scope: Scope) -> Response:
    """Close the connection unanswered: abort uvicorn's socket, or raise ``ConnectionDropped`` in-process."""
    send: Any = scope.get(RAW_SEND)
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        raise ConnectionDropped()
    transport.abort()
    for _ in range(3):  # let uvicorn see the connection lost before it considers answering 500
        await asyncio.sleep(0)
    return Response(b"", 204)


def _ratelimit_headers(limit: int, remaining: int) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining)}


async def _body(request: Request) -> Any:
    """``$request->all()`` for a JSON or form body; unreadable JSON is an empty body, as in Laravel."""
    raw = await request.body()
    content_type = request.headers.get("content-type", "")
    if "/json" in content_type or "+json" in content_type:
        try:
            return json.loads(raw or b"null")
        except ValueError:
            return None
    if "application/x-www-form-urlencoded" in content_type:
        return dict(parse_qsl(raw.decode(errors="replace"), keep_blank_values=True))
    return None


class Pipeline:
    """Billmora's answer to one matched request."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    async def answer(self, op: Operation, key: str | None, request: Request) -> Response:
        sandbox, wants_json = self.sandbox, expects_json(request)
        call = Call(sandbox.store, None, request.query_params, str(request.url.replace(query="")))
        headers: dict[str, str] = {}
        if op.ability is not None:
            credential = bearer(request)
            token = find_token(sandbox.tokens, credential) if credential else None
            if token is None:
                if wants_json:
                    return json_response(401, {"message": "Unauthenticated."})
                return redirect(origin(request) + "/auth/login")
        if op.table is not None:
            row_id = route_key(key) if key is not None else None
            row = sandbox.store.get(op.table, row_id) if row_id is not None else None
            if row is None:
                status, body = not_found(MODELS[op.table], key)
                return json_response(status, body) if wants_json else error_page(404, "Not Found")
            call.row = row
        if op.ability is not None:
            assert token is not None
            if not token.allows(client_ip(request)):
                return json_response(403, {"message": "Your IP address is not allowed to use this token."})
            now = sandbox.clock.now()
            wait = sandbox.limiter.retry_after(token.id, token.rate_limit, now)
            if wait is not None:
                refusal = {"Retry-After": str(wait), **_ratelimit_headers(token.rate_limit, 0)}
                return json_response(429, {"message": "Too many requests. Please try again later."}, refusal)
            hits = sandbox.limiter.hit(token.id, now)
            headers = _ratelimit_headers(token.rate_limit, max(0, token.rate_limit - hits))
            if not token.can(op.ability):
                message = f"This token does not have the required permission: {op.ability}"
                return json_response(403, {"message": message}, headers)
        call.body = await _body(request)
        return await self._controller(op, call, request, wants_json, headers)

    async def _controller(
        self, op: Operation, call: Call, request: Request, wants_json: bool, headers: dict[str, str]
    ) -> Response:
        try:
            status, body = await op.controller(call)
        except Invalid as invalid:
            if not wants_json:
                back = request.headers.get("referer") or origin(request) + "/"
                response = redirect(back)
                response.headers.update(headers)
                return response
            status, body = 422, invalid.body()
        except (RestrictedDelete, NotNullViolation, BadPerPage):
            status, body = 500, SERVER_ERROR
        except Exception:
            log.exception("the sandbox failed on %s", op.operation_id)
            status, body = 500, SERVER_ERROR
        return json_response(status, body, headers)


async def _after(fault: Fault | None, response: Response) -> Response:
    if fault is None:
        return response
    if fault.kind == "drop_after":
        raise Dropped()
    if fault.kind == "truncate":
        body = bytes(response.body)
        return Response(body[: len(body) // 2], response.status_code, _plain_headers(response), "application/json")
    if fault.kind == "html":
        page = "<!DOCTYPE html>\n<html><head><title>Billmora</title></head><body><h1>Billmora</h1></body></html>\n"
        return Response(page, response.status_code, _plain_headers(response), "text/html; charset=utf-8")
    return response


def _plain_headers(response: Response) -> dict[str, str]:
    skipped = {"content-length", "content-type"}
    return {k: v for k, v in response.headers.items() if k.lower() not in skipped}


def build_app(sandbox: Sandbox) -> Starlette:
    router, pipeline = Router(operations()), Pipeline(sandbox)

    async def handle(request: Request) -> Response:
        path, method = _path(request), request.method
        matched = router.match(method, path)
        if matched is None:
            return _unrouted(router, request)
        op, key = matched
        sandbox.requests[op.operation_id] += 1
        if sandbox.latency:
            await asyncio.sleep(sandbox.latency)
        fault = sandbox.pick_fault(op.operation_id, method, op.template, path)
        try:
            if fault is not None and fault.kind in BEFORE_CONTROLLER:
                if fault.kind == "drop_before":
                    raise Dropped()
                text, content_type = fault.answer()
                response = Response(text, fault.status, dict(fault.headers), content_type)
            else:
                response = await _after(fault, await pipeline.answer(op, key, request))
                if fault is not None and fault.kind == "slow":
                    await asyncio.sleep(fault.delay)  # the effect is committed; the answer comes late
        except Dropped:
            sandbox.record(op.operation_id, method, path, None, fault)
            return await _drop(request.scope)
        sandbox.record(op.operation_id, method, path, response.status_code, fault)
        return response

    async def stats(request: Request) -> Response:
        return Response(encode(sandbox.stats()), 200, media_type="application/json")

    everything = Route("/{path:path}", handle, methods=ALL_VERBS)
    everything.path_regex = re.compile(r"/(?P<path>.*)", re.DOTALL)  # Starlette's `path` stops at a newline
    app = SandboxApp(routes=[Route("/__sandbox/stats", stats), everything])
    app.state.sandbox = sandbox
    return app


def _path(request: Request) -> str:
    """The decoded path as the server received it (``request.url`` drops control characters such as newlines)."""
    path: str = request.scope["path"]
    return path


def _unrouted(router: Router, request: Request) -> Response:
    """Laravel's answers for a path no route matches, or a verb the path does not take."""
    path = _path(request).lstrip("/")
    allowed = router.allowed(_path(request))
    if allowed and request.method == "OPTIONS":
        return Response(b"", 200, {"Allow": ",".join(allowed)})
    if not allowed:
        message = f"The route {path} could not be found."
        return json_response(404, {"message": message}) if expects_json(request) else error_page(404, "Not Found")
    # Symfony's MethodNotAllowedHttpException carries `Allow`; Laravel renders the exception's headers either way
    supported = ", ".join(allowed)
    headers = {"Allow": supported}
    if expects_json(request):
        message = f"The {request.method} method is not supported for route {path}. Supported methods: {supported}."
        return json_response(405, {"message": message}, headers)
    page = error_page(405, "Method Not Allowed")
    page.headers.update(headers)
    return page


def create_app(
    *,
    seed: int = 0,
    sizes: _seed.Sizes | None = None,
    tokens: list[Token] | None = None,
    latency: float = 0.0,
    window: float = 60.0,
    clock: Clock | None = None,
    fault_seed: int | None = None,
) -> Starlette:
    """A Billmora-compatible ASGI app over a store seeded from ``seed``; its ``Sandbox`` is ``app.state.sandbox``.

    Without ``tokens``, one ``*`` token with secret ``sandbox-secret`` is registered as id 1
    (``app.state.sandbox.token.plain_text == "1|sandbox-secret"``). ``latency`` (seconds) is slept before every
    answer; ``window`` is the rate-limit window in seconds, read from ``clock``; faults draw from a generator
    seeded with ``fault_seed`` (default: ``seed``).
    """
    store = Store()
    _seed.seed(store, seed, sizes or _seed.Sizes())
    sandbox = Sandbox(
        store,
        clock or Clock(),
        FixedWindowLimiter(window),
        latency=latency,
        rng=random.Random(seed if fault_seed is None else fault_seed),
    )
    for token in tokens or [Token("sandbox-secret")]:
        sandbox.add_token(token)
    return build_app(sandbox)


def sandbox_of(app: Any) -> Sandbox:
    """The ``Sandbox`` of an app made by ``create_app``."""
    found: Sandbox = app.state.sandbox
    return found
