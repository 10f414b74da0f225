"""The ``tlds`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...models.tld_resource import TldResource
from ...models.tld_resource_envelope import TldResourceEnvelope
from ...models.tld_resource_page import TldResourcePage
from ...models.tlds_store_request import TldsStoreRequest
from ...models.tlds_update_request import TldsUpdateRequest
from ...models.v1_tlds_delete_response_200 import V1TldsDeleteResponse200
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_tlds_delete, v1_tlds_index, v1_tlds_show, v1_tlds_store, v1_tlds_update

if TYPE_CHECKING:
    from ....pagination import Paginator
    from ....runner import Runner


class TldsApi:
    """``tlds`` operations. Obtain it as ``Billmora().tlds``."""

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
    ) -> TldResourcePage:
        """Display a paginated listing of TLDs.

        ``GET /v1/tlds``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tlds_index",
            v1_tlds_index._get_kwargs(
                per_page=per_page,
                page=page,
                status=status,
                search=search,
            ),
            v1_tlds_index._parse_response,
            TldResourcePage,
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

        return self._runner.paginate(fetch, max_items=max_items, concurrency=concurrency)

    async def store(
        self,
        *,
        body: TldsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource:
        """Store a newly created TLD.

        ``POST /v1/tlds``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
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
        result = await self._runner.call(
            "v1_tlds_show",
            v1_tlds_show._get_kwargs(
                tld=tld,
            ),
            v1_tlds_show._parse_response,
            TldResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def update(
        self,
        tld: int,
        *,
        body: TldsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TldResource:
        """Update the specified TLD.

        ``PUT /v1/tlds/{tld}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tlds_update",
            v1_tlds_update._get_kwargs(
                tld=tld,
                body=body,
            ),
            v1_tlds_update._parse_response,
            TldResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def delete(
        self,
        tld: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> V1TldsDeleteResponse200:
        """Remove the specified TLD.

        ``DELETE /v1/tlds/{tld}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tlds_delete",
            v1_tlds_delete._get_kwargs(
                tld=tld,
            ),
            v1_tlds_delete._parse_response,
            V1TldsDeleteResponse200,
            timeout=timeout,
        )
        return result


__all__ = ["TldsApi"]
