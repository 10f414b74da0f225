"""The namespace generator: the names it computes exist in the generated package, kept templates show
their difference from the pinned generator's, and keyword bodies, literals and deletions behave."""

from __future__ import annotations

import datetime
import importlib
import numbers
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from billmora_client import Billmora, NotFoundError, ValidationError
from billmora_client.generated.models.invoices_store_request_items_item import InvoicesStoreRequestItemsItem
from billmora_client.generated.models.users_store_request import UsersStoreRequest
from billmora_client.models import InvoicesStoreRequestItemsItemDict, UserStatus
from billmora_client.testing import RunningSandbox
from scripts.regen import pipeline, template_diffs
from scripts.regen.names import Naming, method_name
from scripts.regen.namespaces import plan
from scripts.regen.plan import Tag

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "billmora_client.generated"


def planned() -> dict[str, Tag]:
    project = pipeline.Project()
    _, document = pipeline.load(str(project.document))
    # Unchecked: the committed document passes the checks in `make lint` and tests/test_document.py.
    prepared = pipeline.prepare(document, pipeline.load_overlay(project), "openapi.json", checked=False)
    return dict(plan(prepared.document, Naming(ROOT / "generator-config.yaml")))


def test_every_name_the_namespaces_use_exists_in_the_generated_package() -> None:
    tags = planned()
    assert tags, "no tag planned"
    for folder, tag in tags.items():
        namespace = importlib.import_module(f"{PACKAGE}.api.{folder}")
        assert hasattr(namespace, tag.cls), f"api/{folder} defines no {tag.cls}"
        for cls, module in tag.imports.models.items():
            assert hasattr(importlib.import_module(f"{PACKAGE}.models.{module}"), cls), f"models.{module}.{cls}"
        for method in tag.methods:
            endpoint = importlib.import_module(f"{PACKAGE}.api.{folder}.{method.module}")
            assert callable(endpoint._get_kwargs) and callable(endpoint._parse_response), method.module
            assert hasattr(getattr(namespace, tag.cls), method.name)
            names = set(endpoint._get_kwargs.__code__.co_varnames)
            for arg in method.positional + method.keywords:
                assert arg.target in names, f"{method.module}._get_kwargs has no {arg.target}"
            if method.body is not None:
                assert "body" in names, f"{method.module}._get_kwargs takes no body"


def test_a_keyword_operation_gets_a_trailing_underscore() -> None:
    assert method_name("v1_users_import", "users") == "import_"
    assert method_name("v1_users_show", "users") == "show"
    assert method_name("gateways_webhook", "callback") == "gateways_webhook"


@pytest.mark.parametrize("name", template_diffs.kept_templates())
def test_each_kept_template_differs_from_the_stock_one_as_committed(name: str) -> None:
    committed = template_diffs.diff_file(name)
    assert committed.exists(), f"no {committed.name}; run python -m scripts.regen.template_diffs --write"
    assert template_diffs.diff(name), f"templates/{name} equals the stock template: delete it"
    assert template_diffs.diff(name) == committed.read_text(), (
        f"templates/{name} or the pinned generator's own moved; review and run "
        "python -m scripts.regen.template_diffs --write"
    )


async def test_store_and_update_take_the_fields_as_keywords(billmora: Billmora) -> None:
    user = await billmora.users.store(
        first_name="Ada", last_name="Lovelace", email="ada@example.com", password="engine-1843", status="active"
    )
    assert (user.first_name, user.email, user.status) == ("Ada", "ada@example.com", "active")
    updated = await billmora.users.update(user.id, last_name="King", status=UserStatus.SUSPENDED)
    assert (updated.first_name, updated.last_name, updated.status) == ("Ada", "King", "suspended")
    items: list[InvoicesStoreRequestItemsItem | InvoicesStoreRequestItemsItemDict] = [
        {"description": "Hosting", "quantity": 2, "unit_price": 5.5},
        InvoicesStoreRequestItemsItem(description="Setup", quantity=1, unit_price=10.0),
    ]
    due = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    invoice = await billmora.invoices.store(user_id=user.id, due_date=due, items=items, status="unpaid")
    assert [i.description for i in invoice.items] == ["Hosting", "Setup"]  # type: ignore[union-attr]


