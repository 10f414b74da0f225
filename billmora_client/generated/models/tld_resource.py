from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tld_price_resource import TldPriceResource


T = TypeVar("T", bound="TldResource")


@_attrs_define
class TldResource:
    """
    Attributes:
        id (int):
        tld (str):
        status (Visibility): Whether a catalog, package, variant or TLD is offered to customers.
        plugin_id (int | None):
        min_years (int):
        max_years (int):
        grace_period_days (int | None):
        redemption_period_days (int | None):
        sort_order (int | None):
        auto_renew (None | str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        prices (list[TldPriceResource] | Unset):
    """

    id: int
    tld: str
    status: Visibility
    plugin_id: int | None
    min_years: int
    max_years: int
    grace_period_days: int | None
    redemption_period_days: int | None
    sort_order: int | None
    auto_renew: None | str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    prices: list[TldPriceResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tld = self.tld

        status = self.status.value

        plugin_id: int | None
        plugin_id = self.plugin_id

        min_years = self.min_years

        max_years = self.max_years

        grace_period_days: int | None
        grace_period_days = self.grace_period_days

        redemption_period_days: int | None
        redemption_period_days = self.redemption_period_days

        sort_order: int | None
        sort_order = self.sort_order

        auto_renew: None | str
        auto_renew = self.auto_renew

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
                "tld": tld,
                "status": status,
                "plugin_id": plugin_id,
                "min_years": min_years,
                "max_years": max_years,
                "grace_period_days": grace_period_days,
                "redemption_period_days": redemption_period_days,
                "sort_order": sort_order,
                "auto_renew": auto_renew,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tld_price_resource import TldPriceResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        tld = d.pop("tld")
        if not isinstance(tld, str):
            raise TypeError("tld: expected string")

        status = Visibility(d.pop("status"))

        def _parse_plugin_id(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id"))

        min_years = d.pop("min_years")
        if type(min_years) is not int:
            raise TypeError("min_years: expected integer")

        max_years = d.pop("max_years")
        if type(max_years) is not int:
            raise TypeError("max_years: expected integer")

        def _parse_grace_period_days(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("grace_period_days: fits none of its types")

        grace_period_days = _parse_grace_period_days(d.pop("grace_period_days"))

        def _parse_redemption_period_days(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("redemption_period_days: fits none of its types")

        redemption_period_days = _parse_redemption_period_days(d.pop("redemption_period_days"))

        def _parse_sort_order(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order"))

        def _parse_auto_renew(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("auto_renew: fits none of its types")

        auto_renew = _parse_auto_renew(d.pop("auto_renew"))

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
        prices: list[TldPriceResource] | Unset = UNSET
        if _prices is not UNSET:
            if not isinstance(_prices, list):
                raise TypeError("prices: expected array")
            prices = []
            for prices_item_data in _prices:
                prices_item = TldPriceResource.from_dict(prices_item_data)

                prices.append(prices_item)

        tld_resource = cls(
            id=id,
            tld=tld,
            status=status,
            plugin_id=plugin_id,
            min_years=min_years,
            max_years=max_years,
            grace_period_days=grace_period_days,
            redemption_period_days=redemption_period_days,
            sort_order=sort_order,
            auto_renew=auto_renew,
            created_at=created_at,
            updated_at=updated_at,
            prices=prices,
        )

        tld_resource.additional_properties = d
        return tld_resource

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
