"""The API-change report marks what breaks callers (oasdiff's rules, read for an SDK), and writes each change once
under [Unreleased] in CHANGELOG.md."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

from scripts.regen import pipeline
from scripts.regen.changelog import record
from scripts.regen.changes import change_report

from .test_regenerate import document


@cache
def _prepared() -> dict[str, Any]:
    return pipeline.prepare(document(), pipeline.load_overlay(pipeline.Project()), "test", checked=False).document


def prepared() -> dict[str, Any]:
    """The committed document as the pipeline compares it: overlaid and normalised."""
    return copy.deepcopy(_prepared())


def report(new: dict[str, Any]) -> list[str]:
    return [str(change) for change in change_report(prepared(), new)]


def test_removals_retypes_and_fields_an_answer_may_now_leave_out_break_callers() -> None:
    new = prepared()
    del new["paths"]["/v1/users/{user}"]["delete"]
    new["components"]["schemas"]["UserResource"]["required"].remove("email")
    new["components"]["schemas"]["UserResource"]["properties"]["nickname"] = {"type": "string"}
    check = new["paths"]["/domains/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    check["properties"]["tld_id"] = {"type": "string"}
    del new["components"]["schemas"]["TicketResource"]["properties"]["subject"]
    assert report(new) == [
        "breaking (operation removed): removed operation v1.users.delete (DELETE /v1/users/{user})",
        "breaking (field removed): removed field TicketResource.subject: string (required)",
        "added field UserResource.nickname: string (optional)",
        "breaking (no longer always in answers): changed field UserResource.email: string (required) -> "
        "string (optional)",
        "breaking (retyped): changed field domains.check 200 response: tld_id: integer (required) -> string (required)",
    ]
    assert change_report(prepared(), prepared()) == []


def test_nullability_and_required_break_by_direction() -> None:
    new = prepared()
    schemas = new["components"]["schemas"]
    schemas["UserResource"]["properties"]["email"] = {"type": ["string", "null"]}  # answers: breaks
    schemas["UsersStoreRequest"]["properties"]["language"] = {"type": ["string", "null"]}  # requests: fine
    schemas["UsersStoreRequest"]["required"].append("language")  # requests: breaks
    schemas["UsersUpdateRequest"]["properties"]["referral"] = {"type": "string"}  # optional request field: fine
    schemas["TicketsStoreRequest"]["properties"]["urgent"] = {"type": "boolean"}
    schemas["TicketsStoreRequest"]["required"].append("urgent")  # a new required request field: breaks
    lines = report(new)
    assert "added field TicketsStoreRequest.urgent: boolean (required)" in lines[0]
    assert lines[0].startswith("breaking (new required request field): ")
    assert "added field UsersUpdateRequest.referral: string (optional)" in lines
    assert [line.split(": changed")[0] for line in lines if "changed field" in line] == [
        "breaking (newly nullable in answers)",
        "breaking (newly required in requests)",
    ]


def test_an_enum_value_removed_breaks_and_one_added_does_not() -> None:
    new = prepared()
    schemas = new["components"]["schemas"]
    schemas["TicketPriority"]["enum"] = ["low", "normal", "medium", "high", "urgent"]
    schemas["UserStatus"]["enum"].remove("inactive")
    schemas["UsersStoreRequest"]["properties"]["status"]["x-accepts"] = ["active", "suspended"]
    assert report(new) == [
        'added value "urgent" to enum TicketPriority',
        'breaking (enum value removed): removed value "inactive" from enum UserStatus',
        'breaking (no longer accepts "closed"): changed field UsersStoreRequest.status: '
        'anyOf(UserStatus,null) accepting {"active","suspended","closed"} (optional) -> '
        'anyOf(UserStatus,null) accepting {"active","suspended"} (optional)',
    ]


def test_the_changes_are_written_under_unreleased_once(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- A fix.\n\n## [0.1.0] - 2026-11-25\n\n- First.\n"
    )
    new = prepared()
    del new["components"]["schemas"]["TicketResource"]["properties"]["subject"]
    new["components"]["schemas"]["UserResource"]["properties"]["nickname"] = {"type": "string"}
    changes = change_report(prepared(), new)
    assert record(changelog, changes) == 2
    assert record(changelog, changes) == 0
    assert changelog.read_text() == (
        "# Changelog\n\n## [Unreleased]\n\n"
        "### Added\n\n- Billmora API: added field UserResource.nickname: string (optional)\n\n"
        "### Removed\n\n- **Breaking** (field removed): Billmora API: removed field TicketResource.subject: "
        "string (required)\n\n"
        "### Fixed\n\n- A fix.\n\n## [0.1.0] - 2026-11-25\n\n- First.\n"
    )
