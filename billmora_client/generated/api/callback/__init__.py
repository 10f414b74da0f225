"""The ``callback`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...._operations import path_id
from . import gateways_webhook

if TYPE_CHECKING:
    from ...._operations import Operations


class CallbackApi:
    """``callback`` operations. Obtain it as ``Billmora().callback``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

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
        )
        return result


__all__ = ["CallbackApi"]
