from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DomainsCheckResponse200")


@_attrs_define
class DomainsCheckResponse200:
    """
    Attributes:
        domain (str):
        available (bool | str):
        premium (bool | str):
        price (None | str):
        message (str):
        tld_id (int):
        success (bool):
    """

    domain: str
    available: bool | str
    premium: bool | str
    price: None | str
    message: str
    tld_id: int
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        available: bool | str
        available = self.available

        premium: bool | str
        premium = self.premium

        price: None | str
        price = self.price

        message = self.message

        tld_id = self.tld_id

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "available": available,
                "premium": premium,
                "price": price,
                "message": message,
                "tld_id": tld_id,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        domain = d.pop("domain")
        if not isinstance(domain, str):
            raise TypeError("domain: expected string")

        def _parse_available(data: object) -> bool | str:
            if isinstance(data, str) or isinstance(data, bool):
                return cast(bool | str, data)
            raise TypeError("available: fits none of its types")

        available = _parse_available(d.pop("available"))

        def _parse_premium(data: object) -> bool | str:
            if isinstance(data, str) or isinstance(data, bool):
                return cast(bool | str, data)
            raise TypeError("premium: fits none of its types")

        premium = _parse_premium(d.pop("premium"))

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("price: fits none of its types")

        price = _parse_price(d.pop("price"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        tld_id = d.pop("tld_id")
        if type(tld_id) is not int:
            raise TypeError("tld_id: expected integer")

        success = d.pop("success")
        if not isinstance(success, bool):
            raise TypeError("success: expected boolean")

        domains_check_response_200 = cls(
            domain=domain,
            available=available,
            premium=premium,
            price=price,
            message=message,
            tld_id=tld_id,
            success=success,
        )

        domains_check_response_200.additional_properties = d
        return domains_check_response_200

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
