"""The JSON form of the request objects the namespaces accept, as typed dicts."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class InvoicesStoreRequestItemsItemDict(TypedDict):
    """The JSON form of ``InvoicesStoreRequestItemsItem``: pass it where a ``InvoicesStoreRequestItemsItem`` is accepted."""

    description: str
    quantity: int
    unit_price: float


class OrdersStoreRequestDomainItemsType0ItemDict(TypedDict):
    """The JSON form of ``OrdersStoreRequestDomainItemsType0Item``: pass it where a ``OrdersStoreRequestDomainItemsType0Item`` is accepted."""

    type: Literal["register", "transfer"]
    domain: str
    tld_id: int
    years: int
    epp_code: NotRequired[str | None]


class OrdersStoreRequestPackageItemsType0ItemDict(TypedDict):
    """The JSON form of ``OrdersStoreRequestPackageItemsType0Item``: pass it where a ``OrdersStoreRequestPackageItemsType0Item`` is accepted."""

    package_id: int
    billing_id: int
    quantity: NotRequired[int | None]
    variant_options: NotRequired[list[str] | None]
    configuration: NotRequired[list[str] | None]


__all__ = [
    "InvoicesStoreRequestItemsItemDict",
    "OrdersStoreRequestDomainItemsType0ItemDict",
    "OrdersStoreRequestPackageItemsType0ItemDict",
]
