"""Which tests a mutant is run against: those that executed one of its lines in the unmutated run.

The tests of a module run once under coverage, each test's lines in a context named by its node id
(``scripts/mutation/per_test.py``). A mutant then runs only the tests that executed a line it changes, the
fastest first, with the tests that start a Python process beside them (what that process runs, coverage
does not see). A mutant whose lines no test executed (code run at import, or only in another process) gets
``None``: it runs the module's whole test list, the fastest first as well.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import coverage

from scripts.mutation.mutants import Mutant


def mutant_lines(source: bytes, mutants: list[Mutant]) -> dict[Mutant, set[int]]:
    """Each mutant's lines, with the first line of the innermost statement that holds it."""
    statements = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.stmt)]
    lines: dict[Mutant, set[int]] = {}
    for mutant in mutants:
        first = source.count(b"\n", 0, mutant.start) + 1
        last = source.count(b"\n", 0, mutant.end) + 1
        holders = [s.lineno for s in statements if s.lineno <= first and (s.end_lineno or s.lineno) >= last]
        lines[mutant] = set(range(first, last + 1)) | ({max(holders)} if holders else set())
    return lines


@dataclass
class CoverageMap:
    """The node ids that executed each line of one module, each test's seconds and the tests that spawn Python."""

    tests_by_line: dict[int, set[str]]
    seconds: dict[str, float]
    spawners: list[str]
    startup: float  # the seconds of a run that are not its tests' own: starting Python, collecting

    @classmethod
    def read(cls, data_file: Path, map_file: Path, module_file: Path, wall_seconds: float) -> CoverageMap:
        data = coverage.CoverageData(str(data_file))
        data.read()
        by_line = data.contexts_by_lineno(str(module_file)) if str(module_file) in data.measured_files() else {}
        tests_by_line = {line: {c for c in contexts if c} for line, contexts in by_line.items()}
        recorded = json.loads(map_file.read_text())
        seconds: dict[str, float] = recorded["seconds"]
        return cls(tests_by_line, seconds, recorded["spawners"], max(0.0, wall_seconds - sum(seconds.values())))

    @property
    def wall(self) -> float:
        """The seconds the whole run took."""
        return self.startup + sum(self.seconds.values())

    def select(self, lines: set[int]) -> list[str] | None:
        """The node ids to run, the fastest first; ``None`` when no test executed any of ``lines`` here."""
        executed = set().union(*(self.tests_by_line.get(line, set()) for line in lines))
        if not executed:
            return None
        return self.fastest_first(executed | set(self.spawners))

    def fastest_first(self, tests: Iterable[str]) -> list[str]:
        """``tests`` in the order of their seconds unmutated, the shortest first."""
        return sorted(tests, key=lambda test: (self.seconds.get(test, 0.0), test))

    def limit(self, tests: list[str]) -> float:
        """A mutant's time limit: three times what these tests took unmutated, at least 20 seconds."""
        return max(20.0, 3 * (self.startup + sum(self.seconds.get(test, 0.0) for test in tests)))
