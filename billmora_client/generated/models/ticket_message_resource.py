from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="TicketMessageResource")


@_attrs_define
class TicketMessageResource:
    """
    Attributes:
        id (int):
        message (str):
        is_staff_reply (bool):
        created_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
    """

    id: int
    message: str
    is_staff_reply: bool
    created_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        message = self.message

        is_staff_reply = self.is_staff_reply

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserResource):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "is_staff_reply": is_staff_reply,
                "created_at": created_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        is_staff_reply = d.pop("is_staff_reply")
        if not isinstance(is_staff_reply, bool):
            raise TypeError("is_staff_reply: expected boolean")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_user(data: object) -> None | Unset | UserResource:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = UserResource.from_dict(data)

            return user_type_0

        user = _parse_user(d.pop("user", UNSET))

        ticket_message_resource = cls(
            id=id,
            message=message,
            is_staff_reply=is_staff_reply,
            created_at=created_at,
            user=user,
        )

        ticket_message_resource.additional_properties = d
        return ticket_message_resource

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
