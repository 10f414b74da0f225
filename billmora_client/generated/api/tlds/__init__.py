"""The ``tlds`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.tld_resource import TldResource
from ...models.tld_resource_envelope import TldResourceEnvelope
from ...models.tld_resource_page import TldResourcePage
from ...models.tlds_store_request import TldsStoreRequest
from ...models.tlds_update_request import TldsUpdateRequest
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_tlds_delete, v1_tlds_index, v1_tlds_show, v1_tlds_store, v1_tlds_update

if TYPE_CHECKING:
    from ...._operations import Operations


class TldsApi:
    """``tlds`` operations. Obtain it as ``Billmora().tlds``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResourcePage:
        """Display a paginated listing of TLDs.

        ``GET /v1/tlds``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_tlds_index",
            v1_tlds_index._get_kwargs(
                per_page=at_least_one("tlds.index()", "per_page", per_page),
                page=at_least_one("tlds.index()", "page", page),
                status=status if isinstance(status, Unset) else Visibility(status),
                search=search,
            ),
            v1_tlds_index._parse_response,
            TldResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[TldResource]:
        """Every ``TldResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> TldResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                search=search,
                timeout=timeout,
            )

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: TldsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource: ...

    @overload
    async def store(
        self,
        *,
        tld: str,
        status: Visibility | Literal["visible", "hidden"],
        plugin_id: int | None | Unset = UNSET,
        min_years: int,
        max_years: int,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource: ...

    async def store(
        self,
        *,
        body: TldsStoreRequest | Unset = UNSET,
        tld: str | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        min_years: int | Unset = UNSET,
        max_years: int | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource:
        """Store a newly created TLD.

        ``POST /v1/tlds``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset) for value in (tld, status, plugin_id, min_years, max_years, sort_order)
            ):
                raise TypeError("tlds.store() takes body= or the fields of TldsStoreRequest as keywords, not both")
        elif (
            isinstance(tld, Unset)
            or isinstance(status, Unset)
            or isinstance(min_years, Unset)
            or isinstance(max_years, Unset)
        ):
            raise TypeError("tlds.store() needs body= or tld=, status=, min_years=, max_years=")
        else:
            body = TldsStoreRequest(
                tld=tld,
                status=Visibility(status),
                plugin_id=plugin_id,
                min_years=min_years,
                max_years=max_years,
                sort_order=sort_order,
            )
        result = await self._operations.call(
            "v1_tlds_store",
            v1_tlds_store._get_kwargs(
                body=body,
            ),
            v1_tlds_store._parse_response,
            TldResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        tld: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource:
        """Display the specified TLD.

        ``GET /v1/tlds/{tld}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_tlds_show",
            v1_tlds_show._get_kwargs(
                tld=path_id("tlds.show()", "tld", tld),
            ),
            v1_tlds_show._parse_response,
            TldResourceEnvelope,
            timeout=timeout,
            echo=("data.id", tld),
        )
        return result.data

    @overload
    async def update(
        self,
        tld: int,
        *,
        body: TldsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource: ...

    @overload
    async def update(
        self,
        tld: int,
        *,
        tld_: str | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        min_years: int | Unset = UNSET,
        max_years: int | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource: ...

    async def update(
        self,
        tld: int,
        *,
        body: TldsUpdateRequest | Unset = UNSET,
        tld_: str | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        min_years: int | Unset = UNSET,
        max_years: int | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource:
        """Update the specified TLD.

        ``PUT /v1/tlds/{tld}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset) for value in (tld_, status, plugin_id, min_years, max_years, sort_order)
            ):
                raise TypeError("tlds.update() takes body= or the fields of TldsUpdateRequest as keywords, not both")
        elif all(isinstance(value, Unset) for value in (tld_, status, plugin_id, min_years, max_years, sort_order)):
            pass
        else:
            body = TldsUpdateRequest(
                tld=tld_,
                status=status if isinstance(status, Unset) else Visibility(status),
                plugin_id=plugin_id,
                min_years=min_years,
                max_years=max_years,
                sort_order=sort_order,
            )
        result = await self._operations.call(
            "v1_tlds_update",
            v1_tlds_update._get_kwargs(
                tld=path_id("tlds.update()", "tld", tld),
                body=body,
            ),
            v1_tlds_update._parse_response,
            TldResourceEnvelope,
            timeout=timeout,
            echo=("data.id", tld),
        )
        return result.data

    async def delete(
        self,
        tld: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified TLD.

        ``DELETE /v1/tlds/{tld}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_tlds_delete",
            v1_tlds_delete._get_kwargs(
                tld=path_id("tlds.delete()", "tld", tld),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["TldsApi"]
