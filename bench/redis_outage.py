"""Redis killed and restarted under three processes on one token: the answers of 429 it costs on the wire.

    python bench/redis_outage.py [--calls 34] [--limit 30] [--window 3]

The sandbox runs in its own process; three processes (bench/budget_worker.py) each make ``--calls``
concurrent ``users.show()`` calls sharing the budget through a real redis-server, which is killed once a fifth
of the calls are answered and started again (empty) at four fifths. Printed: the requests the sandbox
answered during the outage, and the answers of 429 from the kill to the end of the run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from run import free_port, sandbox

WORKER = Path(__file__).with_name("budget_worker.py")
PROCESSES = 3


def statuses(url: str) -> dict[str, int]:
    stats = httpx.get(url.removesuffix("/api") + "/__sandbox/stats").json()
    return {str(k): int(v) for k, v in stats["statuses"].items()}


def redis(port: int, directory: str) -> subprocess.Popen[bytes]:
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", directory], stdout=subprocess.DEVNULL)
    for _ in range(500):
        try:
            httpx.get(f"http://127.0.0.1:{port}", timeout=0.2)
        except httpx.RemoteProtocolError:
            return process  # it answers (not HTTP)
        except httpx.TransportError:
            time.sleep(0.02)
    return process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=34, help="calls per process")
    parser.add_argument("--limit", type=int, default=30, help="requests per window")
    parser.add_argument("--window", type=float, default=3.0, help="window in seconds")
    args = parser.parse_args()
    port, scratch = free_port(), tempfile.TemporaryDirectory(prefix="billmora-bench-redis-")
    directory = scratch.name
    store = redis(port, directory)
    with sandbox("--rate-limit", str(args.limit), "--window", str(args.window)) as (url, token):
        command = [sys.executable, str(WORKER), url, token, str(args.calls), str(args.limit), str(args.window)]
        command.append(f"redis://127.0.0.1:{port}/0")
        workers = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in "abc"]
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        total = PROCESSES * args.calls
        while sum(statuses(url).values()) < total // 5:
            time.sleep(0.01)
        store.terminate()
        store.wait(10)
        killed = statuses(url)
        while sum(statuses(url).values()) < total * 4 // 5:
            time.sleep(0.01)
        store = redis(port, directory)
        back = statuses(url)
        errors = sum(int(worker.communicate()[0].strip() or 1) for worker in workers)
        end = statuses(url)
    store.terminate()
    store.wait(10)
    scratch.cleanup()
    during = sum(back.values()) - sum(killed.values())
    refused = end.get("429", 0) - killed.get("429", 0)
    print(f"{PROCESSES} processes x {args.calls} calls at {args.limit} per {args.window:g} s; Redis killed, restarted")
    print(f"  requests during the outage: {during}; answered 429 from the kill to the end: {refused}")
    print(f"  ({100 * refused / max(during, 1):.1f}% of the outage's requests); callers with an error: {errors}")


if __name__ == "__main__":
    main()
