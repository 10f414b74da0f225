from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_check_refused_errors import DomainCheckRefusedErrors


T = TypeVar("T", bound="DomainCheckRefused")


@_attrs_define
class DomainCheckRefused:
    """
    Attributes:
        message (str):
        errors (DomainCheckRefusedErrors | Unset): Field errors; absent when the domain itself is refused.
        success (bool | Unset): Present when the domain itself is refused.
    """

    message: str
    errors: DomainCheckRefusedErrors | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_check_refused_errors import DomainCheckRefusedErrors  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        _errors = d.pop("errors", UNSET)
        errors: DomainCheckRefusedErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = DomainCheckRefusedErrors.from_dict(_errors)

        success = d.pop("success", UNSET)
        if success is not UNSET and not isinstance(success, bool):
            raise TypeError("success: expected boolean")

        domain_check_refused = cls(
            message=message,
            errors=errors,
            success=success,
        )

        domain_check_refused.additional_properties = d
        return domain_check_refused

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
