"""The ``orders`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.order_resource import OrderResource
from ...models.order_resource_envelope import OrderResourceEnvelope
from ...models.order_resource_page import OrderResourcePage
from ...models.order_status import OrderStatus
from ...models.orders_store_request import OrdersStoreRequest
from ...models.orders_store_request_domain_items_type_0_item import OrdersStoreRequestDomainItemsType0Item
from ...models.orders_store_request_package_items_type_0_item import OrdersStoreRequestPackageItemsType0Item
from ...models.orders_update_request import OrdersUpdateRequest
from ...types import UNSET, Unset
from ..typed_dicts import OrdersStoreRequestDomainItemsType0ItemDict, OrdersStoreRequestPackageItemsType0ItemDict
from . import v1_orders_delete, v1_orders_index, v1_orders_show, v1_orders_store, v1_orders_update

if TYPE_CHECKING:
    from ...._operations import Operations


class OrdersApi:
    """``orders`` operations. Obtain it as ``Billmora().orders``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"] | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResourcePage:
        """Display a paginated listing of orders.

        ``GET /v1/orders``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_orders_index",
            v1_orders_index._get_kwargs(
                per_page=at_least_one("orders.index()", "per_page", per_page),
                page=at_least_one("orders.index()", "page", page),
                status=status if isinstance(status, Unset) else OrderStatus(status),
                user_id=user_id,
                search=search,
            ),
            v1_orders_index._parse_response,
            OrderResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"] | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[OrderResource]:
        """Every ``OrderResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> OrderResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                user_id=user_id,
                search=search,
                timeout=timeout,
            )

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: OrdersStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource: ...

    @overload
    async def store(
        self,
        *,
        user_id: int,
        currency: str,
        coupon: str | None | Unset = UNSET,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"],
        package_items: list[OrdersStoreRequestPackageItemsType0Item | OrdersStoreRequestPackageItemsType0ItemDict]
        | None
        | Unset = UNSET,
        domain_items: list[OrdersStoreRequestDomainItemsType0Item | OrdersStoreRequestDomainItemsType0ItemDict]
        | None
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource: ...

    async def store(
        self,
        *,
        body: OrdersStoreRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        currency: str | Unset = UNSET,
        coupon: str | None | Unset = UNSET,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"] | Unset = UNSET,
        package_items: list[OrdersStoreRequestPackageItemsType0Item | OrdersStoreRequestPackageItemsType0ItemDict]
        | None
        | Unset = UNSET,
        domain_items: list[OrdersStoreRequestDomainItemsType0Item | OrdersStoreRequestDomainItemsType0ItemDict]
        | None
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource:
        """Store a newly created order.

        ``POST /v1/orders``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset) for value in (user_id, currency, coupon, status, package_items, domain_items)
            ):
                raise TypeError("orders.store() takes body= or the fields of OrdersStoreRequest as keywords, not both")
        elif isinstance(user_id, Unset) or isinstance(currency, Unset) or isinstance(status, Unset):
            raise TypeError("orders.store() needs body= or user_id=, currency=, status=")
        else:
            body = OrdersStoreRequest(
                user_id=user_id,
                currency=currency,
                coupon=coupon,
                status=OrderStatus(status),
                package_items=package_items
                if isinstance(package_items, Unset) or package_items is None
                else [
                    item0
                    if isinstance(item0, OrdersStoreRequestPackageItemsType0Item)
                    else OrdersStoreRequestPackageItemsType0Item.from_dict(item0)
                    for item0 in package_items
                ],
                domain_items=domain_items
                if isinstance(domain_items, Unset) or domain_items is None
                else [
                    item0
                    if isinstance(item0, OrdersStoreRequestDomainItemsType0Item)
                    else OrdersStoreRequestDomainItemsType0Item.from_dict(item0)
                    for item0 in domain_items
                ],
            )
        result = await self._operations.call(
            "v1_orders_store",
            v1_orders_store._get_kwargs(
                body=body,
            ),
            v1_orders_store._parse_response,
            OrderResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        order: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource:
        """Display the specified order.

        ``GET /v1/orders/{order}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_orders_show",
            v1_orders_show._get_kwargs(
                order=path_id("orders.show()", "order", order),
            ),
            v1_orders_show._parse_response,
            OrderResourceEnvelope,
            timeout=timeout,
            echo=("data.id", order),
        )
        return result.data

    @overload
    async def update(
        self,
        order: int,
        *,
        body: OrdersUpdateRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource: ...

    @overload
    async def update(
        self,
        order: int,
        *,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"],
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource: ...

    async def update(
        self,
        order: int,
        *,
        body: OrdersUpdateRequest | Unset = UNSET,
        status: OrderStatus | Literal["pending", "processing", "completed", "cancelled", "failed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResource:
        """Update the specified order.

        ``PUT /v1/orders/{order}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (status,)):
                raise TypeError(
                    "orders.update() takes body= or the fields of OrdersUpdateRequest as keywords, not both"
                )
        elif isinstance(status, Unset):
            raise TypeError("orders.update() needs body= or status=")
        else:
            body = OrdersUpdateRequest(
                status=OrderStatus(status),
            )
        result = await self._operations.call(
            "v1_orders_update",
            v1_orders_update._get_kwargs(
                order=path_id("orders.update()", "order", order),
                body=body,
            ),
            v1_orders_update._parse_response,
            OrderResourceEnvelope,
            timeout=timeout,
            echo=("data.id", order),
        )
        return result.data

    async def delete(
        self,
        order: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified order.

        ``DELETE /v1/orders/{order}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_orders_delete",
            v1_orders_delete._get_kwargs(
                order=path_id("orders.delete()", "order", order),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["OrdersApi"]
