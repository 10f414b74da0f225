"""What the README tells users holds: its enum values are the enums', its abilities are the routes', and its
Python examples pass mypy --strict importing nothing from ``generated``."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from billmora_client import models
from billmora_client.testing import operations

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
