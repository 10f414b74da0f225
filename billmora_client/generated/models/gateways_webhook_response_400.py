from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewaysWebhookResponse400")


@_attrs_define
class GatewaysWebhookResponse400:
    """
    Attributes:
        error (Literal['Invalid signature or webhook processing failed.']):
    """

    error: Literal["Invalid signature or webhook processing failed."]
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
        error = cast(Literal["Invalid signature or webhook processing failed."], d.pop("error"))
        if error != "Invalid signature or webhook processing failed.":
            raise ValueError(f"error must match const 'Invalid signature or webhook processing failed.', got '{error}'")

        gateways_webhook_response_400 = cls(
            error=error,
        )

        gateways_webhook_response_400.additional_properties = d
        return gateways_webhook_response_400

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
