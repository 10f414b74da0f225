"""``Billmora``: the client users hold. Configuration, one ``httpx.AsyncClient``, typed namespaces."""

from __future__ import annotations

import ipaddress
import os
import re
import warnings
from http.cookiejar import Cookie, CookieJar
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx

from ._logging import log_from_environment
from ._mounts import fit_to_pool, routing_of
from ._operations import Operations
from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, OptionChanges, Options
from ._ratelimit import Limiter, RateLimitState
from ._telemetry import telemetry_for
from ._token import clean_token, remember
from ._transport import BillmoraTransport, OnRetry
from ._version import user_agent
from .errors import ConfigurationError
from .generated.api import Namespaces
from .generated.client import AuthenticatedClient

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from ._ratelimit_redis import RedisRateLimiter

log_from_environment()  # BILLMORA_LOG=info|debug


class InsecureTransportWarning(UserWarning):
    """The token would travel in clear text (``http://`` to a host that is not loopback)."""


class _RefuseAll(CookieJar):
    """A cookie jar that keeps nothing: no cookie from an answer is stored, so none is ever sent back."""

    def set_cookie(self, cookie: Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """A client's cookies when none is kept: an answer's ``Set-Cookie`` is not even read (httpx would build a
    urllib request and an email message per answer to offer it to the jar), and no request is given one."""

    def __init__(self) -> None:
        super().__init__(_RefuseAll())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


_USERINFO = re.compile(r"(?<=//)[^/?#@]*@")


def normalise_base_url(url: str) -> str:
    """``https://host``, ``https://host/api`` and ``https://host/api/v1`` all give ``https://host/api``.

    A user name or password in the URL is refused (the token is the only credential sent), and never shown.
    """
    shown = _USERINFO.sub("***@", url.strip())
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base URL {shown!r} cannot be read ({_USERINFO.sub('***@', str(exc))})") from None
    if parsed.userinfo:
        raise ConfigurationError(
            f"base URL {shown!r} carries a user name or password: remove it (the API token is the only "
            "credential the client sends, as a Bearer header)"
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base URL must look like https://billing.example.com, not {shown!r}")
    path = parsed.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    if not path.endswith("/api"):
        path += "/api"
    return str(parsed.copy_with(path=path, query=None, fragment=None))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse_foreign(value: object, name: str, expected: type) -> None:
    """Refuse another library's client or transport (httpx2's, a sync ``httpx.Client``), naming what to pass."""
    if value is None or isinstance(value, expected):
        return
    kind = type(value)
    fork = kind.__module__.partition(".")[0] in ("httpx2", "httpcore2")
    why = " (billmora-client is built on httpx, not on its fork httpx2: see the README, HTTP stack)" if fork else ""
    raise ConfigurationError(
        f"{name} must be an httpx.{expected.__name__}, not {kind.__module__}.{kind.__qualname__}{why}"
    )


class Billmora(Namespaces):
    """An async Billmora API client: ``async with Billmora() as bm: await bm.users.show(3)``.

    ``base_url`` and ``token`` default to ``BILLMORA_BASE_URL`` and ``BILLMORA_API_TOKEN``. Every request
    carries the token and ``Accept: application/json``; ``timeout`` (seconds, overridable per call; None for
    none) is the deadline of the whole call. Requests go through a transport that bounds concurrency
    (``max_concurrency``), paces itself to the token's rate limit (``rate_limit`` requests per ``rate_window``
    seconds until Billmora's headers say otherwise), waits for budget at most ``max_rate_limit_wait`` seconds,
    retries failures that are safe to repeat (``max_retries``) and abandons answers longer than
    ``max_response_bytes``. Clients of one token share its budget through ``rate_limiter`` (one
    ``RateLimiter()`` passed to each client of a process, whose ``rate_limit``/``rate_window`` are then its own),
    and every process and host using the token shares it through Redis with ``rate_limit_store="redis://..."``
    (a URL or a ``redis.asyncio.Redis``; the ``redis`` extra). When Redis fails, calls go on, paced per process.
    Pass ``http_client`` (proxies, mounts, mTLS) or ``transport`` (tests) to bring your
    own; every mount and proxy, including the environment's ``HTTPS_PROXY``, keeps auth, pacing and retries.
    One client belongs to one event loop.
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_concurrency: int = 10,
        max_retries: int = 2,
        rate_limit: int = 60,
        rate_window: float = 60.0,
        max_rate_limit_wait: float = 60.0,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limiter: Limiter[Any] | None = None,
        rate_limit_store: str | Redis | None = None,
        page_concurrency: int | None = None,
        on_retry: OnRetry | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        base_url = base_url or os.environ.get("BILLMORA_BASE_URL")
        token = token or os.environ.get("BILLMORA_API_TOKEN")
        if not base_url:
            raise ConfigurationError("no base URL: pass base_url= or set BILLMORA_BASE_URL")
        try:
            token = clean_token(token or "")
        except ValueError as exc:  # names the character and its place, never the token
            raise ConfigurationError(str(exc)) from None
        if not token:
            raise ConfigurationError("no API token: pass token= or set BILLMORA_API_TOKEN")
        remember(self, token)
        self._parent: Billmora | None = None  # set on a client made by ``with_options``
        self.base_url = normalise_base_url(base_url)
        url = httpx.URL(self.base_url)
        if url.scheme == "http" and not _is_loopback(url.host):
            warnings.warn(
                f"{url.host} is reached over plain http: the API token travels in clear text",
                InsecureTransportWarning,
                stacklevel=2,
            )
        options = Options(
            timeout=timeout,
            max_retries=max_retries,
            max_rate_limit_wait=max_rate_limit_wait,
            max_response_bytes=max_response_bytes,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        _refuse_foreign(http_client, "http_client", httpx.AsyncClient)
        _refuse_foreign(transport, "transport", httpx.AsyncBaseTransport)
        self._own_limiter: RedisRateLimiter | None = None
        if rate_limit_store is not None:
            if rate_limiter is not None:
                raise ConfigurationError("pass rate_limiter or rate_limit_store, not both")
            rate_limiter = self._own_limiter = _redis_limiter(
                rate_limit_store, self.base_url, token, rate_limit, rate_window
            )
        if http_client is None:  # httpx's own, so the environment's proxy variables are honoured
            # As many kept alive as may be busy at once: a burst's connections serve the next.
            most = max(100, max_concurrency)
            pool = httpx.Limits(max_connections=most, max_keepalive_connections=max(20, max_concurrency))
            http_client = httpx.AsyncClient(limits=pool, transport=transport)
        routing = routing_of(http_client)
        max_concurrency = fit_to_pool(routing, max_concurrency)  # no request waits inside the pool
        try:
            self._transport = BillmoraTransport(
                routing,
                options,
                max_concurrency=max_concurrency,
                rate_limit=rate_limit,
                rate_window=rate_window,
                rate_limiter=rate_limiter,
                on_retry=on_retry,
            )
        except ValueError as exc:  # the transport names the setting it refuses
            raise ConfigurationError(str(exc)) from None
        http_client._transport = self._transport  # the user's settings stay; requests go through ours
        http_client._mounts = {}
        http_client._cookies = _NoCookies()  # the token is the only identity a call carries
        http_client.base_url = httpx.URL(self.base_url)
        http_client.timeout = options.http_timeout
        self._low_level = AuthenticatedClient(
            base_url=self.base_url,
            token=token,
            # Only the encodings whose decompressed size the transport bounds (httpx adds br and zstd when
            # their packages happen to be installed).
            headers={"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate", **(headers or {})},
            timeout=options.http_timeout,
        )
        self._low_level.set_async_httpx_client(http_client)
        self._operations = Operations(
            self._low_level,
            page_concurrency=page_concurrency or min(max_concurrency, 8),
            options=options,
            telemetry=telemetry_for(self._transport.rate_limiter),
        )

    def with_options(self, **changes: Unpack[OptionChanges]) -> Self:
        """A client for one job: these options with ``changes`` (``timeout``, ``max_retries``,
        ``max_rate_limit_wait``, ``max_response_bytes``), sharing this client's connections, concurrency bound,
        rate limiter and budget. Closing it closes none of them; closing this client closes them for both."""
        derived = object.__new__(type(self))
        derived._operations = self._operations.with_options(**changes)
        derived._parent = self._parent or self  # keeps the token redacted while the derived client lives
        derived.base_url = self.base_url
        derived._transport = self._transport
        derived._low_level = self._low_level
        derived._own_limiter = None
        return derived

    @property
    def raw(self) -> AuthenticatedClient:
        """The configured client for the generated ``billmora_client.generated.api`` functions."""
        return self._low_level

    @property
    def rate_limit(self) -> RateLimitState:
        """The token's budget as last learned from Billmora: limit, remaining, and when the window resets."""
        return self._transport.state

    def __repr__(self) -> str:
        return f"Billmora(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        """Close the connections (the ``async with`` block does this for you); for a client made by
        ``with_options``, only this client: what it shares stays open."""
        if self._parent is not None:
            self._operations.closed = True
            return
        try:
            await self._low_level.get_async_httpx_client().aclose()
        finally:
            await self._close_limiter()

    async def _close_limiter(self) -> None:
        if self._own_limiter is not None:
            await self._own_limiter.aclose()

    async def __aenter__(self) -> Self:
        if self._parent is None:
            await self._low_level.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        if self._parent is not None:
            self._operations.closed = True
            return
        try:
            await self._low_level.__aexit__(exc_type, exc_value, traceback)
        finally:
            await self._close_limiter()


def _redis_limiter(store: str | Redis, base_url: str, token: str, limit: int, window: float) -> RedisRateLimiter:
    from ._ratelimit_redis import RedisRateLimiter, budget_key  # only for a shared store

    try:
        return RedisRateLimiter(store, budget_key(base_url, token), limit=limit, window=window)
    except ImportError as exc:
        raise ConfigurationError(str(exc)) from None
    except ValueError as exc:  # a URL redis-py cannot read, or a refused limit
        raise ConfigurationError(f"rate_limit_store: {exc}") from None
