from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allow_quantity import AllowQuantity
from ..models.visibility import Visibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_resource import CatalogResource
    from ..models.package_price_resource import PackagePriceResource
    from ..models.variant_resource import VariantResource


T = TypeVar("T", bound="PackageResource")


@_attrs_define
class PackageResource:
    """
    Attributes:
        id (int):
        name (str):
        slug (str):
        description (str):
        icon (None | str):
        status (None | Visibility):
        stock (int | None):
        per_user_limit (int | None):
        allow_cancellation (bool | None):
        allow_quantity (AllowQuantity | None):
        prorata_day (int | None):
        prorata_next_month_day (int | None):
        auto_provision (bool | None):
        sort_order (int | None):
        plugin_id (int | None):
        provisioning_config (Any): Provisioning settings keyed by name; [] or null when none.
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        catalog (CatalogResource | Unset):
        prices (list[PackagePriceResource] | Unset):
        variants (list[VariantResource] | Unset):
    """

    id: int
    name: str
    slug: str
    description: str
    icon: None | str
    status: None | Visibility
    stock: int | None
    per_user_limit: int | None
    allow_cancellation: bool | None
    allow_quantity: AllowQuantity | None
    prorata_day: int | None
    prorata_next_month_day: int | None
    auto_provision: bool | None
    sort_order: int | None
    plugin_id: int | None
    provisioning_config: Any
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    catalog: CatalogResource | Unset = UNSET
    prices: list[PackagePriceResource] | Unset = UNSET
    variants: list[VariantResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        description = self.description

        icon: None | str
        icon = self.icon

        status: None | str
        if isinstance(self.status, Visibility):
            status = self.status.value
        else:
            status = self.status

        stock: int | None
        stock = self.stock

        per_user_limit: int | None
        per_user_limit = self.per_user_limit

        allow_cancellation: bool | None
        allow_cancellation = self.allow_cancellation

        allow_quantity: None | str
        if isinstance(self.allow_quantity, AllowQuantity):
            allow_quantity = self.allow_quantity.value
        else:
            allow_quantity = self.allow_quantity

        prorata_day: int | None
        prorata_day = self.prorata_day

        prorata_next_month_day: int | None
        prorata_next_month_day = self.prorata_next_month_day

        auto_provision: bool | None
        auto_provision = self.auto_provision

        sort_order: int | None
        sort_order = self.sort_order

        plugin_id: int | None
        plugin_id = self.plugin_id

        provisioning_config = self.provisioning_config

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

        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "description": description,
                "icon": icon,
                "status": status,
                "stock": stock,
                "per_user_limit": per_user_limit,
                "allow_cancellation": allow_cancellation,
                "allow_quantity": allow_quantity,
                "prorata_day": prorata_day,
                "prorata_next_month_day": prorata_next_month_day,
                "auto_provision": auto_provision,
                "sort_order": sort_order,
                "plugin_id": plugin_id,
                "provisioning_config": provisioning_config,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if prices is not UNSET:
            field_dict["prices"] = prices
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_resource import CatalogResource  # noqa: PLC0415
        from ..models.package_price_resource import PackagePriceResource  # noqa: PLC0415
        from ..models.variant_resource import VariantResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected string")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError("slug: expected string")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError("description: expected string")

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return cast(None | str, data)
            raise TypeError("icon: fits none of its types")

        icon = _parse_icon(d.pop("icon"))

        def _parse_status(data: object) -> None | Visibility:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = Visibility(data)

            return status_type_0

        status = _parse_status(d.pop("status"))

        def _parse_stock(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("stock: fits none of its types")

        stock = _parse_stock(d.pop("stock"))

        def _parse_per_user_limit(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("per_user_limit: fits none of its types")

        per_user_limit = _parse_per_user_limit(d.pop("per_user_limit"))

        def _parse_allow_cancellation(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, bool):
                return cast(bool | None, data)
            raise TypeError("allow_cancellation: fits none of its types")

        allow_cancellation = _parse_allow_cancellation(d.pop("allow_cancellation"))

        def _parse_allow_quantity(data: object) -> AllowQuantity | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            allow_quantity_type_0 = AllowQuantity(data)

            return allow_quantity_type_0

        allow_quantity = _parse_allow_quantity(d.pop("allow_quantity"))

        def _parse_prorata_day(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("prorata_day: fits none of its types")

        prorata_day = _parse_prorata_day(d.pop("prorata_day"))

        def _parse_prorata_next_month_day(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("prorata_next_month_day: fits none of its types")

        prorata_next_month_day = _parse_prorata_next_month_day(d.pop("prorata_next_month_day"))

        def _parse_auto_provision(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, bool):
                return cast(bool | None, data)
            raise TypeError("auto_provision: fits none of its types")

        auto_provision = _parse_auto_provision(d.pop("auto_provision"))

        def _parse_sort_order(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("sort_order: fits none of its types")

        sort_order = _parse_sort_order(d.pop("sort_order"))

        def _parse_plugin_id(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id"))

        provisioning_config = d.pop("provisioning_config")

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

        _catalog = d.pop("catalog", UNSET)
        catalog: CatalogResource | Unset
        if isinstance(_catalog, Unset):
            catalog = UNSET
        else:
            catalog = CatalogResource.from_dict(_catalog)

        _prices = d.pop("prices", UNSET)
        prices: list[PackagePriceResource] | Unset = UNSET
        if _prices is not UNSET:
            if not isinstance(_prices, list):
                raise TypeError("prices: expected array")
            prices = []
            for prices_item_data in _prices:
                prices_item = PackagePriceResource.from_dict(prices_item_data)

                prices.append(prices_item)

        _variants = d.pop("variants", UNSET)
        variants: list[VariantResource] | Unset = UNSET
        if _variants is not UNSET:
            if not isinstance(_variants, list):
                raise TypeError("variants: expected array")
            variants = []
            for variants_item_data in _variants:
                variants_item = VariantResource.from_dict(variants_item_data)

                variants.append(variants_item)

        package_resource = cls(
            id=id,
            name=name,
            slug=slug,
            description=description,
            icon=icon,
            status=status,
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
            created_at=created_at,
            updated_at=updated_at,
            catalog=catalog,
            prices=prices,
            variants=variants,
        )

        package_resource.additional_properties = d
        return package_resource

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
