"""Requests go where the user's ``httpx.AsyncClient`` would have sent them, through one ``BillmoraTransport``.

httpx picks a transport per URL from its mounts (``proxy=``, ``mounts=``, the environment's ``HTTP(S)_PROXY``).
The client takes that choice over, so proxied and direct requests alike share one limiter and one bound.
"""

from __future__ import annotations

from typing import Any

import httpx


class MountRouter(httpx.AsyncBaseTransport):
    """Sends each request through the transport httpx would pick: the first mount matching its URL (a proxy
    from ``proxy=``, ``mounts=`` or the environment's ``HTTPS_PROXY``), else ``default``."""

    def __init__(self, default: httpx.AsyncBaseTransport, mounts: dict[Any, httpx.AsyncBaseTransport | None]) -> None:
        self._default = default
        self._mounts = mounts  # httpx's URLPattern -> transport, already in httpx's order of priority

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for pattern, transport in self._mounts.items():
            if pattern.matches(request.url):
                return await (transport or self._default).handle_async_request(request)
        return await self._default.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in {id(t): t for t in [self._default, *self._mounts.values()] if t is not None}.values():
            await transport.aclose()


def routing_of(http_client: httpx.AsyncClient) -> MountRouter:
    """The routing ``http_client`` would apply: its mounts, else its own transport (httpx's default if none)."""
    inner: Any = http_client._transport
    default = inner if isinstance(inner, httpx.AsyncBaseTransport) else httpx.AsyncHTTPTransport()
    return MountRouter(default, http_client._mounts)
