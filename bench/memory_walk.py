"""Child process of bench/run.py: iterate every invoice and print the peak RSS growth in MB."""

from __future__ import annotations

import asyncio
import gc
import resource
import sys

from billmora_client import Billmora


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def walk(url: str, token: str, expected: int) -> float:
    async with Billmora(url, token, rate_limit=1_000_000) as bm:
        await bm.invoices.index(per_page=1)  # import and warm everything before measuring
        gc.collect()
        before = peak_rss_mb()
        count = 0
        async for _ in bm.invoices.iterate(per_page=100):
            count += 1
        assert count == expected, (count, expected)
        return peak_rss_mb() - before


if __name__ == "__main__":
    print(f"{asyncio.run(walk(sys.argv[1], sys.argv[2], int(sys.argv[3]))):.2f}")
