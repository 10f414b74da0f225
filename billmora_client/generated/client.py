"""The low-level clients every generated operation takes (async only).

Differences from the stock generator output, each one a bug for Billmora users otherwise:
``Accept: application/json`` is always sent (Laravel answers a guest without it with a 302 to its login
page); a finite default timeout; the token is kept out of ``repr``; and a client installed with
``set_async_httpx_client`` still carries the Authorization header.
"""

import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_HEADERS = {"Accept": "application/json"}


@define
class Client:
    """Connection settings for operations that need no token.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for a status the document does not list.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _all_headers(self) -> dict[str, str]:
        return {**DEFAULT_HEADERS, **self._headers}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        return evolve(self, timeout=timeout)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for every request; this client's headers are added to it."""
        async_client.headers.update(self._all_headers())
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient(Client):
    """Connection settings plus a Billmora API token (``<id>|<secret>``), sent as a Bearer header.

    The token is never part of ``repr()``.
    """

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _all_headers(self) -> dict[str, str]:
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**super()._all_headers(), self.auth_header_name: credential}
