"""Benchmarks of billmora-client against the bundled sandbox, each printed as a ratio measured in one run.

    python bench/run.py [--quick] [--only N]

The sandbox runs in its own process (python -m billmora_client.testing) on loopback, so the client under
test has the CPU it would have in production. Absolute times on shared machines drift; the ratios compare
two things measured side by side, in alternating rounds, against the same server and payload.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from cpu_per_call import IN_FLIGHT, measure, rows
from shared_budget import CALLS, LIMIT, PROCESSES, WINDOW, burst, per_call, redis_server

from billmora_client import Billmora

ROOT = Path(__file__).resolve().parents[1]
TOKEN_SECRET = "bench-token-secret"
RESULTS: list[tuple[str, str, str, bool]] = []


def report(name: str, value: str, target: str, met: bool) -> None:
    RESULTS.append((name, value, target, met))
    print(f"{name:<58} {value:>22}   target {target:<18} {'met' if met else 'NOT MET'}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def sandbox(*args: str) -> Iterator[tuple[str, str]]:
    """Start the sandbox in its own process; yield (base URL, token)."""
    port = free_port()
    command = [sys.executable, "-m", "billmora_client.testing", "--port", str(port), "--token", TOKEN_SECRET, *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base_url = f"http://127.0.0.1:{port}/api"
    token = ""
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"the sandbox exited: {process.wait()}")
            if line.lower().startswith("token:"):
                token = line.split(":", 1)[1].strip()
            if token:
                try:
                    httpx.get(f"{base_url}/domains/check", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
        yield base_url, token
    finally:
        process.terminate()
        process.wait(10)


async def timed(action: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await action()
    return time.perf_counter() - started


async def bench_overhead(quick: bool) -> None:
    """``show()`` against raw httpx GET + ``.json()`` with the pool the SDK makes for itself, in alternating rounds.

    Sequentially, both clients keep their one connection from round to round. With 50 in flight each round
    starts both from an empty pool: httpcore's pool costs each request time in proportion to the connections it
    holds idle (every idle one is checked against all of them), and a pool kept between rounds drifts to a size of
    its own (11 to 50 connections here), so the figure would compare the two pools, not the two clients.
    """
    calls = 100 if quick else 200
    same_pool = httpx.Limits(max_connections=100, max_keepalive_connections=50)  # the pool the SDK makes for itself
    with sandbox("--rate-limit", "1000000") as (url, token):
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

        def sdk_client() -> Billmora:
            return Billmora(url, token, rate_limit=1_000_000, max_concurrency=50)

        def raw_client() -> httpx.AsyncClient:
            return httpx.AsyncClient(base_url=url, headers=headers, limits=same_pool)

        async with sdk_client() as bm, raw_client() as raw:
            sdk_sequential, raw_sequential = shows_in_a_row(bm, raw, calls)
            await report_overhead("sequential", calls, 10 if quick else 30, sdk_sequential, raw_sequential)

        async def sdk_concurrent() -> None:
            async with sdk_client() as fresh:
                await in_flight(50, calls * 2, lambda i: fresh.users.show(1 + i % 10))

        async def raw_concurrent() -> None:
            async with raw_client() as fresh:

                async def one(i: int) -> None:
                    (await fresh.get(f"/v1/users/{1 + i % 10}")).json()

                await in_flight(50, calls * 2, one)

        await report_overhead("50 in flight", 2 * calls, 6 if quick else 20, sdk_concurrent, raw_concurrent)


def shows_in_a_row(
    bm: Billmora, raw: httpx.AsyncClient, calls: int
) -> tuple[Callable[[], Awaitable[None]], Callable[[], Awaitable[None]]]:
    """``calls`` of ``bm.users.show()`` one after another, and the same GETs + ``.json()`` through ``raw``."""

    async def sdk() -> None:
        for i in range(calls):
            await bm.users.show(1 + i % 10)

    async def plain() -> None:
        for i in range(calls):
            (await raw.get(f"/v1/users/{1 + i % 10}")).json()

    return sdk, plain


async def report_overhead(
    label: str, size: int, rounds: int, sdk: Callable[[], Awaitable[None]], plain: Callable[[], Awaitable[None]]
) -> None:
    """The median of ``rounds`` ratios, each side first in every other round, after one round each to warm up."""
    await sdk()
    await plain()
    ratios = []
    for round_ in range(rounds):
        if round_ % 2:
            plain_time = await timed(plain)
            ratios.append(await timed(sdk) / plain_time)
        else:
            ratios.append(await timed(sdk) / await timed(plain))
    ratio = statistics.median(ratios)
    report(f"1. per-call overhead, show(), {label} (SDK / raw httpx)", f"{ratio:.3f}x", "<= 1.05x", ratio <= 1.05)
    low, _, high = statistics.quantiles(ratios, n=4)
    print(f"    ({len(ratios)} rounds of {size} calls; middle half of the ratios {low:.3f}-{high:.3f}x)")


async def in_flight(width: int, total: int, make: Callable[[int], Awaitable[object]]) -> None:
    queue = iter(range(total))

    async def worker() -> None:
        for i in queue:
            await make(i)

    await asyncio.gather(*(worker() for _ in range(width)))


async def bench_paging(quick: bool) -> None:
    records, per_page, latency = (3000 if quick else 10_000), 100, 0.05
    pages = math.ceil(records / per_page)
    with sandbox("--invoices", str(records), "--latency", str(latency), "--rate-limit", "1000000") as (
        url,
        token,
    ):
        async with Billmora(url, token, rate_limit=1_000_000, max_concurrency=10) as bm:
            concurrency = 8

            async def sdk() -> None:
                count = 0
                async for _ in bm.invoices.iterate(per_page=per_page, concurrency=concurrency):
                    count += 1
                assert count == records, count

            async def sequential() -> None:
                for page in range(1, pages + 1):
                    await bm.invoices.index(page=page, per_page=per_page)

            headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            async with httpx.AsyncClient(base_url=url, headers=headers) as raw:

                async def raw_concurrent() -> None:
                    """Plain httpx with perfect scheduling: page 1, then every other page, `concurrency` at a time."""
                    slots = asyncio.Semaphore(concurrency)

                    async def one(page: int) -> None:
                        async with slots:
                            (await raw.get("/v1/invoices", params={"page": page, "per_page": per_page})).json()

                    await one(1)
                    await asyncio.gather(*(one(page) for page in range(2, pages + 1)))

                await raw_concurrent()  # warm the connections
                rounds = [(await timed(sdk), await timed(raw_concurrent)) for _ in range(3 if quick else 5)]
                sdk_time = statistics.median(walk for walk, _ in rounds)
                raw_time = statistics.median(walk for _, walk in rounds)
                paging_ratio = statistics.median(walk / raw for walk, raw in rounds)
                sequential_time = await timed(sequential)
    ideal = math.ceil(pages / concurrency) * latency
    report(
        f"2a. iterate {records} records / per_page {per_page} vs ideal bound",
        f"{sdk_time / ideal:.2f}x",
        "<= 1.25x",
        sdk_time / ideal <= 1.25,
    )
    report(
        "2b. iterate vs sequential page-by-page",
        f"{sequential_time / sdk_time:.1f}x faster",
        ">= 5x",
        sequential_time / sdk_time >= 5,
    )
    report(
        f"2c. iterate vs raw httpx, {concurrency} in flight, perfect scheduling",
        f"{paging_ratio:.3f}x",
        "<= 1.05x",
        paging_ratio <= 1.05,
    )
    print(
        f"    (iterate {sdk_time:.2f} s; raw httpx with the same {concurrency} requests in flight {raw_time:.2f} s; "
        f"sequential {sequential_time:.2f} s; ideal "
        f"ceil(pages/{concurrency}) x latency {ideal:.2f} s, which leaves out the server's own time per page)"
    )


async def bench_rate_limit(quick: bool) -> None:
    calls, limit, window = (120, 30, 3.0) if quick else (300, 30, 3.0)
    bound = (math.ceil(calls / limit) - 1) * window
    with sandbox("--rate-limit", str(limit), "--window", str(window)) as (url, token):
        surfaced = 0
        async with Billmora(url, token, rate_limit=limit, rate_window=window, max_concurrency=50) as bm:
            started = time.perf_counter()
            results = await asyncio.gather(*(bm.users.show(1 + i % 10) for i in range(calls)), return_exceptions=True)
            sdk_time = time.perf_counter() - started
            surfaced = sum(1 for r in results if isinstance(r, Exception))
        answered_429 = await count_429(url, token)
    report(
        f"3a. burst of {calls} at {limit}/{window:.0f}s: 429s surfaced to callers", str(surfaced), "0", surfaced == 0
    )
    report(
        "3b. requests answered 429 by the server",
        f"{answered_429} ({answered_429 / calls:.1%})",
        "<= 2% of calls",
        answered_429 <= 0.02 * calls,
    )
    report("3c. wall time vs theoretical bound", f"{sdk_time / bound:.3f}x", "<= 1.05x", sdk_time / bound <= 1.05)
    with sandbox("--rate-limit", str(limit), "--window", str(window)) as (url, token):
        naive_time, naive_429 = await naive_burst(url, token, calls)
    print(
        f"    (SDK {sdk_time:.1f} s; naive retry-on-429 client {naive_time:.1f} s with {naive_429} answers 429; "
        f"bound {bound:.0f} s)"
    )


async def count_429(url: str, token: str) -> int:
    """The sandbox's own count of 429 answers (GET /__sandbox/stats)."""
    async with httpx.AsyncClient() as client:
        stats = (await client.get(url.removesuffix("/api") + "/__sandbox/stats")).json()
    return int(stats["statuses"].get("429", 0))


