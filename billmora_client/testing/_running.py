"""``RunningSandbox``: what the ``billmora_sandbox`` fixture gives a test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette

from billmora_client import Billmora

from ._app import create_app
from ._sandbox import Sandbox
from ._server import serve


@dataclass(frozen=True)
class RunningSandbox:
    """A sandbox served on loopback: its ``base_url``, the ``*`` token, and its state (``sandbox``)."""

    app: Starlette
    base_url: str
    token: str

    @classmethod
    @contextmanager
    def start(cls, app: Starlette | None = None) -> Iterator[RunningSandbox]:
        """Serve ``app`` (default: ``create_app(seed=1)``) on 127.0.0.1 until the block ends."""
        app = create_app(seed=1) if app is None else app
        with serve(app) as base_url:
            yield cls(app, base_url, app.state.sandbox.tokens[1].plain_text)

    @property
    def sandbox(self) -> Sandbox:
        """The sandbox's state and knobs: ``latency``, ``clock``, ``inject(Fault...)``, ``stats()``, the store."""
        state: Sandbox = self.app.state.sandbox
        return state

    def client(self, **options: Any) -> Billmora:
        """A ``Billmora`` client for this sandbox with the ``*`` token; ``options`` as ``Billmora`` takes them."""
        return Billmora(self.base_url, self.token, **options)
