"""The ``tickets`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...models.ticket_priority import TicketPriority
from ...models.ticket_resource import TicketResource
from ...models.ticket_resource_envelope import TicketResourceEnvelope
from ...models.ticket_resource_page import TicketResourcePage
from ...models.ticket_status import TicketStatus
from ...models.tickets_store_request import TicketsStoreRequest
from ...models.tickets_update_request import TicketsUpdateRequest
from ...models.v1_tickets_delete_response_200 import V1TicketsDeleteResponse200
from ...types import UNSET, Unset
from . import v1_tickets_delete, v1_tickets_index, v1_tickets_show, v1_tickets_store, v1_tickets_update

if TYPE_CHECKING:
    from ....pagination import Paginator
    from ....runner import Runner


class TicketsApi:
    """``tickets`` operations. Obtain it as ``Billmora().tickets``."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: TicketStatus | Unset = UNSET,
        user_id: int | Unset = UNSET,
        priority: TicketPriority | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResourcePage:
        """Display a paginated listing of tickets.

        ``GET /v1/tickets``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tickets_index",
            v1_tickets_index._get_kwargs(
                per_page=per_page,
                page=page,
                status=status,
                user_id=user_id,
                priority=priority,
                search=search,
            ),
            v1_tickets_index._parse_response,
            TicketResourcePage,
            timeout=timeout,
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: TicketStatus | Unset = UNSET,
        user_id: int | Unset = UNSET,
        priority: TicketPriority | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[TicketResource]:
        """Every ``TicketResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> TicketResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                user_id=user_id,
                priority=priority,
                search=search,
                timeout=timeout,
            )

        return self._runner.paginate(fetch, max_items=max_items, concurrency=concurrency)

    async def store(
        self,
        *,
        body: TicketsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource:
        """Store a newly created ticket.

        ``POST /v1/tickets``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tickets_store",
            v1_tickets_store._get_kwargs(
                body=body,
            ),
            v1_tickets_store._parse_response,
            TicketResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        ticket: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource:
        """Display the specified ticket.

        ``GET /v1/tickets/{ticket}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tickets_show",
            v1_tickets_show._get_kwargs(
                ticket=ticket,
            ),
            v1_tickets_show._parse_response,
            TicketResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def update(
        self,
        ticket: int,
        *,
        body: TicketsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource:
        """Update the specified ticket.

        ``PUT /v1/tickets/{ticket}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tickets_update",
            v1_tickets_update._get_kwargs(
                ticket=ticket,
                body=body,
            ),
            v1_tickets_update._parse_response,
            TicketResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def delete(
        self,
        ticket: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> V1TicketsDeleteResponse200:
        """Remove the specified ticket.

        ``DELETE /v1/tickets/{ticket}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_tickets_delete",
            v1_tickets_delete._get_kwargs(
                ticket=ticket,
            ),
            v1_tickets_delete._parse_response,
            V1TicketsDeleteResponse200,
            timeout=timeout,
        )
        return result


__all__ = ["TicketsApi"]
