"""The JSON of each Billmora resource (app/Http/Resources/*Resource.php), with the model casts applied.

Relations are dotted paths as Laravel's ``load()`` takes them (``"messages.user"``); a relation not loaded is
left out, as ``whenLoaded`` does, and a loaded belongs-to whose row is gone (a soft-deleted user) is ``null``.
A resource reads only what its model holds: right after ``Model::create()`` that is the assigned attributes,
so columns left to their database default render as ``null`` there (``fresh=False``), as in Billmora.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from ._store import Row, Store

Json = dict[str, Any]
Relations = tuple[str, ...]
CYCLES = {"daily": "Daily", "weekly": "Weekly", "monthly": "Monthly", "yearly": "Annually"}
UNITS = {"daily": "Day(s)", "weekly": "Week(s)", "monthly": "Month(s)", "yearly": "Year(s)"}


def stamp(value: Any) -> Any:
    """Laravel's date serialisation, ``2026-05-01T12:34:56.000000Z``."""
    if isinstance(value, dt.datetime):
        return _format_stamp(value)
    return value


@lru_cache(maxsize=65536)
def _format_stamp(value: dt.datetime) -> str:
    # Rows keep their timestamps, so listings format the same few values again and again.
    utc = value.astimezone(dt.UTC)
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S.%f}Z"  # strftime's %Y leaves years before 1000 unpadded


def money(value: Any) -> str | None:
    """A ``decimal:2`` cast: ``"12.50"``."""
    return None if value is None else f"{float(value):.2f}"


