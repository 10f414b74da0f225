"""``python -m billmora_client.testing``: serve the Billmora sandbox on 127.0.0.1 until interrupted (Ctrl-C).

Prints the base URL and the plain-text token (``<id>|<secret>``) to use as ``Authorization: Bearer ...``.
"""

from __future__ import annotations

import argparse

from starlette.applications import Starlette

from ._app import create_app
from ._seed import Sizes
from ._server import serve
from ._tokens import Token


def sandbox_from(argv: list[str] | None = None) -> tuple[Starlette, int]:
    """The app the command line asks for, and the port to serve it on."""
    parser = argparse.ArgumentParser(prog="python -m billmora_client.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--token", default="sandbox-secret", help="secret of the '*' token (id 1)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample data")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer (0.05: 50 ms)")
    parser.add_argument("--rate-limit", type=int, default=60, help="requests per window for the token")
    parser.add_argument("--window", type=float, default=60.0, help="rate-limit window in seconds")
    parser.add_argument("--invoices", type=int, default=Sizes.invoices, help="invoices to seed")
    parser.add_argument("--users", type=int, default=Sizes.users, help="users to seed")
    args = parser.parse_args(argv)
    token = Token(args.token, rate_limit=args.rate_limit)
    sizes = Sizes(invoices=args.invoices, users=args.users)
    return create_app(seed=args.seed, tokens=[token], sizes=sizes, latency=args.latency, window=args.window), args.port


def main(argv: list[str] | None = None) -> None:
    """Serve until Ctrl-C (or SIGTERM), then stop without a traceback."""
    try:
        app, port = sandbox_from(argv)
        server = serve(app, port=port)
        sandbox = app.state.sandbox
        print(f"Billmora sandbox: {server.base_url}", flush=True)
        print(f"token: {sandbox.tokens[1].plain_text}", flush=True)
        if sandbox.latency:
            print(f"latency: {sandbox.latency:g} s added to every answer", flush=True)
        server.run_forever()
    except KeyboardInterrupt:  # uvicorn stops on Ctrl-C, then raises it again once it has shut down
        pass
    print("Billmora sandbox stopped", flush=True)


if __name__ == "__main__":
    main()
