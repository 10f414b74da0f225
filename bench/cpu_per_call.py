"""The SDK's own CPU per call: raw httpx, the generated layer alone and ``Billmora``, through one MockTransport.

    python bench/cpu_per_call.py [--calls N] [--rounds R]

No server and no network: every subject gets the same canned answer (a user as the sandbox renders it, with
Billmora's rate-limit headers), so what is left is each layer's own work. The subjects run in interleaved
rounds, sequentially and with 50 calls in flight; the figure is the median CPU time per call over the rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from billmora_client import Billmora
from billmora_client.generated.api.users import v1_users_show
from billmora_client.generated.client import AuthenticatedClient

BASE_URL = "https://billmora.test/api"
TOKEN = "1|cpu-per-call-secret"
IN_FLIGHT = 50

Call = Callable[[], Awaitable[object]]


async def canned_user() -> bytes:
    """The body of ``GET /v1/users/1`` as the default sandbox renders it."""
    from billmora_client.testing import create_app

    app = create_app(seed=1)
    token = app.state.sandbox.tokens[1].plain_text
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        answer = await client.get("/v1/users/1", headers={"Authorization": f"Bearer {token}"})
        answer.raise_for_status()
        return answer.content


def mock_transport(body: bytes) -> httpx.MockTransport:
    headers = {
        "Content-Type": "application/json",
        "X-RateLimit-Limit": "1000000000",
        "X-RateLimit-Remaining": "999999999",
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=body)

    return httpx.MockTransport(answer)


def subjects(body: bytes) -> dict[str, tuple[Call, Callable[[], Awaitable[None]]]]:
    """Each subject: one call, and how to close what it holds."""
    raw = httpx.AsyncClient(transport=mock_transport(body), base_url=BASE_URL, headers={"Authorization": "Bearer x"})

    async def raw_call() -> object:
        return (await raw.get("/v1/users/1")).json()

    generated = AuthenticatedClient(base_url=BASE_URL, token=TOKEN)
    generated.set_async_httpx_client(httpx.AsyncClient(transport=mock_transport(body), base_url=BASE_URL))

    async def generated_call() -> object:
        return await v1_users_show.asyncio(1, client=generated)

    sdk = Billmora(BASE_URL, TOKEN, transport=mock_transport(body), max_concurrency=64)

    async def sdk_call() -> object:
        return await sdk.users.show(1)

    async def close_generated() -> None:
        await generated.get_async_httpx_client().aclose()

    return {
        "raw httpx": (raw_call, raw.aclose),
        "generated layer": (generated_call, close_generated),
        "Billmora": (sdk_call, sdk.aclose),
    }


async def cpu_per_call(call: Call, calls: int, in_flight: int) -> float:
    """CPU seconds per call for ``calls`` calls, ``in_flight`` at a time."""
    started = time.process_time()
    if in_flight == 1:
        for _ in range(calls):
            await call()
    else:
        for _ in range(calls // in_flight):
            await asyncio.gather(*(call() for _ in range(in_flight)))
    return (time.process_time() - started) / calls


async def measure(calls: int, rounds: int) -> dict[tuple[str, int], float]:
    body = await canned_user()
    chosen = subjects(body)
    samples: dict[tuple[str, int], list[float]] = {}
    try:
        for call, _ in chosen.values():  # warm every path once
            await cpu_per_call(call, IN_FLIGHT * 2, IN_FLIGHT)
        for _ in range(rounds):
            for in_flight in (1, IN_FLIGHT):
                for name, (call, _) in chosen.items():
                    samples.setdefault((name, in_flight), []).append(await cpu_per_call(call, calls, in_flight))
    finally:
        for _, close in chosen.values():
            await close()
    return {key: statistics.median(values) for key, values in samples.items()}


def rows(figures: dict[tuple[str, int], float]) -> list[tuple[str, float, float, float]]:
    """(subject, µs per call, µs over raw httpx, µs over the generated layer) for each subject and mode."""
    table = []
    for (name, in_flight), seconds in figures.items():
        raw = figures[("raw httpx", in_flight)]
        generated = figures[("generated layer", in_flight)]
        mode = "sequential" if in_flight == 1 else f"{in_flight} in flight"
        table.append((f"{name} ({mode})", seconds * 1e6, (seconds - raw) * 1e6, (seconds - generated) * 1e6))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=1000, help="calls per subject per round")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    figures = asyncio.run(measure(args.calls, args.rounds))
    print(f"{'subject':<34} {'CPU µs/call':>12} {'over raw':>10} {'over generated':>15}")
    for name, micros, over_raw, over_generated in rows(figures):
        print(f"{name:<34} {micros:>12.0f} {over_raw:>+10.0f} {over_generated:>+15.0f}")


if __name__ == "__main__":
    main()
