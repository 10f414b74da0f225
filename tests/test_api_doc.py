"""docs/api.md, written by the namespace generator: every namespace and method the client has, each with the
ability Billmora's route needs (checked against the sandbox's own route table) and its errors."""

from __future__ import annotations

import re
from pathlib import Path

from billmora_client import Billmora
from billmora_client.generated.api import TAGS
from billmora_client.testing import operations

REFERENCE = (Path(__file__).resolve().parents[1] / "docs/api.md").read_text()
SECTIONS = {
    f"{tag}.{name}": body
    for tag, name, body in re.findall(r"^### `(\w+)\.(\w+)`\n(.*?)(?=^##|\Z)", REFERENCE, re.S | re.M)
}


def test_every_method_of_every_namespace_is_documented() -> None:
    bm = Billmora("https://billing.example.com", "1|secret")
    methods = {f"{tag}.{name}" for tag in TAGS for name in dir(getattr(bm, tag)) if not name.startswith("_")}
    assert set(SECTIONS) == methods
    assert len(methods) == 50 + 10  # the 50 operations and each listing's iterate()


def test_each_method_names_the_ability_its_route_needs() -> None:
    for operation in operations():
        body = SECTIONS[operation.operation_id.removeprefix("v1.").replace("gateways.", "callback.gateways_")]
        told = re.search(r"^- ability: (.*)$", body, re.M)
        assert told is not None, operation.operation_id
        if operation.ability:
            assert told[1] == f"`{operation.ability}` (or `*`)", operation.operation_id
        else:
            assert told[1] == "none: a public route", operation.operation_id


def test_signatures_returns_and_errors_are_the_methods() -> None:
    show, delete = SECTIONS["users.show"], SECTIONS["users.delete"]
    assert "async def show(user: int, *, timeout: float | httpx.Timeout | None = None) -> UserResource: ..." in show
    assert "- raises: `AuthenticationError` (401), `PermissionDeniedError` (403), `NotFoundError` (404)" in show
    assert "- returns: `Deleted`, nothing to read" in delete
    store = SECTIONS["users.store"]
    assert store.count("@overload") == 2 and "first_name: str," in store
    assert "`ValidationError` (422)" in store
    assert "-> Paginator[InvoiceResource]" in SECTIONS["invoices.iterate"]
