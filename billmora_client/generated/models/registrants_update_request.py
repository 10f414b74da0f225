from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registrant_status import RegistrantStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrantsUpdateRequest")


@_attrs_define
class RegistrantsUpdateRequest:
    """
    Attributes:
        status (RegistrantStatus | Unset): A domain registration's status. Updating a registrant accepts pending,
            pending_transfer, active, suspended, expired or cancelled (RegistrantsController.php:54).
        auto_renew (bool | Unset):
        nameservers (list[None | str] | Unset):
    """

    status: RegistrantStatus | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    nameservers: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        auto_renew = self.auto_renew

        nameservers: list[None | str] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = []
            for nameservers_item_data in self.nameservers:
                nameservers_item: None | str
                nameservers_item = nameservers_item_data
                nameservers.append(nameservers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: RegistrantStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RegistrantStatus(_status)

        auto_renew = d.pop("auto_renew", UNSET)
        if auto_renew is not UNSET and not isinstance(auto_renew, bool):
            raise TypeError("auto_renew: expected boolean")

        _nameservers = d.pop("nameservers", UNSET)
        nameservers: list[None | str] | Unset = UNSET
        if _nameservers is not UNSET:
            if not isinstance(_nameservers, list):
                raise TypeError("nameservers: expected array")
            nameservers = []
            for nameservers_item_data in _nameservers:

                def _parse_nameservers_item(data: object) -> None | str:
                    if data is None:
                        return data
                    if isinstance(data, str):
                        return cast(None | str, data)
                    raise TypeError("nameservers_item: fits none of its types")

                nameservers_item = _parse_nameservers_item(nameservers_item_data)

                nameservers.append(nameservers_item)

        registrants_update_request = cls(
            status=status,
            auto_renew=auto_renew,
            nameservers=nameservers,
        )

        registrants_update_request.additional_properties = d
        return registrants_update_request

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
