"""The ``redis`` extra as installed from the wheel: two clients of one token, each pacing itself, share the
token's budget through a real redis-server, so the sandbox never has to answer 429.

``python ci/redis_check.py`` (run from outside the repository by ci/package_check.sh).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

# The repository last on the path, for its test helper: billmora_client still comes from the venv (checked below).
sys.path.append(str(Path(__file__).resolve().parents[1]))
import billmora_client
from billmora_client import Billmora
from billmora_client.testing import Token, create_app, serve
from tests.redis_server import RedisServer, require_redis_server

LIMIT, WINDOW, CALLS = 4, 1.0, 6  # two clients, six calls each: three windows' worth of budget


async def check(redis_url: str) -> None:
    app = create_app(seed=1, tokens=[Token("shared", rate_limit=LIMIT)], window=WINDOW)
    token = app.state.sandbox.tokens[1].plain_text
    async with serve(app) as base_url:
        clients = [
            Billmora(base_url, token, rate_limit=LIMIT, rate_window=WINDOW, rate_limit_store=redis_url)
            for _ in range(2)
        ]
        async with clients[0], clients[1]:
            await asyncio.gather(*(c.users.index(per_page=1) for c in clients for _ in range(CALLS)))
    statuses = app.state.sandbox.stats()["statuses"]
    assert statuses == {"200": 2 * CALLS}, f"the budget was not shared: the sandbox answered {statuses}"


def main() -> None:
    location = Path(billmora_client.__file__).resolve()
    assert "site-packages" in location.parts, f"billmora_client comes from {location}, not the installed wheel"
    with tempfile.TemporaryDirectory() as directory:
        server = RedisServer(require_redis_server(), directory)
        server.start()
        try:
            asyncio.run(check(server.url))
        finally:
            server.stop()
    print(f"redis_check: two clients shared a budget of {LIMIT} per {WINDOW:g} s through Redis: no 429")


if __name__ == "__main__":
    main()
