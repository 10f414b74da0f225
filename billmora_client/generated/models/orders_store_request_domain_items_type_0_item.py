from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_type import RegistrationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrdersStoreRequestDomainItemsType0Item")


@_attrs_define
class OrdersStoreRequestDomainItemsType0Item:
    """
    Attributes:
        type_ (RegistrationType): Whether a domain is newly registered or transferred in.
        domain (str):
        tld_id (int):
        years (int):
        epp_code (None | str | Unset):
    """

    type_: RegistrationType
    domain: str
    tld_id: int
    years: int
    epp_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        domain = self.domain

        tld_id = self.tld_id

        years = self.years

        epp_code: None | str | Unset
        if isinstance(self.epp_code, Unset):
            epp_code = UNSET
        else:
            epp_code = self.epp_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "domain": domain,
                "tld_id": tld_id,
                "years": years,
            }
        )
        if epp_code is not UNSET:
            field_dict["epp_code"] = epp_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        type_ = RegistrationType(d.pop("type"))

        domain = d.pop("domain")
        if not isinstance(domain, str):
            raise TypeError("domain: expected string")

        tld_id = d.pop("tld_id")
        if type(tld_id) is not int:
            raise TypeError("tld_id: expected integer")

        years = d.pop("years")
        if type(years) is not int:
            raise TypeError("years: expected integer")

        def _parse_epp_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("epp_code: fits none of its types")

        epp_code = _parse_epp_code(d.pop("epp_code", UNSET))

        orders_store_request_domain_items_type_0_item = cls(
            type_=type_,
            domain=domain,
            tld_id=tld_id,
            years=years,
            epp_code=epp_code,
        )

        orders_store_request_domain_items_type_0_item.additional_properties = d
        return orders_store_request_domain_items_type_0_item

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
