from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersStoreRequest")


@_attrs_define
class UsersStoreRequest:
    """
    Attributes:
        first_name (str):
        last_name (str):
        email (str):
        password (str):
        status (None | Unset | UserStatus):
        currency (None | str | Unset):
        language (None | str | Unset):
    """

    first_name: str
    last_name: str
    email: str
    password: str
    status: None | Unset | UserStatus = UNSET
    currency: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        password = self.password

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "password": password,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        first_name = d.pop("first_name")
        if not isinstance(first_name, str):
            raise TypeError("first_name: expected string")

        last_name = d.pop("last_name")
        if not isinstance(last_name, str):
            raise TypeError("last_name: expected string")

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError("email: expected string")

        password = d.pop("password")
        if not isinstance(password, str):
            raise TypeError("password: expected string")

        def _parse_status(data: object) -> None | Unset | UserStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = UserStatus(data)

            return status_type_0

        status = _parse_status(d.pop("status", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("currency: fits none of its types")

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("language: fits none of its types")

        language = _parse_language(d.pop("language", UNSET))

        users_store_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            status=status,
            currency=currency,
            language=language,
        )

        users_store_request.additional_properties = d
        return users_store_request

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
