from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_resource import InvoiceResource
    from ..models.order_item_resource import OrderItemResource
    from ..models.registrant_resource import RegistrantResource
    from ..models.service_resource import ServiceResource
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="OrderResource")


@_attrs_define
class OrderResource:
    """
    Attributes:
        id (int):
        order_number (str):
        status (OrderStatus): An order's status.
        subtotal (str):
        discount (str):
        setup_fee (str):
        tax (None | str):
        total (str):
        currency (str):
        notes (None | str):
        completed_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
        items (list[OrderItemResource] | Unset):
        services (list[ServiceResource] | Unset):
        registrants (list[RegistrantResource] | Unset):
        invoices (list[InvoiceResource] | Unset):
    """

    id: int
    order_number: str
    status: OrderStatus
    subtotal: str
    discount: str
    setup_fee: str
    tax: None | str
    total: str
    currency: str
    notes: None | str
    completed_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    items: list[OrderItemResource] | Unset = UNSET
    services: list[ServiceResource] | Unset = UNSET
    registrants: list[RegistrantResource] | Unset = UNSET
    invoices: list[InvoiceResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        order_number = self.order_number

        status = self.status.value

        subtotal = self.subtotal

        discount = self.discount

        setup_fee = self.setup_fee

        tax: None | str
        tax = self.tax

        total = self.total

        currency = self.currency

        notes: None | str
        notes = self.notes

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

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

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        registrants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registrants, Unset):
            registrants = []
            for registrants_item_data in self.registrants:
                registrants_item = registrants_item_data.to_dict()
                registrants.append(registrants_item)

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_number": order_number,
                "status": status,
                "subtotal": subtotal,
                "discount": discount,
                "setup_fee": setup_fee,
                "tax": tax,
                "total": total,
                "currency": currency,
                "notes": notes,
                "completed_at": completed_at,
                "cancelled_at": cancelled_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if items is not UNSET:
            field_dict["items"] = items
        if services is not UNSET:
            field_dict["services"] = services
        if registrants is not UNSET:
            field_dict["registrants"] = registrants
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_resource import InvoiceResource  # noqa: PLC0415
        from ..models.order_item_resource import OrderItemResource  # noqa: PLC0415
        from ..models.registrant_resource import RegistrantResource  # noqa: PLC0415
        from ..models.service_resource import ServiceResource  # noqa: PLC0415
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        order_number = d.pop("order_number")
        if not isinstance(order_number, str):
            raise TypeError("order_number: expected string")

        status = OrderStatus(d.pop("status"))

        subtotal = d.pop("subtotal")
        if not isinstance(subtotal, str):
            raise TypeError("subtotal: expected string")

        discount = d.pop("discount")
        if not isinstance(discount, str):
            raise TypeError("discount: expected string")

        setup_fee = d.pop("setup_fee")
        if not isinstance(setup_fee, str):
            raise TypeError("setup_fee: expected string")

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

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            completed_at_type_0 = datetime.datetime.fromisoformat(data)

            return completed_at_type_0

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

            return cancelled_at_type_0

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

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
        items: list[OrderItemResource] | Unset = UNSET
        if _items is not UNSET:
            if not isinstance(_items, list):
                raise TypeError("items: expected array")
            items = []
            for items_item_data in _items:
                items_item = OrderItemResource.from_dict(items_item_data)

                items.append(items_item)

        _services = d.pop("services", UNSET)
        services: list[ServiceResource] | Unset = UNSET
        if _services is not UNSET:
            if not isinstance(_services, list):
                raise TypeError("services: expected array")
            services = []
            for services_item_data in _services:
                services_item = ServiceResource.from_dict(services_item_data)

                services.append(services_item)

        _registrants = d.pop("registrants", UNSET)
        registrants: list[RegistrantResource] | Unset = UNSET
        if _registrants is not UNSET:
            if not isinstance(_registrants, list):
                raise TypeError("registrants: expected array")
            registrants = []
            for registrants_item_data in _registrants:
                registrants_item = RegistrantResource.from_dict(registrants_item_data)

                registrants.append(registrants_item)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[InvoiceResource] | Unset = UNSET
        if _invoices is not UNSET:
            if not isinstance(_invoices, list):
                raise TypeError("invoices: expected array")
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = InvoiceResource.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        order_resource = cls(
            id=id,
            order_number=order_number,
            status=status,
            subtotal=subtotal,
            discount=discount,
            setup_fee=setup_fee,
            tax=tax,
            total=total,
            currency=currency,
            notes=notes,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            items=items,
            services=services,
            registrants=registrants,
            invoices=invoices,
        )

        order_resource.additional_properties = d
        return order_resource

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
