from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMetaLink")


@_attrs_define
class PaginationMetaLink:
    """
    Attributes:
        url (None | str):
        label (str):
        active (bool):
        page (int | None | Unset):
    """

    url: None | str
    label: str
    active: bool
    page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str
        url = self.url

        label = self.label

        active = self.active

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "label": label,
                "active": active,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("url: fits none of its types")

        url = _parse_url(d.pop("url"))

        label = d.pop("label")
        if not isinstance(label, str):
            raise TypeError("label: expected string")

        active = d.pop("active")
        if not isinstance(active, bool):
            raise TypeError("active: expected boolean")

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("page: fits none of its types")

        page = _parse_page(d.pop("page", UNSET))

        pagination_meta_link = cls(
            url=url,
            label=label,
            active=active,
            page=page,
        )

        pagination_meta_link.additional_properties = d
        return pagination_meta_link

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
