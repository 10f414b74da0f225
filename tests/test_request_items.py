"""A list of objects in a request takes models or their JSON form as typed dicts, typed so, and every typed
dict a method names is public in ``billmora_client.models``."""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import Any

import pytest

from billmora_client import Billmora
from billmora_client import models as public
from billmora_client.generated.api import TAGS
from billmora_client.models import OrdersStoreRequestPackageItemsType0Item, OrdersStoreRequestPackageItemsType0ItemDict


def typed_dicts_in(hint: Any) -> set[str]:
    """The typed dicts a (resolved) type hint names, however deeply nested."""
    found = {hint.__name__} if typing.is_typeddict(hint) else set()
    for argument in typing.get_args(hint):
        found |= typed_dicts_in(argument)
    return found


def test_every_typed_dict_a_method_names_is_exported_from_models() -> None:
    named: dict[str, Any] = {}
    for tag in TAGS:
        module = importlib.import_module(f"billmora_client.generated.api.{tag}")
        api = getattr(module, module.__all__[0])
        for name, method in inspect.getmembers(api, inspect.isfunction):
            if name.startswith("_"):
                continue
            overloads = typing.get_overloads(method) or [method]
            for signature in overloads:
                hints = typing.get_type_hints(signature, vars(module))
                for hint in hints.values():
                    for typed in typed_dicts_in(hint):
                        named[typed] = vars(module)[typed]
    assert {"InvoicesStoreRequestItemsItemDict", "OrdersStoreRequestPackageItemsType0ItemDict"} <= set(named)
    for name, typed in named.items():
        assert name in public.__all__ and getattr(public, name) is typed, name


async def test_order_items_as_typed_dicts_or_models(billmora: Billmora) -> None:
    price = (await billmora.packages.show(1)).prices[0].id  # type: ignore[index]
    as_dict: OrdersStoreRequestPackageItemsType0ItemDict = {"package_id": 1, "billing_id": price, "quantity": 2}
    as_model = OrdersStoreRequestPackageItemsType0Item(package_id=1, billing_id=price)
    order = await billmora.orders.store(user_id=1, currency="USD", status="pending", package_items=[as_dict, as_model])
    assert [(item.description, item.quantity) for item in order.items] == [("Plan 1", 2), ("Plan 1", 1)]  # type: ignore[union-attr]


async def test_an_item_of_the_wrong_shape_is_a_type_error_before_sending(billmora: Billmora) -> None:
    store: Any = billmora.orders.store  # as untyped code would call it
    with pytest.raises(TypeError, match="package_id: expected integer"):
        await store(user_id=1, currency="USD", status="pending", package_items=[{"package_id": "1", "billing_id": 1}])
