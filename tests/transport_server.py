"""Loopback servers for the transport tests: Billmora's fixed-window limiter and failures on demand.

``BillmoraLikeServer`` is a Starlette app served by uvicorn on 127.0.0.1 (an ephemeral port). Under ``/v1``
it limits with the sandbox's limiter (``ApiRateLimiter.php``: per token, ``limit`` hits per fixed window
opening at the first hit; a 429 with ``Retry-After`` is not counted), adding ``X-RateLimit-Limit``/
``-Remaining`` to every answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from billmora_client._ratelimit import RateLimiter
from billmora_client._transport import BillmoraTransport
from billmora_client.testing import serve
from billmora_client.testing._ratelimit import FixedWindowLimiter as SandboxLimiter

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]


@dataclass
class Window:
    """One fixed window of one token: when it opened, hits admitted and requests refused."""

    opened_at: float
    admitted: int = 0
    refused: int = 0


@dataclass
class Hit:
    """A request the server saw under /v1."""

    at: float
    method: str
    path: str
    status: int


@dataclass
class FixedWindowLimiter:
    """The sandbox's limiter (Billmora's ``ApiRateLimiter``) for ``limit`` hits per token, keeping every window
    it opened so a test can count what each admitted and refused."""

    limit: int
    window: float
    windows: dict[str, list[Window]] = field(default_factory=dict)
    _keys: dict[str, int] = field(default_factory=dict)
    _limiter: SandboxLimiter = field(init=False)

    def __post_init__(self) -> None:
        self._limiter = SandboxLimiter(self.window)

    def hit(self, token: str, now: float) -> tuple[bool, int, int]:
        """(allowed, remaining, retry_after_seconds)."""
        key = self._keys.setdefault(token, len(self._keys))
        retry_after = self._limiter.retry_after(key, self.limit, now)
        opened_at = self._limiter.windows[key].opened_at
        history = self.windows.setdefault(token, [])
        if not history or history[-1].opened_at != opened_at:
            history.append(Window(opened_at))
        if retry_after is not None:
            history[-1].refused += 1
            return False, 0, retry_after
        history[-1].admitted += 1
        return True, self.limit - self._limiter.hit(key, now), 0


class BillmoraLikeServer:
    """The app plus what it observed: hits, windows per token, and Authorization values received."""

    def __init__(self, limit: int = 60, window: float = 60.0) -> None:
        self.limiter = FixedWindowLimiter(limit, window)
        self.hits: list[Hit] = []
        self.flaky_failures: dict[str, int] = {}
        routes = [
            Route("/v1/ping", self.ping, methods=METHODS),
            Route("/v1/flaky/{key}", self.flaky, methods=METHODS),
            Route("/v1/slow", self.slow, methods=METHODS),
        ]
        self.app = Starlette(routes=routes)
        self.app.add_middleware(_LimiterMiddleware, server=self)

    @property
    def refused(self) -> int:
        """429s answered, all tokens."""
        return sum(w.refused for windows in self.limiter.windows.values() for w in windows)

    def windows(self, token: str) -> list[Window]:
        """The windows one token has opened so far."""
        return self.limiter.windows.get(token, [])

    async def ping(self, request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def flaky(self, request: Request) -> Response:
        """503 the first ``?fail=n`` times for each key, then 200."""
        key = request.path_params["key"]
        seen = self.flaky_failures.get(key, 0)
        self.flaky_failures[key] = seen + 1
        if seen < int(request.query_params.get("fail", "1")):
            return JSONResponse({"message": "Service Unavailable"}, status_code=503)
        return JSONResponse({"ok": True, "attempts": seen + 1})

    async def slow(self, request: Request) -> Response:
        await asyncio.sleep(float(request.query_params.get("seconds", "1")))
        return JSONResponse({"ok": True})


ASGIApp = Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]


class _LimiterMiddleware:
    """ASGI middleware doing what ``ApiRateLimiter.php`` does for every ``/v1`` request."""

    def __init__(self, app: ASGIApp, server: BillmoraLikeServer) -> None:
        self.app = app
        self.server = server

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        token = headers.get(b"authorization", b"").decode()
        now = time.monotonic()
        allowed, remaining, retry_after = self.server.limiter.hit(token, now)
        status = 200 if allowed else 429
        self.server.hits.append(Hit(now, scope["method"], scope["path"], status))
        limit_headers = {"X-RateLimit-Limit": str(self.server.limiter.limit), "X-RateLimit-Remaining": str(remaining)}
        if not allowed:
            body = {"message": "Too many requests. Please try again later."}
            response = JSONResponse(body, 429, headers={**limit_headers, "Retry-After": str(retry_after)})
            await response(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message["headers"],
                    *((k.lower().encode(), v.encode()) for k, v in limit_headers.items()),
                ]
                self.server.hits[-1].status = message["status"]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@contextlib.asynccontextmanager
async def serving(app: ASGIApp) -> Any:
    """Serve ``app`` on 127.0.0.1 (ephemeral port) for the block, with the sandbox's server; yields the origin."""
    async with serve(app) as base_url:
        yield base_url.removesuffix("/api")


def budget_in_flight(transport: BillmoraTransport) -> int:
    """Requests holding budget in the transport's limiter: the in-process ``RateLimiter`` unless one was given."""
    limiter = transport.rate_limiter
    assert isinstance(limiter, RateLimiter)
    return limiter.in_flight
