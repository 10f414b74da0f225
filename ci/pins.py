"""Print the exact pins of the named packages from pyproject.toml's dependency groups: ``ci/pins.py pytest ...``."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

groups = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["dependency-groups"]
pins = {re.split("[=<>!~ ]", r)[0].lower(): r for group in groups.values() for r in group if isinstance(r, str)}
print(" ".join(pins[name.lower()] for name in sys.argv[1:]))
