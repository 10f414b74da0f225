from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus

T = TypeVar("T", bound="UserResource")


@_attrs_define
class UserResource:
    """
    Attributes:
        id (int):
        first_name (str):
        last_name (str):
        fullname (str):
        email (str):
        status (None | UserStatus):
        currency (None | str):
        language (None | str):
        auto_credit_payment (bool | None):
        email_verified_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    id: int
    first_name: str
    last_name: str
    fullname: str
    email: str
    status: None | UserStatus
    currency: None | str
    language: None | str
    auto_credit_payment: bool | None
    email_verified_at: datetime.datetime | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        fullname = self.fullname

        email = self.email

        status: None | str
        if isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        currency: None | str
        currency = self.currency

        language: None | str
        language = self.language

        auto_credit_payment: bool | None
        auto_credit_payment = self.auto_credit_payment

        email_verified_at: None | str
        if isinstance(self.email_verified_at, datetime.datetime):
            email_verified_at = self.email_verified_at.isoformat()
        else:
            email_verified_at = self.email_verified_at

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
                "first_name": first_name,
                "last_name": last_name,
                "fullname": fullname,
                "email": email,
                "status": status,
                "currency": currency,
                "language": language,
                "auto_credit_payment": auto_credit_payment,
                "email_verified_at": email_verified_at,
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

        first_name = d.pop("first_name")
        if not isinstance(first_name, str):
            raise TypeError("first_name: expected string")

        last_name = d.pop("last_name")
        if not isinstance(last_name, str):
            raise TypeError("last_name: expected string")

        fullname = d.pop("fullname")
        if not isinstance(fullname, str):
            raise TypeError("fullname: expected string")

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError("email: expected string")

        def _parse_status(data: object) -> None | UserStatus:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = UserStatus(data)

            return status_type_0

        status = _parse_status(d.pop("status"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("currency: fits none of its types")

        currency = _parse_currency(d.pop("currency"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("language: fits none of its types")

        language = _parse_language(d.pop("language"))

        def _parse_auto_credit_payment(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, bool):
                return cast(bool | None, data)
            raise TypeError("auto_credit_payment: fits none of its types")

        auto_credit_payment = _parse_auto_credit_payment(d.pop("auto_credit_payment"))

        def _parse_email_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            email_verified_at_type_0 = datetime.datetime.fromisoformat(data)

            return email_verified_at_type_0

        email_verified_at = _parse_email_verified_at(d.pop("email_verified_at"))

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

        user_resource = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            fullname=fullname,
            email=email,
            status=status,
            currency=currency,
            language=language,
            auto_credit_payment=auto_credit_payment,
            email_verified_at=email_verified_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_resource.additional_properties = d
        return user_resource

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
