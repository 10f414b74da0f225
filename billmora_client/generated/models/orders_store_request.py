from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orders_store_request_domain_items_type_0_item import OrdersStoreRequestDomainItemsType0Item
    from ..models.orders_store_request_package_items_type_0_item import OrdersStoreRequestPackageItemsType0Item


T = TypeVar("T", bound="OrdersStoreRequest")


@_attrs_define
class OrdersStoreRequest:
    """
    Attributes:
        user_id (int):
        currency (str):
        status (OrderStatus): An order's status.
        coupon (None | str | Unset):
        package_items (list[OrdersStoreRequestPackageItemsType0Item] | None | Unset):
        domain_items (list[OrdersStoreRequestDomainItemsType0Item] | None | Unset):
    """

    user_id: int
    currency: str
    status: OrderStatus
    coupon: None | str | Unset = UNSET
    package_items: list[OrdersStoreRequestPackageItemsType0Item] | None | Unset = UNSET
    domain_items: list[OrdersStoreRequestDomainItemsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        currency = self.currency

        status = self.status.value

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        package_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.package_items, Unset):
            package_items = UNSET
        elif isinstance(self.package_items, list):
            package_items = []
            for package_items_type_0_item_data in self.package_items:
                package_items_type_0_item = package_items_type_0_item_data.to_dict()
                package_items.append(package_items_type_0_item)

        else:
            package_items = self.package_items

        domain_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.domain_items, Unset):
            domain_items = UNSET
        elif isinstance(self.domain_items, list):
            domain_items = []
            for domain_items_type_0_item_data in self.domain_items:
                domain_items_type_0_item = domain_items_type_0_item_data.to_dict()
                domain_items.append(domain_items_type_0_item)

        else:
            domain_items = self.domain_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "currency": currency,
                "status": status,
            }
        )
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if package_items is not UNSET:
            field_dict["package_items"] = package_items
        if domain_items is not UNSET:
            field_dict["domain_items"] = domain_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orders_store_request_domain_items_type_0_item import OrdersStoreRequestDomainItemsType0Item  # noqa: PLC0415
        from ..models.orders_store_request_package_items_type_0_item import OrdersStoreRequestPackageItemsType0Item  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if type(user_id) is not int:
            raise TypeError("user_id: expected integer")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        status = OrderStatus(d.pop("status"))

        def _parse_coupon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("coupon: fits none of its types")

        coupon = _parse_coupon(d.pop("coupon", UNSET))

        def _parse_package_items(data: object) -> list[OrdersStoreRequestPackageItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            package_items_type_0 = []
            _package_items_type_0 = data
            if not isinstance(_package_items_type_0, list):
                raise TypeError("package_items_type_0: expected array")
            for package_items_type_0_item_data in _package_items_type_0:
                package_items_type_0_item = OrdersStoreRequestPackageItemsType0Item.from_dict(
                    package_items_type_0_item_data
                )

                package_items_type_0.append(package_items_type_0_item)

            return package_items_type_0

        package_items = _parse_package_items(d.pop("package_items", UNSET))

        def _parse_domain_items(data: object) -> list[OrdersStoreRequestDomainItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            domain_items_type_0 = []
            _domain_items_type_0 = data
            if not isinstance(_domain_items_type_0, list):
                raise TypeError("domain_items_type_0: expected array")
            for domain_items_type_0_item_data in _domain_items_type_0:
                domain_items_type_0_item = OrdersStoreRequestDomainItemsType0Item.from_dict(
                    domain_items_type_0_item_data
                )

                domain_items_type_0.append(domain_items_type_0_item)

            return domain_items_type_0

        domain_items = _parse_domain_items(d.pop("domain_items", UNSET))

        orders_store_request = cls(
            user_id=user_id,
            currency=currency,
            status=status,
            coupon=coupon,
            package_items=package_items,
            domain_items=domain_items,
        )

        orders_store_request.additional_properties = d
        return orders_store_request

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
