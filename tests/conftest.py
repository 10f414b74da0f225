"""Shared fixtures: the Billmora sandbox, any ASGI app served over real HTTP on loopback, and a copy of the
project for the regeneration tests to write into."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from billmora_client.testing import serve

ROOT = Path(__file__).resolve().parents[1]
# What the regeneration pipeline reads and writes.
PROJECT_FILES = [
    "scripts",
    "templates",
    "generator-config.yaml",
    "openapi.overlay.yaml",
    "openapi.json",
    "pyproject.toml",
    "billmora_client/generated",
    "docs/api.md",
]


# The files that take longest (waiting on windows and deadlines, or generating code), longest first. They are
# collected first, so with `--dist loadfile --no-loadscope-reorder` each worker starts on one and the short
# files fill in around them: the workers finish together.
LONGEST_FIRST = [
    "test_regenerate_refusals.py",
    "test_testing_extra.py",
    "test_ratelimit_redis_wire.py",
    "test_reliability.py",
    "test_call_bounds.py",
    "test_upgrade.py",
    "test_reliability_reads.py",
    "test_transport.py",
    "test_shared_budget.py",
    "test_regenerate.py",
    "test_transport_pacing.py",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: within a file, and among the other files, the order is kept


@pytest.fixture
def loopback() -> Iterator[Callable[[Any], str]]:
    """``loopback(app)`` serves ``app`` on 127.0.0.1 and returns its origin; stopped after the test."""
    with ExitStack() as stack:
        yield lambda app: stack.enter_context(serve(app)).removesuffix("/api")


def copy_project(target: Path) -> Path:
    """Copy what the regeneration pipeline reads and writes into ``target``; return it."""
    for name in PROJECT_FILES:
        source, destination = ROOT / name, target / name
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination)
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what the regeneration pipeline reads and writes, for a test to regenerate into."""
    return copy_project(tmp_path / "project")
