"""Mutation testing of the modules that carry the README's promises: does some test fail when a line changes?

    python scripts/mutate.py [--module _retry.py ...] [--sample N] [--seed S] [--jobs 1|2] [--list] [--only FILE]

Each mutant is one small change (a comparison flipped, ``and``/``or`` swapped, a number moved by one or
doubled, a condition negated, a return value replaced, a call removed, ``+``/``-`` or ``max``/``min``
swapped), applied in a temporary copy of the project (never in the working tree) and run with a time limit; a
run that fails or passes the limit kills it. The tests of its module (``TESTS`` below) first run once
unmutated under coverage, which records the tests that execute each line (``scripts/mutation/selection.py``);
a mutant then runs only those that executed its lines, the fastest first, or the whole list (also the fastest
first) when none did in the tests' own process. The score per module counts the mutants killed among those not
judged equivalent in ``mutation-equivalents.yaml`` (each with its reason); every survivor is printed as
``file:line: before -> after  | the line``. Exit status 1 when one is left.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project root, so the package is scripts.mutation
from scripts.mutation.mutants import PACKAGE, Mutant, mutants_of  # noqa: E402
from scripts.mutation.per_test import MAP_FILE  # noqa: E402
from scripts.mutation.selection import CoverageMap, mutant_lines  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "mutation-equivalents.yaml"
# Each module and the tests that hold its promises (files that do not exist are left out).
TESTS: dict[str, list[str]] = {
    "_retry.py": [
        "test_promises_calls.py",
        "test_promises_retry.py",
        "test_promises_errors.py",
        "test_promises_deadlines.py",
        "test_transport.py",
        "test_transport_burst.py",
        "test_call_bounds.py",
    ],
    "_ratelimit.py": [
        "test_promises_pacing.py",
        "test_transport_pacing.py",
        "test_promises_deadlines.py",
        "test_promises_errors.py",
        "test_transport.py",
        "test_transport_burst.py",
        "test_pacing_events.py",
        "test_redis_trouble.py",
        "test_shared_budget.py",
    ],
    "_ratelimit_redis.py": [
        "test_promises_redis.py",
        "test_ratelimit_redis.py",
        "test_promises_lifecycle.py",
        "test_redis_trouble.py",
        "test_pacing_events.py",
        "test_ratelimit_redis_wire.py",
    ],
    "_transport.py": [
        "test_promises_calls.py",
        "test_promises_retry.py",
        "test_promises_deadlines.py",
        "test_promises_pacing.py",
        "test_promises_body.py",
        "test_promises_lifecycle.py",
        "test_promises_errors.py",
        "test_transport.py",
        "test_transport_burst.py",
        "test_transport_pacing.py",
        "test_pacing_events.py",
        "test_cookies_redirects.py",
        "test_secrecy.py",
        "test_call_bounds.py",
        "test_reliability.py",
    ],
    "_body.py": [
        "test_promises_calls.py",
        "test_promises_body.py",
        "test_body_in_memory.py",
        "test_body_types.py",
        "test_cookies_redirects.py",
        "test_call_bounds.py",
        "test_sandbox_faults.py",
    ],
    "errors.py": [
        "test_promises_errors.py",
        "test_promises_calls.py",
        "test_pacing_events.py",
        "test_refusals.py",
        "test_secrecy.py",
        "test_client.py",
        "test_call_bounds.py",
    ],
    "pagination.py": ["test_promises_pagination.py", "test_pagination.py", "test_read_ahead.py", "test_call_bounds.py"],
    "client.py": [
        "test_promises_calls.py",
        "test_promises_lifecycle.py",
        "test_promises_deadlines.py",
        "test_promises_errors.py",
        "test_client.py",
        "test_options.py",
        "test_read_ahead.py",
        "test_http_stack.py",
        "test_secrecy.py",
        "test_log_switch.py",
        "test_raw_response.py",
    ],
    "_operations.py": [
        "test_promises_calls.py",
        "test_namespaces.py",
        "test_client.py",
        "test_upgrade.py",
        "test_secrecy.py",
    ],
}
COPIED_AWAY = (".venv", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "*.egg-info")


def equivalents() -> dict[str, str]:
    """Labels of the survivors judged equivalent (``module:line`` left out: lines move), with the reason."""
    if not EQUIVALENTS.exists():
        return {}
    entries = yaml.safe_load(EQUIVALENTS.read_text()) or []
    return {_key(e["mutant"]): e["reason"] for e in entries}


def _key(label: str) -> str:
    module, _, rest = label.partition(":")
    return f"{module}:{rest.partition(':')[2].strip()}"


class Workspace:
    """A copy of the project in a temporary directory, where one mutant at a time is applied and tested."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="billmora-mutate-"))
        shutil.copytree(ROOT, self.root, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*COPIED_AWAY))
        self.stamp = time.time()
        self.traces = Path(tempfile.mkdtemp(prefix="billmora-mutate-traces-"))

    def run(self, tests: list[str], timeout: float, traced: str | None = None) -> tuple[str, float]:
        """``passed``, ``failed`` or ``timeout`` of pytest on ``tests`` (files or node ids), and the seconds taken.

        With ``traced`` (a module), under coverage and without ``-x``, writing its data into ``self.traces``.
        """
        pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "scripts.mutation.per_test"]
        env = {**os.environ, "PYTHONPATH": str(self.root), "CI": os.environ.get("CI", "1")}
        if traced is None:
            command = [sys.executable, *pytest, "-x", *tests]
        else:
            data, included = self.traces / f"{traced}.coverage", self.root / PACKAGE / traced
            command = [sys.executable, "-m", "coverage", "run", f"--data-file={data}", f"--include={included}"]
            command += [*pytest, *tests]
            env[MAP_FILE] = str(self.traces / f"{traced}.json")
        started = time.monotonic()
        process = subprocess.Popen(
            command,
            cwd=self.root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return "timeout", time.monotonic() - started
        return ("passed" if code == 0 else "failed"), time.monotonic() - started

    def trace(self, module: str, tests: list[str]) -> CoverageMap | None:
        """Run the module's tests unmutated under coverage: which test executed which line, if they all pass."""
        outcome, seconds = self.run(tests, 1200, traced=module)
        if outcome != "passed":
            return None
        data, recorded = self.traces / f"{module}.coverage", self.traces / f"{module}.json"
        return CoverageMap.read(data, recorded, self.root / PACKAGE / module, seconds)

    def test(self, mutant: Mutant, tests: list[str], timeout: float) -> str:
        path = self.root / PACKAGE / mutant.module
        original = path.read_bytes()
        path.write_bytes(mutant.apply(original))
        self.stamp += 10  # a new mtime, so no stale bytecode of an earlier mutant is ever imported
        os.utime(path, (self.stamp, self.stamp))
        try:
            return self.run(tests, timeout)[0]
        finally:
            path.write_bytes(original)
            self.stamp += 10
            os.utime(path, (self.stamp, self.stamp))

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.traces, ignore_errors=True)


