"""billmora-client in a few calls: list, create, read back, iterate, handle errors, stay inside the rate limit.

    python examples/quickstart.py          # against the bundled sandbox (started on 127.0.0.1)
    BILLMORA_BASE_URL=https://billing.example.com BILLMORA_API_TOKEN='1|...' python examples/quickstart.py

Against a real Billmora it only reads (users, invoices) and skips the steps that create records.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from contextlib import ExitStack

from billmora_client import Billmora, ValidationError
from billmora_client.models import InvoicesStoreRequest, InvoicesStoreRequestItemsItem, InvoiceStatus, UsersStoreRequest

BURST_LIMIT, BURST_WINDOW = 20, 2.0  # the sandbox's demo token: 20 requests per 2 s window


async def tour(base_url: str, token: str, *, writes: bool, rate_limit: int, rate_window: float) -> None:
    async with Billmora(base_url, token, rate_limit=rate_limit, rate_window=rate_window) as bm:
        page = await bm.users.index(per_page=5)
        print(f"1. {page.meta.total} users; newest: {', '.join(u.fullname for u in page.data[:3])}")

        if writes:
            user = await bm.users.store(
                body=UsersStoreRequest(
                    first_name="Grace",
                    last_name="Hopper",
                    email=f"grace.{time.time_ns()}@example.com",
                    password="cobol-1959",
                )
            )
            invoice = await bm.invoices.store(
                body=InvoicesStoreRequest(
                    user_id=user.id,
                    due_date=dt.datetime.now(dt.UTC) + dt.timedelta(days=14),
                    items=[InvoicesStoreRequestItemsItem(description="VPS, 2 vCPU", quantity=3, unit_price=7.5)],
                )
            )
            print(f"2. created user #{user.id} ({user.email}) and invoice {invoice.invoice_number}")
            again = await bm.invoices.show(invoice.id)
            print(
                f"3. read back {again.invoice_number}: total {again.total} {again.currency}, "
                f"{len(again.items or [])} item(s), status {again.status}"
            )

        started, count, due = time.perf_counter(), 0, 0.0
        async for unpaid in bm.invoices.iterate(status=InvoiceStatus.UNPAID, per_page=10):
            count += 1
            due += float(unpaid.amount_due)
        print(
            f"4. iterated {count} unpaid invoices ({due:.2f} due) in {time.perf_counter() - started:.2f} s, "
            "pages fetched concurrently"
        )

        if writes:
            try:
                await bm.users.store(
                    body=UsersStoreRequest(first_name="", last_name="X", email="not-an-email", password="short")
                )
            except ValidationError as error:
                fields = ", ".join(f"{name}: {messages[0]}" for name, messages in error.errors.items())
                print(f"5. validation error handled (HTTP {error.status_code}): {fields}")

        started = time.perf_counter()
        results = await asyncio.gather(*(bm.users.show(u.id) for u in page.data * 10), return_exceptions=True)
        failures = [r for r in results if isinstance(r, Exception)]
        state = bm.rate_limit
        print(
            f"6. burst of {len(results)} calls: {len(failures)} failed, no 429 reached the caller; "
            f"{time.perf_counter() - started:.1f} s (budget {state.limit} per window, {state.remaining} left)"
        )


def main() -> None:
    base_url, token = os.environ.get("BILLMORA_BASE_URL"), os.environ.get("BILLMORA_API_TOKEN")
    with ExitStack() as stack:
        if base_url and token:
            writes, limit, window = False, 60, 60.0
            print(f"Billmora at {base_url}")
        else:
            from billmora_client.testing import Token, create_app, serve

            app = create_app(seed=7, window=BURST_WINDOW, tokens=[Token("quickstart", rate_limit=BURST_LIMIT)])
            base_url = stack.enter_context(serve(app))
            token, writes, limit, window = app.state.sandbox.tokens[1].plain_text, True, BURST_LIMIT, BURST_WINDOW
            print(f"Billmora sandbox at {base_url} (stopped at the end)")
        asyncio.run(tour(base_url, token, writes=writes, rate_limit=limit, rate_window=window))


if __name__ == "__main__":
    main()
