from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogsUpdateRequest")


@_attrs_define
class CatalogsUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        slug (None | str | Unset):
        description (None | str | Unset):
        icon (None | str | Unset):
        status (Visibility | Unset): Whether a catalog, package, variant or TLD is offered to customers.
        sort_order (int | None | Unset):
    """

    name: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    status: Visibility | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if status is not UNSET:
            field_dict["status"] = status
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError("name: expected string")

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("slug: fits none of its types")

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("description: fits none of its types")

        description = _parse_description(d.pop("description", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("icon: fits none of its types")

        icon = _parse_icon(d.pop("icon", UNSET))

        _status = d.pop("status", UNSET)
        status: Visibility | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Visibility(_status)

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        catalogs_update_request = cls(
            name=name,
            slug=slug,
            description=description,
            icon=icon,
            status=status,
            sort_order=sort_order,
        )

        catalogs_update_request.additional_properties = d
        return catalogs_update_request

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
