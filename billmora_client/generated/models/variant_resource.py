from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variant_option_resource import VariantOptionResource


T = TypeVar("T", bound="VariantResource")


@_attrs_define
class VariantResource:
    """
    Attributes:
        id (int):
        name (str):
        code (str):
        status (None | Visibility):
        is_scalable (bool | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        options (list[VariantOptionResource] | Unset):
    """

    id: int
    name: str
    code: str
    status: None | Visibility
    is_scalable: bool | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    options: list[VariantOptionResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        status: None | str
        if isinstance(self.status, Visibility):
            status = self.status.value
        else:
            status = self.status

        is_scalable: bool | None
        is_scalable = self.is_scalable

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

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "code": code,
                "status": status,
                "is_scalable": is_scalable,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variant_option_resource import VariantOptionResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected string")

        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError("code: expected string")

        def _parse_status(data: object) -> None | Visibility:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = Visibility(data)

            return status_type_0

        status = _parse_status(d.pop("status"))

        def _parse_is_scalable(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, bool):
                return cast(bool | None, data)
            raise TypeError("is_scalable: fits none of its types")

        is_scalable = _parse_is_scalable(d.pop("is_scalable"))

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

        _options = d.pop("options", UNSET)
        options: list[VariantOptionResource] | Unset = UNSET
        if _options is not UNSET:
            if not isinstance(_options, list):
                raise TypeError("options: expected array")
            options = []
            for options_item_data in _options:
                options_item = VariantOptionResource.from_dict(options_item_data)

                options.append(options_item)

        variant_resource = cls(
            id=id,
            name=name,
            code=code,
            status=status,
            is_scalable=is_scalable,
            created_at=created_at,
            updated_at=updated_at,
            options=options,
        )

        variant_resource.additional_properties = d
        return variant_resource

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
