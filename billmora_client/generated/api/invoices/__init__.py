"""The ``invoices`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...models.invoice_resource import InvoiceResource
from ...models.invoice_resource_envelope import InvoiceResourceEnvelope
from ...models.invoice_resource_page import InvoiceResourcePage
from ...models.invoice_status import InvoiceStatus
from ...models.invoices_store_request import InvoicesStoreRequest
from ...models.invoices_update_request import InvoicesUpdateRequest
from ...models.v1_invoices_delete_response_200 import V1InvoicesDeleteResponse200
from ...types import UNSET, Unset
from . import v1_invoices_delete, v1_invoices_index, v1_invoices_show, v1_invoices_store, v1_invoices_update

if TYPE_CHECKING:
    from ....pagination import Paginator
    from ....runner import Runner


class InvoicesApi:
    """``invoices`` operations. Obtain it as ``Billmora().invoices``."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: InvoiceStatus | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResourcePage:
        """Display a paginated listing of invoices.

        ``GET /v1/invoices``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_invoices_index",
            v1_invoices_index._get_kwargs(
                per_page=per_page,
                page=page,
                status=status,
                user_id=user_id,
                search=search,
            ),
            v1_invoices_index._parse_response,
            InvoiceResourcePage,
            timeout=timeout,
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: InvoiceStatus | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[InvoiceResource]:
        """Every ``InvoiceResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> InvoiceResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                user_id=user_id,
                search=search,
                timeout=timeout,
            )

        return self._runner.paginate(fetch, max_items=max_items, concurrency=concurrency)

    async def store(
        self,
        *,
        body: InvoicesStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource:
        """Store a newly created invoice.

        ``POST /v1/invoices``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_invoices_store",
            v1_invoices_store._get_kwargs(
                body=body,
            ),
            v1_invoices_store._parse_response,
            InvoiceResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        invoice: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource:
        """Display the specified invoice.

        ``GET /v1/invoices/{invoice}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_invoices_show",
            v1_invoices_show._get_kwargs(
                invoice=invoice,
            ),
            v1_invoices_show._parse_response,
            InvoiceResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def update(
        self,
        invoice: int,
        *,
        body: InvoicesUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource:
        """Update the specified invoice.

        ``PUT /v1/invoices/{invoice}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_invoices_update",
            v1_invoices_update._get_kwargs(
                invoice=invoice,
                body=body,
            ),
            v1_invoices_update._parse_response,
            InvoiceResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def delete(
        self,
        invoice: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> V1InvoicesDeleteResponse200:
        """Remove the specified invoice.

        ``DELETE /v1/invoices/{invoice}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_invoices_delete",
            v1_invoices_delete._get_kwargs(
                invoice=invoice,
            ),
            v1_invoices_delete._parse_response,
            V1InvoicesDeleteResponse200,
            timeout=timeout,
        )
        return result


__all__ = ["InvoicesApi"]
