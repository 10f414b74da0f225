from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_status import ServiceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesUpdateRequest")


@_attrs_define
class ServicesUpdateRequest:
    """
    Attributes:
        status (ServiceStatus | Unset): A service's status.
        name (str | Unset):
        next_due_date (datetime.datetime | Unset):
        plugin_id (int | None | Unset):
        variant_selections (list[str] | None | Unset):
        configuration (list[str] | None | Unset):
    """

    status: ServiceStatus | Unset = UNSET
    name: str | Unset = UNSET
    next_due_date: datetime.datetime | Unset = UNSET
    plugin_id: int | None | Unset = UNSET
    variant_selections: list[str] | None | Unset = UNSET
    configuration: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        next_due_date: str | Unset = UNSET
        if not isinstance(self.next_due_date, Unset):
            next_due_date = self.next_due_date.isoformat()

        plugin_id: int | None | Unset
        if isinstance(self.plugin_id, Unset):
            plugin_id = UNSET
        else:
            plugin_id = self.plugin_id

        variant_selections: list[str] | None | Unset
        if isinstance(self.variant_selections, Unset):
            variant_selections = UNSET
        elif isinstance(self.variant_selections, list):
            variant_selections = self.variant_selections

        else:
            variant_selections = self.variant_selections

        configuration: list[str] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, list):
            configuration = self.configuration

        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if next_due_date is not UNSET:
            field_dict["next_due_date"] = next_due_date
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if variant_selections is not UNSET:
            field_dict["variant_selections"] = variant_selections
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ServiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceStatus(_status)

        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError("name: expected string")

        _next_due_date = d.pop("next_due_date", UNSET)
        next_due_date: datetime.datetime | Unset
        if isinstance(_next_due_date, Unset):
            next_due_date = UNSET
        else:
            next_due_date = datetime.datetime.fromisoformat(_next_due_date)

        def _parse_plugin_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return cast(int | None | Unset, data)
            raise TypeError("plugin_id: fits none of its types")

        plugin_id = _parse_plugin_id(d.pop("plugin_id", UNSET))

        def _parse_variant_selections(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            variant_selections_type_0 = cast(list[str], data)
            if not isinstance(variant_selections_type_0, list) or not all(
                isinstance(item, str) for item in variant_selections_type_0
            ):
                raise TypeError("variant_selections_type_0: expected array")

            return variant_selections_type_0

        variant_selections = _parse_variant_selections(d.pop("variant_selections", UNSET))

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

        services_update_request = cls(
            status=status,
            name=name,
            next_due_date=next_due_date,
            plugin_id=plugin_id,
            variant_selections=variant_selections,
            configuration=configuration,
        )

        services_update_request.additional_properties = d
        return services_update_request

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
