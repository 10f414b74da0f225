from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="TldsUpdateRequest")


@_attrs_define
class TldsUpdateRequest:
    """
    Attributes:
        tld (str | Unset):
        status (Visibility | Unset): Whether a catalog, package, variant or TLD is offered to customers.
        plugin_id (int | None | Unset):
        min_years (int | Unset):
        max_years (int | Unset):
        sort_order (int | None | Unset):
    """

    tld: str | Unset = UNSET
    status: Visibility | Unset = UNSET
    plugin_id: int | None | Unset = UNSET
    min_years: int | Unset = UNSET
    max_years: int | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tld = self.tld

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        plugin_id: int | None | Unset
        if isinstance(self.plugin_id, Unset):
            plugin_id = UNSET
        else:
            plugin_id = self.plugin_id

        min_years = self.min_years

        max_years = self.max_years

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tld is not UNSET:
            field_dict["tld"] = tld
        if status is not UNSET:
            field_dict["status"] = status
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if min_years is not UNSET:
            field_dict["min_years"] = min_years
        if max_years is not UNSET:
            field_dict["max_years"] = max_years
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        tld = d.pop("tld", UNSET)
        if tld is not UNSET and not isinstance(tld, str):
            raise TypeError("tld: expected string")

        _status = d.pop("status", UNSET)
        status: Visibility | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Visibility(_status)

        def _parse_plugin_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id", UNSET))

        min_years = d.pop("min_years", UNSET)
        if min_years is not UNSET and type(min_years) is not int:
            raise TypeError("min_years: expected integer")

        max_years = d.pop("max_years", UNSET)
        if max_years is not UNSET and type(max_years) is not int:
            raise TypeError("max_years: expected integer")

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        tlds_update_request = cls(
            tld=tld,
            status=status,
            plugin_id=plugin_id,
            min_years=min_years,
            max_years=max_years,
            sort_order=sort_order,
        )

        tlds_update_request.additional_properties = d
        return tlds_update_request

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
