"""pytest fixtures for testing code that uses billmora-client against the sandbox over loopback.

Enable with ``pytest_plugins = ["billmora_client.testing.pytest_plugin"]`` in your conftest.py.
``billmora_sandbox`` starts a fresh sandbox per test; ``billmora`` (async: pytest-asyncio or anyio) yields a
``Billmora`` client configured for it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
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

    @property
    def sandbox(self) -> Sandbox:
        state: Sandbox = self.app.state.sandbox
        return state

    def client(self, **options: object) -> Billmora:
        return Billmora(self.base_url, self.token, **options)  # type: ignore[arg-type]


@pytest.fixture
def billmora_sandbox() -> Iterator[RunningSandbox]:
    app = create_app(seed=1)
    with serve(app) as base_url:
        yield RunningSandbox(app, base_url, app.state.sandbox.tokens[1].plain_text)


@pytest.fixture
async def billmora(billmora_sandbox: RunningSandbox) -> AsyncIterator[Billmora]:
    async with billmora_sandbox.client() as client:
        yield client
