"""The ``packages`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...models.package_resource import PackageResource
from ...models.package_resource_envelope import PackageResourceEnvelope
from ...models.package_resource_page import PackageResourcePage
from ...models.packages_store_request import PackagesStoreRequest
from ...models.packages_update_request import PackagesUpdateRequest
from ...models.v1_packages_delete_response_200 import V1PackagesDeleteResponse200
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_packages_delete, v1_packages_index, v1_packages_show, v1_packages_store, v1_packages_update

if TYPE_CHECKING:
    from ....pagination import Paginator
    from ....runner import Runner


class PackagesApi:
    """``packages`` operations. Obtain it as ``Billmora().packages``."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: Visibility | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResourcePage:
        """Display a paginated listing of packages.

        ``GET /v1/packages``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_packages_index",
            v1_packages_index._get_kwargs(
                per_page=per_page,
                page=page,
                status=status,
                search=search,
            ),
            v1_packages_index._parse_response,
            PackageResourcePage,
            timeout=timeout,
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: Visibility | Unset = UNSET,
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

        return self._runner.paginate(fetch, max_items=max_items, concurrency=concurrency)

    async def store(
        self,
        *,
        body: PackagesStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource:
        """Store a newly created package.

        ``POST /v1/packages``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
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
        result = await self._runner.call(
            "v1_packages_show",
            v1_packages_show._get_kwargs(
                package=package,
            ),
            v1_packages_show._parse_response,
            PackageResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def update(
        self,
        package: int,
        *,
        body: PackagesUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> PackageResource:
        """Update the specified package.

        ``PUT /v1/packages/{package}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_packages_update",
            v1_packages_update._get_kwargs(
                package=package,
                body=body,
            ),
            v1_packages_update._parse_response,
            PackageResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def delete(
        self,
        package: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> V1PackagesDeleteResponse200:
        """Remove the specified package.

        ``DELETE /v1/packages/{package}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_packages_delete",
            v1_packages_delete._get_kwargs(
                package=package,
            ),
            v1_packages_delete._parse_response,
            V1PackagesDeleteResponse200,
            timeout=timeout,
        )
        return result


__all__ = ["PackagesApi"]
