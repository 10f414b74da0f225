"""The ``invoices`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.invoice_resource import InvoiceResource
from ...models.invoice_resource_envelope import InvoiceResourceEnvelope
from ...models.invoice_resource_page import InvoiceResourcePage
from ...models.invoice_status import InvoiceStatus
from ...models.invoices_store_request import InvoicesStoreRequest
from ...models.invoices_store_request_items_item import InvoicesStoreRequestItemsItem
from ...models.invoices_update_request import InvoicesUpdateRequest
from ...types import UNSET, Unset
from ..typed_dicts import InvoicesStoreRequestItemsItemDict
from . import v1_invoices_delete, v1_invoices_index, v1_invoices_show, v1_invoices_store, v1_invoices_update

if TYPE_CHECKING:
    from ...._operations import Operations


class InvoicesApi:
    """``invoices`` operations. Obtain it as ``Billmora().invoices``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResourcePage:
        """Display a paginated listing of invoices.

        ``GET /v1/invoices``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_invoices_index",
            v1_invoices_index._get_kwargs(
                per_page=at_least_one("invoices.index()", "per_page", per_page),
                page=at_least_one("invoices.index()", "page", page),
                status=status if isinstance(status, Unset) else InvoiceStatus(status),
                user_id=user_id,
                search=search,
            ),
            v1_invoices_index._parse_response,
            InvoiceResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | Unset = UNSET,
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

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: InvoicesStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource: ...

    @overload
    async def store(
        self,
        *,
        user_id: int,
        due_date: datetime.datetime,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        items: list[InvoicesStoreRequestItemsItem | InvoicesStoreRequestItemsItemDict],
        send_email: bool | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource: ...

    async def store(
        self,
        *,
        body: InvoicesStoreRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        due_date: datetime.datetime | Unset = UNSET,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | None | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        items: list[InvoicesStoreRequestItemsItem | InvoicesStoreRequestItemsItemDict] | Unset = UNSET,
        send_email: bool | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource:
        """Store a newly created invoice.

        ``POST /v1/invoices``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset) for value in (user_id, due_date, status, currency, notes, items, send_email)
            ):
                raise TypeError(
                    "invoices.store() takes body= or the fields of InvoicesStoreRequest as keywords, not both"
                )
        elif isinstance(user_id, Unset) or isinstance(due_date, Unset) or isinstance(items, Unset):
            raise TypeError("invoices.store() needs body= or user_id=, due_date=, items=")
        else:
            body = InvoicesStoreRequest(
                user_id=user_id,
                due_date=due_date,
                status=status if isinstance(status, Unset) or status is None else InvoiceStatus(status),
                currency=currency,
                notes=notes,
                items=[
                    item0
                    if isinstance(item0, InvoicesStoreRequestItemsItem)
                    else InvoicesStoreRequestItemsItem.from_dict(item0)
                    for item0 in items
                ],
                send_email=send_email,
            )
        result = await self._operations.call(
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
        result = await self._operations.call(
            "v1_invoices_show",
            v1_invoices_show._get_kwargs(
                invoice=path_id("invoices.show()", "invoice", invoice),
            ),
            v1_invoices_show._parse_response,
            InvoiceResourceEnvelope,
            timeout=timeout,
            echo=("data.id", invoice),
        )
        return result.data

    @overload
    async def update(
        self,
        invoice: int,
        *,
        body: InvoicesUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource: ...

    @overload
    async def update(
        self,
        invoice: int,
        *,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | Unset = UNSET,
        due_date: datetime.datetime | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource: ...

    async def update(
        self,
        invoice: int,
        *,
        body: InvoicesUpdateRequest | Unset = UNSET,
        status: InvoiceStatus | Literal["unpaid", "paid", "cancelled", "refunded"] | Unset = UNSET,
        due_date: datetime.datetime | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> InvoiceResource:
        """Update the specified invoice.

        ``PUT /v1/invoices/{invoice}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (status, due_date, notes)):
                raise TypeError(
                    "invoices.update() takes body= or the fields of InvoicesUpdateRequest as keywords, not both"
                )
        elif all(isinstance(value, Unset) for value in (status, due_date, notes)):
            pass
        else:
            body = InvoicesUpdateRequest(
                status=status if isinstance(status, Unset) else InvoiceStatus(status),
                due_date=due_date,
                notes=notes,
            )
        result = await self._operations.call(
            "v1_invoices_update",
            v1_invoices_update._get_kwargs(
                invoice=path_id("invoices.update()", "invoice", invoice),
                body=body,
            ),
            v1_invoices_update._parse_response,
            InvoiceResourceEnvelope,
            timeout=timeout,
            echo=("data.id", invoice),
        )
        return result.data

    async def delete(
        self,
        invoice: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified invoice.

        ``DELETE /v1/invoices/{invoice}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_invoices_delete",
            v1_invoices_delete._get_kwargs(
                invoice=path_id("invoices.delete()", "invoice", invoice),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["InvoicesApi"]
