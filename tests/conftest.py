"""Shared fixtures: the Billmora sandbox, and any ASGI app served over real HTTP on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from billmora_client.testing import serve

pytest_plugins = ["billmora_client.testing.pytest_plugin"]


@pytest.fixture
def loopback() -> Iterator[Callable[[Any], str]]:
    """``loopback(app)`` serves ``app`` on 127.0.0.1 and returns its origin; stopped after the test."""
    with ExitStack() as stack:
        yield lambda app: stack.enter_context(serve(app)).removesuffix("/api")
