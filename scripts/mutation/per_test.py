"""A pytest plugin for ``make mutate``, loaded with ``-p scripts.mutation.per_test``.

Under ``coverage run``, each test's lines are recorded in a coverage context named by its node id, and when
``MUTATE_TEST_MAP`` names a file, each test's seconds and the tests that start a Python process (whose lines
coverage does not see) are written there as JSON. Given node ids, it runs them in the order given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

MAP_FILE = "MUTATE_TEST_MAP"
PYTHON_BIN = Path(sys.executable).parent

_seconds: dict[str, float] = {}
_spawners: set[str] = set()
_current: list[str] = [""]


def _switch(context: str) -> None:
    import coverage

    _current[0] = context
    measuring = coverage.Coverage.current()
    if measuring is not None:
        measuring.switch_context(context)


def _runs_python(args: Any) -> bool:
    program = Path(os.fsdecode(args if isinstance(args, str | bytes | os.PathLike) else next(iter(args))))
    return program.name.startswith("python") or program.parent == PYTHON_BIN


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get(MAP_FILE):
        return
    execute = subprocess.Popen._execute_child  # type: ignore[attr-defined]

    def recording(self: subprocess.Popen[Any], args: Any, *rest: Any, **options: Any) -> Any:
        if _current[0] and _runs_python(args):
            _spawners.add(_current[0])
        return execute(self, args, *rest, **options)

    subprocess.Popen._execute_child = recording  # type: ignore[attr-defined]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Node ids named on the command line run in the order named (the conftest sorts by file)."""
    order = {name: index for index, name in enumerate(config.args)}
    items.sort(key=lambda item: order.get(item.nodeid, len(order)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    _switch(item.nodeid)
    try:
        return (yield)
    finally:
        _switch("")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _seconds[report.nodeid] = _seconds.get(report.nodeid, 0.0) + report.duration


def pytest_unconfigure(config: pytest.Config) -> None:
    target = os.environ.get(MAP_FILE)
    if target:
        Path(target).write_text(json.dumps({"seconds": _seconds, "spawners": sorted(_spawners)}))
