from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_meta_link import PaginationMetaLink


T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """
    Attributes:
        current_page (int):
        from_ (int | None):
        last_page (int):
        links (list[PaginationMetaLink]): Generated paginator links.
        path (None | str): Base path for paginator generated URLs.
        per_page (int): Number of items shown per page.
        to (int | None): Number of the last item in the slice.
        total (int): Total number of items being paginated.
    """

    current_page: int
    from_: int | None
    last_page: int
    links: list[PaginationMetaLink]
    path: None | str
    per_page: int
    to: int | None
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        from_: int | None
        from_ = self.from_

        last_page = self.last_page

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        path: None | str
        path = self.path

        per_page = self.per_page

        to: int | None
        to = self.to

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "from": from_,
                "last_page": last_page,
                "links": links,
                "path": path,
                "per_page": per_page,
                "to": to,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_meta_link import PaginationMetaLink  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        current_page = d.pop("current_page")
        if type(current_page) is not int:
            raise TypeError("current_page: expected integer")

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("from: fits none of its types")

        from_ = _parse_from_(d.pop("from"))

        last_page = d.pop("last_page")
        if type(last_page) is not int:
            raise TypeError("last_page: expected integer")

        links = []
        _links = d.pop("links")
        if not isinstance(_links, list):
            raise TypeError("links: expected array")
        for links_item_data in _links:
            links_item = PaginationMetaLink.from_dict(links_item_data)

            links.append(links_item)

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("path: fits none of its types")

        path = _parse_path(d.pop("path"))

        per_page = d.pop("per_page")
        if type(per_page) is not int:
            raise TypeError("per_page: expected integer")

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("to: fits none of its types")

        to = _parse_to(d.pop("to"))

        total = d.pop("total")
        if type(total) is not int:
            raise TypeError("total: expected integer")

        pagination_meta = cls(
            current_page=current_page,
            from_=from_,
            last_page=last_page,
            links=links,
            path=path,
            per_page=per_page,
            to=to,
            total=total,
        )

        pagination_meta.additional_properties = d
        return pagination_meta

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