def tests_of(module: str) -> list[str]:
    return [f"tests/{name}" for name in TESTS[module] if (ROOT / "tests" / name).exists()]


def run(modules: list[str], sample: int | None, seed: int, jobs: int, only: set[str] | None = None) -> int:
    known = equivalents()
    tests = {module: tests_of(module) for module in modules}  # as the copies have them
    chosen: dict[str, list[Mutant]] = {}
    for module in modules:
        every = mutants_of(ROOT, module)
        if only is not None:
            every = [mutant for mutant in every if _key(mutant.label) in only]
        chosen[module] = every
        if sample and sample < len(every):
            chosen[module] = sorted(random.Random(seed).sample(every, sample), key=every.index)
        names = " ".join(Path(test).name for test in tests[module])
        print(f"{module}: {len(chosen[module])} of {len(every)} mutants, tests: {names}")
    spaces: queue.Queue[Workspace] = queue.Queue()
    for _ in range(jobs):
        spaces.put(Workspace())
    plans: dict[Mutant, tuple[list[str], float]] = {}  # the tests each mutant runs, and its time limit

    def unmutated(module: str) -> tuple[str, str, CoverageMap | float]:
        """The module's tests unmutated: under coverage, or without it (and its seconds) when one fails there."""
        space = spaces.get()
        try:
            found = space.trace(module, tests[module])
            if found is not None:
                return module, "passed", found
            return module, *space.run(tests[module], 600)
        finally:
            spaces.put(space)

    def judge(mutant: Mutant) -> tuple[Mutant, str]:
        space = spaces.get()
        try:
            return mutant, space.test(mutant, *plans[mutant])
        finally:
            spaces.put(space)

    try:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for module, outcome, found in pool.map(unmutated, modules):  # they must pass; they give the tests
                if outcome != "passed":
                    print(f"{module}: its tests do not pass unmutated ({outcome}); left out")
                    chosen[module] = []
                    continue
                plan(module, chosen[module], tests[module], found, plans)
        outcomes: dict[Mutant, str] = {}
        every = [m for module in modules for m in chosen[module]]
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for done, (mutant, outcome) in enumerate(pool.map(judge, every), 1):
                outcomes[mutant] = outcome
                print(f"[{done}/{len(every)}] {outcome:8} {mutant.label}", flush=True)
    finally:
        while not spaces.empty():
            spaces.get().remove()
    return report(modules, chosen, outcomes, known)


