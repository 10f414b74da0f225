"""Typed namespaces for every tag of the Billmora API, built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._operations import Operations
    from .callback import CallbackApi
    from .catalogs import CatalogsApi
    from .domains import DomainsApi
    from .invoices import InvoicesApi
    from .orders import OrdersApi
    from .packages import PackagesApi
    from .registrants import RegistrantsApi
    from .services import ServicesApi
    from .tickets import TicketsApi
    from .tlds import TldsApi
    from .users import UsersApi
    from .variants import VariantsApi


class Namespaces:
    """One property per tag (``users``, ``invoices``, ...); each imports its operations on first use."""

    _operations: Operations

    @cached_property
    def callback(self) -> CallbackApi:
        """Operations tagged ``callback``."""
        from .callback import CallbackApi

        return CallbackApi(self._operations)

    @cached_property
    def catalogs(self) -> CatalogsApi:
        """Operations tagged ``catalogs``."""
        from .catalogs import CatalogsApi

        return CatalogsApi(self._operations)

    @cached_property
    def domains(self) -> DomainsApi:
        """Operations tagged ``domains``."""
        from .domains import DomainsApi

        return DomainsApi(self._operations)

    @cached_property
    def invoices(self) -> InvoicesApi:
        """Operations tagged ``invoices``."""
        from .invoices import InvoicesApi

        return InvoicesApi(self._operations)

    @cached_property
    def orders(self) -> OrdersApi:
        """Operations tagged ``orders``."""
        from .orders import OrdersApi

        return OrdersApi(self._operations)

    @cached_property
    def packages(self) -> PackagesApi:
        """Operations tagged ``packages``."""
        from .packages import PackagesApi

        return PackagesApi(self._operations)

    @cached_property
    def registrants(self) -> RegistrantsApi:
        """Operations tagged ``registrants``."""
        from .registrants import RegistrantsApi

        return RegistrantsApi(self._operations)

    @cached_property
    def services(self) -> ServicesApi:
        """Operations tagged ``services``."""
        from .services import ServicesApi

        return ServicesApi(self._operations)

    @cached_property
    def tickets(self) -> TicketsApi:
        """Operations tagged ``tickets``."""
        from .tickets import TicketsApi

        return TicketsApi(self._operations)

    @cached_property
    def tlds(self) -> TldsApi:
        """Operations tagged ``tlds``."""
        from .tlds import TldsApi

        return TldsApi(self._operations)

    @cached_property
    def users(self) -> UsersApi:
        """Operations tagged ``users``."""
        from .users import UsersApi

        return UsersApi(self._operations)

    @cached_property
    def variants(self) -> VariantsApi:
        """Operations tagged ``variants``."""
        from .variants import VariantsApi

        return VariantsApi(self._operations)


TAGS = (
    "callback",
    "catalogs",
    "domains",
    "invoices",
    "orders",
    "packages",
    "registrants",
    "services",
    "tickets",
    "tlds",
    "users",
    "variants",
)
