from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoices_store_request_items_item import InvoicesStoreRequestItemsItem


T = TypeVar("T", bound="InvoicesStoreRequest")


@_attrs_define
class InvoicesStoreRequest:
    """
    Attributes:
        user_id (int):
        due_date (datetime.datetime):
        items (list[InvoicesStoreRequestItemsItem]):
        status (InvoiceStatus | None | Unset):
        currency (None | str | Unset):
        notes (None | str | Unset):
        send_email (bool | None | Unset):
    """

    user_id: int
    due_date: datetime.datetime
    items: list[InvoicesStoreRequestItemsItem]
    status: InvoiceStatus | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    send_email: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        due_date = self.due_date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        send_email: bool | None | Unset
        if isinstance(self.send_email, Unset):
            send_email = UNSET
        else:
            send_email = self.send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "due_date": due_date,
                "items": items,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if notes is not UNSET:
            field_dict["notes"] = notes
        if send_email is not UNSET:
            field_dict["send_email"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoices_store_request_items_item import InvoicesStoreRequestItemsItem  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if type(user_id) is not int:
            raise TypeError("user_id: expected integer")

        due_date = datetime.datetime.fromisoformat(d.pop("due_date"))

        items = []
        _items = d.pop("items")
        if not isinstance(_items, list):
            raise TypeError("items: expected array")
        for items_item_data in _items:
            items_item = InvoicesStoreRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_status(data: object) -> InvoiceStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = InvoiceStatus(data)

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("notes: fits none of its types")

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_send_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return cast(bool | None | Unset, data)
            raise TypeError("send_email: fits none of its types")

        send_email = _parse_send_email(d.pop("send_email", UNSET))

        invoices_store_request = cls(
            user_id=user_id,
            due_date=due_date,
            items=items,
            status=status,
            currency=currency,
            notes=notes,
            send_email=send_email,
        )

        invoices_store_request.additional_properties = d
        return invoices_store_request

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
