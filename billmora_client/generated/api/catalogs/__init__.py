"""The ``catalogs`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.catalog_resource import CatalogResource
from ...models.catalog_resource_envelope import CatalogResourceEnvelope
from ...models.catalog_resource_page import CatalogResourcePage
from ...models.catalogs_store_request import CatalogsStoreRequest
from ...models.catalogs_update_request import CatalogsUpdateRequest
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_catalogs_delete, v1_catalogs_index, v1_catalogs_show, v1_catalogs_store, v1_catalogs_update

if TYPE_CHECKING:
    from ...._operations import Operations


class CatalogsApi:
    """``catalogs`` operations. Obtain it as ``Billmora().catalogs``."""

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
    ) -> CatalogResourcePage:
        """Display a paginated listing of catalogs.

        ``GET /v1/catalogs``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_catalogs_index",
            v1_catalogs_index._get_kwargs(
                per_page=at_least_one("catalogs.index()", "per_page", per_page),
                page=at_least_one("catalogs.index()", "page", page),
                status=status if isinstance(status, Unset) else Visibility(status),
                search=search,
            ),
            v1_catalogs_index._parse_response,
            CatalogResourcePage,
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
    ) -> Paginator[CatalogResource]:
        """Every ``CatalogResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> CatalogResourcePage:
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
        body: CatalogsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource: ...

    @overload
    async def store(
        self,
        *,
        name: str,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource: ...

    async def store(
        self,
        *,
        body: CatalogsStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource:
        """Store a newly created catalog.

        ``POST /v1/catalogs``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (name, slug, description, icon, status, sort_order)):
                raise TypeError(
                    "catalogs.store() takes body= or the fields of CatalogsStoreRequest as keywords, not both"
                )
        elif isinstance(name, Unset):
            raise TypeError("catalogs.store() needs body= or name=")
        else:
            body = CatalogsStoreRequest(
                name=name,
                slug=slug,
                description=description,
                icon=icon,
                status=status if isinstance(status, Unset) or status is None else Visibility(status),
                sort_order=sort_order,
            )
        result = await self._operations.call(
            "v1_catalogs_store",
            v1_catalogs_store._get_kwargs(
                body=body,
            ),
            v1_catalogs_store._parse_response,
            CatalogResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        catalog: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource:
        """Display the specified catalog.

        ``GET /v1/catalogs/{catalog}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_catalogs_show",
            v1_catalogs_show._get_kwargs(
                catalog=path_id("catalogs.show()", "catalog", catalog),
            ),
            v1_catalogs_show._parse_response,
            CatalogResourceEnvelope,
            timeout=timeout,
            echo=("data.id", catalog),
        )
        return result.data

    @overload
    async def update(
        self,
        catalog: int,
        *,
        body: CatalogsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource: ...

    @overload
    async def update(
        self,
        catalog: int,
        *,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource: ...

    async def update(
        self,
        catalog: int,
        *,
        body: CatalogsUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> CatalogResource:
        """Update the specified catalog.

        ``PUT /v1/catalogs/{catalog}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (name, slug, description, icon, status, sort_order)):
                raise TypeError(
                    "catalogs.update() takes body= or the fields of CatalogsUpdateRequest as keywords, not both"
                )
        elif all(isinstance(value, Unset) for value in (name, slug, description, icon, status, sort_order)):
            pass
        else:
            body = CatalogsUpdateRequest(
                name=name,
                slug=slug,
                description=description,
                icon=icon,
                status=status if isinstance(status, Unset) else Visibility(status),
                sort_order=sort_order,
            )
        result = await self._operations.call(
            "v1_catalogs_update",
            v1_catalogs_update._get_kwargs(
                catalog=path_id("catalogs.update()", "catalog", catalog),
                body=body,
            ),
            v1_catalogs_update._parse_response,
            CatalogResourceEnvelope,
            timeout=timeout,
            echo=("data.id", catalog),
        )
        return result.data

    async def delete(
        self,
        catalog: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified catalog.

        ``DELETE /v1/catalogs/{catalog}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_catalogs_delete",
            v1_catalogs_delete._get_kwargs(
                catalog=path_id("catalogs.delete()", "catalog", catalog),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["CatalogsApi"]
