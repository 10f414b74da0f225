"""A nightly reconciliation job: what each customer owes, which tickets wait for staff, then a batch of sign-ups.

    python examples/reconcile.py          # against the bundled sandbox (started on 127.0.0.1)
    BILLMORA_BASE_URL=https://billing.example.com BILLMORA_API_TOKEN='1|...' python examples/reconcile.py

1. walks every customer and, concurrently, each one's unpaid invoices: totals, overdue ones, the largest debtors;
2. counts the open tickets by priority and names the newest urgent ones, stopping the listing early;
3. onboards 50 sign-ups at once (a customer and a setup invoice each); rejected rows are reported, not fatal;
4. deletes what step 3 created.

Against a real Billmora it only reads (steps 1 and 2).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace

from _target import Target, billmora_target

from billmora_client import Billmora, ValidationError, is_set
from billmora_client.models import InvoiceResource, TicketPriority, TicketStatus, UserResource, UserStatus

SIGNUPS = 50


@dataclass
class Balance:
    customer: UserResource
    unpaid: list[InvoiceResource]

    @property
    def due(self) -> float:
        return sum(invoice.amount_due for invoice in self.unpaid)

    def overdue(self, now: dt.datetime) -> int:
        return sum(invoice.due_date < now for invoice in self.unpaid)


@dataclass
class Signup:
    row: int
    first_name: str
    last_name: str
    email: str
    password: str


@dataclass
class Ledger:
    """What the batch created, recorded as it goes, so that tidying up misses nothing even after a failure."""

    customers: list[UserResource] = field(default_factory=list)
    invoices: list[InvoiceResource] = field(default_factory=list)


async def balance(bm: Billmora, customer: UserResource) -> Balance:
    """One customer's unpaid invoices, every page of them."""
    return Balance(customer, [invoice async for invoice in bm.invoices.iterate(status="unpaid", user_id=customer.id)])


async def reconcile(bm: Billmora) -> None:
    customers = [customer async for customer in bm.users.iterate(per_page=100)]
    statuses = Counter(customer.status or "unknown" for customer in customers)
    balances = await asyncio.gather(*(balance(bm, customer) for customer in customers))
    now = dt.datetime.now(dt.UTC)
    owing = sorted((b for b in balances if b.unpaid), key=lambda b: b.due, reverse=True)
    print(f"customers: {len(customers)} ({', '.join(f'{count} {status}' for status, count in statuses.most_common())})")
    print(
        f"unpaid: {sum(len(b.unpaid) for b in owing)} invoices of {len(owing)} customers, "
        f"{sum(b.due for b in owing):.2f} due, {sum(b.overdue(now) for b in owing)} overdue"
    )
    for b in owing[:3]:
        print(f"  {b.customer.fullname} <{b.customer.email}>: {b.due:.2f} over {len(b.unpaid)} invoice(s)")


async def open_tickets(bm: Billmora, *, show: int = 3) -> None:
    """Counts open tickets by priority and names the newest ``show`` high-priority ones."""
    pages = await asyncio.gather(*(bm.tickets.index(status="open", priority=p, per_page=1) for p in TicketPriority))
    counts = ", ".join(f"{page.meta.total} {p}" for p, page in zip(TicketPriority, pages, strict=True))
    print(f"open tickets: {sum(page.meta.total for page in pages)} ({counts})")
    async with bm.tickets.iterate(status=TicketStatus.OPEN, priority=TicketPriority.HIGH) as tickets:
        shown = 0
        async for ticket in tickets:
            owner = ticket.user  # loaded by the listing; None once the customer was deleted
            who = owner.email if is_set(owner) and owner is not None else "a deleted customer"
            print(f"  {ticket.ticket_number} [{ticket.priority}] {ticket.subject} ({who})")
            shown += 1
            if shown == show:
                break  # leaving the block cancels the pages fetched ahead


def signups(batch: str) -> list[Signup]:
    """Sign-ups as a web form delivers them: every seventh has an email typo, every eleventh a short password,
    and the last is the first one submitted twice."""
    rows = []
    for row in range(1, SIGNUPS):
        email = f"customer{row}.{batch}@example.com" if row % 7 else f"customer{row}.{batch}-at-example.com"
        password = "correct-horse" if row % 11 else "hunter2"
        rows.append(Signup(row, f"Customer {row}", "Batch", email, password))
    return [*rows, replace(rows[0], row=SIGNUPS)]


async def onboard(bm: Billmora, signup: Signup, ledger: Ledger) -> None:
    """A new active customer with a setup invoice due in two weeks; ``ValidationError`` if Billmora refuses it."""
    customer = await bm.users.store(
        first_name=signup.first_name,
        last_name=signup.last_name,
        email=signup.email,
        password=signup.password,
        status=UserStatus.ACTIVE,
    )
    ledger.customers.append(customer)
    invoice = await bm.invoices.store(
        user_id=customer.id,
        due_date=dt.datetime.now(dt.UTC) + dt.timedelta(days=14),
        items=[{"description": "Account setup", "quantity": 1, "unit_price": 25.0}],
    )
    ledger.invoices.append(invoice)


async def onboard_batch(bm: Billmora, rows: list[Signup], ledger: Ledger) -> None:
    """All sign-ups at once; refused rows are reported, any other failure is raised once all have ended."""
    outcomes = await asyncio.gather(*(onboard(bm, signup, ledger) for signup in rows), return_exceptions=True)
    refusals: dict[str, list[int]] = {}
    for signup, outcome in zip(rows, outcomes, strict=True):
        if isinstance(outcome, ValidationError):
            reason = next((messages[0] for messages in outcome.errors.values()), outcome.message)
            refusals.setdefault(reason, []).append(signup.row)
    print(f"onboarded {len(ledger.customers)} of {len(rows)} sign-ups at once, refused:")
    for reason, refused in refusals.items():
        print(f"  {len(refused)} x {reason} (row {', '.join(map(str, refused))})")
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, ValidationError):
            raise outcome


async def tidy_up(bm: Billmora, ledger: Ledger) -> None:
    await asyncio.gather(*(bm.invoices.delete(invoice.id) for invoice in ledger.invoices))
    await asyncio.gather(*(bm.users.delete(customer.id) for customer in ledger.customers))
    print(f"tidied up: deleted {len(ledger.invoices)} invoices and {len(ledger.customers)} customers")


async def run(target: Target) -> None:
    async with Billmora(
        target.base_url, target.token, rate_limit=target.rate_limit, rate_window=target.rate_window
    ) as bm:
        await reconcile(bm)
        await open_tickets(bm)
        if not target.writes:
            return
        ledger = Ledger()
        try:
            await onboard_batch(bm, signups(batch=dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")), ledger)
        finally:
            await tidy_up(bm, ledger)


def main() -> None:
    with billmora_target("reconcile", rate_limit=100, rate_window=1.0) as target:
        asyncio.run(run(target))


if __name__ == "__main__":
    main()
