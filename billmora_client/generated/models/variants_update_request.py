from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantsUpdateRequest")


@_attrs_define
class VariantsUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        code (None | str | Unset):
        status (Visibility | Unset): Whether a catalog, package, variant or TLD is offered to customers.
        is_scalable (bool | Unset):
    """

    name: str | Unset = UNSET
    code: None | str | Unset = UNSET
    status: Visibility | Unset = UNSET
    is_scalable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_scalable = self.is_scalable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if is_scalable is not UNSET:
            field_dict["is_scalable"] = is_scalable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError("name: expected string")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("code: fits none of its types")

        code = _parse_code(d.pop("code", UNSET))

        _status = d.pop("status", UNSET)
        status: Visibility | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Visibility(_status)

        is_scalable = d.pop("is_scalable", UNSET)
        if is_scalable is not UNSET and not isinstance(is_scalable, bool):
            raise TypeError("is_scalable: expected boolean")

        variants_update_request = cls(
            name=name,
            code=code,
            status=status,
            is_scalable=is_scalable,
        )

        variants_update_request.additional_properties = d
        return variants_update_request

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
