"""The ``registrants`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.registrant_resource import RegistrantResource
from ...models.registrant_resource_envelope import RegistrantResourceEnvelope
from ...models.registrant_resource_page import RegistrantResourcePage
from ...models.registrant_status import RegistrantStatus
from ...models.registrants_update_request import RegistrantsUpdateRequest
from ...types import UNSET, Unset
from . import v1_registrants_delete, v1_registrants_index, v1_registrants_show, v1_registrants_update

if TYPE_CHECKING:
    from ...._operations import Operations


class RegistrantsApi:
    """``registrants`` operations. Obtain it as ``Billmora().registrants``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: RegistrantStatus
        | Literal[
            "pending",
            "active",
            "expired",
            "suspended",
            "pending_transfer",
            "transferred_away",
            "cancelled",
            "redemption",
            "terminated",
        ]
        | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> RegistrantResourcePage:
        """Display a paginated listing of registrants.

        ``GET /v1/registrants``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_registrants_index",
            v1_registrants_index._get_kwargs(
                per_page=at_least_one("registrants.index()", "per_page", per_page),
                page=at_least_one("registrants.index()", "page", page),
                status=status if isinstance(status, Unset) else RegistrantStatus(status),
                user_id=user_id,
                search=search,
            ),
            v1_registrants_index._parse_response,
            RegistrantResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: RegistrantStatus
        | Literal[
            "pending",
            "active",
            "expired",
            "suspended",
            "pending_transfer",
            "transferred_away",
            "cancelled",
            "redemption",
            "terminated",
        ]
        | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[RegistrantResource]:
        """Every ``RegistrantResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> RegistrantResourcePage:
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
        registrant: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> RegistrantResource:
        """Display the specified registrant.

        ``GET /v1/registrants/{registrant}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_registrants_show",
            v1_registrants_show._get_kwargs(
                registrant=path_id("registrants.show()", "registrant", registrant),
            ),
            v1_registrants_show._parse_response,
            RegistrantResourceEnvelope,
            timeout=timeout,
            echo=("data.id", registrant),
        )
        return result.data

    @overload
    async def update(
        self,
        registrant: int,
        *,
        body: RegistrantsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> RegistrantResource: ...

    @overload
    async def update(
        self,
        registrant: int,
        *,
        status: Literal[
            RegistrantStatus.PENDING,
            RegistrantStatus.PENDING_TRANSFER,
            RegistrantStatus.ACTIVE,
            RegistrantStatus.SUSPENDED,
            RegistrantStatus.EXPIRED,
            RegistrantStatus.CANCELLED,
            "pending",
            "pending_transfer",
            "active",
            "suspended",
            "expired",
            "cancelled",
        ]
        | Unset = UNSET,
        auto_renew: bool | Unset = UNSET,
        nameservers: list[str | None] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> RegistrantResource: ...

    async def update(
        self,
        registrant: int,
        *,
        body: RegistrantsUpdateRequest | Unset = UNSET,
        status: Literal[
            RegistrantStatus.PENDING,
            RegistrantStatus.PENDING_TRANSFER,
            RegistrantStatus.ACTIVE,
            RegistrantStatus.SUSPENDED,
            RegistrantStatus.EXPIRED,
            RegistrantStatus.CANCELLED,
            "pending",
            "pending_transfer",
            "active",
            "suspended",
            "expired",
            "cancelled",
        ]
        | Unset = UNSET,
        auto_renew: bool | Unset = UNSET,
        nameservers: list[str | None] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> RegistrantResource:
        """Update the specified registrant (nameservers, auto-renew, status).

        ``PUT /v1/registrants/{registrant}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (status, auto_renew, nameservers)):
                raise TypeError(
                    "registrants.update() takes body= or the fields of RegistrantsUpdateRequest as keywords, not both"
                )
        elif all(isinstance(value, Unset) for value in (status, auto_renew, nameservers)):
            pass
        else:
            body = RegistrantsUpdateRequest(
                status=status if isinstance(status, Unset) else RegistrantStatus(status),
                auto_renew=auto_renew,
                nameservers=nameservers,
            )
        result = await self._operations.call(
            "v1_registrants_update",
            v1_registrants_update._get_kwargs(
                registrant=path_id("registrants.update()", "registrant", registrant),
                body=body,
            ),
            v1_registrants_update._parse_response,
            RegistrantResourceEnvelope,
            timeout=timeout,
            echo=("data.id", registrant),
        )
        return result.data

    async def delete(
        self,
        registrant: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified registrant.

        ``DELETE /v1/registrants/{registrant}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_registrants_delete",
            v1_registrants_delete._get_kwargs(
                registrant=path_id("registrants.delete()", "registrant", registrant),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["RegistrantsApi"]
