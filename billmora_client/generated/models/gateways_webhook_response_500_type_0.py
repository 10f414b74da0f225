from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewaysWebhookResponse500Type0")


@_attrs_define
class GatewaysWebhookResponse500Type0:
    """
    Attributes:
        error (Literal['Internal server error.']):
    """

    error: Literal["Internal server error."]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        error = cast(Literal["Internal server error."], d.pop("error"))
        if error != "Internal server error.":
            raise ValueError(f"error must match const 'Internal server error.', got '{error}'")

        gateways_webhook_response_500_type_0 = cls(
            error=error,
        )

        gateways_webhook_response_500_type_0.additional_properties = d
        return gateways_webhook_response_500_type_0

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
