from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority

T = TypeVar("T", bound="TicketsStoreRequest")


@_attrs_define
class TicketsStoreRequest:
    """
    Attributes:
        user_id (int):
        subject (str):
        department (str):
        priority (TicketPriority): A ticket's priority; normal is the column's default. Creating or updating a ticket
            accepts low, medium or high (TicketsController.php:58,93).
        message (str):
    """

    user_id: int
    subject: str
    department: str
    priority: TicketPriority
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        subject = self.subject

        department = self.department

        priority = self.priority.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "subject": subject,
                "department": department,
                "priority": priority,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if type(user_id) is not int:
            raise TypeError("user_id: expected integer")

        subject = d.pop("subject")
        if not isinstance(subject, str):
            raise TypeError("subject: expected string")

        department = d.pop("department")
        if not isinstance(department, str):
            raise TypeError("department: expected string")

        priority = TicketPriority(d.pop("priority"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected string")

        tickets_store_request = cls(
            user_id=user_id,
            subject=subject,
            department=department,
            priority=priority,
            message=message,
        )

        tickets_store_request.additional_properties = d
        return tickets_store_request

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
