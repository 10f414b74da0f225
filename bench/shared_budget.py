"""Helpers of benchmark 6 (bench/run.py): processes bursting on one token, with or without a Redis store."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from billmora_client import Billmora

WORKER = Path(__file__).with_name("budget_worker.py")
PROCESSES, CALLS, LIMIT, WINDOW = 3, 100, 30, 3.0  # the setting: 3 x 100 at 30 per 3 s


@contextmanager
def redis_server(port: int) -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1:``port``; yields its URL."""
    with tempfile.TemporaryDirectory() as directory:
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process = subprocess.Popen([*command, "--dir", directory], stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(10)


def burst(url: str, token: str, store: str | None) -> tuple[float, int]:
    """Start the processes, let them go together; (wall seconds, callers that saw an error)."""
    args = [sys.executable, str(WORKER), url, token, str(CALLS), str(LIMIT), str(WINDOW), *([store] if store else [])]
    workers = [
        subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(PROCESSES)
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    errors = sum(int(worker.communicate()[0].strip() or 1) for worker in workers)
    return time.perf_counter() - started, errors


async def per_call(url: str, token: str, store: str | None, calls: int) -> float:
    """Seconds per sequential show() call with an unbounded budget (pacing's own cost)."""
    async with Billmora(url, token, rate_limit=1_000_000, rate_limit_store=store) as bm:
        for _ in range(20):
            await bm.users.show(1)
        started = time.perf_counter()
        for i in range(calls):
            await bm.users.show(1 + i % 10)
        return (time.perf_counter() - started) / calls
