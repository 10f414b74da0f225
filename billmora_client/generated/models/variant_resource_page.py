from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_links import PaginationLinks
    from ..models.pagination_meta import PaginationMeta
    from ..models.variant_resource import VariantResource


T = TypeVar("T", bound="VariantResourcePage")


@_attrs_define
class VariantResourcePage:
    """
    Attributes:
        data (list[VariantResource]):
        links (PaginationLinks):
        meta (PaginationMeta):
    """

    data: list[VariantResource]
    links: PaginationLinks
    meta: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.variant_resource import VariantResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError("data: expected array")
        for data_item_data in _data:
            data_item = VariantResource.from_dict(data_item_data)

            data.append(data_item)

        links = PaginationLinks.from_dict(d.pop("links"))

        meta = PaginationMeta.from_dict(d.pop("meta"))

        variant_resource_page = cls(
            data=data,
            links=links,
            meta=meta,
        )

        variant_resource_page.additional_properties = d
        return variant_resource_page

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
