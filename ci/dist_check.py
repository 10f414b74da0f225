"""What the built sdist and wheel hold: ``python ci/dist_check.py DIST_DIR``; exits non-zero naming what is wrong.

The wheel holds the package, both ``py.typed`` markers and LICENSE, registers the pytest plugin and requires
no development tool; the sdist holds LICENSE and no tests (they need this repository's helpers to run).
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

DEV_TOOLS = ("pytest", "ruff", "mypy", "hypothesis", "openapi-python-client", "schemathesis", "build", "twine")


def check_wheel(path: Path) -> list[str]:
    names = set(zipfile.ZipFile(path).namelist())
    problems = [
        f"wheel lacks {n}" for n in ("billmora_client/py.typed", "billmora_client/generated/py.typed") if n not in names
    ]
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    if f"{info}/licenses/LICENSE" not in names:
        problems.append("wheel lacks LICENSE")
    if any(not n.startswith(("billmora_client/", info)) for n in names):
        problems.append("wheel holds files outside billmora_client: " + ", ".join(sorted(names)[:5]))
    zipped = zipfile.ZipFile(path)
    entry_points = zipped.read(f"{info}/entry_points.txt").decode()
    if "[pytest11]" not in entry_points or "billmora_client._pytest_plugin" not in entry_points:
        problems.append("wheel does not register the pytest plugin (pytest11 entry point)")
    metadata = Parser().parsestr(zipped.read(f"{info}/METADATA").decode())
    requires = metadata.get_all("Requires-Dist") or []
    problems += [f"wheel requires a development tool: {r}" for r in requires if r.split()[0].startswith(DEV_TOOLS)]
    if metadata["License-Expression"] != "MIT" or "LICENSE" not in (metadata.get_all("License-File") or []):
        problems.append("wheel metadata lacks License-Expression: MIT and License-File: LICENSE")
    return problems


def check_sdist(path: Path) -> list[str]:
    with tarfile.open(path) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    problems = [] if "LICENSE" in names else ["sdist lacks LICENSE"]
    problems += [f"sdist ships {n}, which cannot run from it" for n in sorted(names) if n.startswith("tests/")]
    return problems


def main(dist: Path) -> int:
    (wheel,), (sdist,) = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    problems = check_wheel(wheel) + check_sdist(sdist)
    for problem in problems:
        print(f"dist_check: {problem}", file=sys.stderr)
    if not problems:
        print(f"dist_check: {wheel.name} and {sdist.name} hold what they should")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