def boolean(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _nested(relations: Relations, name: str) -> Relations:
    return tuple(r[len(name) + 1 :] for r in relations if r.startswith(name + "."))


def _loaded(relations: Relations, name: str) -> bool:
    return any(r == name or r.startswith(name + ".") for r in relations)


def _times(row: Mapping[str, Any]) -> Json:
    return {"created_at": stamp(row.get("created_at")), "updated_at": stamp(row.get("updated_at"))}


def _pick(row: Mapping[str, Any], keys: tuple[str, ...]) -> Json:
    return {key: row.get(key) for key in keys}


def user(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    return {
        **_pick(row, ("id", "first_name", "last_name")),
        "fullname": f"{row.get('first_name') or ''} {row.get('last_name') or ''}",
        "email": row.get("email"),
        "status": row.get("status"),
        "currency": None,  # in the resource, but no column and no accessor
        "language": row.get("language"),
        "auto_credit_payment": boolean(row.get("auto_credit_payment")),
        "email_verified_at": stamp(row.get("email_verified_at")),
        **_times(row),
    }


def _owner(store: Store, row: Mapping[str, Any], key: str = "user_id") -> Json | None:
    owner = store.get("users", row.get(key))
    return None if owner is None else user(store, owner)


def catalog(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, ("id", "name", "slug", "description", "icon", "status", "sort_order"))
    if _loaded(relations, "packages"):
        owned = [p for p in store.newest_first("packages") if p["catalog_id"] == row.get("id")]
        out["packages"] = [package(store, p, _nested(relations, "packages")) for p in sorted(owned, key=_scope_order)]
    return {**out, **_times(row)}


def _scope_order(row: Row) -> tuple[Any, ...]:
    return (row.get("sort_order") or 0, row["id"])


PACKAGE_KEYS = ("id", "name", "slug", "description", "icon", "status", "stock", "per_user_limit")


def package(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, PACKAGE_KEYS)
    out["allow_cancellation"] = boolean(row.get("allow_cancellation"))
    out["allow_quantity"] = row.get("allow_quantity")
    out["prorata_day"] = _integer(row.get("prorata_day"))
    out["prorata_next_month_day"] = _integer(row.get("prorata_next_month_day"))
    out["auto_provision"] = boolean(row.get("auto_provision"))
    out.update(_pick(row, ("sort_order", "plugin_id", "provisioning_config")))
    if _loaded(relations, "catalog"):
        parent = store.get("catalogs", row.get("catalog_id"))
        out["catalog"] = None if parent is None else catalog(store, parent)
    if _loaded(relations, "prices"):
        out["prices"] = [package_price(p) for p in store.children("package_prices", row["id"])]
    if _loaded(relations, "variants"):
        chosen = [v for i in row.get("variant_ids") or () if (v := store.get("variants", i)) is not None]
        out["variants"] = [variant(store, v, _nested(relations, "variants")) for v in sorted(chosen, key=_scope_order)]
    return {**out, **_times(row)}


def _integer(value: Any) -> int | None:
    return None if value is None else int(value)


def package_price(row: Row) -> Json:
    return {
        **_pick(row, ("id", "name", "type", "billing_period")),
        "billing_interval": None,  # in the resource, but the column is time_interval
        "enabled": None,  # in the resource, but no such column
        "rates": row.get("rates"),
        **_times(row),
    }


def variant(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, ("id", "name", "code", "status"))
    out["is_scalable"] = boolean(row.get("is_scalable"))
    if _loaded(relations, "options"):
        with_prices = _loaded(_nested(relations, "options"), "prices")
        out["options"] = []
        for option in store.children("variant_options", row["id"]):
            rendered = _pick(option, ("id", "name", "value"))
            if with_prices:
                prices = store.children("variant_prices", option["id"])
                rendered["prices"] = [{"id": p["id"], "rates": p["rates"], **_times(p)} for p in prices]
            out["options"].append({**rendered, **_times(option)})
    return {**out, **_times(row)}


def cycle_label(row: Mapping[str, Any]) -> str:
    """``Service::getCycleLabelAttribute`` with lang/en_US/billing.php."""
    if row.get("billing_type") == "free" or not float(row.get("price") or 0):
        return "Free"
    if row.get("billing_type") == "onetime":
        return "One Time"
    period, interval = str(row.get("billing_period")), int(row.get("billing_interval") or 0)
    if interval == 1:
        return CYCLES.get(period, f"billing.cycles.{period}")
    return f"Every {interval} {UNITS.get(period, f'billing.units.{period}')}"


SERVICE_KEYS = ("id", "service_number", "status", "name", "billing_type", "billing_period", "billing_interval")
SERVICE_DATES = ("activated_at", "next_due_date", "suspended_at", "terminated_at", "cancelled_at")


def service(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, SERVICE_KEYS)
    out.update(price=money(row.get("price")), setup_fee=money(row.get("setup_fee")), currency=row.get("currency"))
    out["cycle_label"] = cycle_label(row)
    out.update({key: stamp(row.get(key)) for key in SERVICE_DATES})
    out.update(_pick(row, ("plugin_id", "variant_selections", "configuration")))
    if _loaded(relations, "user"):
        out["user"] = _owner(store, row)
    if _loaded(relations, "package"):
        plan = store.get("packages", row.get("package_id"))
        out["package"] = None if plan is None else package(store, plan)
    if _loaded(relations, "scalings"):
        out["scalings"] = []  # Billmora's Service model lacks this relation (a 500 there); see the package docstring
    return {**out, **_times(row)}


def invoice(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    total = row.get("total")
    out: Json = {**_pick(row, ("id", "invoice_number", "status"))}
    out.update({key: money(row.get(key)) for key in ("subtotal", "discount", "tax", "total")})
    out.update(currency=row.get("currency"), notes=None, due_date=stamp(row.get("due_date")))
    out["paid_at"] = stamp(row.get("paid_at"))
    out["amount_due"] = max(0.0, round(float(total or 0) - float(row.get("amount_paid") or 0), 2))
    if _loaded(relations, "user"):
        out["user"] = _owner(store, row)
    if _loaded(relations, "items"):
        out["items"] = [invoice_item(i) for i in store.children("invoice_items", row["id"])]
    return {**out, **_times(row)}


def invoice_item(row: Row) -> Json:
    return {
        **_pick(row, ("id", "service_id", "registrant_id", "description", "quantity")),
        "unit_price": money(row["unit_price"]),
        "amount": money(row["amount"]),
    }


def order(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out: Json = {**_pick(row, ("id", "order_number", "status"))}
    out.update({key: money(row.get(key)) for key in ("subtotal", "discount", "setup_fee", "tax", "total")})
    out.update(currency=row.get("currency"), notes=row.get("notes"))
    out.update(completed_at=stamp(row.get("completed_at")), cancelled_at=stamp(row.get("cancelled_at")))
    if _loaded(relations, "user"):
        out["user"] = _owner(store, row)
    if _loaded(relations, "items"):
        out["items"] = [order_item(i) for i in store.children("order_items", row["id"])]
    for name, render in (("services", service), ("registrants", registrant), ("invoices", invoice)):
        if _loaded(relations, name):
            out[name] = [render(store, r, ()) for r in store.where(name, "order_id", row.get("id"))]
    return {**out, **_times(row)}


def order_item(row: Row) -> Json:
    out = _pick(row, ("id", "item_type", "description", "quantity", "billing_type", "billing_period"))
    out["billing_interval"] = row["billing_interval"]
    out.update({key: money(row[key]) for key in ("unit_price", "setup_fee", "amount")})
    return out


REGISTRANT_KEYS = ("id", "registrant_number", "domain", "status", "registration_type", "years")
REGISTRANT_DATES = ("registered_at", "expires_at", "suspended_at", "cancelled_at")


def registrant(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, REGISTRANT_KEYS)
    out.update(price=money(row.get("price")), currency=row.get("currency"), auto_renew=boolean(row.get("auto_renew")))
    out.update(_pick(row, ("nameservers", "configuration")))
    out.update({key: stamp(row.get(key)) for key in REGISTRANT_DATES})
    if _loaded(relations, "user"):
        out["user"] = _owner(store, row)
    if _loaded(relations, "tld"):
        parent = store.get("tlds", row.get("tld_id"))
        out["tld"] = None if parent is None else tld(store, parent)
    return {**out, **_times(row)}


TLD_KEYS = ("id", "tld", "status", "plugin_id", "min_years", "max_years", "grace_period_days")


def tld(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, (*TLD_KEYS, "redemption_period_days", "sort_order"))
    out["auto_renew"] = None  # in the resource, but the tlds table has no such column
    if _loaded(relations, "prices"):
        out["prices"] = [
            {
                "id": p["id"],
                "currency": p["currency"],
                **{key: money(p[key]) for key in ("register_price", "renew_price", "transfer_price")},
                **_times(p),
            }
            for p in store.children("tld_prices", row["id"])
        ]
    return {**out, **_times(row)}


def ticket(store: Store, row: Mapping[str, Any], relations: Relations = ()) -> Json:
    out = _pick(row, ("id", "ticket_number", "subject", "status", "priority", "department"))
    out.update(last_reply_at=stamp(row.get("last_reply_at")), closed_at=stamp(row.get("closed_at")))
    if _loaded(relations, "user"):
        out["user"] = _owner(store, row)
    if _loaded(relations, "messages"):
        with_user = _loaded(_nested(relations, "messages"), "user")
        out["messages"] = []
        for message in store.children("ticket_messages", row["id"]):
            rendered: Json = {**_pick(message, ("id", "message")), "is_staff_reply": bool(message["is_staff_reply"])}
            if with_user:
                rendered["user"] = _owner(store, message)
            out["messages"].append({**rendered, "created_at": stamp(message["created_at"])})
    return {**out, **_times(row)}


Renderer = Callable[[Store, Mapping[str, Any], Relations], Json]
RENDERERS: dict[str, Renderer] = {
    "users": user,
    "catalogs": catalog,
    "packages": package,
    "variants": variant,
    "services": service,
    "invoices": invoice,
    "orders": order,
    "registrants": registrant,
    "tlds": tld,
    "tickets": ticket,
}
