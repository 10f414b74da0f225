"""The ``callback`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

import httpx

from ...._operations import path_id
from ...._raw import RawResponse, RawResponses
from . import gateways_webhook

if TYPE_CHECKING:
    from ...._operations import Operations


class CallbackApi:
    """``callback`` operations. Obtain it as ``Billmora().callback``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    @property
    def with_raw_response(self) -> CallbackApiWithRawResponse:
        """The same methods, each returning a ``RawResponse``: the answer's status, headers, elapsed time and
        attempts beside the model (``.parsed``). Errors are the same."""
        return cast("CallbackApiWithRawResponse", RawResponses(self))

    async def gateways_webhook(
        self,
        plugin: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> object:
        """Handle incoming strictly API webhook callback.

        ``POST /gateways/{plugin}/webhook``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "gateways_webhook",
            gateways_webhook._get_kwargs(
                plugin=path_id("callback.gateways_webhook()", "plugin", plugin),
            ),
            gateways_webhook._parse_response,
            object,
            timeout=timeout,
            max_retries=max_retries,
            route=("callback.gateways_webhook", "/gateways/{plugin}/webhook"),
        )
        return result


class CallbackApiWithRawResponse(Protocol):
    """``Billmora().callback.with_raw_response``: each method of ``CallbackApi``, returning a ``RawResponse``."""

    async def gateways_webhook(
        self,
        plugin: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[object]: ...


__all__ = ["CallbackApi", "CallbackApiWithRawResponse"]
