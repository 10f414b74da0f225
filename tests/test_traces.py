"""Traces and metrics (the ``otel`` extra) through the OpenTelemetry SDK's in-memory exporter and reader, against
the sandbox over loopback: one span per operation, its waits, its retries and its failure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from billmora_client import APIConnectionError, Billmora, ServerError
from billmora_client.testing import Fault, create_app, serve

from .redis_server import RedisServer, redis_server

EXPORTER = InMemorySpanExporter()
READER = InMemoryMetricReader()


@pytest.fixture(scope="module", autouse=True)
def providers() -> None:
    """The process's providers are set once (OpenTelemetry refuses a second); each test clears the exporter."""
    if isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(EXPORTER))
        trace.set_tracer_provider(provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[READER]))


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    yield from redis_server()


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    EXPORTER.clear()
    yield EXPORTER


def ours(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [
        s
        for s in exporter.get_finished_spans()
        if s.instrumentation_scope and s.instrumentation_scope.name == "billmora_client"
    ]


def attributes_of(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def metric_points() -> dict[str, list[Any]]:
    """Each metric's data points, read once (older SDKs hand a gauge's last value to one collection only)."""
    data = READER.get_metrics_data()
    assert data is not None
    found: dict[str, list[Any]] = {}
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found.setdefault(metric.name, []).extend(metric.data.data_points)
    return found


async def test_a_429_then_success_is_one_span_with_one_resend_and_the_wait(spans: InMemorySpanExporter) -> None:
    app = create_app()
    sandbox = app.state.sandbox
    token = sandbox.tokens[1].plain_text
    async with serve(app) as base_url, Billmora(base_url, token) as bm:
        sandbox.inject(Fault.http_status(429, headers={"Retry-After": "1"}), "v1.users.show", times=1)
        user = await bm.users.show(1)
    (span,) = ours(spans)
    assert span.name == "users.show" and span.kind is SpanKind.CLIENT
    attributes = attributes_of(span)
    host = httpx.URL(base_url).host
    assert attributes["http.request.method"] == "GET"
    assert attributes["url.template"] == "/api/v1/users/{user}"
    assert attributes["server.address"] == host and attributes["server.port"] == httpx.URL(base_url).port
    assert attributes["http.response.status_code"] == 200
    assert attributes["http.request.resend_count"] == 1
    assert 0.5 <= attributes["billmora.budget_wait_s"] <= 5  # the 429's Retry-After, held for the budget
    assert attributes["billmora.slot_wait_s"] >= 0
    assert attributes["billmora.budget_remaining"] == bm.rate_limit.remaining
    assert attributes["billmora.redis"] is False
    assert "error.type" not in attributes and span.status.status_code is not StatusCode.ERROR
    assert user.id == 1
    points = metric_points()
    waits = points["billmora.client.budget_wait"]
    assert any(p.attributes == {"billmora.operation": "users.show"} and p.max >= 0.5 for p in waits)
    (remaining,) = [p for p in points["billmora.client.budget_remaining"] if p.attributes["server.address"] == host]
    assert remaining.value == bm.rate_limit.remaining


async def test_a_failure_is_typed_and_says_whether_it_may_have_succeeded(spans: InMemorySpanExporter) -> None:
    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text) as bm:
        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        with pytest.raises(ServerError):  # not retried: one span, no resend
            await bm.users.show(1, max_retries=0)
        sandbox.inject(Fault.drop_after(), "v1.users.store", times=1)
        with pytest.raises(APIConnectionError):  # a POST is not sent again once it may have arrived
            await bm.users.store(first_name="A", last_name="B", email="dropped@example.test", password="pw-12345678")
    refused, dropped = ours(spans)
    assert attributes_of(refused)["error.type"] == "503"
    assert attributes_of(refused)["billmora.may_have_succeeded"] is False
    assert "http.request.resend_count" not in attributes_of(refused)
    assert refused.status.status_code is StatusCode.ERROR
    assert dropped.name == "users.store"
    assert attributes_of(dropped)["error.type"] == "APIConnectionError"
    assert attributes_of(dropped)["billmora.may_have_succeeded"] is True


async def test_the_operation_span_is_current_while_its_requests_go_out(spans: InMemorySpanExporter) -> None:
    """What httpx's own instrumentation needs to nest its attempt spans under the operation's."""
    seen: list[trace.SpanContext] = []
    inner = httpx.AsyncHTTPTransport()

    class Watching(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(trace.get_current_span().get_span_context())
            return await inner.handle_async_request(request)

    app = create_app()
    sandbox = app.state.sandbox
    async with serve(app) as base_url, Billmora(base_url, sandbox.tokens[1].plain_text, transport=Watching()) as bm:
        sandbox.inject(Fault.http_status(503), "v1.users.show", times=1)
        raw = await bm.users.with_raw_response.show(1)  # a raw answer and a span at once
    (span,) = ours(spans)
    assert len(seen) == raw.attempts == 2 and all(context == span.get_span_context() for context in seen)
    assert attributes_of(span)["http.request.resend_count"] == 1


async def test_no_token_query_value_or_body_is_an_attribute(spans: InMemorySpanExporter) -> None:
    app = create_app()
    sandbox = app.state.sandbox
    token = sandbox.tokens[1].plain_text
    async with serve(app) as base_url, Billmora(base_url, token) as bm:
        await bm.users.index(search="needle-in-the-query")
        await bm.users.store(first_name="Body", last_name="Field", email="body@example.test", password="pw-body-1234")
    texts = [str(value) for span in ours(spans) for value in (span.attributes or {}).values()]
    assert len(ours(spans)) == 2 and texts
    assert not [t for t in texts if token.split("|")[1] in t or "needle" in t or "body@" in t or "pw-body" in t]


async def test_a_budget_shared_through_redis_says_so(spans: InMemorySpanExporter, redis: RedisServer) -> None:
    app = create_app()
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text
        async with Billmora(base_url, token, rate_limit_store=redis.url) as bm:
            await bm.users.show(1)
    (span,) = ours(spans)
    assert attributes_of(span)["billmora.redis"] is True
    assert attributes_of(span)["billmora.budget_remaining"] == bm.rate_limit.remaining
