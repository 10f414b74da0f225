from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersUpdateRequest")


@_attrs_define
class UsersUpdateRequest:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        password (str | Unset):
        status (UserStatus | Unset): A customer's status. Creating or updating a user accepts active, suspended or
            closed (UsersController.php:56,84).
        currency (str | Unset):
        language (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    currency: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        password = self.password

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        currency = self.currency

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
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
        first_name = d.pop("first_name", UNSET)
        if first_name is not UNSET and not isinstance(first_name, str):
            raise TypeError("first_name: expected string")

        last_name = d.pop("last_name", UNSET)
        if last_name is not UNSET and not isinstance(last_name, str):
            raise TypeError("last_name: expected string")

        email = d.pop("email", UNSET)
        if email is not UNSET and not isinstance(email, str):
            raise TypeError("email: expected string")

        password = d.pop("password", UNSET)
        if password is not UNSET and not isinstance(password, str):
            raise TypeError("password: expected string")

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserStatus(_status)

        currency = d.pop("currency", UNSET)
        if currency is not UNSET and not isinstance(currency, str):
            raise TypeError("currency: expected string")

        language = d.pop("language", UNSET)
        if language is not UNSET and not isinstance(language, str):
            raise TypeError("language: expected string")

        users_update_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            status=status,
            currency=currency,
            language=language,
        )

        users_update_request.additional_properties = d
        return users_update_request

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
