"""Traces and metrics through OpenTelemetry (the ``otel`` extra: ``pip install 'billmora-client[otel]'``).

One span per operation, named after it (``users.show``), current while the call runs, so httpx's own
instrumentation nests its attempts under it. Its attributes follow OpenTelemetry's HTTP client conventions
(``http.request.method``, ``url.template``, ``server.address``, ``server.port``, ``http.response.status_code``,
``http.request.resend_count``, ``error.type``) plus the SDK's own: the seconds waited for a concurrency slot and
for rate-limit budget, the budget remaining after the answer, whether Redis shares the budget, and on failure
whether the call may have succeeded. Never the token, a query value or a body. Metrics: a histogram of budget
waits (``billmora.client.budget_wait``) and a gauge of the budget remaining (``billmora.client.budget_remaining``).
While no tracer or meter provider is configured, nothing is done: the global providers are looked at again
at most once a second (a look costs about 2 µs), and once one is configured it stays so.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

try:
    from opentelemetry import metrics, trace
    from opentelemetry.trace import SpanKind, Status, StatusCode
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("traces need the otel extra: pip install 'billmora-client[otel]'") from exc

from . import __version__
from ._delivery import delivery_of
from ._raw import CAPTURE, Capture
from ._retry import int_header

__all__ = ["Telemetry"]

T = TypeVar("T")
SCOPE = "billmora_client"
RECHECK = 1.0  # seconds between looks at the global providers while none is configured


class Telemetry:
    """Traces and measures the operations of one client (and of those ``with_options`` derives from it)."""

    def __init__(self, *, redis: bool, clock: Callable[[], float] = time.monotonic) -> None:
        self._redis = redis
        self._clock = clock
        self._configured = False
        self._next_look = -float("inf")  # on ``clock``
        self._tracer = trace.get_tracer(SCOPE, __version__)
        meter = metrics.get_meter(SCOPE, __version__)
        self._budget_wait = meter.create_histogram(
            "billmora.client.budget_wait", unit="s", description="Seconds a call waited for rate-limit budget"
        )
        self._remaining = meter.create_gauge(
            "billmora.client.budget_remaining",
            unit="{request}",
            description="Requests the token may still send in its window, as Billmora's last answer said",
        )

    def active(self) -> bool:
        """Whether a tracer or a meter provider is configured (else nothing is recorded)."""
        if self._configured:
            return True
        now = self._clock()
        if now < self._next_look:
            return False
        self._next_look = now + RECHECK
        self._configured = providers_configured()
        return self._configured

    async def traced(self, route: tuple[str, str], base_path: str, sent: httpx.Request, work: Awaitable[T]) -> T:
        """Await ``work``, the call of operation ``route`` (its name and path template) sending ``sent``, in a span."""
        name, template = route
        url = sent.url
        attributes: dict[str, str | int | bool] = {
            "http.request.method": sent.method,
            "url.template": base_path + template,
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
            "billmora.redis": self._redis,
        }
        capture, token = CAPTURE.get(), None
        if capture is None:  # else a raw answer's capture serves both
            capture = Capture()
            token = CAPTURE.set(capture)
        with self._tracer.start_as_current_span(
            name, kind=SpanKind.CLIENT, attributes=attributes, record_exception=False, set_status_on_exception=False
        ) as span:
            try:
                result = await work
            except BaseException as error:
                self._end(span, name, sent, capture, error)
                raise
            finally:
                if token is not None:
                    CAPTURE.reset(token)
            self._end(span, name, sent, capture, None)
            return result

    def _end(
        self, span: trace.Span, name: str, sent: httpx.Request, capture: Capture, error: BaseException | None
    ) -> None:
        delivery = delivery_of(sent)
        response = capture.response
        if delivery.attempts > 1:
            span.set_attribute("http.request.resend_count", delivery.attempts - 1)
        span.set_attribute("billmora.slot_wait_s", delivery.slot_wait)
        span.set_attribute("billmora.budget_wait_s", delivery.budget_wait)
        self._budget_wait.record(delivery.budget_wait, {"billmora.operation": name})
        if response is not None:
            span.set_attribute("http.response.status_code", response.status_code)
            remaining = int_header(response.headers, "X-RateLimit-Remaining")
            if remaining is not None:
                span.set_attribute("billmora.budget_remaining", remaining)
                self._remaining.set(remaining, {"server.address": sent.url.host})
        if error is None:
            return
        if response is not None and response.status_code >= 400:
            span.set_attribute("error.type", str(response.status_code))
        else:
            span.set_attribute("error.type", type(error).__qualname__)
        maybe = getattr(error, "may_have_succeeded", None)
        if isinstance(maybe, bool):
            span.set_attribute("billmora.may_have_succeeded", maybe)
        span.set_status(Status(StatusCode.ERROR))


def providers_configured() -> bool:
    """Whether a tracer or a meter provider other than OpenTelemetry's default (a proxy to nothing) is set."""
    if not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return True
    meters = metrics.get_meter_provider()
    return not isinstance(meters, metrics.NoOpMeterProvider) and type(meters).__name__ != "_ProxyMeterProvider"
