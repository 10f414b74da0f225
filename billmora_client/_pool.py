"""Giving back the connections a cancelled request leaves behind in httpcore's pool.

httpcore (1.0.9, encode/httpcore#1093) leaves a connection in its pool for good when the task sending on it is
cancelled between opening the connection and starting to write the request: the connection is neither idle
nor closed, so no other request may use it and the pool never drops it, and each one holds a socket and a pool
slot. After a cancelled send, the transport closes the connections of the pools it sends through that no
request owns and that are not idle, which is exactly what such a connection is.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx

from ._mounts import MountRouter


def orphaned_connections(transport: httpx.AsyncBaseTransport) -> list[Any]:
    """Take the orphaned connections out of the pools behind ``transport`` (httpx's own transports only)."""
    transports = [transport]
    if isinstance(transport, MountRouter):
        transports = [transport._default, *(t for t in transport._mounts.values() if t is not None)]
    orphans: list[Any] = []
    for candidate in transports:
        pool: Any = getattr(candidate, "_pool", None) if isinstance(candidate, httpx.AsyncHTTPTransport) else None
        connections, requests = getattr(pool, "_connections", None), getattr(pool, "_requests", None)
        if not isinstance(connections, list) or not isinstance(requests, list):
            continue
        owned = {id(getattr(request, "connection", None)) for request in requests}
        for connection in list(connections):
            with contextlib.suppress(Exception):  # whatever a later httpcore changes, sending goes on
                if id(connection) not in owned and not (connection.is_idle() or connection.is_closed()):
                    connections.remove(connection)
                    orphans.append(connection)
    return orphans


async def reclaim_orphans(transport: httpx.AsyncBaseTransport) -> None:
    """Close the connections a cancelled request left checked out, even if this task is cancelled again."""
    orphans = orphaned_connections(transport)
    if orphans:
        await asyncio.shield(asyncio.gather(*(o.aclose() for o in orphans), return_exceptions=True))
