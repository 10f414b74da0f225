"""Requests go where the user's ``httpx.AsyncClient`` would have sent them, through one ``BillmoraTransport``.

httpx picks a transport per URL from its mounts (``proxy=``, ``mounts=``, the environment's ``HTTP(S)_PROXY``).
The client takes that choice over, so proxied and direct requests alike share one limiter and one bound.

That bound never exceeds the smallest connection pool a request may go through: a request waiting inside
httpcore's pool can strand a connection there when it is cancelled (httpcore issue 1093), so requests wait for
a slot in the SDK instead, where cancelling is clean.
"""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from typing import Any

import httpx


class PoolLimitWarning(UserWarning):
    """``max_concurrency`` was larger than the ``http_client``'s connection pool and was lowered to fit it."""


class MountRouter(httpx.AsyncBaseTransport):
    """Sends each request through the transport httpx would pick: the first mount matching its URL (a proxy
    from ``proxy=``, ``mounts=`` or the environment's ``HTTPS_PROXY``), else ``default``."""

    def __init__(self, default: httpx.AsyncBaseTransport, mounts: dict[Any, httpx.AsyncBaseTransport | None]) -> None:
        self._default = default
        self._mounts = mounts  # httpx's URLPattern -> transport, already in httpx's order of priority
        self._closing: set[asyncio.Future[None]] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._default
        for pattern, mounted in self._mounts.items():
            if pattern.matches(request.url):
                transport = mounted or self._default
                break
        try:
            return await transport.handle_async_request(request)
        except BaseException:
            self._reap(getattr(transport, "_pool", None))
            raise

    def _reap(self, pool: Any) -> None:
        """Drop the connections of ``pool`` that no request holds and none can use.

        A cancellation landing inside httpcore between a connection's assignment and its first request leaves it
        CONNECTING or NEW forever, holding a slot of the pool (httpcore issue 1093); it is closed here instead.
        """
        connections, requests = getattr(pool, "_connections", None), getattr(pool, "_requests", None)
        if not isinstance(connections, list) or not isinstance(requests, list):
            return
        if not all(hasattr(r, "connection") for r in requests):  # not the httpcore this was written against
            return
        held = {id(getattr(r, "connection", None)) for r in requests}
        for connection in [c for c in connections if id(c) not in held]:
            with contextlib.suppress(Exception):
                if not (connection.is_idle() or connection.is_closed() or connection.is_available()):
                    connections.remove(connection)
                    closing = asyncio.ensure_future(connection.aclose())
                    self._closing.add(closing)
                    closing.add_done_callback(self._closing.discard)

    async def aclose(self) -> None:
        for transport in self._transports():
            await transport.aclose()

    def pool_limit(self) -> int | None:
        """The fewest connections any pool behind these transports may open (None: no bounded pool is known).

        An HTTP/2-only pool is left out: its requests share connections instead of waiting for one.
        """
        limits = []
        for transport in self._transports():
            pool = getattr(transport, "_pool", None)
            most = getattr(pool, "_max_connections", None)
            if isinstance(most, int) and getattr(pool, "_http1", True):
                limits.append(most)
        return min(limits, default=None)

    def _transports(self) -> list[httpx.AsyncBaseTransport]:
        every = [self._default, *self._mounts.values()]
        return list({id(t): t for t in every if t is not None}.values())


def fit_to_pool(routing: MountRouter, max_concurrency: int) -> int:
    """``max_concurrency``, lowered with a ``PoolLimitWarning`` to the pool's size when the pool is smaller."""
    pool = routing.pool_limit()
    if pool is None or max_concurrency <= pool:
        return max_concurrency
    warnings.warn(
        f"max_concurrency={max_concurrency} is more than the {pool} connections the http_client's pool may open; "
        f"at most {pool} requests go out at once (raise httpx.Limits(max_connections=...) for more)",
        PoolLimitWarning,
        stacklevel=3,
    )
    return pool


def routing_of(http_client: httpx.AsyncClient) -> MountRouter:
    """The routing ``http_client`` would apply: its mounts, else its own transport (httpx's default if none)."""
    inner: Any = http_client._transport
    default = inner if isinstance(inner, httpx.AsyncBaseTransport) else httpx.AsyncHTTPTransport()
    return MountRouter(default, http_client._mounts)
