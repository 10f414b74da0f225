"""The README's picture of a trace: a burst against the sandbox, drawn from the spans the SDK exported.

    python bench/trace_timeline.py [--calls N] [--out docs/trace-burst.svg]

A burst of ``users.show`` calls, three times the token's budget of one window, goes to the sandbox on loopback
through a client of five slots that learns the limit from the first answer's headers. Each operation span is
one row: the seconds it waited for a concurrency slot, then for rate-limit budget (both span attributes),
then the rest of the call; a row with resends is marked. Needs the ``otel`` extra and opentelemetry-sdk.
"""

from __future__ import annotations

import argparse
import asyncio
from html import escape
from pathlib import Path
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from billmora_client import Billmora
from billmora_client.testing import Token, create_app, serve

LIMIT, WINDOW = 10, 2.0
ROW, LEFT, WIDTH, TOP = 14, 150, 720, 40
COLOURS = {"slot": "#9e9e9e", "budget": "#f0a030", "call": "#3a78c2"}


async def burst(calls: int) -> list[ReadableSpan]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    app = create_app(tokens=[Token("burst", rate_limit=LIMIT)], window=WINDOW)
    async with serve(app) as base_url:
        token = app.state.sandbox.tokens[1].plain_text
        async with Billmora(base_url, token, rate_window=WINDOW, max_concurrency=5) as bm:
            await asyncio.gather(*(bm.users.show(1 + i % 5) for i in range(calls)))
    return sorted(exporter.get_finished_spans(), key=lambda span: span.start_time or 0)


def svg(spans: list[ReadableSpan]) -> str:
    """One row per span on a shared time axis, in seconds from the first span's start."""
    origin = min(span.start_time or 0 for span in spans)
    end = max(span.end_time or 0 for span in spans)
    scale = WIDTH / max(end - origin, 1)
    height = TOP + ROW * len(spans) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{LEFT + WIDTH + 20}" height="{height}" '
        'font-family="sans-serif" font-size="10">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="10" y="16" font-size="12">{len(spans)} calls of users.show, a budget of {LIMIT} requests per '
        f"{WINDOW:g} s: one span each</text>",
    ]
    for i, span in enumerate(spans):
        attributes: dict[str, Any] = dict(span.attributes or {})
        y = TOP + i * ROW
        x = LEFT + ((span.start_time or 0) - origin) * scale
        total = ((span.end_time or 0) - (span.start_time or 0)) * scale
        slot = min(float(attributes.get("billmora.slot_wait_s", 0.0)) * 1e9 * scale, total)
        budget = min(float(attributes.get("billmora.budget_wait_s", 0.0)) * 1e9 * scale, total - slot)
        resends = int(attributes.get("http.request.resend_count", 0))
        label = f"{span.name} #{i + 1}" + (f" ({resends} resend)" if resends else "")
        parts.append(f'<text x="10" y="{y + 10}">{escape(label)}</text>')
        for kind, start, width in (("slot", 0.0, slot), ("budget", slot, budget), ("call", slot + budget, None)):
            length = total - start if width is None else width
            if length > 0:
                parts.append(
                    f'<rect x="{x + start:.1f}" y="{y + 2}" width="{max(length, 1):.1f}" height="{ROW - 4}" '
                    f'fill="{COLOURS[kind]}"/>'
                )
    seconds = (end - origin) / 1e9
    for tick in range(int(seconds) + 1):
        x = LEFT + tick * 1e9 * scale
        parts.append(f'<text x="{x:.1f}" y="{height - 24}" text-anchor="middle">{tick} s</text>')
    legend = (("slot", "waiting for a slot"), ("budget", "waiting for budget"), ("call", "sending and reading"))
    for n, (kind, text) in enumerate(legend):
        parts.append(f'<rect x="{LEFT + n * 170}" y="{height - 14}" width="10" height="10" fill="{COLOURS[kind]}"/>')
        parts.append(f'<text x="{LEFT + n * 170 + 14}" y="{height - 5}">{text}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=3 * LIMIT)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "trace-burst.svg")
    args = parser.parse_args()
    spans = asyncio.run(burst(args.calls))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(svg(spans))
    print(f"{len(spans)} spans drawn into {args.out}")


if __name__ == "__main__":
    main()
