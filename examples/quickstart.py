"""billmora-client in a few calls: list, create, read back, iterate, handle errors, stay inside the rate limit.

    python examples/quickstart.py          # against the bundled sandbox (started on 127.0.0.1)
    BILLMORA_BASE_URL=https://billing.example.com BILLMORA_API_TOKEN='1|...' python examples/quickstart.py

Against a real Billmora it only reads (users, invoices) and skips the steps that create records.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from _target import Target, billmora_target

from billmora_client import Billmora, ValidationError
from billmora_client.models import InvoicesStoreRequest, InvoicesStoreRequestItemsItem, InvoiceStatus, UsersStoreRequest

BURST_LIMIT, BURST_WINDOW = 20, 2.0  # the sandbox's demo token: 20 requests per 2 s window


async def tour(target: Target) -> None:
    async with Billmora(
        target.base_url, target.token, rate_limit=target.rate_limit, rate_window=target.rate_window
    ) as bm:
        page = await bm.users.index(per_page=5)
        print(f"1. {page.meta.total} users; newest: {', '.join(u.fullname for u in page.data[:3])}")

        if target.writes:
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

        if target.writes:
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
    with billmora_target("quickstart", rate_limit=BURST_LIMIT, rate_window=BURST_WINDOW) as target:
        asyncio.run(tour(target))


if __name__ == "__main__":
    main()
