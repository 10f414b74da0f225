"""pytest fixtures for code that uses billmora-client, found by pytest through the package's ``pytest11`` entry point.

``billmora_sandbox`` serves a fresh Billmora sandbox on loopback for one test; ``billmora`` is a ``Billmora``
client for it. Both are plain (synchronous) fixtures, so they work in any async test: pytest-asyncio in strict
or auto mode, anyio's marker. Nothing is imported until a fixture is used, so having the package installed
without the ``testing`` extra costs a pytest run nothing; using a fixture then names the extra to install.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from billmora_client import Billmora
    from billmora_client.testing import RunningSandbox


@pytest.fixture
def billmora_sandbox() -> Iterator[RunningSandbox]:
    """A Billmora sandbox (seed 1: 25 users, 60 invoices, ...) on 127.0.0.1 for this test, stopped after it.

    ``.base_url`` and ``.token`` (the ``*`` token) to configure your own code, ``.client(**options)`` for a
    ``Billmora`` client, ``.sandbox`` for its state and knobs (``latency``, ``inject(Fault...)``, ``stats()``).
    """
    from billmora_client.testing import RunningSandbox

    with RunningSandbox.start() as running:
        yield running


@pytest.fixture
def billmora(billmora_sandbox: RunningSandbox) -> Iterator[Billmora]:
    """A ``Billmora`` client for ``billmora_sandbox``, ready to ``await`` in the test: no ``async with`` needed.

    It connects at its first call, on the test's event loop, and keeps no connection open between calls, so
    nothing is left to close when the test and its loop end (closing it yourself is harmless).
    """
    import httpx

    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    yield billmora_sandbox.client(transport=transport)
