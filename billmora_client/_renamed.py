"""Public names of earlier releases that still import, with a ``DeprecationWarning`` naming the replacement.

``billmora_client.models`` and ``billmora_client.generated.models`` (where the 0.1.0 README imported from)
look a name up here when they do not have it. Each entry stays for at least one minor release; CHANGELOG.md
says when it goes.
"""

from __future__ import annotations

import sys
import warnings

# 0.1.0 had one enum per request field; 0.2.0 has one per concept (CHANGELOG.md, 0.2.0, Changed).
RENAMED_MODELS: dict[str, str] = {
    "CatalogsStoreRequestStatus": "Visibility",
    "CatalogsUpdateRequestStatus": "Visibility",
    "InvoicesStoreRequestStatus": "InvoiceStatus",
    "InvoicesUpdateRequestStatus": "InvoiceStatus",
    "OrdersStoreRequestDomainItemsType0ItemType": "RegistrationType",
    "OrdersStoreRequestStatus": "OrderStatus",
    "OrdersUpdateRequestStatus": "OrderStatus",
    "PackagesStoreRequestAllowQuantity": "AllowQuantity",
    "PackagesStoreRequestStatus": "Visibility",
    "PackagesUpdateRequestAllowQuantity": "AllowQuantity",
    "PackagesUpdateRequestStatus": "Visibility",
    "RegistrantsUpdateRequestStatus": "RegistrantStatus",
    "ServicesUpdateRequestStatus": "ServiceStatus",
    "TicketsStoreRequestPriority": "TicketPriority",
    "TicketsUpdateRequestPriority": "TicketPriority",
    "TicketsUpdateRequestStatus": "TicketStatus",
    "TldsStoreRequestStatus": "Visibility",
    "TldsUpdateRequestStatus": "Visibility",
    "UsersStoreRequestStatus": "UserStatus",
    "UsersUpdateRequestStatus": "UserStatus",
    "VariantsStoreRequestStatus": "Visibility",
    "VariantsUpdateRequestStatus": "Visibility",
}
REMOVED_IN = "0.3.0"


def renamed_model(module: str, name: str) -> object:
    """The model that replaced ``module.name``, with a ``DeprecationWarning``; ``AttributeError`` if none did."""
    new = RENAMED_MODELS.get(name)
    if new is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    if sys._getframe(2).f_code.co_name != "_handle_fromlist":  # import's probe of a package: warn once, after it
        warnings.warn(
            f"{module}.{name} is deprecated since 0.2.0 and goes in {REMOVED_IN}: "
            f"use billmora_client.models.{new} (one enum per concept, shared by resources, requests and filters)",
            DeprecationWarning,
            stacklevel=3,
        )
    from . import models

    return getattr(models, new)
