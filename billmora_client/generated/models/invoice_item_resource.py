from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceItemResource")


@_attrs_define
class InvoiceItemResource:
    """
    Attributes:
        id (int):
        service_id (int | None):
        registrant_id (int | None):
        description (str):
        quantity (int):
        unit_price (str):
        amount (str):
    """

    id: int
    service_id: int | None
    registrant_id: int | None
    description: str
    quantity: int
    unit_price: str
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service_id: int | None
        service_id = self.service_id

        registrant_id: int | None
        registrant_id = self.registrant_id

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "service_id": service_id,
                "registrant_id": registrant_id,
                "description": description,
                "quantity": quantity,
                "unit_price": unit_price,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        def _parse_service_id(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("service_id: fits none of its types")

        service_id = _parse_service_id(d.pop("service_id"))

        def _parse_registrant_id(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("registrant_id: fits none of its types")

        registrant_id = _parse_registrant_id(d.pop("registrant_id"))

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError("description: expected string")

        quantity = d.pop("quantity")
        if type(quantity) is not int:
            raise TypeError("quantity: expected integer")

        unit_price = d.pop("unit_price")
        if not isinstance(unit_price, str):
            raise TypeError("unit_price: expected string")

        amount = d.pop("amount")
        if not isinstance(amount, str):
            raise TypeError("amount: expected string")

        invoice_item_resource = cls(
            id=id,
            service_id=service_id,
            registrant_id=registrant_id,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            amount=amount,
        )

        invoice_item_resource.additional_properties = d
        return invoice_item_resource

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
