from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="V1InvoicesDeleteResponse200")


@_attrs_define
class V1InvoicesDeleteResponse200:
    """
    Attributes:
        message (Literal['Invoice deleted successfully.']):
    """

    message: Literal["Invoice deleted successfully."]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        message = cast(Literal["Invoice deleted successfully."], d.pop("message"))
        if message != "Invoice deleted successfully.":
            raise ValueError(f"message must match const 'Invoice deleted successfully.', got '{message}'")

        v1_invoices_delete_response_200 = cls(
            message=message,
        )

        v1_invoices_delete_response_200.additional_properties = d
        return v1_invoices_delete_response_200

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
