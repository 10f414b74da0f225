from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item_resource import InvoiceItemResource
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="InvoiceResource")


@_attrs_define
class InvoiceResource:
    """
    Attributes:
        id (int):
        invoice_number (str):
        status (InvoiceStatus): An invoice's status.
        subtotal (str):
        discount (str):
        tax (None | str):
        total (str):
        currency (str):
        notes (None | str):
        due_date (datetime.datetime):
        paid_at (datetime.datetime | None):
        amount_due (float):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
        items (list[InvoiceItemResource] | Unset):
    """

    id: int
    invoice_number: str
    status: InvoiceStatus
    subtotal: str
    discount: str
    tax: None | str
    total: str
    currency: str
    notes: None | str
    due_date: datetime.datetime
    paid_at: datetime.datetime | None
    amount_due: float
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    items: list[InvoiceItemResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        invoice_number = self.invoice_number

        status = self.status.value

        subtotal = self.subtotal

        discount = self.discount

        tax: None | str
        tax = self.tax

        total = self.total

        currency = self.currency

        notes: None | str
        notes = self.notes

        due_date = self.due_date.isoformat()

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        amount_due = self.amount_due

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

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoice_number": invoice_number,
                "status": status,
                "subtotal": subtotal,
                "discount": discount,
                "tax": tax,
                "total": total,
                "currency": currency,
                "notes": notes,
                "due_date": due_date,
                "paid_at": paid_at,
                "amount_due": amount_due,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_item_resource import InvoiceItemResource  # noqa: PLC0415
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        invoice_number = d.pop("invoice_number")
        if not isinstance(invoice_number, str):
            raise TypeError("invoice_number: expected string")

        status = InvoiceStatus(d.pop("status"))

        subtotal = d.pop("subtotal")
        if not isinstance(subtotal, str):
            raise TypeError("subtotal: expected string")

        discount = d.pop("discount")
        if not isinstance(discount, str):
            raise TypeError("discount: expected string")

        def _parse_tax(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("tax: fits none of its types")

        tax = _parse_tax(d.pop("tax"))

        total = d.pop("total")
        if not isinstance(total, str):
            raise TypeError("total: expected string")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("notes: fits none of its types")

        notes = _parse_notes(d.pop("notes"))

        due_date = datetime.datetime.fromisoformat(d.pop("due_date"))

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            paid_at_type_0 = datetime.datetime.fromisoformat(data)

            return paid_at_type_0

        paid_at = _parse_paid_at(d.pop("paid_at"))

        amount_due = d.pop("amount_due")
        if type(amount_due) is not float and type(amount_due) is not int:
            raise TypeError("amount_due: expected number")

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

        _items = d.pop("items", UNSET)
        items: list[InvoiceItemResource] | Unset = UNSET
        if _items is not UNSET:
            if not isinstance(_items, list):
                raise TypeError("items: expected array")
            items = []
            for items_item_data in _items:
                items_item = InvoiceItemResource.from_dict(items_item_data)

                items.append(items_item)

        invoice_resource = cls(
            id=id,
            invoice_number=invoice_number,
            status=status,
            subtotal=subtotal,
            discount=discount,
            tax=tax,
            total=total,
            currency=currency,
            notes=notes,
            due_date=due_date,
            paid_at=paid_at,
            amount_due=amount_due,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            items=items,
        )

        invoice_resource.additional_properties = d
        return invoice_resource

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
