from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_message_resource import TicketMessageResource
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="TicketResource")


@_attrs_define
class TicketResource:
    """
    Attributes:
        id (int):
        ticket_number (str):
        subject (str):
        status (TicketStatus): A ticket's status. Updating a ticket accepts open, answered or closed
            (TicketsController.php:92 also lets customer-reply through, which the column cannot store).
        priority (TicketPriority): A ticket's priority; normal is the column's default. Creating or updating a ticket
            accepts low, medium or high (TicketsController.php:58,93).
        department (None | str):
        last_reply_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
        messages (list[TicketMessageResource] | Unset):
    """

    id: int
    ticket_number: str
    subject: str
    status: TicketStatus
    priority: TicketPriority
    department: None | str
    last_reply_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    messages: list[TicketMessageResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        ticket_number = self.ticket_number

        subject = self.subject

        status = self.status.value

        priority = self.priority.value

        department: None | str
        department = self.department

        last_reply_at: None | str
        if isinstance(self.last_reply_at, datetime.datetime):
            last_reply_at = self.last_reply_at.isoformat()
        else:
            last_reply_at = self.last_reply_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

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

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserResource):
            user = self.user.to_dict()
        else:
            user = self.user

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticket_number": ticket_number,
                "subject": subject,
                "status": status,
                "priority": priority,
                "department": department,
                "last_reply_at": last_reply_at,
                "closed_at": closed_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_message_resource import TicketMessageResource  # noqa: PLC0415
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        ticket_number = d.pop("ticket_number")
        if not isinstance(ticket_number, str):
            raise TypeError("ticket_number: expected string")

        subject = d.pop("subject")
        if not isinstance(subject, str):
            raise TypeError("subject: expected string")

        status = TicketStatus(d.pop("status"))

        priority = TicketPriority(d.pop("priority"))

        def _parse_department(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("department: fits none of its types")

        department = _parse_department(d.pop("department"))

        def _parse_last_reply_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_reply_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_reply_at_type_0

        last_reply_at = _parse_last_reply_at(d.pop("last_reply_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            closed_at_type_0 = datetime.datetime.fromisoformat(data)

            return closed_at_type_0

        closed_at = _parse_closed_at(d.pop("closed_at"))

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

        _messages = d.pop("messages", UNSET)
        messages: list[TicketMessageResource] | Unset = UNSET
        if _messages is not UNSET:
            if not isinstance(_messages, list):
                raise TypeError("messages: expected array")
            messages = []
            for messages_item_data in _messages:
                messages_item = TicketMessageResource.from_dict(messages_item_data)

                messages.append(messages_item)

        ticket_resource = cls(
            id=id,
            ticket_number=ticket_number,
            subject=subject,
            status=status,
            priority=priority,
            department=department,
            last_reply_at=last_reply_at,
            closed_at=closed_at,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            messages=messages,
        )

        ticket_resource.additional_properties = d
        return ticket_resource

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
