"""How each kept template differs from the pinned generator's own, as a unified diff.

    python -m scripts.regen.template_diffs --write    # refresh templates/DIFFS after a deliberate change

tests/test_namespaces.py compares these diffs with the committed ones, so an upgrade of the generator
(whose stock templates move) or an edit of ours shows exactly what changed.
"""

from __future__ import annotations

import difflib
import sys
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
DIFFS = TEMPLATES / "DIFFS"


def kept_templates() -> list[str]:
    """Our templates, as paths relative to templates/ (each replaces a stock one of the same name)."""
    return sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.jinja"))


def stock(name: str) -> str:
    """The pinned generator's own template ``name`` (empty for a helper template of ours only)."""
    found = files("openapi_python_client").joinpath("templates", name)
    return found.read_text() if found.is_file() else ""


def diff(name: str) -> str:
    ours = (TEMPLATES / name).read_text()
    lines = difflib.unified_diff(
        stock(name).splitlines(keepends=True), ours.splitlines(keepends=True), f"stock/{name}", f"ours/{name}"
    )
    return "".join(lines)


def diff_file(name: str) -> Path:
    return DIFFS / (name.replace("/", "__") + ".diff")


def main(argv: list[str]) -> int:
    if argv != ["--write"]:
        print(__doc__)
        return 2
    for old in DIFFS.glob("*.diff"):
        old.unlink()
    for name in kept_templates():
        diff_file(name).write_text(diff(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
