from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoicesStoreRequestItemsItem")


@_attrs_define
class InvoicesStoreRequestItemsItem:
    """
    Attributes:
        description (str):
        quantity (int):
        unit_price (float):
    """

    description: str
    quantity: int
    unit_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "quantity": quantity,
                "unit_price": unit_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError("description: expected string")

        quantity = d.pop("quantity")
        if type(quantity) is not int:
            raise TypeError("quantity: expected integer")

        unit_price = d.pop("unit_price")
        if type(unit_price) is not float and type(unit_price) is not int:
            raise TypeError("unit_price: expected number")

        invoices_store_request_items_item = cls(
            description=description,
            quantity=quantity,
            unit_price=unit_price,
        )

        invoices_store_request_items_item.additional_properties = d
        return invoices_store_request_items_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
