from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrdersStoreRequestPackageItemsType0Item")


@_attrs_define
class OrdersStoreRequestPackageItemsType0Item:
    """
    Attributes:
        package_id (int):
        billing_id (int):
        quantity (int | None | Unset):
        variant_options (list[str] | None | Unset):
        configuration (list[str] | None | Unset):
    """

    package_id: int
    billing_id: int
    quantity: int | None | Unset = UNSET
    variant_options: list[str] | None | Unset = UNSET
    configuration: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        billing_id = self.billing_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        variant_options: list[str] | None | Unset
        if isinstance(self.variant_options, Unset):
            variant_options = UNSET
        elif isinstance(self.variant_options, list):
            variant_options = self.variant_options

        else:
            variant_options = self.variant_options

        configuration: list[str] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, list):
            configuration = self.configuration

        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "billing_id": billing_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if variant_options is not UNSET:
            field_dict["variant_options"] = variant_options
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        package_id = d.pop("package_id")
        if type(package_id) is not int:
            raise TypeError("package_id: expected integer")

        billing_id = d.pop("billing_id")
        if type(billing_id) is not int:
            raise TypeError("billing_id: expected integer")

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("quantity: fits none of its types")

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_variant_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            variant_options_type_0 = cast(list[str], data)
            if not isinstance(variant_options_type_0, list) or not all(
                isinstance(item, str) for item in variant_options_type_0
            ):
                raise TypeError("variant_options_type_0: expected array")

            return variant_options_type_0

        variant_options = _parse_variant_options(d.pop("variant_options", UNSET))

        def _parse_configuration(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            configuration_type_0 = cast(list[str], data)
            if not isinstance(configuration_type_0, list) or not all(
                isinstance(item, str) for item in configuration_type_0
            ):
                raise TypeError("configuration_type_0: expected array")

            return configuration_type_0

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        orders_store_request_package_items_type_0_item = cls(
            package_id=package_id,
            billing_id=billing_id,
            quantity=quantity,
            variant_options=variant_options,
            configuration=configuration,
        )

        orders_store_request_package_items_type_0_item.additional_properties = d
        return orders_store_request_package_items_type_0_item

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
