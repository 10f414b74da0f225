"""A raw HTTP/1.1 server on loopback that misbehaves on purpose, and a forwarding proxy.

``HostileServer(handler)`` reads each request (head and body) and hands it to ``await handler(request, writer)``,
which writes whatever bytes it likes: dripped headers, endless bodies, lying headers, or nothing at all.
``ForwardingProxy`` is a plain HTTP proxy (absolute-form request lines) that forwards to the origin and
counts what went through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]
# A user as Billmora renders it (``UserResource``), for handlers to answer with.
USER = {
    "id": 1,
    "first_name": "Ada",
    "last_name": "L",
    "fullname": "Ada L",
    "email": "ada@example.com",
    "status": "active",
    "currency": None,
    "language": "en_US",
    "auto_credit_payment": False,
    "email_verified_at": None,
    "created_at": "2026-01-01T00:00:00.000000Z",
    "updated_at": "2026-01-01T00:00:00.000000Z",
}


async def read_request(reader: asyncio.StreamReader) -> RawRequest:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return RawRequest(method, target, headers, body)


def response_bytes(status: int, body: Any = None, headers: dict[str, str] | None = None) -> bytes:
    """A complete HTTP/1.1 answer with a JSON body."""
    content = json.dumps(body if body is not None else {"ok": True}).encode()
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", f"Content-Length: {len(content)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + content


class LoopbackServer:
    """A raw server on 127.0.0.1 (ephemeral port) for an ``async with`` block, which yields its origin."""

    _server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 1)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise NotImplementedError


@dataclass
class HostileServer(LoopbackServer):
    """Serves ``handler``; ``requests`` lists what arrived."""

    handler: Handler
    requests: list[RawRequest] = field(default_factory=list)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await read_request(reader)
                self.requests.append(request)
                await self.handler(request, writer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


def dropping(drops: int) -> HostileServer:
    """Reads each request in full, then hangs up without answering, ``drops`` times; then answers 200."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if len(server.requests) <= drops:
            writer.transport.abort()
        else:
            writer.write(response_bytes(200))

    server = HostileServer(handler)
    return server


@dataclass
class ForwardingProxy(LoopbackServer):
    """An HTTP proxy that forwards each request to its origin over a new connection; ``forwarded`` lists them."""

    forwarded: list[str] = field(default_factory=list)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await read_request(reader)
            self.forwarded.append(f"{request.method} {request.target}")
            origin = request.target.split("/", 3)  # http://host:port/path
            host, port = origin[2].split(":")
            path = "/" + (origin[3] if len(origin) > 3 else "")
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            headers = {k: v for k, v in request.headers.items() if k not in ("proxy-connection", "connection")}
            head = [f"{request.method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
            upstream_writer.write(("\r\n".join([*head, "Connection: close"]) + "\r\n\r\n").encode() + request.body)
            await upstream_writer.drain()
            answer = await upstream_reader.read()
            upstream_writer.close()
            writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
