from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_exception_errors import ValidationExceptionErrors


T = TypeVar("T", bound="ValidationException")


@_attrs_define
class ValidationException:
    """
    Attributes:
        message (str): Errors overview.
        errors (ValidationExceptionErrors): A detailed description of each field that failed validation.
    """

    message: str
    errors: ValidationExceptionErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_exception_errors import ValidationExceptionErrors  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        errors = ValidationExceptionErrors.from_dict(d.pop("errors"))

        validation_exception = cls(
            message=message,
            errors=errors,
        )

        validation_exception.additional_properties = d
        return validation_exception

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
