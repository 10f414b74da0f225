"""``python -m billmora_client.testing``: latency in seconds as ``create_app(latency=)`` takes it; Ctrl-C stops it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx

from billmora_client.testing.__main__ import sandbox_from

STARTUP = 20.0  # seconds for the child to import, seed and listen on a loaded machine


def test_latency_is_in_seconds_like_create_app() -> None:
    app, port = sandbox_from(["--latency", "0.25", "--port", "0"])
    assert (app.state.sandbox.latency, port) == (0.25, 0)


def test_ctrl_c_stops_the_sandbox_without_a_traceback() -> None:
    command = [sys.executable, "-m", "billmora_client.testing", "--port", "0", "--latency", "0.3"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        base_url = child.stdout.readline().strip().removeprefix("Billmora sandbox: ")
        token = child.stdout.readline().strip().removeprefix("token: ")
        assert child.stdout.readline().strip() == "latency: 0.3 s added to every answer"
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        started = time.monotonic()
        answer = httpx.get(f"{base_url}/v1/users", headers=headers, timeout=STARTUP)
        assert answer.status_code == 200, "the sandbox serves before it is interrupted"
        assert time.monotonic() - started >= 0.3, "0.3 on the command line is 300 ms, not 0.3 ms"
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=STARTUP)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert out.strip().endswith("Billmora sandbox stopped")
