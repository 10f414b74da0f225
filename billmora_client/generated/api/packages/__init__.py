"""The ``packages`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.allow_quantity import AllowQuantity
from ...models.package_resource import PackageResource
from ...models.package_resource_envelope import PackageResourceEnvelope
from ...models.package_resource_page import PackageResourcePage
from ...models.packages_store_request import PackagesStoreRequest
from ...models.packages_update_request import PackagesUpdateRequest
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_packages_delete, v1_packages_index, v1_packages_show, v1_packages_store, v1_packages_update

if TYPE_CHECKING:
    from ...._operations import Operations


class PackagesApi:
    """``packages`` operations. Obtain it as ``Billmora().packages``."""

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
    ) -> PackageResourcePage:
        """Display a paginated listing of packages.

        ``GET /v1/packages``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_packages_index",
            v1_packages_index._get_kwargs(
                per_page=at_least_one("packages.index()", "per_page", per_page),
                page=at_least_one("packages.index()", "page", page),
                status=status if isinstance(status, Unset) else Visibility(status),
                search=search,
            ),
            v1_packages_index._parse_response,
            PackageResourcePage,
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
    ) -> Paginator[PackageResource]:
        """Every ``PackageResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> PackageResourcePage:
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
        body: PackagesStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource: ...

    @overload
    async def store(
        self,
        *,
        name: str,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        catalog_id: int,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        stock: int | None | Unset = UNSET,
        per_user_limit: int | None | Unset = UNSET,
        allow_cancellation: bool | None | Unset = UNSET,
        allow_quantity: AllowQuantity | Literal["single", "multiple"] | None | Unset = UNSET,
        prorata_day: int | None | Unset = UNSET,
        prorata_next_month_day: int | None | Unset = UNSET,
        auto_provision: bool | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        provisioning_config: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource: ...

    async def store(
        self,
        *,
        body: PackagesStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        catalog_id: int | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        stock: int | None | Unset = UNSET,
        per_user_limit: int | None | Unset = UNSET,
        allow_cancellation: bool | None | Unset = UNSET,
        allow_quantity: AllowQuantity | Literal["single", "multiple"] | None | Unset = UNSET,
        prorata_day: int | None | Unset = UNSET,
        prorata_next_month_day: int | None | Unset = UNSET,
        auto_provision: bool | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        provisioning_config: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource:
        """Store a newly created package.

        ``POST /v1/packages``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset)
                for value in (
                    name,
                    slug,
                    description,
                    catalog_id,
                    status,
                    icon,
                    stock,
                    per_user_limit,
                    allow_cancellation,
                    allow_quantity,
                    prorata_day,
                    prorata_next_month_day,
                    auto_provision,
                    sort_order,
                    plugin_id,
                    provisioning_config,
                )
            ):
                raise TypeError(
                    "packages.store() takes body= or the fields of PackagesStoreRequest as keywords, not both"
                )
        elif isinstance(name, Unset) or isinstance(catalog_id, Unset):
            raise TypeError("packages.store() needs body= or name=, catalog_id=")
        else:
            body = PackagesStoreRequest(
                name=name,
                slug=slug,
                description=description,
                catalog_id=catalog_id,
                status=status if isinstance(status, Unset) or status is None else Visibility(status),
                icon=icon,
                stock=stock,
                per_user_limit=per_user_limit,
                allow_cancellation=allow_cancellation,
                allow_quantity=allow_quantity
                if isinstance(allow_quantity, Unset) or allow_quantity is None
                else AllowQuantity(allow_quantity),
                prorata_day=prorata_day,
                prorata_next_month_day=prorata_next_month_day,
                auto_provision=auto_provision,
                sort_order=sort_order,
                plugin_id=plugin_id,
                provisioning_config=provisioning_config,
            )
        result = await self._operations.call(
            "v1_packages_store",
            v1_packages_store._get_kwargs(
                body=body,
            ),
            v1_packages_store._parse_response,
            PackageResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        package: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource:
        """Display the specified package.

        ``GET /v1/packages/{package}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_packages_show",
            v1_packages_show._get_kwargs(
                package=path_id("packages.show()", "package", package),
            ),
            v1_packages_show._parse_response,
            PackageResourceEnvelope,
            timeout=timeout,
            echo=("data.id", package),
        )
        return result.data

    @overload
    async def update(
        self,
        package: int,
        *,
        body: PackagesUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource: ...

    @overload
    async def update(
        self,
        package: int,
        *,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        catalog_id: int | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        stock: int | None | Unset = UNSET,
        per_user_limit: int | None | Unset = UNSET,
        allow_cancellation: bool | None | Unset = UNSET,
        allow_quantity: AllowQuantity | Literal["single", "multiple"] | None | Unset = UNSET,
        prorata_day: int | None | Unset = UNSET,
        prorata_next_month_day: int | None | Unset = UNSET,
        auto_provision: bool | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        provisioning_config: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource: ...

    async def update(
        self,
        package: int,
        *,
        body: PackagesUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        catalog_id: int | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        stock: int | None | Unset = UNSET,
        per_user_limit: int | None | Unset = UNSET,
        allow_cancellation: bool | None | Unset = UNSET,
        allow_quantity: AllowQuantity | Literal["single", "multiple"] | None | Unset = UNSET,
        prorata_day: int | None | Unset = UNSET,
        prorata_next_month_day: int | None | Unset = UNSET,
        auto_provision: bool | None | Unset = UNSET,
        sort_order: int | None | Unset = UNSET,
        plugin_id: int | None | Unset = UNSET,
        provisioning_config: list[str] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource:
        """Update the specified package.

        ``PUT /v1/packages/{package}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset)
                for value in (
                    name,
                    slug,
                    description,
                    catalog_id,
                    status,
                    icon,
                    stock,
                    per_user_limit,
                    allow_cancellation,
                    allow_quantity,
                    prorata_day,
                    prorata_next_month_day,
                    auto_provision,
                    sort_order,
                    plugin_id,
                    provisioning_config,
                )
            ):
                raise TypeError(
                    "packages.update() takes body= or the fields of PackagesUpdateRequest as keywords, not both"
                )
        elif all(
            isinstance(value, Unset)
            for value in (
                name,
                slug,
                description,
                catalog_id,
                status,
                icon,
                stock,
                per_user_limit,
                allow_cancellation,
                allow_quantity,
                prorata_day,
                prorata_next_month_day,
                auto_provision,
                sort_order,
                plugin_id,
                provisioning_config,
            )
        ):
            pass
        else:
            body = PackagesUpdateRequest(
                name=name,
                slug=slug,
                description=description,
                catalog_id=catalog_id,
                status=status if isinstance(status, Unset) else Visibility(status),
                icon=icon,
                stock=stock,
                per_user_limit=per_user_limit,
                allow_cancellation=allow_cancellation,
                allow_quantity=allow_quantity
                if isinstance(allow_quantity, Unset) or allow_quantity is None
                else AllowQuantity(allow_quantity),
                prorata_day=prorata_day,
                prorata_next_month_day=prorata_next_month_day,
                auto_provision=auto_provision,
                sort_order=sort_order,
                plugin_id=plugin_id,
                provisioning_config=provisioning_config,
            )
        result = await self._operations.call(
            "v1_packages_update",
            v1_packages_update._get_kwargs(
                package=path_id("packages.update()", "package", package),
                body=body,
            ),
            v1_packages_update._parse_response,
            PackageResourceEnvelope,
            timeout=timeout,
            echo=("data.id", package),
        )
        return result.data

    async def delete(
        self,
        package: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified package.

        ``DELETE /v1/packages/{package}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_packages_delete",
            v1_packages_delete._get_kwargs(
                package=path_id("packages.delete()", "package", package),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["PackagesApi"]
