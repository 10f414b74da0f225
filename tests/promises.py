"""Helpers for the tests of the README's promises: an injected clock whose sleeps are recorded, scripted servers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import httpx

from billmora_client._transport import BillmoraTransport

from .hostile import HostileServer, RawRequest, response_bytes

TOKEN = "5|promiseSecret"


class FakeTime:
    """A clock that only moves when slept on: ``slept`` lists every wait, exactly as asked."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


Answer = tuple[int, dict[str, str]] | tuple[int, dict[str, str], Any] | str


def scripted(answers: Iterable[Answer]) -> HostileServer:
    """Answers each request with the next of ``answers``: ``(status, headers[, body])``, ``"drop"`` (hang up
    after reading the request) or ``"silent"`` (never answer); 200 once they run out."""
    script = iter(answers)

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        answer = next(script, (200, {}))
        if answer == "drop":
            writer.transport.abort()
        elif answer == "silent":
            await asyncio.sleep(3600)
        else:
            assert isinstance(answer, tuple)
            body = answer[2] if len(answer) > 2 else {"message": f"status {answer[0]}"}
            writer.write(response_bytes(answer[0], body, answer[1]))

    return HostileServer(handler)


def client(base_url: str, transport: BillmoraTransport, timeout: float | httpx.Timeout = 10.0) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    return httpx.AsyncClient(base_url=base_url, transport=transport, headers=headers, timeout=timeout)
