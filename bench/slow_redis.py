"""A slow but living Redis: calls/s and failed calls with the budget shared through Redis answering in 0.25 s.

    python bench/slow_redis.py [--delay 0.25] [--calls 200]

The sandbox runs in its own process; a real redis-server sits behind a loopback proxy that delays every reply
by ``--delay`` seconds. Printed: calls/s of ``--calls`` concurrent ``users.show()`` (``max_concurrency=10``)
with Redis direct and behind the delay, and how many of 20 concurrent calls with ``timeout=3`` fail.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from run import free_port, sandbox
from shared_budget import redis_server

from billmora_client import Billmora
from tests.redis_server import DelayingProxy


async def rate(url: str, token: str, store: str, calls: int) -> tuple[float, int]:
    """(calls/s, calls that failed) for ``calls`` concurrent show() calls, ``max_concurrency=10``."""
    async with Billmora(url, token, rate_limit=1_000_000, rate_limit_store=store, max_concurrency=10) as bm:
        await bm.users.show(1)  # connections to the sandbox and to Redis are open
        started = time.perf_counter()
        results = await asyncio.gather(*(bm.users.show(1 + i % 10) for i in range(calls)), return_exceptions=True)
        seconds = time.perf_counter() - started
    return calls / seconds, sum(isinstance(r, BaseException) for r in results)


async def deadline_failures(url: str, token: str, store: str) -> int:
    """Of 20 concurrent show() calls with timeout=3 and max_concurrency=10, how many fail."""
    async with Billmora(url, token, rate_limit=1_000_000, rate_limit_store=store, max_concurrency=10, timeout=3) as bm:
        results = await asyncio.gather(*(bm.users.show(1) for _ in range(20)), return_exceptions=True)
    return sum(isinstance(r, BaseException) for r in results)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delay", type=float, default=0.25, help="seconds added to every Redis reply")
    parser.add_argument("--calls", type=int, default=200, help="concurrent calls timed")
    args = parser.parse_args()
    port = free_port()
    with redis_server(port) as direct, sandbox("--rate-limit", "1000000") as (url, token):
        async with DelayingProxy(port, args.delay) as slow:
            fast_rate, fast_failed = await rate(url, token, direct, args.calls)
            slow_rate, slow_failed = await rate(url, token, slow, args.calls)
            failed = await deadline_failures(url, token, slow)
    print(f"Redis direct:               {fast_rate:7.1f} calls/s ({fast_failed} failed of {args.calls})")
    print(f"Redis replying in {args.delay:.2f} s:   {slow_rate:7.1f} calls/s ({slow_failed} failed of {args.calls})")
    print(f"20 concurrent calls, timeout=3, Redis replying in {args.delay:.2f} s: {failed} failed")


if __name__ == "__main__":
    asyncio.run(main())
