from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allow_quantity import AllowQuantity
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackagesUpdateRequest")


@_attrs_define
class PackagesUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        slug (None | str | Unset):
        description (None | str | Unset):
        catalog_id (int | Unset):
        status (Visibility | Unset): Whether a catalog, package, variant or TLD is offered to customers.
        icon (None | str | Unset):
        stock (int | None | Unset):
        per_user_limit (int | None | Unset):
        allow_cancellation (bool | None | Unset):
        allow_quantity (AllowQuantity | None | Unset):
        prorata_day (int | None | Unset):
        prorata_next_month_day (int | None | Unset):
        auto_provision (bool | None | Unset):
        sort_order (int | None | Unset):
        plugin_id (int | None | Unset):
        provisioning_config (list[str] | None | Unset):
    """

    name: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    catalog_id: int | Unset = UNSET
    status: Visibility | Unset = UNSET
    icon: None | str | Unset = UNSET
    stock: int | None | Unset = UNSET
    per_user_limit: int | None | Unset = UNSET
    allow_cancellation: bool | None | Unset = UNSET
    allow_quantity: AllowQuantity | None | Unset = UNSET
    prorata_day: int | None | Unset = UNSET
    prorata_next_month_day: int | None | Unset = UNSET
    auto_provision: bool | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    plugin_id: int | None | Unset = UNSET
    provisioning_config: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        catalog_id = self.catalog_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        stock: int | None | Unset
        if isinstance(self.stock, Unset):
            stock = UNSET
        else:
            stock = self.stock

        per_user_limit: int | None | Unset
        if isinstance(self.per_user_limit, Unset):
            per_user_limit = UNSET
        else:
            per_user_limit = self.per_user_limit

        allow_cancellation: bool | None | Unset
        if isinstance(self.allow_cancellation, Unset):
            allow_cancellation = UNSET
        else:
            allow_cancellation = self.allow_cancellation

        allow_quantity: None | str | Unset
        if isinstance(self.allow_quantity, Unset):
            allow_quantity = UNSET
        elif isinstance(self.allow_quantity, AllowQuantity):
            allow_quantity = self.allow_quantity.value
        else:
            allow_quantity = self.allow_quantity

        prorata_day: int | None | Unset
        if isinstance(self.prorata_day, Unset):
            prorata_day = UNSET
        else:
            prorata_day = self.prorata_day

        prorata_next_month_day: int | None | Unset
        if isinstance(self.prorata_next_month_day, Unset):
            prorata_next_month_day = UNSET
        else:
            prorata_next_month_day = self.prorata_next_month_day

        auto_provision: bool | None | Unset
        if isinstance(self.auto_provision, Unset):
            auto_provision = UNSET
        else:
            auto_provision = self.auto_provision

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        plugin_id: int | None | Unset
        if isinstance(self.plugin_id, Unset):
            plugin_id = UNSET
        else:
            plugin_id = self.plugin_id

        provisioning_config: list[str] | None | Unset
        if isinstance(self.provisioning_config, Unset):
            provisioning_config = UNSET
        elif isinstance(self.provisioning_config, list):
            provisioning_config = self.provisioning_config

        else:
            provisioning_config = self.provisioning_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if status is not UNSET:
            field_dict["status"] = status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if stock is not UNSET:
            field_dict["stock"] = stock
        if per_user_limit is not UNSET:
            field_dict["per_user_limit"] = per_user_limit
        if allow_cancellation is not UNSET:
            field_dict["allow_cancellation"] = allow_cancellation
        if allow_quantity is not UNSET:
            field_dict["allow_quantity"] = allow_quantity
        if prorata_day is not UNSET:
            field_dict["prorata_day"] = prorata_day
        if prorata_next_month_day is not UNSET:
            field_dict["prorata_next_month_day"] = prorata_next_month_day
        if auto_provision is not UNSET:
            field_dict["auto_provision"] = auto_provision
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if provisioning_config is not UNSET:
            field_dict["provisioning_config"] = provisioning_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError("name: expected string")

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("slug: fits none of its types")

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("description: fits none of its types")

        description = _parse_description(d.pop("description", UNSET))

        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is not UNSET and type(catalog_id) is not int:
            raise TypeError("catalog_id: expected integer")

        _status = d.pop("status", UNSET)
        status: Visibility | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Visibility(_status)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return cast(None | str | Unset, data)
            raise TypeError("icon: fits none of its types")

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_stock(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("stock: fits none of its types")

        stock = _parse_stock(d.pop("stock", UNSET))

        def _parse_per_user_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("per_user_limit: fits none of its types")

        per_user_limit = _parse_per_user_limit(d.pop("per_user_limit", UNSET))

        def _parse_allow_cancellation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return cast(bool | None | Unset, data)
            raise TypeError("allow_cancellation: fits none of its types")

        allow_cancellation = _parse_allow_cancellation(d.pop("allow_cancellation", UNSET))

        def _parse_allow_quantity(data: object) -> AllowQuantity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            allow_quantity_type_0 = AllowQuantity(data)

            return allow_quantity_type_0

        allow_quantity = _parse_allow_quantity(d.pop("allow_quantity", UNSET))

        def _parse_prorata_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("prorata_day: fits none of its types")

        prorata_day = _parse_prorata_day(d.pop("prorata_day", UNSET))

        def _parse_prorata_next_month_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("prorata_next_month_day: fits none of its types")

        prorata_next_month_day = _parse_prorata_next_month_day(d.pop("prorata_next_month_day", UNSET))

        def _parse_auto_provision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return cast(bool | None | Unset, data)
            raise TypeError("auto_provision: fits none of its types")

        auto_provision = _parse_auto_provision(d.pop("auto_provision", UNSET))

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        def _parse_plugin_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id", UNSET))

        def _parse_provisioning_config(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            provisioning_config_type_0 = cast(list[str], data)
            if not isinstance(provisioning_config_type_0, list) or not all(
                isinstance(item, str) for item in provisioning_config_type_0
            ):
                raise TypeError("provisioning_config_type_0: expected array")

            return provisioning_config_type_0

        provisioning_config = _parse_provisioning_config(d.pop("provisioning_config", UNSET))

        packages_update_request = cls(
            name=name,
            slug=slug,
            description=description,
            catalog_id=catalog_id,
            status=status,
            icon=icon,
            stock=stock,
            per_user_limit=per_user_limit,
            allow_cancellation=allow_cancellation,
            allow_quantity=allow_quantity,
            prorata_day=prorata_day,
            prorata_next_month_day=prorata_next_month_day,
            auto_provision=auto_provision,
            sort_order=sort_order,
            plugin_id=plugin_id,
            provisioning_config=provisioning_config,
        )

        packages_update_request.additional_properties = d
        return packages_update_request

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