async def naive_burst(url: str, token: str, calls: int) -> tuple[float, int]:
    """A client that fires everything and only reacts to 429 by sleeping Retry-After."""
    refused = 0
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=httpx.Limits(max_connections=50)) as client:

        async def one(i: int) -> None:
            nonlocal refused
            while True:
                response = await client.get(f"/v1/users/{1 + i % 10}")
                if response.status_code != 429:
                    return
                refused += 1
                await asyncio.sleep(float(response.headers.get("Retry-After", "1")))

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(calls)))
        return time.perf_counter() - started, refused


async def bench_shared_budget(quick: bool) -> None:
    """3 processes x 100 calls on one token at 30 per 3 s, side by side without and with a shared store."""

    if shutil.which("redis-server") is None:
        print("6. shared budget: skipped (redis-server is not installed: sudo apt-get install redis-server)")
        return
    bound = (math.ceil(PROCESSES * CALLS / LIMIT) - 1) * WINDOW
    rows = []
    with redis_server(free_port()) as store:
        for label, use in [("in-process pacing", None), ("shared through Redis", store)]:
            with sandbox("--rate-limit", str(LIMIT), "--window", str(WINDOW)) as (url, token):
                wall, errors = burst(url, token, use)
                refused = await count_429(url, token)
            rows.append((label, refused, errors, wall))
        with sandbox("--rate-limit", "1000000") as (url, token):
            calls = 200 if quick else 500
            local = [await per_call(url, token, None, calls) for _ in range(3)]
            shared = [await per_call(url, token, store, calls) for _ in range(3)]
    print(f"    {PROCESSES} processes x {CALLS} calls at {LIMIT}/{WINDOW:.0f}s, bound {bound:.0f} s:")
    for label, refused, errors, wall in rows:
        print(f"      {label:<22} 429 answers {refused:>4}   callers with an error {errors}   wall {wall / bound:.3f}x")
    _, refused, errors, wall = rows[1]
    report("6a. 3 processes sharing through Redis: answers 429", str(refused), "0", refused == 0)
    report("6b. 3 processes sharing through Redis: callers with an error", str(errors), "0", errors == 0)
    report(
        "6c. 3 processes sharing through Redis: wall vs bound", f"{wall / bound:.3f}x", "<= 1.05x", wall <= 1.05 * bound
    )
    overhead = (min(shared) - min(local)) * 1000
    print(
        f"    (sequential show(): {min(local) * 1000:.2f} ms a call with in-process pacing, "
        f"{min(shared) * 1000:.2f} ms through Redis: +{overhead:.2f} ms a call for the round trip)"
    )


