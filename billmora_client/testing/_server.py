"""Serving a sandbox over real HTTP on loopback with uvicorn.

``serve(app)`` is both a context manager (uvicorn in a background thread, for sync code and fixtures) and an
async context manager (uvicorn as a task on the running event loop). Either way it yields the base URL,
``http://127.0.0.1:<port>/api``, and shuts the server down when the block ends.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

STARTUP_TIMEOUT = 10.0


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
        self.port: int = self._socket.getsockname()[1]
        self.server = uvicorn.Server(_config(app))
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None

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
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._socket]}, daemon=True, name="billmora-sandbox"
        )
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self._socket.close()
                raise RuntimeError("the Billmora sandbox did not start")
            time.sleep(0.005)
        return self.base_url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(STARTUP_TIMEOUT)
        self._socket.close()

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
        self.server.should_exit = True
        if self._task is not None:
            await self._task
        await self.server.shutdown(sockets=[self._socket])
        self._socket.close()
