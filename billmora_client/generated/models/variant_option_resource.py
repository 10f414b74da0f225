from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variant_price_resource import VariantPriceResource


T = TypeVar("T", bound="VariantOptionResource")


@_attrs_define
class VariantOptionResource:
    """
    Attributes:
        id (int):
        name (str):
        value (str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        prices (list[VariantPriceResource] | Unset):
    """

    id: int
    name: str
    value: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    prices: list[VariantPriceResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

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

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variant_price_resource import VariantPriceResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected string")

        value = d.pop("value")
        if not isinstance(value, str):
            raise TypeError("value: expected string")

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

        _prices = d.pop("prices", UNSET)
        prices: list[VariantPriceResource] | Unset = UNSET
        if _prices is not UNSET:
            if not isinstance(_prices, list):
                raise TypeError("prices: expected array")
            prices = []
            for prices_item_data in _prices:
                prices_item = VariantPriceResource.from_dict(prices_item_data)

                prices.append(prices_item)

        variant_option_resource = cls(
            id=id,
            name=name,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            prices=prices,
        )

        variant_option_resource.additional_properties = d
        return variant_option_resource

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
