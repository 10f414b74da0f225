from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_scaling_status import ServiceScalingStatus

T = TypeVar("T", bound="ServiceScalingResource")


@_attrs_define
class ServiceScalingResource:
    """
    Attributes:
        id (int):
        service_id (int):
        status (ServiceScalingStatus): The status of a service's up- or downgrade.
        old_package_id (int):
        new_package_id (int):
        old_price (str):
        new_price (str):
        currency (str):
        error_message (None | str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    id: int
    service_id: int
    status: ServiceScalingStatus
    old_package_id: int
    new_package_id: int
    old_price: str
    new_price: str
    currency: str
    error_message: None | str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service_id = self.service_id

        status = self.status.value

        old_package_id = self.old_package_id

        new_package_id = self.new_package_id

        old_price = self.old_price

        new_price = self.new_price

        currency = self.currency

        error_message: None | str
        error_message = self.error_message

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "service_id": service_id,
                "status": status,
                "old_package_id": old_package_id,
                "new_package_id": new_package_id,
                "old_price": old_price,
                "new_price": new_price,
                "currency": currency,
                "error_message": error_message,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        service_id = d.pop("service_id")
        if type(service_id) is not int:
            raise TypeError("service_id: expected integer")

        status = ServiceScalingStatus(d.pop("status"))

        old_package_id = d.pop("old_package_id")
        if type(old_package_id) is not int:
            raise TypeError("old_package_id: expected integer")

        new_package_id = d.pop("new_package_id")
        if type(new_package_id) is not int:
            raise TypeError("new_package_id: expected integer")

        old_price = d.pop("old_price")
        if not isinstance(old_price, str):
            raise TypeError("old_price: expected string")

        new_price = d.pop("new_price")
        if not isinstance(new_price, str):
            raise TypeError("new_price: expected string")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("error_message: fits none of its types")

        error_message = _parse_error_message(d.pop("error_message"))

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

        service_scaling_resource = cls(
            id=id,
            service_id=service_id,
            status=status,
            old_package_id=old_package_id,
            new_package_id=new_package_id,
            old_price=old_price,
            new_price=new_price,
            currency=currency,
            error_message=error_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        service_scaling_resource.additional_properties = d
        return service_scaling_resource

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
