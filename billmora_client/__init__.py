"""Async-first, typed Python SDK for the Billmora REST API.

from billmora_client import Billmora

async with Billmora() as bm:  # BILLMORA_BASE_URL, BILLMORA_API_TOKEN
    user = await bm.users.show(42)
"""

__version__ = "0.1.0"

from ._ratelimit import RateLimitState
from ._retry import RetryEvent
from .client import Billmora, InsecureTransportWarning
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BillmoraError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .models import UNSET, Unset, is_set
from .pagination import Page, Paginator

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "Billmora",
    "BillmoraError",
    "ConfigurationError",
    "InsecureTransportWarning",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitState",
    "RetryEvent",
    "ServerError",
    "UnexpectedResponseError",
    "Unset",
    "ValidationError",
    "__version__",
    "is_set",
]
