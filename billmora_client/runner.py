"""Sends a generated operation's request and turns the answer into its model or a ``BillmoraError``."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from ._retry import NEVER_SENT_ERRORS
from ._shape import explain
from .errors import (
    APIConnectionError,
    APITimeoutError,
    UnexpectedResponseError,
    error_for_response,
)
from .generated.client import AuthenticatedClient
from .pagination import PageLike, Paginator

T = TypeVar("T")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Exceptions generated parsing code raises on a body that does not fit the document.
PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class Runner:
    """Executes operations for the typed namespaces with one configured ``AuthenticatedClient``."""

    def __init__(self, client: AuthenticatedClient, *, page_concurrency: int) -> None:
        self.client = client
        self.page_concurrency = page_concurrency

    async def call(
        self,
        operation: str,
        request: dict[str, Any],
        parse: Callable[..., object],
        expect: type[T],
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> T:
        """Send ``request`` (a generated ``_get_kwargs`` result); return the parsed ``expect`` model or raise."""
        method = str(request["method"]).upper()
        unsafe = method not in SAFE_METHODS
        if timeout is not None:
            request = {**request, "timeout": timeout}
        try:
            response = await self.client.get_async_httpx_client().request(**request)
        except httpx.TransportError as exc:
            maybe = unsafe and not isinstance(exc, NEVER_SENT_ERRORS)
            error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            raise error(_describe(operation, method, exc, maybe), may_have_succeeded=maybe) from exc
        if not 200 <= response.status_code < 300:
            raise error_for_response(response, may_have_succeeded=unsafe)
        try:
            parsed = parse(client=self.client, response=response)
        except json.JSONDecodeError:  # also covers an empty body
            raise UnexpectedResponseError(
                f"{operation}: the answer is not valid JSON", response, may_have_succeeded=unsafe
            ) from None
        except PARSE_FAILURES as exc:
            raise UnexpectedResponseError(
                f"{operation}: the answer does not fit the document {explain(expect, response.content, exc)}",
                response,
                may_have_succeeded=unsafe,
            ) from exc
        if expect is not object and not isinstance(parsed, expect):
            raise UnexpectedResponseError(
                f"{operation}: the answer is not a {expect.__name__}", response, may_have_succeeded=unsafe
            )
        return parsed  # type: ignore[return-value]  # narrowed by the isinstance check above

    def paginate(
        self,
        fetch: Callable[[int], Awaitable[PageLike[T]]],
        *,
        max_items: int | None = None,
        concurrency: int | None = None,
    ) -> Paginator[T]:
        """A ``Paginator`` over ``fetch(page)``."""
        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self.page_concurrency)


def _describe(operation: str, method: str, exc: Exception, may_have_succeeded: bool) -> str:
    text = f"{operation}: {method} failed with {type(exc).__name__}"
    detail = str(exc)
    if detail:
        text += f": {detail}"
    if may_have_succeeded:
        text += " after the request was sent; it may have been carried out, check before sending it again"
    return text
