"""Other SDKs' CPU per call, measured the way bench/cpu_per_call.py measures ours (``make bench-peers``).

    .venv-peers/bin/python bench/peers.py [--calls N] [--rounds R]

Runs in a venv of its own that holds openai, anthropic and githubkit (never dependencies of this project).
Each SDK makes sequential "show one record" calls through its HTTP library's MockTransport answering its own
API's JSON; beside it, that HTTP library's raw GET plus ``.json()`` of the same body. Interleaved rounds, the
median CPU time per call.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

Call = Callable[[], Awaitable[object]]

OPENAI_MODEL = {"id": "gpt-bench", "object": "model", "created": 1_700_000_000, "owned_by": "system"}
ANTHROPIC_MODEL = {"id": "claude-bench", "type": "model", "display_name": "Bench", "created_at": "2025-01-01T00:00:00Z"}
GITHUB_USER: dict[str, Any] = {
    "login": "octocat",
    "id": 583231,
    "node_id": "MDQ6VXNlcjU4MzIzMQ==",
    "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4",
    "gravatar_id": "",
    "url": "https://api.github.com/users/octocat",
    "html_url": "https://github.com/octocat",
    "followers_url": "https://api.github.com/users/octocat/followers",
    "following_url": "https://api.github.com/users/octocat/following{/other_user}",
    "gists_url": "https://api.github.com/users/octocat/gists{/gist_id}",
    "starred_url": "https://api.github.com/users/octocat/starred{/owner}{/repo}",
    "subscriptions_url": "https://api.github.com/users/octocat/subscriptions",
    "organizations_url": "https://api.github.com/users/octocat/orgs",
    "repos_url": "https://api.github.com/users/octocat/repos",
    "events_url": "https://api.github.com/users/octocat/events{/privacy}",
    "received_events_url": "https://api.github.com/users/octocat/received_events",
    "type": "User",
    "user_view_type": "public",
    "site_admin": False,
    "name": "The Octocat",
    "company": "@github",
    "blog": "https://github.blog",
    "location": "San Francisco",
    "email": None,
    "hireable": None,
    "bio": None,
    "twitter_username": None,
    "public_repos": 8,
    "public_gists": 8,
    "followers": 10000,
    "following": 9,
    "created_at": "2011-01-25T18:44:36Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def mock(http: ModuleType, body: dict[str, Any]) -> Any:
    content = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    return http.MockTransport(lambda request: http.Response(200, headers=headers, content=content))


def raw_call(http: ModuleType, body: dict[str, Any], path: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    client = http.AsyncClient(transport=mock(http, body), base_url="https://api.example.test")

    async def call() -> object:
        return (await client.get(path)).json()

    return call, client.aclose


def stainless_subject(sdk: str, body: dict[str, Any], base_url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """openai's or anthropic's client (both built by Stainless on httpx2): ``models.retrieve`` of ``body``."""
    import importlib

    import httpx2

    module = importlib.import_module(sdk)
    client_class = module.AsyncOpenAI if sdk == "openai" else module.AsyncAnthropic
    client = client_class(
        api_key="sk-bench", base_url=base_url, http_client=httpx2.AsyncClient(transport=mock(httpx2, body))
    )

    async def call() -> object:
        return await client.models.retrieve(body["id"])

    return call, client.close


def githubkit_subject() -> tuple[Call, Callable[[], Awaitable[None]]]:
    import httpx
    from githubkit import GitHub

    github = GitHub(
        "ghp_bench", base_url="https://api.example.test/", async_transport=mock(httpx, GITHUB_USER), http_cache=False
    )

    async def call() -> object:
        return (await github.rest.users.async_get_by_username("octocat")).parsed_data

    async def close() -> None:
        return None

    return call, close


async def cpu_per_call(call: Call, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        await call()
    return (time.process_time() - started) / calls


async def measure(calls: int, rounds: int) -> list[tuple[str, float, float]]:
    import httpx
    import httpx2

    pairs = {
        "openai models.retrieve": (
            stainless_subject("openai", OPENAI_MODEL, "https://api.example.test/v1"),
            raw_call(httpx2, OPENAI_MODEL, "/v1/models/gpt-bench"),
        ),
        "anthropic models.retrieve": (
            stainless_subject("anthropic", ANTHROPIC_MODEL, "https://api.example.test"),
            raw_call(httpx2, ANTHROPIC_MODEL, "/v1/models/x"),
        ),
        "githubkit users.get_by_username": (githubkit_subject(), raw_call(httpx, GITHUB_USER, "/users/octocat")),
    }
    samples: dict[tuple[str, str], list[float]] = {}
    for (sdk, _), (raw, _) in pairs.values():
        await cpu_per_call(sdk, 100)
        await cpu_per_call(raw, 100)
    for _ in range(rounds):
        for name, ((sdk, _), (raw, _)) in pairs.items():
            samples.setdefault((name, "sdk"), []).append(await cpu_per_call(sdk, calls))
            samples.setdefault((name, "raw"), []).append(await cpu_per_call(raw, calls))
    for (_, close_sdk), (_, close_raw) in pairs.values():
        await close_sdk()
        await close_raw()
    return [
        (name, statistics.median(samples[(name, "sdk")]), statistics.median(samples[(name, "raw")])) for name in pairs
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print(f"{'peer (sequential)':<34} {'CPU µs/call':>12} {'raw GET+json':>13} {'overhead':>10}")
    for name, sdk, raw in asyncio.run(measure(args.calls, args.rounds)):
        print(f"{name:<34} {sdk * 1e6:>12.0f} {raw * 1e6:>13.0f} {(sdk - raw) * 1e6:>+10.0f}")


if __name__ == "__main__":
    main()
