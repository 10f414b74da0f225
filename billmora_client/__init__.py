"""Async-first, typed Python SDK for the Billmora REST API.

from billmora_client import Billmora

async with Billmora() as bm:  # BILLMORA_BASE_URL, BILLMORA_API_TOKEN
    user = await bm.users.show(42)
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from ._ratelimit import Limiter, RateLimiter, RateLimitState
from ._raw import RawResponse
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


def __getattr__(name: str) -> object:
    """``RedisRateLimiter`` and ``budget_key`` are imported on first use: most services never share a budget."""
    if name in ("RedisRateLimiter", "budget_key"):
        from . import _ratelimit_redis

        return getattr(_ratelimit_redis, name)
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
    "RateLimitError",
    "RateLimitState",
    "RateLimiter",
    "RawResponse",
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
