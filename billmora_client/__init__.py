"""Async-first, typed Python SDK for the Billmora REST API.

from billmora_client import Billmora

async with Billmora() as bm:  # BILLMORA_BASE_URL, BILLMORA_API_TOKEN
    user = await bm.users.show(42)
"""

__version__ = "0.1.0"

from ._ratelimit import Limiter, RateLimiter, RateLimitState
from ._ratelimit_redis import RedisRateLimiter, budget_key
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
