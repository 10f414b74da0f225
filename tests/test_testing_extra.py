"""The testing extra where users are: its fixtures in a project outside this repository, found through the
``pytest11`` entry point, under pytest-asyncio strict and auto mode and under anyio; and without the extra, an
ImportError that names it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
USER_PROJECT = ROOT / "examples" / "user_project"

# Installed before anything else runs: starlette and uvicorn cannot be imported, as without the extra.
WITHOUT_EXTRA = """
import sys

class WithoutTheTestingExtra:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("starlette", "uvicorn"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, WithoutTheTestingExtra())
"""


def run_pytest(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:schemathesis", *arguments]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def user_project(tmp_path: Path) -> Path:
    project = tmp_path / "user_project"
    shutil.copytree(USER_PROJECT, project)
    return project


@pytest.mark.parametrize(
    ("mode", "arguments", "passed"),
    [
        ("pytest-asyncio strict (its default)", ["tests/test_asyncio.py", "tests/test_anyio.py"], 4),
        ("pytest-asyncio auto", ["-o", "asyncio_mode=auto", "tests/test_auto.py", "tests/test_asyncio.py"], 3),
        ("anyio alone", ["-p", "no:asyncio", "tests/test_anyio.py"], 2),
    ],
)
def test_the_fixtures_work_in_a_users_project(user_project: Path, mode: str, arguments: list[str], passed: int) -> None:
    assert "pytest_plugins" not in "".join(p.read_text() for p in user_project.rglob("*.py")), "entry point only"
    result = run_pytest(user_project, *arguments)
    assert result.returncode == 0, mode + "\n" + result.stdout[-3000:] + result.stderr[-2000:]
    assert f"{passed} passed" in result.stdout


def test_the_old_pytest_plugins_line_and_import_path_still_work(user_project: Path) -> None:
    (user_project / "conftest.py").write_text('pytest_plugins = ["billmora_client.testing.pytest_plugin"]\n')
    test = user_project / "tests" / "test_asyncio.py"
    test.write_text(
        test.read_text().replace("billmora_client.testing import", "billmora_client.testing.pytest_plugin import")
    )
    result = run_pytest(user_project, "tests/test_asyncio.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_importing_the_sandbox_without_the_extra_names_it() -> None:
    probe = WITHOUT_EXTRA + "import billmora_client, billmora_client.models\nimport billmora_client.testing\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: billmora_client.testing needs the testing extra"), result.stderr
    assert "pip install 'billmora-client[testing]'" in last and "starlette" in last


def test_without_the_extra_pytest_still_runs_and_the_fixture_names_the_extra(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(WITHOUT_EXTRA)
    (tmp_path / "test_it.py").write_text(
        "import billmora_client\n\n"
        "def test_unrelated():\n    assert billmora_client.Billmora\n\n"
        "def test_sandbox(billmora_sandbox):\n    pass\n"
    )
    result = run_pytest(tmp_path, "-p", "no:asyncio", "test_it.py")
    assert "1 passed, 1 error" in result.stdout, result.stdout[-3000:]
    assert "pip install 'billmora-client[testing]'" in result.stdout
