"""scripts/regenerate.py: the pipeline from a downloaded document to billmora_client/generated.

Most tests call the pipeline in-process (``pipeline.main`` on a copy of the project); one runs the script.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.regen import pipeline
from scripts.regen.normalise import normalise
from scripts.regen.overlay import OverlayError, Skipped, apply_overlay

ROOT = Path(__file__).resolve().parents[1]
SERVED = "a Billmora install serves OpenAPI 3.1.0 (made by Scramble) at /docs/api.json"


def tree_digest(project: Path) -> str:
    digest = hashlib.sha256()
    for path in [*sorted((project / "billmora_client").rglob("*.py")), project / "openapi.json"]:
        digest.update(str(path.relative_to(project)).encode() + path.read_bytes())
    return digest.hexdigest()


def regenerate(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the script's ``main`` in-process on ``project``; return (exit status, stdout, stderr)."""
    status = pipeline.main(list(args), pipeline.Project(project))
    out, err = capsys.readouterr()
    return status, out, err


def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text())
    return loaded


def overlay() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.overlay.yaml").read_text())
    return loaded


def write(tmp_path: Path, content: dict[str, Any] | str) -> str:
    source = tmp_path / "downloaded.json"
    source.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(source)


def test_check_finds_only_the_file_edited_by_hand(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # In-process: `make lint` runs the script itself (`regenerate.py --check`) on every CI run.
    stale = project / "billmora_client/generated/api/users/v1_users_show.py"
    stale.write_text(stale.read_text() + "\n# edited by hand\n")
    status, out, err = regenerate(project, capsys, "--check")
    assert status == 1, out + err
    named = [line for line in out.splitlines() if line.startswith("  ")]
    assert named == ["  api/users/v1_users_show.py"], out  # every other file is up to date
    assert "docs/api.md" not in out
    assert "no longer applies" not in out
    stale.write_text(stale.read_text().removesuffix("\n# edited by hand\n"))
    reference = project / "docs/api.md"
    reference.write_text(reference.read_text().replace("users.view", "users.read"))
    status, out, err = regenerate(project, capsys, "--check")
    assert (status, out) == (1, "docs/api.md is out of date with openapi.json; run `make regenerate`\n"), out + err


def test_overlay_update_merges_objects_appends_arrays_and_replaces_scalars() -> None:
    doc = {"a": {"type": "string", "keep": 1, "list": [1]}}
    action = {"target": "$.a", "description": "retype a", "update": {"type": "integer", "list": [2]}}
    result, skipped = apply_overlay(doc, {"overlay": "1.0.0", "actions": [action]})
    assert result == {"a": {"type": "integer", "keep": 1, "list": [1, 2]}}
    assert doc == {"a": {"type": "string", "keep": 1, "list": [1]}}, "the input document is not modified"
    assert skipped == []


def test_overlay_remove_and_unmatched_targets_are_reported_by_description() -> None:
    doc = {"items": [{"n": 1}, {"n": 2}, {"n": 3}]}
    actions = [
        {"target": "$.items[?@.n > 1]", "remove": True, "description": "drop the big ones"},
        {"target": "$.gone", "update": {"x": 1}, "description": "fixed upstream"},
    ]
    result, skipped = apply_overlay(doc, {"overlay": "1.0.0", "actions": actions})
    assert result == {"items": [{"n": 1}]}
    assert [str(note) for note in skipped] == ['overlay: "fixed upstream" no longer applies: $.gone selects nothing']


def test_overlay_never_recreates_a_field_path_or_operation_the_document_dropped() -> None:
    doc = {
        "paths": {"/v1/users": {"get": {"operationId": "v1.users.index", "responses": {}}}},
        "components": {"schemas": {"UserResource": {"properties": {"status": {"type": "string"}}}}},
    }
    actions = [
        {
            "target": "$.components.schemas.UserResource",
            "description": "Null for unset columns.",
            "update": {
                "properties": {"status": {"type": ["string", "null"]}, "language": {"type": ["string", "null"]}}
            },
        },
        {"target": "$.paths", "description": "Old path.", "update": {"/v1/gone": {"get": {}}}},
        {"target": "$.paths['/v1/users']", "description": "Old operation.", "update": {"delete": {}}},
    ]
    result, skipped = apply_overlay(doc, {"overlay": "1.0.0", "actions": actions})
    assert result["components"]["schemas"]["UserResource"]["properties"] == {"status": {"type": ["string", "null"]}}
    assert result["paths"] == doc["paths"]
    assert [str(note) for note in skipped] == [
        'overlay: "Null for unset columns." no longer applies to UserResource.language: '
        "not in the document, not re-created",
        'overlay: "Old path." no longer applies to path /v1/gone: not in the document, not re-created',
        'overlay: "Old operation." no longer applies to DELETE /v1/users: not in the document, not re-created',
    ]


def test_overlay_adds_a_field_the_document_never_had_only_when_the_action_names_it() -> None:
    doc = {"components": {"schemas": {"Link": {"properties": {"url": {"type": "string"}}}}}}
    action = {
        "target": "$.components.schemas.Link.properties",
        "description": "Links carry a page.",
        "x-adds": ["page"],
        "update": {"page": {"type": "integer"}, "label": {"type": "string"}},
    }
    result, skipped = apply_overlay(doc, {"overlay": "1.0.0", "actions": [action]})
    assert result["components"]["schemas"]["Link"]["properties"] == {
        "url": {"type": "string"},
        "page": {"type": "integer"},
    }
    assert skipped == [Skipped("Links carry a page.", "$.components.schemas.Link.properties", "Link.label")]


def test_overlay_without_version_actions_or_descriptions_is_refused() -> None:
    with pytest.raises(OverlayError, match="not an Overlay"):
        apply_overlay({}, {"actions": [{"target": "$", "update": {}}]})
    with pytest.raises(OverlayError, match=r"^the action on \$ has no 'description'"):
        apply_overlay({}, {"overlay": "1.0.0", "actions": [{"target": "$", "update": {}}]})
    with pytest.raises(OverlayError, match="exactly one of"):
        apply_overlay({}, {"overlay": "1.0.0", "actions": [{"target": "$", "description": "d"}]})


def test_normalise_names_shared_responses_envelopes_and_bodies_once() -> None:
    schemas = normalise(document())["components"]["schemas"]
    for name in [
        "AuthenticationException",
        "ValidationException",
        "ModelNotFoundException",
        "UserResourcePage",
        "UserResourceEnvelope",
        "PaginationMeta",
        "PaginationLinks",
        "UsersStoreRequest",
    ]:
        assert name in schemas, name
    generated = {p.stem for p in (ROOT / "billmora_client/generated/models").glob("*.py")}
    assert not [name for name in generated if "_response_401" in name or "_response_422" in name]


def test_a_request_field_keeps_the_enum_values_its_rule_accepts_and_the_column_holds() -> None:
    overlaid, _ = apply_overlay(document(), overlay())
    schemas = normalise(overlaid)["components"]["schemas"]

    def status(request: str) -> dict[str, Any]:
        field: dict[str, Any] = schemas[request]["properties"]["status"]
        return field

    assert status("UsersStoreRequest") == {  # 'nullable|in:active,suspended,closed' (UsersController.php:56)
        "anyOf": [{"$ref": "#/components/schemas/UserStatus"}, {"type": "null"}],
        "x-accepts": ["active", "suspended", "closed"],
    }
    assert status("TicketsUpdateRequest")["x-accepts"] == ["open", "answered", "closed"]  # not 'customer-reply'
    assert "x-accepts" not in status("ServicesUpdateRequest")  # its rule lists every value of the column
    assert "x-accepts" not in status("InvoicesUpdateRequest")


# --- A simulated Billmora upgrade, regenerated end to end into a temporary package ---------------------------
