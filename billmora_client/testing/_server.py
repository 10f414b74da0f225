"""Serving a sandbox over real HTTP on loopback with uvicorn.

``serve(app)`` is both a context manager (uvicorn in a background thread, for sync code and fixtures) and an
async context manager (uvicorn as a task on the running event loop). Either way it yields the base URL,
``http://127.0.0.1:<port>/api``, and stops the server when the block ends: at once when no answer is under
way, else once the answers under way are sent (at most ``STOP_GRACE`` seconds).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

STARTUP_TIMEOUT = 10.0
STOP_GRACE = 1.0


def _config(app: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app, log_level="critical", lifespan="off", access_log=False, timeout_graceful_shutdown=1, ws="none"
    )


class serve:  # used like a function: `with serve(app) as url` or `async with serve(app) as url`
    """Run ``app`` (default: ``create_app()``) on ``host:port``; port 0 picks a free port."""

    def __init__(self, app: Any = None, host: str = "127.0.0.1", port: int = 0) -> None:
        if app is None:
            from ._app import create_app

            app = create_app()
        self.app, self.host = app, host
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and without
        # it every small answer waits ~40 ms for a delayed ACK.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self._socket.listen(128)  # connections made as soon as the URL is known wait in the backlog, not refused
        self.port: int = self._socket.getsockname()[1]
        self.server = uvicorn.Server(_config(app))
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the thread's, when served in a thread
        self._stop_requested = asyncio.Event()

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/api"

    def run_forever(self) -> None:
        """Serve in this thread until interrupted (Ctrl-C)."""
        try:
            self.server.run(sockets=[self._socket])
        finally:
            self._socket.close()

    # ----- in a thread ------------------------------------------------------------------------------------
    def __enter__(self) -> str:
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve_until_stopped(),), daemon=True)
        self._thread.name = "billmora-sandbox"
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self._socket.close()
                raise RuntimeError("the Billmora sandbox did not start")
            time.sleep(0.005)
        return self.base_url

    def __exit__(self, *exc: object) -> None:
        if self._thread is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self._stop_requested.set)
            self._thread.join(STARTUP_TIMEOUT)
        self._socket.close()

    async def _serve_until_stopped(self) -> None:
        self._loop = asyncio.get_running_loop()
        await self.__aenter__()
        try:
            await self._stop_requested.wait()
        finally:
            await self.__aexit__(None, None, None)

    # ----- on the running event loop ---------------------------------------------------------------------
    async def __aenter__(self) -> str:
        config = self.server.config
        if not config.loaded:
            config.load()
        self.server.lifespan = config.lifespan_class(config)
        await self.server.startup(sockets=[self._socket])
        self._task = asyncio.create_task(self.server.main_loop())
        return self.base_url

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop listening, close idle connections, give answers under way ``STOP_GRACE`` seconds, then stop."""
        server, state = self.server, self.server.server_state
        server.should_exit = True
        if self._task is not None:
            self._task.cancel()  # uvicorn's housekeeping loop: it would notice should_exit only at its next tick
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for listener in server.servers:
            listener.close()
        for connection in list(state.connections):
            connection.shutdown()  # closes an idle connection now, a busy one once its answer is sent
        give_up = time.monotonic() + STOP_GRACE
        while (state.connections or state.tasks) and time.monotonic() < give_up:
            await asyncio.sleep(0.005)
        for task in list(state.tasks):
            task.cancel()
        self._socket.close()
