"""Orders (App\\Services\\Package\\Admin\\OrderService), gateway webhooks and domain checks.

Orders create their items, one service per package unit, one registrant per domain and one invoice, with
statuses mapped as Billmora maps them. The sandbox's gateway (plugin 1) reads a JSON webhook
``{"invoice_number": "INV-0001", "status": "paid", "amount": 12.5}``; its registrar (plugin 2) calls a domain
taken when it is registered here or its name starts with "taken", premium when the name has 3 letters or fewer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import _rules
from ._controllers import Answer, Call, Controller, not_found, render
from ._creation import created_view
from ._store import Row, Store

DOMAIN_PATTERN = r"^[a-z0-9][a-z0-9\-]*[a-z0-9]\.[a-z]+(\.[a-z]+)?$"
PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 30, "yearly": 365}
INVOICE_DAYS = 7  # the invoice_generation_days setting


def _status_of(order_status: str, done: str) -> str:
    return {"completed": done, "cancelled": "cancelled", "failed": "cancelled"}.get(order_status, "pending")


def _next_due(start: dt.datetime, price: Row) -> dt.datetime:
    return start + dt.timedelta(
        days=PERIOD_DAYS.get(str(price.get("billing_period")), 30) * (price.get("time_interval") or 1)
    )


async def store_order(call: Call) -> Answer:
    fields = call.validate(_rules.STORE["orders"])
    if not fields.get("package_items") and not fields.get("domain_items"):
        return 422, {"message": "At least one package or domain item is required."}
    store, currency, status = call.store, str(fields["currency"]), str(fields["status"])
    packages: list[tuple[Row, Row, int, dict[str, Any], Any]] = []
    for raw in fields.get("package_items") or []:
        package = store.get("packages", int(raw["package_id"]))
        if package is None:
            return 500, {"message": f"Failed to create order: {not_found('Package', raw['package_id'])[1]['message']}"}
        price = next(
            (p for p in store.children("package_prices", package["id"]) if p["id"] == int(raw["billing_id"])), None
        )
        if price is None:
            return 422, {"message": "Invalid billing cycle for package."}
        rate = (price.get("rates") or {}).get(currency) or {}
        if price["type"] != "free" and not rate.get("enabled"):
            return 422, {"message": f"This package is not available in {currency}."}
        packages.append((package, price, int(raw.get("quantity") or 1), rate, raw.get("variant_options")))
    coupon = store.where("coupons", "code", fields["coupon"])[0] if fields.get("coupon") else None
    percent = float(coupon["value"]) / 100 if coupon else 0.0
    now = store.now()
    values = {
        "user_id": int(fields["user_id"]),
        "coupon_id": coupon["id"] if coupon else None,
        "status": status,
        "currency": currency,
        "subtotal": 0.0,
        "discount": 0.0,
        "setup_fee": 0.0,
        "total": 0.0,
        "completed_at": now if status == "completed" else None,
        "cancelled_at": now if status in ("cancelled", "failed") else None,
    }
    order = store.insert("orders", {**values, "notes": None, "tax": 0.0, "terms_accepted": True})
    lines: list[tuple[str, int, float]] = []
    subtotal = setup_total = 0.0
    for package, price, quantity, rate, options in packages:
        unit, setup = float(rate.get("price") or 0), float(rate.get("setup_fee") or 0)
        item = store.insert(
            "order_items",
            {
                "order_id": order["id"],
                "item_type": "service",
                "item_id": package["id"],
                "description": package["name"],
                "quantity": quantity,
                "billing_type": price["type"],
                "billing_interval": price.get("time_interval"),
                "billing_period": price.get("billing_period"),
                "unit_price": unit,
                "setup_fee": setup,
                "amount": round((unit + setup) * quantity, 2),
            },
        )
        service_status = _status_of(status, "active")
        for _ in range(quantity):
            store.insert(
                "services",
                {
                    "user_id": order["user_id"],
                    "order_id": order["id"],
                    "order_item_id": item["id"],
                    "package_id": package["id"],
                    "package_price_id": price["id"],
                    "plugin_id": package.get("plugin_id"),
                    "name": package["name"],
                    "status": service_status,
                    "currency": currency,
                    "billing_type": price["type"],
                    "billing_interval": price.get("time_interval"),
                    "billing_period": price.get("billing_period"),
                    "price": unit,
                    "setup_fee": setup,
                    "activated_at": now if service_status == "active" else None,
                    "next_due_date": _next_due(now, price)
                    if service_status == "active"
                    else now
                    if service_status == "pending"
                    else None,
                    "suspended_at": None,
                    "terminated_at": None,
                    "cancelled_at": now if service_status == "cancelled" else None,
                    "variant_selections": options,
                    "configuration": None,
                },
            )
        lines.append((f"{package['name']} ({price['name']})", quantity, unit))
        if setup:
            lines.append((f"Setup Fee - {package['name']}", quantity, setup))
        subtotal += unit * quantity
        setup_total += setup * quantity
    for raw in fields.get("domain_items") or []:
        tld = store.get("tlds", int(raw["tld_id"]))
        assert tld is not None
        prices = [p for p in store.children("tld_prices", tld["id"]) if p["currency"] == currency]
        unit = float(prices[0][f"{raw['type']}_price"]) if prices else 0.0
        years, kind = int(raw["years"]), str(raw["type"])
        amount = round(unit * years, 2)
        store.insert(
            "order_items",
            {
                "order_id": order["id"],
                "item_type": "domain",
                "item_id": tld["id"],
                "description": raw["domain"],
                "quantity": 1,
                "billing_type": "onetime",
                "billing_interval": years,
                "billing_period": "yearly",
                "unit_price": amount,
                "setup_fee": 0.0,
                "amount": amount,
            },
        )
        registrant_status = "pending_transfer" if kind == "transfer" else _status_of(status, "active")
        store.insert(
            "registrants",
            {
                "user_id": order["user_id"],
                "order_id": order["id"],
                "tld_id": tld["id"],
                "plugin_id": tld.get("plugin_id"),
                "domain": raw["domain"],
                "status": registrant_status,
                "registration_type": kind,
                "years": years,
                "currency": currency,
                "price": amount,
                "auto_renew": True,
                "nameservers": None,
                "configuration": None,
                "registered_at": now if registrant_status == "active" else None,
                "expires_at": now + dt.timedelta(days=365 * years) if registrant_status == "active" else None,
                "suspended_at": None,
                "cancelled_at": None,
            },
        )
        lines.append((f"{kind.title()} - {raw['domain']} ({years} year{'s' if years > 1 else ''})", 1, amount))
        subtotal += amount
    discount = round(subtotal * percent, 2)
    if discount:
        lines.append((f"Discount - Coupon: {coupon['code'] if coupon else ''}", 1, -discount))
    total = round(subtotal - discount + setup_total, 2)
    totals = {"subtotal": round(subtotal, 2), "discount": discount, "setup_fee": round(setup_total, 2), "total": total}
    order.update(totals)
    values.update(totals)
    invoice_status = {"completed": "paid", "cancelled": "cancelled"}.get(status, "unpaid")
    invoice = store.insert(
        "invoices",
        {
            "user_id": order["user_id"],
            "order_id": order["id"],
            "plugin_id": None,
            "status": invoice_status,
            "currency": currency,
            "subtotal": totals["subtotal"] + totals["setup_fee"],
            "discount": discount,
            "tax": 0.0,
            "total": max(0.0, total),
            "due_date": now + dt.timedelta(days=INVOICE_DAYS),
            "paid_at": now if invoice_status == "paid" else None,
            "amount_paid": 0.0,
        },
    )
    for description, quantity, unit in lines:
        store.insert(
            "invoice_items",
            {
                "invoice_id": invoice["id"],
                "service_id": None,
                "registrant_id": None,
                "description": description,
                "quantity": quantity,
                "unit_price": unit,
                "amount": round(unit * quantity, 2),
            },
        )
    return 201, {"data": render(store, "orders", created_view("orders", order, values), "store")}


async def update_order(call: Call) -> Answer:
    order = call.row
    assert order is not None
    status = str(call.validate(_rules.UPDATE["orders"])["status"])
    store, now = call.store, call.store.now()
    store.update(
        order,
        {
            "status": status,
            "completed_at": now if status == "completed" else None,
            "cancelled_at": now if status in ("cancelled", "failed") else None,
        },
    )
    for service in store.where("services", "order_id", order["id"]):
        if status == "completed":
            if service["status"] != "active":
                price = store.table("package_prices").get(service.get("package_price_id") or 0) or {}
                store.update(
                    service,
                    {
                        "status": "active",
                        "cancelled_at": None,
                        "activated_at": now,
                        "next_due_date": _next_due(now, price),
                    },
                )
        elif status in ("cancelled", "failed"):
            store.update(service, {"status": "cancelled", "cancelled_at": now})
        else:
            store.update(
                service,
                {
                    "status": "pending",
                    "cancelled_at": None,
                    "terminated_at": None,
                    "activated_at": None,
                    "next_due_date": None,
                },
            )
    for registrant in store.where("registrants", "order_id", order["id"]):
        if status == "completed":
            if registrant["status"] == "pending":
                store.update(
                    registrant,
                    {
                        "status": "active",
                        "registered_at": now,
                        "expires_at": now + dt.timedelta(days=365 * registrant["years"]),
                    },
                )
        elif status in ("cancelled", "failed"):
            store.update(registrant, {"status": "cancelled", "cancelled_at": now})
        else:
            store.update(registrant, {"status": "pending", "cancelled_at": None})
    # Billmora reads `$order->invoice`, which the Order model does not define, so invoices keep their status.
    return 200, {"data": render(store, "orders", order, "update")}


async def gateway_webhook(call: Call) -> Answer:
    plugin = call.row
    assert plugin is not None
    if not plugin.get("is_active") or plugin.get("type") != "gateway":
        return 404, {"error": "Gateway instance not found or inactive."}
    payload = call.body if isinstance(call.body, dict) else {}
    number = payload.get("invoice_number")
    if not isinstance(number, str) or not number:
        return 400, {"error": "Invalid signature or webhook processing failed."}
    invoice = next(iter(call.store.where("invoices", "invoice_number", number)), None)
    if invoice is None:
        return 404, {"error": "Invoice not found."}
    if payload.get("status") != "paid":
        return 200, {"message": "Webhook received but payment not successful."}
    _capture(call.store, invoice, payload.get("amount"))
    return 200, {"message": "Payment processed successfully"}


def _capture(store: Store, invoice: Row, amount: Any) -> None:
    """``PaymentCaptured``: record the transaction; the invoice is paid once nothing is due."""
    due = max(0.0, float(invoice["total"]) - float(invoice.get("amount_paid") or 0))
    paid = float(amount) if isinstance(amount, int | float) and not isinstance(amount, bool) else due
    store.update(invoice, {"amount_paid": round(float(invoice.get("amount_paid") or 0) + paid, 2)})
    if paid >= due:
        store.update(invoice, {"status": "paid", "paid_at": store.now()})


async def check_domain(call: Call) -> Answer:
    fields = call.validate(_rules.DOMAIN_CHECK)
    domain = str(fields["domain"]).lower()
    if not re.match(DOMAIN_PATTERN, domain):
        return 422, {"success": False, "message": "Invalid domain name format."}
    suffix = domain[domain.index(".") :]
    tld = next((t for t in call.store.table("tlds").values() if t["tld"] == suffix and t["status"] == "visible"), None)
    if tld is None:
        return 422, {"success": False, "message": "TLD is not supported."}
    answer: dict[str, Any] = {
        "domain": domain,
        "available": False,
        "premium": False,
        "price": None,
        "message": "",
        "tld_id": tld["id"],
    }
    registrar = call.store.get("plugins", tld.get("plugin_id"))
    if registrar is None:
        answer.update(
            success=False,
            message="Failed to check domain availability: No registrar provider assigned to this domain or TLD.",
        )
        return 200, answer
    name = domain[: domain.index(".")]
    taken = name.startswith("taken") or bool(call.store.where("registrants", "domain", domain))
    prices = call.store.children("tld_prices", tld["id"])
    answer.update(
        available=not taken,
        premium=len(name) <= 3,
        price=f"{float(prices[0]['register_price']):.2f}" if prices else None,
        success=True,
    )
    return 200, answer


UPDATES: dict[str, Controller] = {"orders": update_order}
