from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaginationLinks")


@_attrs_define
class PaginationLinks:
    """
    Attributes:
        first (None | str):
        last (None | str):
        prev (None | str):
        next_ (None | str):
    """

    first: None | str
    last: None | str
    prev: None | str
    next_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first: None | str
        first = self.first

        last: None | str
        last = self.last

        prev: None | str
        prev = self.prev

        next_: None | str
        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first": first,
                "last": last,
                "prev": prev,
                "next": next_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)

        def _parse_first(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("first: fits none of its types")

        first = _parse_first(d.pop("first"))

        def _parse_last(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("last: fits none of its types")

        last = _parse_last(d.pop("last"))

        def _parse_prev(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("prev: fits none of its types")

        prev = _parse_prev(d.pop("prev"))

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("next: fits none of its types")

        next_ = _parse_next_(d.pop("next"))

        pagination_links = cls(
            first=first,
            last=last,
            prev=prev,
            next_=next_,
        )

        pagination_links.additional_properties = d
        return pagination_links

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
