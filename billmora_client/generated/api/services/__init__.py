"""The ``services`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.service_resource import ServiceResource
from ...models.service_resource_envelope import ServiceResourceEnvelope
from ...models.service_resource_page import ServiceResourcePage
from ...models.service_status import ServiceStatus
from ...models.services_update_request import ServicesUpdateRequest
from ...types import UNSET, Unset
from . import v1_services_delete, v1_services_index, v1_services_show, v1_services_update

if TYPE_CHECKING:
    from ...._operations import Operations


class ServicesApi:
    """``services`` operations. Obtain it as ``Billmora().services``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: ServiceStatus | Literal["pending", "active", "suspended", "terminated", "cancelled"] | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceResourcePage:
        """Display a paginated listing of services.

        ``GET /v1/services``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_services_index",
            v1_services_index._get_kwargs(
                per_page=at_least_one("services.index()", "per_page", per_page),
                page=at_least_one("services.index()", "page", page),
                status=status if isinstance(status, Unset) else ServiceStatus(status),
                user_id=user_id,
                search=search,
            ),
            v1_services_index._parse_response,
            ServiceResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: ServiceStatus | Literal["pending", "active", "suspended", "terminated", "cancelled"] | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[ServiceResource]:
        """Every ``ServiceResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> ServiceResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                user_id=user_id,
                search=search,
                timeout=timeout,
            )

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    async def show(
        self,
        service: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceResource:
        """Display the specified service.

        ``GET /v1/services/{service}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_services_show",
            v1_services_show._get_kwargs(
                service=path_id("services.show()", "service", service),
            ),
            v1_services_show._parse_response,
            ServiceResourceEnvelope,
            timeout=timeout,
            echo=("data.id", service),
        )
        return result.data

    @overload
    async def update(
        self,
        service: int,
        *,
        body: ServicesUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceResource: ...

    @overload
    async def update(
        self,
        service: int,
        *,
        status: ServiceStatus | Literal["pending", "active", "suspended", "terminated", "cancelled"] | Unset = UNSET,
        name: str | Unset = UNSET,
        next_due_date: datetime.datetime | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        variant_selections: list[str] | None | Unset = UNSET,
        configuration: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceResource: ...

    async def update(
        self,
        service: int,
        *,
        body: ServicesUpdateRequest | Unset = UNSET,
        status: ServiceStatus | Literal["pending", "active", "suspended", "terminated", "cancelled"] | Unset = UNSET,
        name: str | Unset = UNSET,
        next_due_date: datetime.datetime | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        variant_selections: list[str] | None | Unset = UNSET,
        configuration: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceResource:
        """Update the specified service.

        ``PUT /v1/services/{service}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset)
                for value in (status, name, next_due_date, plugin_id, variant_selections, configuration)
            ):
                raise TypeError(
                    "services.update() takes body= or the fields of ServicesUpdateRequest as keywords, not both"
                )
        elif all(
            isinstance(value, Unset)
            for value in (status, name, next_due_date, plugin_id, variant_selections, configuration)
        ):
            pass
        else:
            body = ServicesUpdateRequest(
                status=status if isinstance(status, Unset) else ServiceStatus(status),
                name=name,
                next_due_date=next_due_date,
                plugin_id=plugin_id,
                variant_selections=variant_selections,
                configuration=configuration,
            )
        result = await self._operations.call(
            "v1_services_update",
            v1_services_update._get_kwargs(
                service=path_id("services.update()", "service", service),
                body=body,
            ),
            v1_services_update._parse_response,
            ServiceResourceEnvelope,
            timeout=timeout,
            echo=("data.id", service),
        )
        return result.data

    async def delete(
        self,
        service: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified service.

        ``DELETE /v1/services/{service}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_services_delete",
            v1_services_delete._get_kwargs(
                service=path_id("services.delete()", "service", service),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["ServicesApi"]
