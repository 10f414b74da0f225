"""Raw answers: ``await bm.users.with_raw_response.show(1)`` gives the answer behind the model.

``RawResponses`` wraps a namespace: each of its methods runs the namespace's own (same arguments, same errors)
while a context variable asks the call to keep its answer, which comes back as a ``RawResponse`` beside the
parsed model. A call made without it pays one context-variable look-up.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["CAPTURE", "Capture", "RawResponse", "RawResponses"]

T = TypeVar("T", covariant=True)


@dataclass(slots=True)
class Capture:
    """Where a call asked for its raw answer leaves it: the answer and how many sends it took."""

    response: httpx.Response | None = None
    attempts: int = 0


CAPTURE: ContextVar[Capture | None] = ContextVar("billmora_raw_capture", default=None)


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """An answer and its model: ``status_code``, ``headers`` (``X-RateLimit-Remaining``, ``Date``, ...),
    ``elapsed`` (the whole call: waits and retries included), ``attempts`` (sends, 1 without a retry) and
    ``parsed`` (also ``parse()``), what the method returns without ``with_raw_response``."""

    http_response: httpx.Response
    parsed: T
    attempts: int

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def elapsed(self) -> dt.timedelta:
        return self.http_response.elapsed

    def parse(self) -> T:
        """The model the method returns (``None`` for a deletion)."""
        return self.parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] after {self.attempts} attempt(s)>"


class RawResponses:
    """A namespace's methods, each returning a ``RawResponse`` around what the method returns."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        method = getattr(self._namespace, name)
        if name.startswith("_") or not inspect.iscoroutinefunction(method):
            raise AttributeError(f"{type(self._namespace).__name__}.{name} has no raw answer to give")

        async def raw(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            capture = Capture()
            token = CAPTURE.set(capture)
            try:
                parsed = await method(*args, **kwargs)
            finally:
                CAPTURE.reset(token)
            if capture.response is None:  # not an operation of this SDK
                raise AttributeError(f"{type(self._namespace).__name__}.{name} has no raw answer to give")
            return RawResponse(capture.response, parsed, capture.attempts)

        raw.__name__ = raw.__qualname__ = name
        raw.__doc__ = method.__doc__
        return raw
