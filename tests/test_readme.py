"""What the README tells users holds: its enum values are the enums', its abilities are the routes', and its
Python examples run as written against the default sandbox (tests/test_typing.py holds them to mypy --strict)."""

from __future__ import annotations

import asyncio
import re
import textwrap
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from billmora_client import models
from billmora_client.testing import operations
from billmora_client.testing.pytest_plugin import RunningSandbox

from .redis_server import redis_server

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def table_rows(heading: str) -> list[list[str]]:
    """The body rows of the first table under ``## heading``, as cell texts."""
    section = README.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def codes(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_enum_table_lists_every_enum_with_its_values() -> None:
    listed = {codes(row[0])[0]: codes(row[1]) for row in table_rows("Models, enums and filter values")}
    enums = {name: getattr(models, name) for name in models.__all__}
    expected = {
        name: [m.value for m in enum]
        for name, enum in enums.items()
        if isinstance(enum, type) and issubclass(enum, StrEnum)
    }
    assert {name: sorted(values) for name, values in listed.items()} == {
        name: sorted(values) for name, values in expected.items()
    }


def test_the_ability_table_is_what_the_panel_offers_and_the_routes_need() -> None:
    offered = {ability for row in table_rows("Token abilities") for ability in codes(row[1])}
    needed = {operation.ability for operation in operations() if operation.ability}
    assert len(offered) == 36
    assert needed - offered == {"orders.create", "orders.update"}  # only a "*" token can call these
    assert offered <= needed


def python_blocks() -> list[str]:
    return [textwrap.dedent(block) for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL)]


def run_body(code: str) -> None:
    """Run a README snippet written as a coroutine's body."""
    namespace: dict[str, Any] = {}
    exec(compile("async def example() -> None:\n" + textwrap.indent(code, "    "), "README.md", "exec"), namespace)
    asyncio.run(namespace["example"]())


@pytest.fixture
def sandbox_env(billmora_sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    """The default sandbox (seed 1: 25 users), found through BILLMORA_BASE_URL and BILLMORA_API_TOKEN."""
    monkeypatch.setenv("BILLMORA_BASE_URL", billmora_sandbox.base_url)
    monkeypatch.setenv("BILLMORA_API_TOKEN", billmora_sandbox.token)
    return billmora_sandbox


def test_the_readme_examples_run_as_written_against_the_default_sandbox(
    sandbox_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    use, narrowing, one_budget, _redis = python_blocks()[:4]  # the fifth is a test file (test_typing checks it)
    exec(compile(use, "README.md", "exec"), {"__name__": "__main__"})
    printed = capsys.readouterr().out.splitlines()
    user = sandbox_env.sandbox.store.tables["users"][3]
    assert printed[0] == f"{user['first_name']} {user['last_name']}"
    assert printed[-1] == "['The email field must be a valid email address.']"
    assert len(printed) > 2  # the unpaid invoices, one line each

    namespace: dict[str, Any] = {}
    exec(compile(narrowing, "README.md", "exec"), namespace)

    async def owners() -> list[str | None]:
        async with sandbox_env.client() as bm:
            page = await bm.invoices.index(per_page=3)
            return [namespace["owner_email"](invoice) for invoice in page.data]

    assert all(email is None or "@" in email for email in asyncio.run(owners()))
    run_body(one_budget)


def test_the_readme_redis_example_runs_with_a_real_redis(sandbox_env: RunningSandbox) -> None:
    redis_block = python_blocks()[3]
    assert 'rate_limit_store="redis://redis.internal:6379/0"' in redis_block
    for server in redis_server():
        run_body(redis_block.replace("redis://redis.internal:6379/0", server.url))