def bench_import() -> None:
    """Seconds to import the SDK over what an async httpx program imports anyway (asyncio and httpx), in fresh
    interpreters, alternating, with bytecode cached as an installed package has it (this environment may turn
    caching off)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

    def import_time(modules: str) -> float:
        code = f"import time; t = time.perf_counter(); import {modules}; print(time.perf_counter() - t)"
        return float(subprocess.check_output([sys.executable, "-c", code], text=True, env=env))

    import_time("billmora_client")  # write the bytecode and warm the file cache
    extras = []
    for round_ in range(21):  # each side first in every other round
        if round_ % 2:
            theirs = import_time("asyncio, httpx")
            extras.append(import_time("asyncio, httpx, billmora_client") - theirs)
        else:
            extras.append(import_time("asyncio, httpx, billmora_client") - import_time("asyncio, httpx"))
    extra = statistics.median(extras) * 1000
    report(
        f"4. import billmora_client vs import asyncio, httpx (median of {len(extras)})",
        f"+{extra:.0f} ms",
        "<= +30 ms",
        extra <= 30,
    )


def bench_memory(quick: bool) -> None:
    sizes = (10_000, 30_000) if quick else (10_000, 100_000)
    growth = {}
    for size in sizes:
        with sandbox("--invoices", str(size), "--rate-limit", "1000000") as (url, token):
            out = subprocess.check_output(
                [sys.executable, str(Path(__file__).with_name("memory_walk.py")), url, token, str(size)], text=True
            )
            growth[size] = float(out.strip())
    small, large = sizes
    report(f"5. peak RSS growth iterating {large} records", f"{growth[large]:.1f} MB", "<= 30 MB", growth[large] <= 30)
    print(f"    ({small} records: {growth[small]:.1f} MB; {large} records: {growth[large]:.1f} MB)")


async def bench_cpu(quick: bool) -> None:
    """The SDK's own CPU per call over the generated layer, through one MockTransport (bench/cpu_per_call.py)."""
    figures = await measure(300 if quick else 1000, 3 if quick else 9)
    for name, micros, over_raw, _ in rows(figures):
        print(f"    {name:<34} {micros:>6.0f} µs CPU per call ({over_raw:+.0f} over raw httpx)")
    for in_flight, label in ((1, "sequential"), (IN_FLIGHT, f"{IN_FLIGHT} in flight")):
        over = (figures[("Billmora", in_flight)] - figures[("generated layer", in_flight)]) * 1e6
        report(f"7. SDK CPU per call over the generated layer, {label}", f"{over:+.0f} µs", "<= +50 µs", over <= 50)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--only", type=int, choices=range(1, 8), help="run one benchmark (1-7)")
    args = parser.parse_args()
    quick = args.quick
    os.environ.pop("BILLMORA_BASE_URL", None)
    started = time.perf_counter()
    benchmarks: list[Callable[[], Awaitable[None]]] = [
        lambda: bench_overhead(quick),
        lambda: bench_paging(quick),
        lambda: bench_rate_limit(quick),
        lambda: asyncio.to_thread(bench_import),
        lambda: asyncio.to_thread(bench_memory, quick),
        lambda: bench_shared_budget(quick),
        lambda: bench_cpu(quick),
    ]
    for number, bench in enumerate(benchmarks, 1):
        if args.only in (None, number):
            await bench()
    missed = [name for name, _, _, met in RESULTS if not met]
    print(f"\n{len(RESULTS) - len(missed)}/{len(RESULTS)} targets met in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
