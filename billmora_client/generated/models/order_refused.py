from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refused_errors import OrderRefusedErrors


T = TypeVar("T", bound="OrderRefused")


@_attrs_define
class OrderRefused:
    """
    Attributes:
        message (str):
        errors (OrderRefusedErrors | Unset): Field errors; absent when the order as a whole is refused.
    """

    message: str
    errors: OrderRefusedErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_refused_errors import OrderRefusedErrors  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        _errors = d.pop("errors", UNSET)
        errors: OrderRefusedErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = OrderRefusedErrors.from_dict(_errors)

        order_refused = cls(
            message=message,
            errors=errors,
        )

        order_refused.additional_properties = d
        return order_refused

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
