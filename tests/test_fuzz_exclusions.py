"""``fuzz/exclusions.yaml`` stays true to the document: every entry names real checks and operations."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from billmora_client.testing import Token
from fuzz.run import config, exclusions, overlaid_document


def test_every_exclusion_names_checks_and_operations_that_exist_and_cites_billmora() -> None:
    entries = exclusions(overlaid_document())
    assert entries and all(entry["source"] and entry["why"] for entry in entries)


def test_an_exclusion_naming_an_unknown_operation_is_refused(tmp_path: Path) -> None:
    listed = tmp_path / "exclusions.yaml"
    listed.write_text("- {checks: [not_a_server_error], operations: [v1.coupons.index], why: x, source: y}\n")
    with pytest.raises(SystemExit, match=r"names no operation v1\.coupons\.index"):
        exclusions(overlaid_document(), listed)


def test_the_config_turns_off_exactly_what_each_exclusion_lists() -> None:
    entries: list[dict[str, Any]] = [
        {"checks": ["negative_data_rejection"], "operations": "all"},
        {"checks": ["not_a_server_error"], "operations": ["v1.tlds.delete"]},
        {"checks": ["all"], "operations": ["v1.users.delete"]},
    ]
    settings = tomllib.loads(config(Token("s", id=1), entries))
    assert settings["headers"] == {"Authorization": "Bearer 1|s", "Accept": "application/json"}
    assert settings["checks"] == {"negative_data_rejection": {"enabled": False}}
    assert settings["operations"] == [
        {"include-operation-id": ["v1.tlds.delete"], "checks": {"not_a_server_error": {"enabled": False}}},
        {"include-operation-id": ["v1.users.delete"], "enabled": False},
    ]
