"""What is known of one request's fate, kept in its ``billmora_delivery`` extension by the transport.

Whether it may have reached the server (exact when httpcore reports its phases), how many sends it took and how
long it waited for a concurrency slot and for rate-limit budget: the call reads it for ``may_have_succeeded``,
raw answers and traces.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["DELIVERY_EXTENSION", "Delivery", "delivery_of", "trace_delivery"]

DELIVERY_EXTENSION = "billmora_delivery"


@dataclass(slots=True)
class Delivery:
    """What is known of one request's fate: ``may_have_reached`` once any send of it may have reached the server."""

    may_have_reached: bool = False
    attempts: int = 0
    watched: bool = False  # a trace hook listens for the request's headers going out
    traced: bool = False  # httpcore reported its phases, so ``may_have_reached`` is exact
    slot_wait: float = 0.0  # seconds waited for a concurrency slot, over every send
    budget_wait: float = 0.0  # seconds waited for rate-limit budget, over every send


def delivery_of(request: httpx.Request) -> Delivery:
    """The request's record; for one the transport never saw, a record that assumes the worst."""
    delivery = request.extensions.get(DELIVERY_EXTENSION)
    return delivery if isinstance(delivery, Delivery) else Delivery(may_have_reached=True)


def trace_delivery(request: httpx.Request, delivery: Delivery) -> None:
    """Learn from httpcore's trace events whether the request's headers started out (chaining a user's trace)."""
    if delivery.watched:
        return
    delivery.watched = True
    user_trace = request.extensions.get("trace")

    async def trace(name: str, info: dict[str, Any]) -> None:
        delivery.traced = True
        if name.endswith("send_request_headers.started") and not _to_proxy(info):
            delivery.may_have_reached = True
        if user_trace is not None:
            outcome = user_trace(name, info)
            if inspect.isawaitable(outcome):
                await outcome

    request.extensions["trace"] = trace


def _to_proxy(info: dict[str, Any]) -> bool:
    """Whether the headers going out are a proxy's CONNECT (asking for a tunnel), not the request's own."""
    return getattr(info.get("request"), "method", None) == b"CONNECT"
