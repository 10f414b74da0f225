"""Without the ``otel`` extra nothing of OpenTelemetry is imported, and asking for the traces module names the extra;
with it, a provider configured after the first call is seen within a second (each in a process of its own)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    if sys.argv[1] == "absent":
        sys.modules["opentelemetry"] = None  # as in an environment without the extra
    import httpx
    from billmora_client import Billmora
    assert "opentelemetry" not in sys.modules or sys.modules["opentelemetry"] is None  # not at import

    def answer(request):
        return httpx.Response(204, headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"})

    async def main():
        async with Billmora("http://127.0.0.1", "1|abcdefgh", transport=httpx.MockTransport(answer)) as bm:
            await bm.users.delete(1)
            loaded = sorted(m for m, v in sys.modules.items() if m.startswith("opent") and v)[:1]
            print(bm._operations.telemetry is not None, loaded)

    asyncio.run(main())
    if sys.argv[1] == "absent":
        try:
            import billmora_client._otel
        except ImportError as exc:
            print(exc)
    """
)


def run(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_without_the_extra_nothing_is_imported_and_the_module_names_the_extra() -> None:
    assert run("absent") == ["False []", "traces need the otel extra: pip install 'billmora-client[otel]'"]


def test_with_the_extra_it_is_loaded_by_the_first_client() -> None:
    assert run("installed") == ["True ['opentelemetry']"]


LATE = textwrap.dedent(
    """
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from billmora_client._otel import Telemetry

    now = [0.0]
    telemetry = Telemetry(redis=False, clock=lambda: now[0])
    before = telemetry.active()
    trace.set_tracer_provider(TracerProvider())
    now[0] = 0.9
    within = telemetry.active()
    now[0] = 1.0
    print(before, within, telemetry.active())
    """
)


def test_a_provider_configured_late_is_seen_within_a_second() -> None:
    pytest.importorskip("opentelemetry.sdk")
    done = subprocess.run([sys.executable, "-c", LATE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True"]
