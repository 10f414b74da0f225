"""Event-loop turns per sequential ``users.show()`` call, the SDK's and raw httpx's, against the sandbox.

    python bench/loop_turns.py [--calls N]

On loopback a turn of the loop costs time the CPU figures do not show; this counts them (by wrapping the
running loop's ``_run_once``, a CPython detail), alternating the two, so the difference can be read directly.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx
from run import sandbox, shows_in_a_row

from billmora_client import Billmora


async def main(calls: int) -> None:
    loop = asyncio.get_running_loop()
    turns = 0
    run_once = loop._run_once  # type: ignore[attr-defined]

    def counted() -> None:
        nonlocal turns
        turns += 1
        run_once()

    loop._run_once = counted  # type: ignore[attr-defined]
    with sandbox("--rate-limit", "1000000") as (url, token):
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        async with (
            Billmora(url, token, rate_limit=1_000_000) as bm,
            httpx.AsyncClient(base_url=url, headers=headers) as raw,
        ):
            sdk, plain = shows_in_a_row(bm, raw, calls)
            sides: list[tuple[str, Callable[[], Awaitable[None]]]] = [("Billmora", sdk), ("raw httpx", plain)]
            for _, side in sides:
                await side()  # warm the pools
            for name, side in sides * 2:
                turns, started = 0, time.perf_counter()
                await side()
                wall = (time.perf_counter() - started) / calls * 1e6
                print(f"{name:<10} {turns / calls:5.2f} loop turns a call, {wall:6.0f} µs a call")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500)
    asyncio.run(main(parser.parse_args().calls))
