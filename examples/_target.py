"""Where the examples run: the Billmora named by the environment, else the bundled sandbox on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    base_url: str
    token: str
    writes: bool  # False against a real Billmora: the examples then only read
    rate_limit: int
    rate_window: float


@contextmanager
def billmora_target(name: str, *, rate_limit: int, rate_window: float) -> Iterator[Target]:
    """``BILLMORA_BASE_URL`` and ``BILLMORA_API_TOKEN`` if both are set (Billmora's default budget, 60 per 60 s),
    else a sandbox seeded alike every run, whose one token ``name`` gets ``rate_limit`` calls per ``rate_window``
    seconds; the sandbox stops when the block ends."""
    base_url, token = os.environ.get("BILLMORA_BASE_URL"), os.environ.get("BILLMORA_API_TOKEN")
    if base_url and token:
        print(f"Billmora at {base_url}")
        yield Target(base_url, token, writes=False, rate_limit=60, rate_window=60.0)
        return
    from billmora_client.testing import Token, create_app, serve

    app = create_app(seed=7, window=rate_window, tokens=[Token(name, rate_limit=rate_limit)])
    with serve(app) as url:
        print(f"Billmora sandbox at {url} (stopped at the end)")
        yield Target(url, app.state.sandbox.tokens[1].plain_text, True, rate_limit, rate_window)
