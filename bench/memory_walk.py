"""Child process of bench/run.py: iterate every invoice and print the peak RSS growth in MB.

RSS is sampled from /proc/self/statm while the walk runs (the baseline is taken after a warm-up call, so
imports and the first connection are not counted).
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys

from billmora_client import Billmora

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 2**20


async def walk(url: str, token: str, expected: int) -> float:
    async with Billmora(url, token, rate_limit=1_000_000) as bm:
        async for _ in bm.invoices.iterate(per_page=100, max_items=300):  # warm every code path first
            pass
        gc.collect()
        baseline = peak = rss_mb()
        count = 0
        async for _ in bm.invoices.iterate(per_page=100):
            count += 1
            if count % 500 == 0:
                peak = max(peak, rss_mb())
        assert count == expected, (count, expected)
        return max(peak, rss_mb()) - baseline


if __name__ == "__main__":
    print(f"{asyncio.run(walk(sys.argv[1], sys.argv[2], int(sys.argv[3]))):.2f}")
