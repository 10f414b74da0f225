"""``BILLMORA_LOG=info|debug`` turns the SDK's log on, to stderr, with the token redacted (in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SECRET = "log-switch-secret-value-0123456789"
SCRIPT = textwrap.dedent(
    f"""
    import asyncio, httpx
    from billmora_client import Billmora

    answers = iter([503, 200])

    def answer(request):
        headers = {{"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "not-a-number"}}
        return httpx.Response(next(answers), headers=headers, json={{"data": {{}}}})

    def on_retry(event):
        raise ValueError("the callback saw {SECRET}")

    async def main():
        async with Billmora("http://127.0.0.1", "3|{SECRET}", transport=httpx.MockTransport(answer),
                            on_retry=on_retry) as bm:
            await bm.raw.get_async_httpx_client().get("/v1/users/1")

    asyncio.run(main())
    """
)


def run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "BILLMORA_LOG"}
    if level is not None:
        env["BILLMORA_LOG"] = level
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.parametrize("level", ["info", "DEBUG"])
def test_the_switch_logs_retries_to_stderr_without_the_token(level: str) -> None:
    err = run(level)
    assert "GET /api/v1/users/1: status 503; sending again in" in err
    assert "INFO" in err and "billmora_client" in err
    assert "the on_retry callback failed" in err and "[REDACTED]" in err
    assert SECRET not in err
    assert ("ignoring the X-RateLimit-Remaining header" in err) is (level == "DEBUG")


def test_without_the_switch_only_errors_reach_stderr() -> None:
    err = run(None)  # Python's last-resort handler: warnings and errors only, and still redacted
    assert "sending again" not in err and "ignoring" not in err
    assert "the on_retry callback failed" in err and SECRET not in err
