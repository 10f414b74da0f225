"""A real ``redis-server`` for the tests: a free loopback port, a throwaway directory, nothing saved to disk.

Under CI (``CI`` set, as ``.ci/run`` does) a missing ``redis-server`` fails the tests; elsewhere they skip.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest

INSTALL_HINT = "redis-server is not installed: sudo apt-get install redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_redis_server() -> str:
    """The path of ``redis-server``; skips the test without it (fails it under CI)."""
    path = shutil.which("redis-server")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Redis tests: {INSTALL_HINT}")
        pytest.skip(INSTALL_HINT)
    return path


class RedisServer:
    """``redis-server`` on 127.0.0.1:``port``; ``start()``, ``stop()`` and ``restart()`` (its data is lost)."""

    def __init__(self, executable: str, directory: str) -> None:
        self.executable = executable
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
        command += ["no", "--dir", self.directory]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)  # polling for the server to answer PING

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def answers(self) -> bool:
        """Whether the server answers PING now."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


def redis_server(started: bool = True) -> Iterator[RedisServer]:
    """A ``RedisServer`` for one test (started unless ``started`` is False), stopped and wiped after it."""
    executable = require_redis_server()
    with tempfile.TemporaryDirectory(prefix="billmora-redis-") as directory:
        server = RedisServer(executable, directory)
        if started:
            server.start()
        try:
            yield server
        finally:
            server.stop()


class DelayingProxy:
    """A TCP proxy on 127.0.0.1 in front of Redis on ``port`` that delays every reply by ``delay`` seconds.

    It models latency, not a slow link: replies in flight together are delayed together, each by ``delay``
    from when Redis sent it, in order. ``async with DelayingProxy(port, 0.25) as url:`` yields a redis:// URL.
    """

    def __init__(self, port: int, delay: float) -> None:
        self.port = port
        self.delay = delay
        self._server: asyncio.Server | None = None
        self._pumps: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"redis://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/0"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for pump in list(self._pumps):
            pump.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.port)
        except OSError:
            writer.close()
            return
        replies: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        async def requests() -> None:
            while data := await reader.read(65536):
                upstream_writer.write(data)
                await upstream_writer.drain()

        async def received() -> None:
            while data := await upstream_reader.read(65536):
                replies.put_nowait((loop.time() + self.delay, data))
            replies.put_nowait((loop.time() + self.delay, b""))

        async def delivered() -> None:
            while True:
                due, data = await replies.get()
                await asyncio.sleep(max(0.0, due - loop.time()))  # the latency this proxy models
                if not data:
                    return
                writer.write(data)
                await writer.drain()

        pumps = [asyncio.create_task(pump()) for pump in (requests, received, delivered)]
        self._pumps.update(pumps)
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
                self._pumps.discard(pump)
            with contextlib.suppress(Exception):
                await asyncio.gather(*pumps, return_exceptions=True)
            writer.close()
            upstream_writer.close()
