"""Deterministic sample data: ``seed(store, seed, sizes)`` fills a store the same way for the same seed.

Seeded rows are dated between 2025-01-01 and 2026-01-01, in id order, so newest-first listings are stable;
rows created through the API later carry the wall-clock time.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from ._store import NUMBER_PADDING, Row, Store

START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SPAN = dt.timedelta(days=365)
FIRST = ("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Guido", "Frances", "Tim")
LAST = ("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Perlman", "Rossum")
TLDS = (".com", ".net", ".org", ".io", ".dev", ".app", ".xyz", ".id", ".co", ".me")
PERIODS = ("monthly", "monthly", "yearly", "weekly")
CURRENCIES = ("USD", "EUR", "IDR")


@dataclass
class Sizes:
    """How many records of each kind ``seed`` creates."""

    users: int = 25
    catalogs: int = 3
    packages: int = 8
    variants: int = 4
    tlds: int = 5
    services: int = 30
    invoices: int = 60
    orders: int = 20
    tickets: int = 15
    registrants: int = 10


def moment(index: int, count: int) -> dt.datetime:
    """The creation time of the ``index``-th of ``count`` seeded rows of a table: spread over 2025, increasing."""
    return (START + SPAN * (index + 1) / (count + 1)).replace(microsecond=0)


def number(prefix: str, value: int) -> str:
    return f"{prefix}-{str(value).zfill(NUMBER_PADDING)}"


def seed(store: Store, seed_value: int, sizes: Sizes) -> None:
    """Fill ``store`` with related users, catalog, orders, services, invoices, tickets and domains."""
    rng = random.Random(seed_value)
    _reference_data(store)
    for i in range(sizes.users):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        store.insert(
            "users", _user(first, last, f"{first}.{last}.{i + 1}@example.com".lower(), rng), moment(i, sizes.users)
        )
    _catalog(store, rng, sizes)
    users = max(1, sizes.users)
    for i in range(sizes.orders):
        status = rng.choice(("completed", "completed", "pending", "cancelled"))
        at = moment(i, sizes.orders)
        order = store.insert(
            "orders",
            {
                "user_id": rng.randint(1, users),
                "order_number": number("ORD", i + 1),
                "status": status,
                "currency": "USD",
                "subtotal": 0.0,
                "discount": 0.0,
                "setup_fee": 0.0,
                "tax": 0.0,
                "total": 0.0,
                "coupon_id": None,
                "notes": None,
                "completed_at": at if status == "completed" else None,
                "cancelled_at": at if status == "cancelled" else None,
            },
            at,
        )
        price = round(rng.choice((5.0, 9.5, 12.5, 24.0)), 2)
        store.insert(
            "order_items",
            {
                "order_id": order["id"],
                "item_type": "service",
                "item_id": None,
                "description": f"Plan {1 + i % 5}",
                "quantity": 1,
                "billing_type": "recurring",
                "billing_interval": 1,
                "billing_period": "monthly",
                "unit_price": price,
                "setup_fee": 0.0,
                "amount": price,
            },
            at,
        )
        order.update(subtotal=price, total=price)
    for i in range(sizes.services):
        _service(store, rng, i, sizes)
    seed_invoices(store, rng, sizes.invoices, users)
    for i in range(sizes.tickets):
        _ticket(store, rng, i, sizes)
    for i in range(sizes.registrants):
        _registrant(store, rng, i, sizes)


def _reference_data(store: Store) -> None:
    at = START
    store.insert("plugins", {"name": "Sandbox Pay", "type": "gateway", "provider": "SandboxPay", "is_active": True}, at)
    store.insert(
        "plugins",
        {"name": "Sandbox Registrar", "type": "registrar", "provider": "SandboxRegistrar", "is_active": True},
        at,
    )
    store.insert(
        "plugins", {"name": "Sandbox Panel", "type": "module", "provider": "SandboxPanel", "is_active": True}, at
    )
    for code in CURRENCIES:
        store.insert("currencies", {"code": code}, at)
    store.insert("coupons", {"code": "WELCOME10", "type": "percentage", "value": 10.0}, at)


def _user(first: str, last: str, email: str, rng: random.Random) -> Row:
    return {
        "first_name": first,
        "last_name": last,
        "email": email,
        "password": "hashed",
        "status": rng.choice(("active",) * 6 + ("suspended", "closed")),
        "language": "en_US",
        "auto_credit_payment": rng.random() < 0.2,
        "email_verified_at": START,
        "deleted_at": None,
    }


def _catalog(store: Store, rng: random.Random, sizes: Sizes) -> None:
    for i in range(sizes.catalogs):
        store.insert(
            "catalogs",
            {
                "name": f"Catalog {i + 1}",
                "slug": f"catalog-{i + 1}",
                "description": "Hosting plans",
                "icon": None,
                "status": "visible",
                "sort_order": i,
            },
            moment(i, sizes.catalogs),
        )
    for i in range(sizes.variants):
        at = moment(i, sizes.variants)
        variant = store.insert(
            "variants",
            {
                "name": f"Option set {i + 1}",
                "code": f"option-set-{i + 1}",
                "type": "select",
                "status": "visible",
                "is_scalable": i % 2 == 1,
                "sort_order": i,
            },
            at,
        )
        for j in range(2):
            option = store.insert(
                "variant_options", {"variant_id": variant["id"], "name": f"Choice {j + 1}", "value": str(j + 1)}, at
            )
            rates = {"USD": {"enabled": True, "price": 1.5 * j, "setup_fee": 0}}
            store.insert(
                "variant_prices",
                {
                    "variant_option_id": option["id"],
                    "name": "Monthly",
                    "type": "recurring",
                    "billing_period": "monthly",
                    "rates": rates,
                },
                at,
            )
    for i in range(sizes.packages):
        at = moment(i, sizes.packages)
        package = store.insert(
            "packages",
            {
                "catalog_id": 1 + i % sizes.catalogs if sizes.catalogs else None,
                "name": f"Plan {i + 1}",
                "slug": f"plan-{i + 1}",
                "description": "A virtual server",
                "icon": None,
                "status": "visible",
                "stock": -1,
                "per_user_limit": -1,
                "allow_cancellation": True,
                "allow_quantity": "single",
                "prorata_day": None,
                "prorata_next_month_day": None,
                "auto_provision": True,
                "sort_order": i,
                "plugin_id": 3,
                "provisioning_config": {"memory": 1024 * (i + 1)},
                "variant_ids": [1 + i % sizes.variants] if sizes.variants else [],
            },
            at,
        )
        for period in ("monthly", "yearly"):
            amount = round((5 + 2.5 * i) * (10 if period == "yearly" else 1), 2)
            store.insert(
                "package_prices",
                {
                    "package_id": package["id"],
                    "name": period.title(),
                    "type": "recurring",
                    "time_interval": 1,
                    "billing_period": period,
                    "rates": {"USD": {"enabled": True, "price": amount, "setup_fee": 0}},
                },
                at,
            )
    for i, name in enumerate(TLDS[: sizes.tlds]):
        at = moment(i, sizes.tlds)
        tld = store.insert(
            "tlds",
            {
                "tld": name,
                "status": "visible",
                "plugin_id": 2,
                "min_years": 1,
                "max_years": 10,
                "grace_period_days": 30,
                "redemption_period_days": 30,
                "sort_order": i,
            },
            at,
        )
        store.insert(
            "tld_prices",
            {
                "tld_id": tld["id"],
                "currency": "USD",
                "register_price": 10.0 + i,
                "renew_price": 12.0 + i,
                "transfer_price": 9.0 + i,
            },
            at,
        )


def _service(store: Store, rng: random.Random, i: int, sizes: Sizes) -> None:
    at = moment(i, sizes.services)
    package = store.get("packages", 1 + i % sizes.packages) if sizes.packages else None
    prices = store.children("package_prices", package["id"]) if package else []
    price = prices[0] if prices else None
    status = rng.choice(("active", "active", "active", "suspended", "pending", "terminated"))
    period = rng.choice(PERIODS)
    store.insert(
        "services",
        {
            "service_number": number("SVC", i + 1),
            "user_id": rng.randint(1, max(1, sizes.users)),
            "order_id": 1 + i % sizes.orders if sizes.orders else None,
            "package_id": package["id"] if package else None,
            "package_price_id": price["id"] if price else None,
            "plugin_id": 3,
            "name": package["name"] if package else "VPS",
            "status": status,
            "currency": "USD",
            "billing_type": "recurring",
            "billing_interval": rng.choice((1, 1, 3)),
            "billing_period": period,
            "price": round(rng.choice((5.0, 9.5, 12.5, 24.0)), 2),
            "setup_fee": 0.0,
            "activated_at": at,
            "next_due_date": at + dt.timedelta(days=30),
            "suspended_at": at if status == "suspended" else None,
            "terminated_at": at if status == "terminated" else None,
            "cancelled_at": None,
            "variant_selections": None,
            "configuration": {"hostname": f"vps{i + 1}.example.com"},
        },
        at,
    )


def seed_invoices(store: Store, rng: random.Random, count: int, users: int) -> None:
    """``count`` invoices with one to three items each; fast enough for 100,000 (benchmarks)."""
    start = store.next_ids.get("invoices", 1)
    for i in range(count):
        at = moment(i, count)
        status = rng.choice(("unpaid", "unpaid", "paid", "paid", "cancelled", "refunded"))
        invoice = store.insert(
            "invoices",
            {
                "user_id": rng.randint(1, users),
                "order_id": None,
                "plugin_id": None,
                "invoice_number": number("INV", start + i),
                "status": status,
                "currency": "USD",
                "subtotal": 0.0,
                "discount": 0.0,
                "tax": 0.0,
                "total": 0.0,
                "due_date": at + dt.timedelta(days=7),
                "paid_at": at + dt.timedelta(days=2) if status == "paid" else None,
                "amount_paid": 0.0,
            },
            at,
        )
        subtotal = 0.0
        for j in range(1 + i % 3):
            quantity, unit_price = 1 + j % 2, rng.choice((4.5, 9.99, 12.0, 25.0))
            amount = round(quantity * unit_price, 2)
            subtotal += amount
            store.insert(
                "invoice_items",
                {
                    "invoice_id": invoice["id"],
                    "service_id": None,
                    "registrant_id": None,
                    "description": f"Service {j + 1}",
                    "quantity": quantity,
                    "unit_price": unit_price,
                    "amount": amount,
                },
                at,
            )
        total = round(subtotal, 2)
        invoice.update(subtotal=total, total=total, amount_paid=total if status == "paid" else 0.0)


def _ticket(store: Store, rng: random.Random, i: int, sizes: Sizes) -> None:
    at = moment(i, sizes.tickets)
    user_id = rng.randint(1, max(1, sizes.users))
    status = rng.choice(("open", "open", "answered", "closed"))
    ticket = store.insert(
        "tickets",
        {
            "ticket_number": number("TKT", i + 1),
            "subject": f"Question {i + 1}",
            "status": status,
            "priority": rng.choice(("low", "medium", "high")),
            "department": rng.choice(("Support", "Billing", "Sales")),
            "user_id": user_id,
            "assigned_to": None,
            "service_id": None,
            "last_reply_at": at,
            "closed_at": at if status == "closed" else None,
        },
        at,
    )
    store.insert(
        "ticket_messages",
        {
            "ticket_id": ticket["id"],
            "user_id": user_id,
            "message": "Hello, I need help with my service.",
            "is_staff_reply": False,
        },
        at,
    )
    if status != "open":
        store.insert(
            "ticket_messages",
            {"ticket_id": ticket["id"], "user_id": 1, "message": "Happy to help.", "is_staff_reply": True},
            at,
        )


def _registrant(store: Store, rng: random.Random, i: int, sizes: Sizes) -> None:
    at = moment(i, sizes.registrants)
    tld_id = 1 + i % sizes.tlds if sizes.tlds else None
    tld = store.get("tlds", tld_id) if tld_id else None
    store.insert(
        "registrants",
        {
            "registrant_number": number("DOM", i + 1),
            "user_id": rng.randint(1, max(1, sizes.users)),
            "order_id": None,
            "tld_id": tld_id,
            "plugin_id": 2,
            "domain": f"example{i + 1}{tld['tld'] if tld else '.com'}",
            "status": rng.choice(("active", "active", "pending", "expired")),
            "registration_type": "register",
            "years": 1,
            "currency": "USD",
            "price": 10.0,
            "auto_renew": True,
            "nameservers": ["ns1.example.com", "ns2.example.com"],
            "configuration": None,
            "registered_at": at,
            "expires_at": at + dt.timedelta(days=365),
            "suspended_at": None,
            "cancelled_at": None,
        },
        at,
    )