def plan(
    module: str,
    mutants: list[Mutant],
    tests: list[str],
    found: CoverageMap | float,
    plans: dict[Mutant, tuple[list[str], float]],
) -> None:
    """Put in ``plans`` the tests each mutant of ``module`` runs and its time limit; print how many took which.

    ``found`` is what coverage recorded, or the seconds of a plain run when a test failed under coverage (it may
    have stopped before lines that it would reach): then every mutant runs the whole list, as without coverage.
    """
    if not isinstance(found, CoverageMap):
        limit = max(20.0, 3 * found)
        print(f"{module}: tests pass in {found:.1f}s (not under coverage); every mutant runs them all, {limit:.0f}s")
        plans.update((mutant, (tests, limit)) for mutant in mutants)
        return
    everything = found.fastest_first(found.seconds)
    whole = found.limit(everything)
    selected: list[int] = []
    lines = mutant_lines((ROOT / PACKAGE / module).read_bytes(), mutants)
    for mutant in mutants:
        chosen = found.select(lines[mutant])
        plans[mutant] = (everything, whole) if chosen is None else (chosen, found.limit(chosen))
        if chosen is not None:
            selected.append(len(chosen))
    average = f", {sum(selected) / len(selected):.1f} tests on average" if selected else ""
    print(
        f"{module}: {len(found.seconds)} tests pass in {found.wall:.1f}s under coverage; "
        f"{len(selected)} mutants run the tests that executed their lines{average}, {len(mutants) - len(selected)} "
        f"the whole list (no test executed their lines in its own process); a whole list gets {whole:.0f}s"
    )


def report(
    modules: list[str], chosen: dict[str, list[Mutant]], outcomes: dict[Mutant, str], known: dict[str, str]
) -> int:
    print("\nmodule                 mutants  killed  equivalent  survived  score")
    left: list[Mutant] = []
    for module in modules:
        survivors = [m for m in chosen[module] if outcomes[m] == "passed"]
        real = [m for m in survivors if _key(m.label) not in known]
        killed = len(chosen[module]) - len(survivors)
        scored = killed + len(real)
        score = f"{100 * killed / scored:.0f}%" if scored else "-"
        print(f"{module:22} {len(chosen[module]):7} {killed:7} {len(survivors) - len(real):11} {len(real):9}  {score}")
        left += real
    if left:
        print("\nsurvivors (no test fails with this change):")
        for mutant in left:
            print(f"  {mutant.label}")
    return 1 if left else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--module", action="append", choices=sorted(TESTS), help="only this module (repeatable)")
    parser.add_argument("--sample", type=int, help="at most N mutants per module, drawn with --seed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2, help="mutants tested at once")
    parser.add_argument("--list", action="store_true", help="print the mutants and test none")
    parser.add_argument(
        "--only", type=Path, help="only the mutants this file lists, a label a line as printed (line numbers ignored)"
    )
    args = parser.parse_args(argv)
    modules = args.module or list(TESTS)
    only = None
    if args.only is not None:
        lines = [line for line in args.only.read_text().splitlines() if f"{PACKAGE}/" in line]
        only = {_key(line[line.index(f"{PACKAGE}/") :].strip()) for line in lines}  # a log's lines do too
        modules = [module for module in modules if any(key.startswith(f"{PACKAGE}/{module}:") for key in only)]
    if args.list:
        for module in modules:
            for mutant in mutants_of(ROOT, module):
                if only is None or _key(mutant.label) in only:
                    print(mutant.label)
        return 0
    return run(modules, args.sample, args.seed, args.jobs, only)


if __name__ == "__main__":
    sys.exit(main())
