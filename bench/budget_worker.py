"""One process of the shared-budget benchmark: ``calls`` concurrent show() calls, started on a line on stdin.

    python bench/budget_worker.py URL TOKEN CALLS LIMIT WINDOW [REDIS_URL]

Prints ``ready``, waits for a line, then prints the number of calls that raised.
"""

from __future__ import annotations

import asyncio
import sys

from billmora_client import Billmora


async def main(url: str, token: str, calls: int, limit: int, window: float, store: str | None) -> None:
    async with Billmora(
        url,
        token,
        rate_limit=limit,
        rate_window=window,
        rate_limit_store=store,
        max_concurrency=50,
        max_rate_limit_wait=600,
        timeout=700,
    ) as bm:
        await asyncio.to_thread(lambda: print("ready", flush=True) or sys.stdin.readline())
        results = await asyncio.gather(*(bm.users.show(1 + i % 10) for i in range(calls)), return_exceptions=True)
    print(sum(1 for r in results if isinstance(r, BaseException)), flush=True)


if __name__ == "__main__":
    url, token, calls, limit, window, *store = sys.argv[1:]
    asyncio.run(main(url, token, int(calls), int(limit), float(window), store[0] if store else None))
