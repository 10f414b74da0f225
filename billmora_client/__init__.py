"""Async-first, typed Python SDK for the Billmora REST API.

from billmora_client import Billmora

async with Billmora() as bm:  # BILLMORA_BASE_URL, BILLMORA_API_TOKEN
    user = await bm.users.show(3)
"""

from typing import TYPE_CHECKING

from ._mounts import PoolLimitWarning
from ._ratelimit import Limiter, RateLimiter, RateLimitState
from ._retry import RetryEvent
from ._unset import UNSET, Unset, is_set
from .client import Billmora, InsecureTransportWarning
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BillmoraError,
    ClientClosedError,
    ConfigurationError,
    EventLoopError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .pagination import Page, Paginator

if TYPE_CHECKING:
    from ._ratelimit_redis import RedisRateLimiter, budget_key

    __version__: str


def __getattr__(name: str) -> object:
    """``RedisRateLimiter`` and ``budget_key`` are imported on first use: most services never share a budget;
    ``__version__`` is the installed package's (pyproject.toml's ``version``, the one place it is written)."""
    if name in ("RedisRateLimiter", "budget_key"):
        from . import _ratelimit_redis

        return getattr(_ratelimit_redis, name)
    if name == "__version__":
        from ._version import package_version

        return package_version()
    raise AttributeError(f"module 'billmora_client' has no attribute {name!r}")


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "Billmora",
    "BillmoraError",
    "ClientClosedError",
    "ConfigurationError",
    "EventLoopError",
    "InsecureTransportWarning",
    "Limiter",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "PoolLimitWarning",
    "RateLimitError",
    "RateLimitState",
    "RateLimiter",
    "RedisRateLimiter",
    "RetryEvent",
    "ServerError",
    "UnexpectedResponseError",
    "Unset",
    "ValidationError",
    "__version__",
    "budget_key",
    "is_set",
]
