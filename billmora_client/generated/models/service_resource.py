from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod
from ..models.billing_type import BillingType
from ..models.service_status import ServiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_resource import PackageResource
    from ..models.service_scaling_resource import ServiceScalingResource
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="ServiceResource")


@_attrs_define
class ServiceResource:
    """
    Attributes:
        id (int):
        service_number (str):
        status (ServiceStatus): A service's status.
        name (str):
        billing_type (BillingType): How a price is charged.
        billing_period (BillingPeriod | None):
        billing_interval (int | None):
        price (str):
        setup_fee (str):
        currency (str):
        cycle_label (str):
        activated_at (datetime.datetime | None):
        next_due_date (datetime.datetime | None):
        suspended_at (datetime.datetime | None):
        terminated_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        plugin_id (int | None):
        variant_selections (Any): Selected variant options keyed by variant; [] or null when none.
        configuration (Any): Service configuration keyed by field name; [] or null when none.
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
        package (PackageResource | Unset):
        scalings (list[ServiceScalingResource] | Unset):
    """

    id: int
    service_number: str
    status: ServiceStatus
    name: str
    billing_type: BillingType
    billing_period: BillingPeriod | None
    billing_interval: int | None
    price: str
    setup_fee: str
    currency: str
    cycle_label: str
    activated_at: datetime.datetime | None
    next_due_date: datetime.datetime | None
    suspended_at: datetime.datetime | None
    terminated_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    plugin_id: int | None
    variant_selections: Any
    configuration: Any
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    package: PackageResource | Unset = UNSET
    scalings: list[ServiceScalingResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        service_number = self.service_number

        status = self.status.value

        name = self.name

        billing_type = self.billing_type.value

        billing_period: None | str
        if isinstance(self.billing_period, BillingPeriod):
            billing_period = self.billing_period.value
        else:
            billing_period = self.billing_period

        billing_interval: int | None
        billing_interval = self.billing_interval

        price = self.price

        setup_fee = self.setup_fee

        currency = self.currency

        cycle_label = self.cycle_label

        activated_at: None | str
        if isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        next_due_date: None | str
        if isinstance(self.next_due_date, datetime.datetime):
            next_due_date = self.next_due_date.isoformat()
        else:
            next_due_date = self.next_due_date

        suspended_at: None | str
        if isinstance(self.suspended_at, datetime.datetime):
            suspended_at = self.suspended_at.isoformat()
        else:
            suspended_at = self.suspended_at

        terminated_at: None | str
        if isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        plugin_id: int | None
        plugin_id = self.plugin_id

        variant_selections = self.variant_selections

        configuration = self.configuration

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

        package: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package, Unset):
            package = self.package.to_dict()

        scalings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scalings, Unset):
            scalings = []
            for scalings_item_data in self.scalings:
                scalings_item = scalings_item_data.to_dict()
                scalings.append(scalings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "service_number": service_number,
                "status": status,
                "name": name,
                "billing_type": billing_type,
                "billing_period": billing_period,
                "billing_interval": billing_interval,
                "price": price,
                "setup_fee": setup_fee,
                "currency": currency,
                "cycle_label": cycle_label,
                "activated_at": activated_at,
                "next_due_date": next_due_date,
                "suspended_at": suspended_at,
                "terminated_at": terminated_at,
                "cancelled_at": cancelled_at,
                "plugin_id": plugin_id,
                "variant_selections": variant_selections,
                "configuration": configuration,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if package is not UNSET:
            field_dict["package"] = package
        if scalings is not UNSET:
            field_dict["scalings"] = scalings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_resource import PackageResource  # noqa: PLC0415
        from ..models.service_scaling_resource import ServiceScalingResource  # noqa: PLC0415
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        service_number = d.pop("service_number")
        if not isinstance(service_number, str):
            raise TypeError("service_number: expected string")

        status = ServiceStatus(d.pop("status"))

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name: expected string")

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

        price = d.pop("price")
        if not isinstance(price, str):
            raise TypeError("price: expected string")

        setup_fee = d.pop("setup_fee")
        if not isinstance(setup_fee, str):
            raise TypeError("setup_fee: expected string")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        cycle_label = d.pop("cycle_label")
        if not isinstance(cycle_label, str):
            raise TypeError("cycle_label: expected string")

        def _parse_activated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            activated_at_type_0 = datetime.datetime.fromisoformat(data)

            return activated_at_type_0

        activated_at = _parse_activated_at(d.pop("activated_at"))

        def _parse_next_due_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            next_due_date_type_0 = datetime.datetime.fromisoformat(data)

            return next_due_date_type_0

        next_due_date = _parse_next_due_date(d.pop("next_due_date"))

        def _parse_suspended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            suspended_at_type_0 = datetime.datetime.fromisoformat(data)

            return suspended_at_type_0

        suspended_at = _parse_suspended_at(d.pop("suspended_at"))

        def _parse_terminated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            terminated_at_type_0 = datetime.datetime.fromisoformat(data)

            return terminated_at_type_0

        terminated_at = _parse_terminated_at(d.pop("terminated_at"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

            return cancelled_at_type_0

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_plugin_id(data: object) -> int | None:
            if data is None:
                return data
            if type(data) is int:
                return cast(int | None, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id"))

        variant_selections = d.pop("variant_selections")

        configuration = d.pop("configuration")

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

        _package = d.pop("package", UNSET)
        package: PackageResource | Unset
        if isinstance(_package, Unset):
            package = UNSET
        else:
            package = PackageResource.from_dict(_package)

        _scalings = d.pop("scalings", UNSET)
        scalings: list[ServiceScalingResource] | Unset = UNSET
        if _scalings is not UNSET:
            if not isinstance(_scalings, list):
                raise TypeError("scalings: expected array")
            scalings = []
            for scalings_item_data in _scalings:
                scalings_item = ServiceScalingResource.from_dict(scalings_item_data)

                scalings.append(scalings_item)

        service_resource = cls(
            id=id,
            service_number=service_number,
            status=status,
            name=name,
            billing_type=billing_type,
            billing_period=billing_period,
            billing_interval=billing_interval,
            price=price,
            setup_fee=setup_fee,
            currency=currency,
            cycle_label=cycle_label,
            activated_at=activated_at,
            next_due_date=next_due_date,
            suspended_at=suspended_at,
            terminated_at=terminated_at,
            cancelled_at=cancelled_at,
            plugin_id=plugin_id,
            variant_selections=variant_selections,
            configuration=configuration,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            package=package,
            scalings=scalings,
        )

        service_resource.additional_properties = d
        return service_resource

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
