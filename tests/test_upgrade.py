"""A simulated Billmora upgrade regenerated end to end: a new tag, fields added, removed and retyped, an
operation removed, awkward names; the change report, the overlay's notes, and ruff and mypy --strict on the
output. Apart from ``test_regenerate`` so that its one generation runs beside the other regeneration tests."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.regen import pipeline

from .conftest import ROOT, copy_project
from .test_regenerate import document


def upgraded_document() -> dict[str, Any]:
    """The served document after a release: a coupons tag (paginated index without filters, and show), a field
    added, removed and retyped, an operation removed."""
    doc = document()
    schemas, paths = doc["components"]["schemas"], doc["paths"]
    schemas["CouponResource"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "code": {"type": "string"},
            "expires_at": {"type": ["string", "null"], "format": "date-time"},
        },
        "required": ["id", "code", "expires_at"],
        "title": "CouponResource",
    }
    as_coupons = json.dumps({"index": paths["/v1/users"]["get"], "show": paths["/v1/users/{user}"]["get"]})
    for old, new in [
        ("UserResource", "CouponResource"),
        ("users", "coupons"),
        ("Users", "Coupons"),
        ("user", "coupon"),
    ]:
        as_coupons = as_coupons.replace(old, new)
    coupons = json.loads(as_coupons)
    paths["/v1/coupons"] = {"get": coupons["index"]}
    paths["/v1/coupons/{coupon}"] = {"get": coupons["show"]}
    user = schemas["UserResource"]
    user["properties"]["nickname"] = {"type": "string"}
    del user["properties"]["language"]
    user["required"].remove("language")
    schemas["InvoiceResource"]["properties"]["total"] = {"type": "number"}
    # A column turned into a PHP enum, which Scramble documents under the name the overlay gives it too.
    schemas["InvoiceStatus"] = {"type": "string", "enum": ["unpaid", "paid", "cancelled", "refunded", "overdue"]}
    schemas["InvoiceResource"]["properties"]["status"] = {"$ref": "#/components/schemas/InvoiceStatus"}
    del paths["/v1/tlds/{tld}"]["delete"]
    imported = copy.deepcopy(paths["/v1/users"]["post"])
    imported["operationId"] = "v1.users.import"
    imported["parameters"] = [{"name": "timeout", "in": "query", "schema": {"type": "integer"}}]
    imported["requestBody"]["content"]["application/json"]["schema"]["properties"]["class"] = {"type": "string"}
    paths["/v1/users/import"] = {"post": imported}
    return doc


@pytest.fixture(scope="module")
def upgrade(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``regenerate.py --from`` the upgraded document, in-process, on a copy of the project beside the rest of
    the package; keep what it printed."""
    tmp = tmp_path_factory.mktemp("upgrade")
    package = copy_project(tmp / "project")
    source = tmp / "upgraded.json"
    source.write_text(json.dumps(upgraded_document(), indent=4))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = pipeline.main(["--from", str(source), "--fail-on-breaking"], pipeline.Project(package))
    assert status == 3, printed.getvalue()  # a field and an operation removed: breaking, for a drift check
    shutil.copytree(
        ROOT / "billmora_client",
        package / "billmora_client",
        ignore=lambda folder, names: [
            n for n in names if n == "__pycache__" or Path(folder, n) == ROOT / "billmora_client/generated"
        ],
        dirs_exist_ok=True,
    )
    if (ROOT / ".mypy_cache").is_dir():  # only a warm start: mypy re-checks every file whose content differs
        shutil.copytree(ROOT / ".mypy_cache", package / ".mypy_cache")
    lines = printed.getvalue().splitlines()
    return {
        "package": package,
        "source": source,
        "notes": [line for line in lines if line.startswith("overlay: ")],
        "report": [line.strip() for line in lines if line.startswith("  ")],
        "printed": lines,
    }


def test_the_new_document_replaces_openapi_json_and_its_types_reach_the_models(upgrade: dict[str, Any]) -> None:
    assert (upgrade["package"] / "openapi.json").read_bytes() == upgrade["source"].read_bytes()
    invoice = (upgrade["package"] / "billmora_client/generated/models/invoice_resource.py").read_text()
    assert "total: float" in invoice