async def test_a_prebuilt_body_still_works_and_both_at_once_is_refused(billmora: Billmora) -> None:
    body = UsersStoreRequest(first_name="Bo", last_name="B", email="bo@example.com", password="long-enough")
    assert (await billmora.users.store(body=body)).email == "bo@example.com"
    with pytest.raises(TypeError, match=r"users\.store\(\) takes body= or the fields .* not both"):
        await billmora.users.store(body=body, first_name="X")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"users\.store\(\) needs body= or first_name="):
        await billmora.users.store(first_name="X")  # type: ignore[call-overload]
    with pytest.raises(ValidationError):
        await billmora.users.store(first_name="C", last_name="C", email="not-an-email", password="long-enough")


async def test_delete_returns_nothing_to_read(billmora: Billmora) -> None:
    user = await billmora.users.store(first_name="D", last_name="D", email="d@example.com", password="long-enough")
    delete: Callable[[int], Awaitable[object]] = billmora.users.delete
    assert repr(await delete(user.id)) == "Deleted()"
    with pytest.raises(NotFoundError):
        await billmora.users.show(user.id)


FULL_WIDTH_3 = "\uff13"


class NumpyLikeInt:
    """An integer that is no ``int`` but a ``numbers.Integral``, as numpy's and pandas' ids are."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __str__(self) -> str:
        return str(self.value)


numbers.Integral.register(NumpyLikeInt)


@pytest.mark.parametrize("bad", ["3abc", "1.5", "../tokens", " 3", "", FULL_WIDTH_3, True, 3.0, None])
async def test_an_id_that_could_reach_another_record_is_refused_before_sending(
    billmora_sandbox: RunningSandbox, bad: object
) -> None:
    # Billmora binds {user} without route constraints and MariaDB reads '3abc' as 3: deleting '3abc' would
    # delete customer 3. An id is an int or a string of digits.
    sandbox = billmora_sandbox.sandbox
    async with billmora_sandbox.client() as bm:
        delete: Any = bm.users.delete  # as untyped code would call it
        with pytest.raises(TypeError, match=r"users\.delete\(\) takes an integer id as user, not "):
            await delete(bad)
        show: Any = bm.users.show
        assert (await show("3")).id == (await show(3)).id == (await show(NumpyLikeInt(3))).id == 3
    assert sandbox.stats()["requests"] == {"v1.users.show": 3}, "nothing else was sent"


@pytest.mark.parametrize(
    ("arguments", "error", "text"),
    [
        ({"per_page": 0}, ValueError, "per_page of at least 1, not 0"),  # Laravel reads 0 as 15
        ({"per_page": -1}, ValueError, "per_page of at least 1, not -1"),  # and -1 as every record at once
        ({"page": 0}, ValueError, "page of at least 1, not 0"),
        ({"per_page": True}, TypeError, "integer per_page, not True"),
        ({"page": "2"}, TypeError, "integer page, not '2'"),
    ],
)
async def test_a_page_number_or_size_below_one_is_refused_before_sending(
    billmora_sandbox: RunningSandbox, arguments: dict[str, Any], error: type[Exception], text: str
) -> None:
    async with billmora_sandbox.client() as bm:
        index: Any = bm.users.index  # as untyped code would call it
        with pytest.raises(error, match=rf"users\.index\(\) takes an? {text}"):
            await index(**arguments)
        assert len((await bm.users.index(per_page=1, page=2)).data) == 1
    assert billmora_sandbox.sandbox.stats()["requests"] == {"v1.users.index": 1}, "nothing else was sent"
