"""The ``domains`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, overload

import httpx

from ...._raw import RawResponse, RawResponses
from ...models.domains_check_request import DomainsCheckRequest
from ...models.domains_check_response_200 import DomainsCheckResponse200
from ...types import UNSET, Unset
from . import domains_check

if TYPE_CHECKING:
    from ...._operations import Operations


class DomainsApi:
    """``domains`` operations. Obtain it as ``Billmora().domains``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    @property
    def with_raw_response(self) -> DomainsApiWithRawResponse:
        """The same methods, each returning a ``RawResponse``: the answer's status, headers, elapsed time and
        attempts beside the model (``.parsed``). Errors are the same."""
        return cast("DomainsApiWithRawResponse", RawResponses(self))

    @overload
    async def check(
        self,
        *,
        body: DomainsCheckRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DomainsCheckResponse200: ...

    @overload
    async def check(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DomainsCheckResponse200: ...

    async def check(
        self,
        *,
        body: DomainsCheckRequest | Unset = UNSET,
        domain: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DomainsCheckResponse200:
        """Check domain availability.

        ``POST /domains/check``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (domain,)):
                raise TypeError(
                    "domains.check() takes body= or the fields of DomainsCheckRequest as keywords, not both"
                )
        elif isinstance(domain, Unset):
            raise TypeError("domains.check() needs body= or domain=")
        else:
            body = DomainsCheckRequest(
                domain=domain,
            )
        result = await self._operations.call(
            "domains_check",
            domains_check._get_kwargs(
                body=body,
            ),
            domains_check._parse_response,
            DomainsCheckResponse200,
            timeout=timeout,
            max_retries=max_retries,
            route=("domains.check", "/domains/check"),
        )
        return result


class DomainsApiWithRawResponse(Protocol):
    """``Billmora().domains.with_raw_response``: each method of ``DomainsApi``, returning a ``RawResponse``."""

    @overload
    async def check(
        self,
        *,
        body: DomainsCheckRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[DomainsCheckResponse200]: ...

    @overload
    async def check(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[DomainsCheckResponse200]: ...

    async def check(
        self,
        *,
        body: DomainsCheckRequest | Unset = UNSET,
        domain: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[DomainsCheckResponse200]: ...


__all__ = ["DomainsApi", "DomainsApiWithRawResponse"]
