"""scripts/regenerate.py: the pipeline from a downloaded document to billmora_client/generated."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.regen.changes import change_report
from scripts.regen.normalise import normalise
from scripts.regen.overlay import OverlayError, apply_overlay

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = [
    "scripts",
    "templates",
    "generator-config.yaml",
    "openapi.overlay.yaml",
    "openapi.json",
    "pyproject.toml",
    "billmora_client/generated",
]


def regenerate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=300,
    )


def tree_digest(project: Path) -> str:
    digest = hashlib.sha256()
    for path in [*sorted((project / "billmora_client").rglob("*.py")), project / "openapi.json"]:
        digest.update(str(path.relative_to(project)).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in PROJECT_FILES:
        source, target = ROOT / name, tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    return tmp_path


def document() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text())


def test_committed_generated_code_matches_the_committed_document() -> None:
    result = regenerate(ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matched nothing" not in result.stdout


def test_check_names_a_stale_generated_file(project: Path) -> None:
    stale = project / "billmora_client/generated/api/users/v1_users_show.py"
    stale.write_text(stale.read_text() + "\n# edited by hand\n")
    result = regenerate(project, "--check")
    assert result.returncode == 1
    assert "api/users/v1_users_show.py" in result.stdout


def test_a_changed_field_type_is_reported_and_regenerated(project: Path, tmp_path: Path) -> None:
    changed = document()
    changed["components"]["schemas"]["UserResource"]["properties"]["email"] = {"type": "integer"}
    source = tmp_path / "downloaded.json"
    source.write_text(json.dumps(changed))
    result = regenerate(project, "--from", str(source))
    assert result.returncode == 0, result.stderr
    assert "~ UserResource.email: string (required) -> integer (required)" in result.stdout
    assert json.loads((project / "openapi.json").read_text()) == changed
    assert "email: int" in (project / "billmora_client/generated/models/user_resource.py").read_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html>Server Error</html>", "is not JSON"),
        (json.dumps({"openapi": "3.1.0", "paths": {}}), "is not a valid OpenAPI document"),
    ],
)
def test_bad_documents_stop_with_a_clear_message_and_write_nothing(
    project: Path, tmp_path: Path, content: str, message: str
) -> None:
    before = tree_digest(project)
    source = tmp_path / "downloaded.json"
    source.write_text(content)
    result = regenerate(project, "--from", str(source))
    assert result.returncode == 2
    assert message in result.stderr and "Nothing was written." in result.stderr
    assert tree_digest(project) == before


def test_an_unreachable_url_stops_with_a_clear_message(project: Path) -> None:
    before = tree_digest(project)
    result = regenerate(project, "--from", "http://127.0.0.1:9/docs/api.json")
    assert result.returncode == 2
    assert "could not download http://127.0.0.1:9/docs/api.json" in result.stderr
    assert tree_digest(project) == before


def test_operation_ids_that_collide_into_one_module_are_refused(project: Path, tmp_path: Path) -> None:
    colliding = document()
    colliding["paths"]["/v1/users/{user}"]["get"]["operationId"] = "v1_users.index"
    source = tmp_path / "downloaded.json"
    source.write_text(json.dumps(colliding))
    before = tree_digest(project)
    result = regenerate(project, "--from", str(source))
    assert result.returncode == 2
    assert "'v1.users.index' and 'v1_users.index' would both generate api/users/v1_users_index.py" in result.stderr
    assert tree_digest(project) == before


def test_overlay_update_merges_objects_appends_arrays_and_replaces_scalars() -> None:
    doc = {"a": {"type": "string", "keep": 1, "list": [1]}}
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.a", "update": {"type": "integer", "list": [2]}}]}
    result, unmatched = apply_overlay(doc, overlay)
    assert result == {"a": {"type": "integer", "keep": 1, "list": [1, 2]}}
    assert doc == {"a": {"type": "string", "keep": 1, "list": [1]}}, "the input document is not modified"
    assert unmatched == []


def test_overlay_remove_and_unmatched_targets_are_reported() -> None:
    doc = {"items": [{"n": 1}, {"n": 2}, {"n": 3}]}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.items[?@.n > 1]", "remove": True},
            {"target": "$.gone", "update": {"x": 1}, "description": "fixed upstream"},
        ],
    }
    result, unmatched = apply_overlay(doc, overlay)
    assert result == {"items": [{"n": 1}]}
    assert [(u.index, u.target, u.description) for u in unmatched] == [(1, "$.gone", "fixed upstream")]


def test_overlay_without_version_or_actions_is_refused() -> None:
    with pytest.raises(OverlayError, match="not an Overlay"):
        apply_overlay({}, {"actions": [{"target": "$", "update": {}}]})
    with pytest.raises(OverlayError, match="exactly one of"):
        apply_overlay({}, {"overlay": "1.0.0", "actions": [{"target": "$"}]})


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


def test_change_report_lists_operations_and_fields() -> None:
    old = normalise(document())
    new = json.loads(json.dumps(old))
    del new["paths"]["/v1/users/{user}"]["delete"]
    new["components"]["schemas"]["UserResource"]["required"].remove("email")
    new["components"]["schemas"]["UserResource"]["properties"]["nickname"] = {"type": "string"}
    check = new["paths"]["/domains/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    check["properties"]["tld_id"] = {"type": "string"}
    report = change_report(old, new)
    assert "- operation DELETE /v1/users/{user} (v1.users.delete)" in report
    assert "~ domains.check 200 response.tld_id: integer (required) -> string (required)" in report
    assert "~ UserResource.email: string (required) -> string (optional)" in report
    assert "+ UserResource.nickname: string (optional)" in report
    assert change_report(old, old) == []
