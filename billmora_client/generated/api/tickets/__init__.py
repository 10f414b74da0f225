"""The ``tickets`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.ticket_priority import TicketPriority
from ...models.ticket_resource import TicketResource
from ...models.ticket_resource_envelope import TicketResourceEnvelope
from ...models.ticket_resource_page import TicketResourcePage
from ...models.ticket_status import TicketStatus
from ...models.tickets_store_request import TicketsStoreRequest
from ...models.tickets_update_request import TicketsUpdateRequest
from ...types import UNSET, Unset
from . import v1_tickets_delete, v1_tickets_index, v1_tickets_show, v1_tickets_store, v1_tickets_update

if TYPE_CHECKING:
    from ...._operations import Operations


class TicketsApi:
    """``tickets`` operations. Obtain it as ``Billmora().tickets``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: TicketStatus
        | Literal["open", "answered", "replied", "closed", "on_hold", "in_progress"]
        | Unset = UNSET,
        user_id: int | Unset = UNSET,
        priority: TicketPriority | Literal["low", "normal", "medium", "high"] | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResourcePage:
        """Display a paginated listing of tickets.

        ``GET /v1/tickets``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_tickets_index",
            v1_tickets_index._get_kwargs(
                per_page=at_least_one("tickets.index()", "per_page", per_page),
                page=at_least_one("tickets.index()", "page", page),
                status=status if isinstance(status, Unset) else TicketStatus(status),
                user_id=user_id,
                priority=priority if isinstance(priority, Unset) else TicketPriority(priority),
                search=search,
            ),
            v1_tickets_index._parse_response,
            TicketResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: TicketStatus
        | Literal["open", "answered", "replied", "closed", "on_hold", "in_progress"]
        | Unset = UNSET,
        user_id: int | Unset = UNSET,
        priority: TicketPriority | Literal["low", "normal", "medium", "high"] | Unset = UNSET,
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

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: TicketsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource: ...

    @overload
    async def store(
        self,
        *,
        user_id: int,
        subject: str,
        department: str,
        priority: Literal[TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.HIGH, "low", "medium", "high"],
        message: str,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource: ...

    async def store(
        self,
        *,
        body: TicketsStoreRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        subject: str | Unset = UNSET,
        department: str | Unset = UNSET,
        priority: Literal[TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.HIGH, "low", "medium", "high"]
        | Unset = UNSET,
        message: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource:
        """Store a newly created ticket.

        ``POST /v1/tickets``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (user_id, subject, department, priority, message)):
                raise TypeError(
                    "tickets.store() takes body= or the fields of TicketsStoreRequest as keywords, not both"
                )
        elif (
            isinstance(user_id, Unset)
            or isinstance(subject, Unset)
            or isinstance(department, Unset)
            or isinstance(priority, Unset)
            or isinstance(message, Unset)
        ):
            raise TypeError("tickets.store() needs body= or user_id=, subject=, department=, priority=, message=")
        else:
            body = TicketsStoreRequest(
                user_id=user_id,
                subject=subject,
                department=department,
                priority=TicketPriority(priority),
                message=message,
            )
        result = await self._operations.call(
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
        result = await self._operations.call(
            "v1_tickets_show",
            v1_tickets_show._get_kwargs(
                ticket=path_id("tickets.show()", "ticket", ticket),
            ),
            v1_tickets_show._parse_response,
            TicketResourceEnvelope,
            timeout=timeout,
            echo=("data.id", ticket),
        )
        return result.data

    @overload
    async def update(
        self,
        ticket: int,
        *,
        body: TicketsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource: ...

    @overload
    async def update(
        self,
        ticket: int,
        *,
        status: Literal[TicketStatus.OPEN, TicketStatus.ANSWERED, TicketStatus.CLOSED, "open", "answered", "closed"]
        | Unset = UNSET,
        priority: Literal[TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.HIGH, "low", "medium", "high"]
        | Unset = UNSET,
        department: str | Unset = UNSET,
        assigned_to: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource: ...

    async def update(
        self,
        ticket: int,
        *,
        body: TicketsUpdateRequest | Unset = UNSET,
        status: Literal[TicketStatus.OPEN, TicketStatus.ANSWERED, TicketStatus.CLOSED, "open", "answered", "closed"]
        | Unset = UNSET,
        priority: Literal[TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.HIGH, "low", "medium", "high"]
        | Unset = UNSET,
        department: str | Unset = UNSET,
        assigned_to: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> TicketResource:
        """Update the specified ticket.

        ``PUT /v1/tickets/{ticket}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (status, priority, department, assigned_to)):
                raise TypeError(
                    "tickets.update() takes body= or the fields of TicketsUpdateRequest as keywords, not both"
                )
        elif all(isinstance(value, Unset) for value in (status, priority, department, assigned_to)):
            pass
        else:
            body = TicketsUpdateRequest(
                status=status if isinstance(status, Unset) else TicketStatus(status),
                priority=priority if isinstance(priority, Unset) else TicketPriority(priority),
                department=department,
                assigned_to=assigned_to,
            )
        result = await self._operations.call(
            "v1_tickets_update",
            v1_tickets_update._get_kwargs(
                ticket=path_id("tickets.update()", "ticket", ticket),
                body=body,
            ),
            v1_tickets_update._parse_response,
            TicketResourceEnvelope,
            timeout=timeout,
            echo=("data.id", ticket),
        )
        return result.data

    async def delete(
        self,
        ticket: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified ticket.

        ``DELETE /v1/tickets/{ticket}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_tickets_delete",
            v1_tickets_delete._get_kwargs(
                ticket=path_id("tickets.delete()", "ticket", ticket),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["TicketsApi"]
