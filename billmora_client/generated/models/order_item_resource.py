from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod
from ..models.billing_type import BillingType
from ..models.order_item_type import OrderItemType

T = TypeVar("T", bound="OrderItemResource")


@_attrs_define
class OrderItemResource:
    """
    Attributes:
        id (int):
        item_type (OrderItemType):
        description (str):
        quantity (int):
        billing_type (BillingType): How a price is charged.
        billing_period (BillingPeriod | None):
        billing_interval (int | None):
        unit_price (str):
        setup_fee (str):
        amount (str):
    """

    id: int
    item_type: OrderItemType
    description: str
    quantity: int
    billing_type: BillingType
    billing_period: BillingPeriod | None
    billing_interval: int | None
    unit_price: str
    setup_fee: str
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_type = self.item_type.value

        description = self.description

        quantity = self.quantity

        billing_type = self.billing_type.value

        billing_period: None | str
        if isinstance(self.billing_period, BillingPeriod):
            billing_period = self.billing_period.value
        else:
            billing_period = self.billing_period

        billing_interval: int | None
        billing_interval = self.billing_interval

        unit_price = self.unit_price

        setup_fee = self.setup_fee

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "item_type": item_type,
                "description": description,
                "quantity": quantity,
                "billing_type": billing_type,
                "billing_period": billing_period,
                "billing_interval": billing_interval,
                "unit_price": unit_price,
                "setup_fee": setup_fee,
                "amount": amount,
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

        item_type = OrderItemType(d.pop("item_type"))

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError("description: expected string")

        quantity = d.pop("quantity")
        if type(quantity) is not int:
            raise TypeError("quantity: expected integer")

        billing_type = BillingType(d.pop("billing_type"))

        def _parse_billing_period(data: object) -> BillingPeriod | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            billing_period_type_0 = BillingPeriod(data)

            return billing_period_type_0

        billing_period = _parse_billing_period(d.pop("billing_period"))

        def _parse_billing_interval(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("billing_interval: fits none of its types")

        billing_interval = _parse_billing_interval(d.pop("billing_interval"))

        unit_price = d.pop("unit_price")
        if not isinstance(unit_price, str):
            raise TypeError("unit_price: expected string")

        setup_fee = d.pop("setup_fee")
        if not isinstance(setup_fee, str):
            raise TypeError("setup_fee: expected string")

        amount = d.pop("amount")
        if not isinstance(amount, str):
            raise TypeError("amount: expected string")

        order_item_resource = cls(
            id=id,
            item_type=item_type,
            description=description,
            quantity=quantity,
            billing_type=billing_type,
            billing_period=billing_period,
            billing_interval=billing_interval,
            unit_price=unit_price,
            setup_fee=setup_fee,
            amount=amount,
        )

        order_item_resource.additional_properties = d
        return order_item_resource

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
