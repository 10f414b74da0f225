"""The ``$request->validate([...])`` rules of each Billmora API controller (app/Http/Controllers/Api/*).

Rules are kept as Billmora writes them; ``{id}`` in a ``unique`` rule stands for the record being updated.
"""

from __future__ import annotations

VISIBILITY = "in:visible,hidden"
USER_STATUSES = "in:active,suspended,closed"
INVOICE_STATUSES = "in:unpaid,paid,cancelled,refunded"
ORDER_STATUSES = "in:pending,processing,completed,cancelled,failed"

STORE: dict[str, dict[str, str]] = {
    "users": {
        "first_name": "required|string|max:255",
        "last_name": "required|string|max:255",
        "email": "required|email|unique:users,email",
        "password": "required|string|min:8",
        "status": f"nullable|string|{USER_STATUSES}",
        "currency": "nullable|string|max:10",
        "language": "nullable|string|max:10",
    },
    "invoices": {
        "user_id": "required|exists:users,id",
        "due_date": "required|date",
        "status": f"nullable|string|{INVOICE_STATUSES}",
        "currency": "nullable|string|max:10",
        "notes": "nullable|string",
        "items": "required|array|min:1",
        "items.*.description": "required|string|max:1000",
        "items.*.quantity": "required|integer|min:1",
        "items.*.unit_price": "required|numeric",
        "send_email": "nullable|boolean",
    },
    "orders": {
        "user_id": "required|exists:users,id",
        "currency": "required|exists:currencies,code",
        "coupon": "nullable|exists:coupons,code",
        "status": f"required|{ORDER_STATUSES}",
        "package_items": "nullable|array",
        "package_items.*.package_id": "required|exists:packages,id",
        "package_items.*.billing_id": "required|exists:package_prices,id",
        "package_items.*.quantity": "nullable|integer|min:1",
        "package_items.*.variant_options": "nullable|array",
        "package_items.*.configuration": "nullable|array",
        "domain_items": "nullable|array",
        "domain_items.*.type": "required|in:register,transfer",
        "domain_items.*.domain": "required|string|max:255",
        "domain_items.*.tld_id": "required|exists:tlds,id",
        "domain_items.*.years": "required|integer|min:1",
        "domain_items.*.epp_code": "nullable|string",
    },
    "tickets": {
        "user_id": "required|exists:users,id",
        "subject": "required|string|max:255",
        "department": "required|string|max:255",
        "priority": "required|string|in:low,medium,high",
        "message": "required|string",
    },
    "packages": {
        "name": "required|string|max:255",
        "slug": "nullable|string|max:255|unique:packages,slug",
        "description": "nullable|string",
        "catalog_id": "required|exists:catalogs,id",
        "status": f"nullable|string|{VISIBILITY}",
        "icon": "nullable|string|max:255",
        "stock": "nullable|integer|min:-1",
        "per_user_limit": "nullable|integer|min:-1",
        "allow_cancellation": "nullable|boolean",
        "allow_quantity": "nullable|string|in:single,multiple",
        "prorata_day": "nullable|integer|min:0|max:31",
        "prorata_next_month_day": "nullable|integer|min:0|max:31",
        "auto_provision": "nullable|boolean",
        "sort_order": "nullable|integer",
        "plugin_id": "nullable|exists:plugins,id",
        "provisioning_config": "nullable|array",
    },
    "catalogs": {
        "name": "required|string|max:255",
        "slug": "nullable|string|max:255|unique:catalogs,slug",
        "description": "nullable|string",
        "icon": "nullable|string|max:255",
        "status": f"nullable|string|{VISIBILITY}",
        "sort_order": "nullable|integer",
    },
    "variants": {
        "name": "required|string|max:255",
        "code": "nullable|string|max:255",
        "status": f"nullable|string|{VISIBILITY}",
        "is_scalable": "nullable|boolean",
    },
    "tlds": {
        "tld": "required|string|max:20|unique:tlds,tld",
        "status": f"required|string|{VISIBILITY}",
        "plugin_id": "nullable|integer|exists:plugins,id",
        "min_years": "required|integer|min:1",
        "max_years": "required|integer|min:1",
        "sort_order": "nullable|integer",
    },
}

