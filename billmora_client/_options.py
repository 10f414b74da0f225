"""``Options``: what may differ per client and per call, declared once for the client, the transport and every call.

``Billmora(...)`` builds one from its keyword arguments; ``bm.with_options(...)`` and a call's ``timeout=`` or
``max_retries=`` make another with some fields changed. A call whose options are not its transport's carries
them in the request's ``billmora_options`` extension, which the transport reads in place of its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypedDict

import httpx

from .errors import ConfigurationError

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "OPTIONS_EXTENSION",
    "OptionChanges",
    "Options",
    "as_timeout",
]

DEFAULT_TIMEOUT = 90.0  # the whole call: budget waits (max_rate_limit_wait, 60 s) plus a 30 s answer
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
OPTIONS_EXTENSION = "billmora_options"


@dataclass(frozen=True, slots=True)
class Options:
    """A call's deadline (``timeout``, seconds or an ``httpx.Timeout``; None for none), how often a safe failure
    is sent again (``max_retries``), how long it may wait for rate-limit budget (``max_rate_limit_wait``) and the
    largest answer it reads (``max_response_bytes``, None: unbounded). Refuses a value out of range."""

    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT
    max_retries: int = 2
    max_rate_limit_wait: float = 60.0
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    # ``timeout`` as httpx's per-phase timeouts, which requests carry (the transport reads the deadline there)
    http_timeout: httpx.Timeout = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "http_timeout", as_timeout(self.timeout))
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, not {self.max_retries!r}")
        if not self.max_rate_limit_wait >= 0:
            raise ConfigurationError(f"max_rate_limit_wait must not be negative, not {self.max_rate_limit_wait!r}")
        if self.max_response_bytes is not None and self.max_response_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be >= 1 or None, not {self.max_response_bytes}")

    def replace(self, **changes: Any) -> Options:
        """These options with ``changes`` (``timeout``, ``max_retries``, ...); an unknown name is a ``TypeError``."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self) if f.init})
        if unknown:
            raise TypeError(f"no such option: {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)


class OptionChanges(TypedDict, total=False):
    """The options ``Billmora.with_options`` may change, each as ``Billmora(...)`` takes it."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    max_rate_limit_wait: float
    max_response_bytes: int | None


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """httpx's per-phase timeouts for a deadline of ``timeout`` seconds (connect at most 10 s, read and write 30 s).

    An ``httpx.Timeout`` is kept as given: its largest value is the deadline. None: no deadline.
    """
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0 or timeout != timeout:
        raise ConfigurationError(f"timeout must be a positive number of seconds or None, not {timeout}")
    return httpx.Timeout(min(timeout, 30.0), connect=min(timeout, 10.0), pool=timeout)