def test_an_upgrade_reports_added_removed_and_retyped_operations_and_fields(upgrade: dict[str, Any]) -> None:
    report = upgrade["report"]
    for line in [
        "added operation v1.coupons.index (GET /v1/coupons)",
        "added operation v1.coupons.show (GET /v1/coupons/{coupon})",
        "breaking (operation removed): removed operation v1.tlds.delete (DELETE /v1/tlds/{tld})",
        "added schema CouponResource",
        "added schema CouponResourceEnvelope",
        "added schema CouponResourcePage",
        "added field UserResource.nickname: string (optional)",
        "breaking (field removed): removed field UserResource.language: string|null (required)",
        "breaking (retyped): changed field InvoiceResource.total: string (required) -> number (required)",
    ]:
        assert line in report, "\n".join(report)
    assert not [line for line in report if " response" in line and "schema" in line], report
    assert [line for line in report if line.startswith("breaking")] == [
        "breaking (operation removed): removed operation v1.tlds.delete (DELETE /v1/tlds/{tld})",
        "breaking (retyped): changed field InvoiceResource.total: string (required) -> number (required)",
        "breaking (field removed): removed field UserResource.language: string|null (required)",
    ]


def test_an_upgrade_writes_its_changes_under_unreleased_once_and_says_what_breaks(upgrade: dict[str, Any]) -> None:
    changelog = (upgrade["package"] / "CHANGELOG.md").read_text()
    unreleased = changelog.split("## [Unreleased]\n", 1)[1]
    assert "- **Breaking** (field removed): Billmora API: removed field UserResource.language" in unreleased
    assert "- Billmora API: added operation v1.coupons.index (GET /v1/coupons)" in unreleased
    assert f"{len(upgrade['report'])} line(s) written under [Unreleased] in CHANGELOG.md" in upgrade["printed"]
    assert "3 change(s) break callers: see the lines marked breaking" in upgrade["printed"]


def test_an_additive_upgrade_passes_the_drift_check(project: Path, tmp_path: Path) -> None:
    doc = document()
    doc["components"]["schemas"]["UserResource"]["properties"]["nickname"] = {"type": "string"}
    source = tmp_path / "additive.json"
    source.write_text(json.dumps(doc))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = pipeline.main(["--from", str(source), "--fail-on-breaking"], pipeline.Project(project))
    assert status == 0, printed.getvalue()
    assert "  added field UserResource.nickname: string (optional)" in printed.getvalue().splitlines()
    assert "break callers" not in printed.getvalue()


def test_an_upgrade_does_not_bring_back_a_dropped_field(upgrade: dict[str, Any]) -> None:
    assert upgrade["notes"] == [
        'overlay: "A freshly created user renders null for the columns the request did not set." no longer applies '
        "to UserResource.language: not in the document, not re-created",
        'overlay: "tlds.delete is the ability DELETE /v1/tlds/{tld} needs." no longer applies: '
        "$.paths['/v1/tlds/{tld}'].delete selects nothing",
    ]
    model = (upgrade["package"] / "billmora_client/generated/models/user_resource.py").read_text()
    assert "nickname: str" in model and "language" not in model


def test_a_new_tag_gets_a_namespace_that_imports_only_what_it_uses(upgrade: dict[str, Any]) -> None:
    namespace = (upgrade["package"] / "billmora_client/generated/api/coupons/__init__.py").read_text()
    assert "from ...types import Unset\n" in namespace and "UNSET" not in namespace
    assert "class CouponsApi:" in namespace and "async def show(" in namespace
    assert "def iterate(" in namespace and "-> Paginator[CouponResource]:" in namespace


def test_awkward_names_become_valid_arguments_and_methods(upgrade: dict[str, Any]) -> None:
    namespace = (upgrade["package"] / "billmora_client/generated/api/users/__init__.py").read_text()
    assert "async def import_(" in namespace
    assert "timeout_: int | Unset = UNSET," in namespace and "timeout=timeout_," in namespace
    assert "class_: str | Unset = UNSET," in namespace and "class_=class_," in namespace


def test_the_upgraded_package_passes_ruff_and_mypy_strict(upgrade: dict[str, Any]) -> None:
    package, bindir = upgrade["package"], Path(sys.executable).parent
    for command in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "--strict", "billmora_client"],
    ):
        result = subprocess.run([str(bindir / command[0]), *command[1:]], cwd=package, capture_output=True, text=True)
        assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}{result.stderr}"


def test_an_enum_the_new_document_names_itself_keeps_each_value_once(upgrade: dict[str, Any]) -> None:
    enum = (upgrade["package"] / "billmora_client/generated/models/invoice_status.py").read_text()
    assert enum.count('= "unpaid"') == 1 and 'OVERDUE = "overdue"' in enum