UPDATE: dict[str, dict[str, str]] = {
    "users": {
        "first_name": "sometimes|string|max:255",
        "last_name": "sometimes|string|max:255",
        "email": "sometimes|email|unique:users,email,{id}",
        "password": "sometimes|string|min:8",
        "status": f"sometimes|string|{USER_STATUSES}",
        "currency": "sometimes|string|max:10",
        "language": "sometimes|string|max:10",
    },
    "services": {
        "status": "sometimes|string|in:active,suspended,terminated,cancelled,pending",
        "name": "sometimes|string|max:255",
        "next_due_date": "sometimes|date",
        "plugin_id": "sometimes|nullable|exists:plugins,id",
        "variant_selections": "sometimes|nullable|array",
        "configuration": "sometimes|nullable|array",
    },
    "invoices": {
        "status": f"sometimes|string|{INVOICE_STATUSES}",
        "due_date": "sometimes|date",
        "notes": "sometimes|nullable|string",
    },
    "orders": {"status": f"required|string|{ORDER_STATUSES}"},
    "tickets": {
        "status": "sometimes|string|in:open,answered,customer-reply,closed",
        "priority": "sometimes|string|in:low,medium,high",
        "department": "sometimes|string|max:255",
        "assigned_to": "sometimes|nullable|exists:users,id",
    },
    "packages": {
        "name": "sometimes|string|max:255",
        "slug": "sometimes|nullable|string|max:255|unique:packages,slug,{id}",
        "description": "sometimes|nullable|string",
        "catalog_id": "sometimes|exists:catalogs,id",
        "status": f"sometimes|string|{VISIBILITY}",
        "icon": "sometimes|nullable|string|max:255",
        "stock": "sometimes|nullable|integer|min:-1",
        "per_user_limit": "sometimes|nullable|integer|min:-1",
        "allow_cancellation": "sometimes|nullable|boolean",
        "allow_quantity": "sometimes|nullable|string|in:single,multiple",
        "prorata_day": "sometimes|nullable|integer|min:0|max:31",
        "prorata_next_month_day": "sometimes|nullable|integer|min:0|max:31",
        "auto_provision": "sometimes|nullable|boolean",
        "sort_order": "sometimes|nullable|integer",
        "plugin_id": "sometimes|nullable|exists:plugins,id",
        "provisioning_config": "sometimes|nullable|array",
    },
    "catalogs": {
        "name": "sometimes|string|max:255",
        "slug": "sometimes|nullable|string|max:255|unique:catalogs,slug,{id}",
        "description": "sometimes|nullable|string",
        "icon": "sometimes|nullable|string|max:255",
        "status": f"sometimes|string|{VISIBILITY}",
        "sort_order": "sometimes|nullable|integer",
    },
    "variants": {
        "name": "sometimes|string|max:255",
        "code": "sometimes|nullable|string|max:255",
        "status": f"sometimes|string|{VISIBILITY}",
        "is_scalable": "sometimes|boolean",
    },
    "registrants": {
        "status": "sometimes|string|in:pending,pending_transfer,active,suspended,expired,cancelled",
        "auto_renew": "sometimes|boolean",
        "nameservers": "sometimes|array|min:1|max:5",
        "nameservers.*": "nullable|string|max:255",
    },
    "tlds": {
        "tld": "sometimes|string|max:20|unique:tlds,tld,{id}",
        "status": f"sometimes|string|{VISIBILITY}",
        "plugin_id": "nullable|integer|exists:plugins,id",
        "min_years": "sometimes|integer|min:1",
        "max_years": "sometimes|integer|min:1",
        "sort_order": "nullable|integer",
    },
}

DOMAIN_CHECK = {"domain": "required|string|max:255"}
