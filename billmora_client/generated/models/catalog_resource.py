from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_resource import PackageResource


T = TypeVar("T", bound="CatalogResource")


@_attrs_define
class CatalogResource:
    """
    Attributes:
        id (int):
        name (str):
        slug (str):
        description (str):
        icon (None | str):
        status (None | Visibility):
        sort_order (int | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        packages (list[PackageResource] | Unset):
    """

    id: int
    name: str
    slug: str
    description: str
    icon: None | str
    status: None | Visibility
    sort_order: int | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    packages: list[PackageResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        description = self.description

        icon: None | str
        icon = self.icon

        status: None | str
        if isinstance(self.status, Visibility):
            status = self.status.value
        else:
            status = self.status

        sort_order: int | None
        sort_order = self.sort_order

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

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "description": description,
                "icon": icon,
                "status": status,
                "sort_order": sort_order,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_resource import PackageResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected string")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError("slug: expected string")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError("description: expected string")

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("icon: fits none of its types")

        icon = _parse_icon(d.pop("icon"))

        def _parse_status(data: object) -> None | Visibility:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = Visibility(data)

            return status_type_0

        status = _parse_status(d.pop("status"))

        def _parse_sort_order(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order"))

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

        _packages = d.pop("packages", UNSET)
        packages: list[PackageResource] | Unset = UNSET
        if _packages is not UNSET:
            if not isinstance(_packages, list):
                raise TypeError("packages: expected array")
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageResource.from_dict(packages_item_data)

                packages.append(packages_item)

        catalog_resource = cls(
            id=id,
            name=name,
            slug=slug,
            description=description,
            icon=icon,
            status=status,
            sort_order=sort_order,
            created_at=created_at,
            updated_at=updated_at,
            packages=packages,
        )

        catalog_resource.additional_properties = d
        return catalog_resource

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
