from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registrant_status import RegistrantStatus
from ..models.registration_type import RegistrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tld_resource import TldResource
    from ..models.user_resource import UserResource


T = TypeVar("T", bound="RegistrantResource")


@_attrs_define
class RegistrantResource:
    """
    Attributes:
        id (int):
        registrant_number (str):
        domain (str):
        status (RegistrantStatus): A domain registration's status. Updating a registrant accepts pending,
            pending_transfer, active, suspended, expired or cancelled (RegistrantsController.php:54).
        registration_type (RegistrationType): Whether a domain is newly registered or transferred in.
        years (int):
        price (str):
        currency (str):
        auto_renew (bool):
        nameservers (list[Any] | None):
        configuration (list[Any] | None):
        registered_at (datetime.datetime | None):
        expires_at (datetime.datetime | None):
        suspended_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        user (None | Unset | UserResource): The owner, or null when that user was deleted (users are soft-deleted).
        tld (TldResource | Unset):
    """

    id: int
    registrant_number: str
    domain: str
    status: RegistrantStatus
    registration_type: RegistrationType
    years: int
    price: str
    currency: str
    auto_renew: bool
    nameservers: list[Any] | None
    configuration: list[Any] | None
    registered_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    suspended_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    user: None | Unset | UserResource = UNSET
    tld: TldResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_resource import UserResource  # noqa: PLC0415

        id = self.id

        registrant_number = self.registrant_number

        domain = self.domain

        status = self.status.value

        registration_type = self.registration_type.value

        years = self.years

        price = self.price

        currency = self.currency

        auto_renew = self.auto_renew

        nameservers: list[Any] | None
        if isinstance(self.nameservers, list):
            nameservers = self.nameservers

        else:
            nameservers = self.nameservers

        configuration: list[Any] | None
        if isinstance(self.configuration, list):
            configuration = self.configuration

        else:
            configuration = self.configuration

        registered_at: None | str
        if isinstance(self.registered_at, datetime.datetime):
            registered_at = self.registered_at.isoformat()
        else:
            registered_at = self.registered_at

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        suspended_at: None | str
        if isinstance(self.suspended_at, datetime.datetime):
            suspended_at = self.suspended_at.isoformat()
        else:
            suspended_at = self.suspended_at

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

        tld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tld, Unset):
            tld = self.tld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "registrant_number": registrant_number,
                "domain": domain,
                "status": status,
                "registration_type": registration_type,
                "years": years,
                "price": price,
                "currency": currency,
                "auto_renew": auto_renew,
                "nameservers": nameservers,
                "configuration": configuration,
                "registered_at": registered_at,
                "expires_at": expires_at,
                "suspended_at": suspended_at,
                "cancelled_at": cancelled_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if tld is not UNSET:
            field_dict["tld"] = tld

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tld_resource import TldResource  # noqa: PLC0415
        from ..models.user_resource import UserResource  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError("id: expected integer")

        registrant_number = d.pop("registrant_number")
        if not isinstance(registrant_number, str):
            raise TypeError("registrant_number: expected string")

        domain = d.pop("domain")
        if not isinstance(domain, str):
            raise TypeError("domain: expected string")

        status = RegistrantStatus(d.pop("status"))

        registration_type = RegistrationType(d.pop("registration_type"))

        years = d.pop("years")
        if type(years) is not int:
            raise TypeError("years: expected integer")

        price = d.pop("price")
        if not isinstance(price, str):
            raise TypeError("price: expected string")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError("currency: expected string")

        auto_renew = d.pop("auto_renew")
        if not isinstance(auto_renew, bool):
            raise TypeError("auto_renew: expected boolean")

        def _parse_nameservers(data: object) -> list[Any] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            nameservers_type_0 = cast(list[Any], data)
            if not isinstance(nameservers_type_0, list):
                raise TypeError("nameservers_type_0: expected array")

            return nameservers_type_0

        nameservers = _parse_nameservers(d.pop("nameservers"))

        def _parse_configuration(data: object) -> list[Any] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            configuration_type_0 = cast(list[Any], data)
            if not isinstance(configuration_type_0, list):
                raise TypeError("configuration_type_0: expected array")

            return configuration_type_0

        configuration = _parse_configuration(d.pop("configuration"))

        def _parse_registered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            registered_at_type_0 = datetime.datetime.fromisoformat(data)

            return registered_at_type_0

        registered_at = _parse_registered_at(d.pop("registered_at"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return expires_at_type_0

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_suspended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            suspended_at_type_0 = datetime.datetime.fromisoformat(data)

            return suspended_at_type_0

        suspended_at = _parse_suspended_at(d.pop("suspended_at"))

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

        _tld = d.pop("tld", UNSET)
        tld: TldResource | Unset
        if isinstance(_tld, Unset):
            tld = UNSET
        else:
            tld = TldResource.from_dict(_tld)

        registrant_resource = cls(
            id=id,
            registrant_number=registrant_number,
            domain=domain,
            status=status,
            registration_type=registration_type,
            years=years,
            price=price,
            currency=currency,
            auto_renew=auto_renew,
            nameservers=nameservers,
            configuration=configuration,
            registered_at=registered_at,
            expires_at=expires_at,
            suspended_at=suspended_at,
            cancelled_at=cancelled_at,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
            tld=tld,
        )

        registrant_resource.additional_properties = d
        return registrant_resource

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
