from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketsUpdateRequest")


@_attrs_define
class TicketsUpdateRequest:
    """
    Attributes:
        status (TicketStatus | Unset): A ticket's status. Updating a ticket accepts open, answered or closed
            (TicketsController.php:92 also lets customer-reply through, which the column cannot store).
        priority (TicketPriority | Unset): A ticket's priority; normal is the column's default. Creating or updating a
            ticket accepts low, medium or high (TicketsController.php:58,93).
        department (str | Unset):
        assigned_to (int | None | Unset):
    """

    status: TicketStatus | Unset = UNSET
    priority: TicketPriority | Unset = UNSET
    department: str | Unset = UNSET
    assigned_to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        department = self.department

        assigned_to: int | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if department is not UNSET:
            field_dict["department"] = department
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: TicketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketStatus(_status)

        _priority = d.pop("priority", UNSET)
        priority: TicketPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketPriority(_priority)

        department = d.pop("department", UNSET)
        if department is not UNSET and not isinstance(department, str):
            raise TypeError("department: expected string")

        def _parse_assigned_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("assigned_to: fits none of its types")

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        tickets_update_request = cls(
            status=status,
            priority=priority,
            department=department,
            assigned_to=assigned_to,
        )

        tickets_update_request.additional_properties = d
        return tickets_update_request

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
