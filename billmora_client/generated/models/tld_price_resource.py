from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TldPriceResource")


@_attrs_define
class TldPriceResource:
    """
    Attributes:
        id (int):
        currency (str):
        register_price (str):
        renew_price (str):
        transfer_price (str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    id: int
    currency: str
    register_price: str
    renew_price: str
    transfer_price: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        register_price = self.register_price

        renew_price = self.renew_price

        transfer_price = self.transfer_price

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "register_price": register_price,
                "renew_price": renew_price,
                "transfer_price": transfer_price,
                "created_at": created_at,
                "updated_at": updated_at,
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

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        register_price = d.pop("register_price")
        if not isinstance(register_price, str):
            raise TypeError("register_price: expected string")

        renew_price = d.pop("renew_price")
        if not isinstance(renew_price, str):
            raise TypeError("renew_price: expected string")

        transfer_price = d.pop("transfer_price")
        if not isinstance(transfer_price, str):
            raise TypeError("transfer_price: expected string")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0

        updated_at = _parse_updated_at(d.pop("updated_at"))

        tld_price_resource = cls(
            id=id,
            currency=currency,
            register_price=register_price,
            renew_price=renew_price,
            transfer_price=transfer_price,
            created_at=created_at,
            updated_at=updated_at,
        )

        tld_price_resource.additional_properties = d
        return tld_price_resource

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
