"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

from .allow_quantity import AllowQuantity
from .authentication_exception import AuthenticationException
from .authorization_exception import AuthorizationException
from .billing_period import BillingPeriod
from .billing_type import BillingType
from .catalog_resource import CatalogResource
from .catalog_resource_envelope import CatalogResourceEnvelope
from .catalog_resource_page import CatalogResourcePage
from .catalogs_store_request import CatalogsStoreRequest
from .catalogs_update_request import CatalogsUpdateRequest
from .domain_check_refused import DomainCheckRefused
from .domain_check_refused_errors import DomainCheckRefusedErrors
from .domains_check_request import DomainsCheckRequest
from .domains_check_response_200 import DomainsCheckResponse200
from .gateways_webhook_response_200_type_0 import GatewaysWebhookResponse200Type0
from .gateways_webhook_response_200_type_1 import GatewaysWebhookResponse200Type1
from .gateways_webhook_response_400 import GatewaysWebhookResponse400
from .gateways_webhook_response_500_type_0 import GatewaysWebhookResponse500Type0
from .gateways_webhook_response_500_type_1 import GatewaysWebhookResponse500Type1
from .invoice_item_resource import InvoiceItemResource
from .invoice_resource import InvoiceResource
from .invoice_resource_envelope import InvoiceResourceEnvelope
from .invoice_resource_page import InvoiceResourcePage
from .invoice_status import InvoiceStatus
from .invoices_store_request import InvoicesStoreRequest
from .invoices_store_request_items_item import InvoicesStoreRequestItemsItem
from .invoices_update_request import InvoicesUpdateRequest
from .model_not_found_exception import ModelNotFoundException
from .order_item_resource import OrderItemResource
from .order_item_type import OrderItemType
from .order_refused import OrderRefused
from .order_refused_errors import OrderRefusedErrors
from .order_resource import OrderResource
from .order_resource_envelope import OrderResourceEnvelope
from .order_resource_page import OrderResourcePage
from .order_status import OrderStatus
from .orders_store_request import OrdersStoreRequest
from .orders_store_request_domain_items_type_0_item import OrdersStoreRequestDomainItemsType0Item
from .orders_store_request_package_items_type_0_item import OrdersStoreRequestPackageItemsType0Item
from .orders_update_request import OrdersUpdateRequest
from .package_price_resource import PackagePriceResource
from .package_resource import PackageResource
from .package_resource_envelope import PackageResourceEnvelope
from .package_resource_page import PackageResourcePage
from .packages_store_request import PackagesStoreRequest
from .packages_update_request import PackagesUpdateRequest
from .pagination_links import PaginationLinks
from .pagination_meta import PaginationMeta
from .pagination_meta_link import PaginationMetaLink
from .registrant_resource import RegistrantResource
from .registrant_resource_envelope import RegistrantResourceEnvelope
from .registrant_resource_page import RegistrantResourcePage
from .registrant_status import RegistrantStatus
from .registrants_update_request import RegistrantsUpdateRequest
from .registration_type import RegistrationType
from .service_resource import ServiceResource
from .service_resource_envelope import ServiceResourceEnvelope
from .service_resource_page import ServiceResourcePage
from .service_scaling_resource import ServiceScalingResource
from .service_scaling_status import ServiceScalingStatus
from .service_status import ServiceStatus
from .services_update_request import ServicesUpdateRequest
from .ticket_message_resource import TicketMessageResource
from .ticket_priority import TicketPriority
from .ticket_resource import TicketResource
from .ticket_resource_envelope import TicketResourceEnvelope
from .ticket_resource_page import TicketResourcePage
from .ticket_status import TicketStatus
from .tickets_store_request import TicketsStoreRequest
from .tickets_update_request import TicketsUpdateRequest
from .tld_price_resource import TldPriceResource
from .tld_resource import TldResource
from .tld_resource_envelope import TldResourceEnvelope
from .tld_resource_page import TldResourcePage
from .tlds_store_request import TldsStoreRequest
from .tlds_update_request import TldsUpdateRequest
from .too_many_requests import TooManyRequests
from .user_resource import UserResource
from .user_resource_envelope import UserResourceEnvelope
from .user_resource_page import UserResourcePage
from .user_status import UserStatus
from .users_store_request import UsersStoreRequest
from .users_update_request import UsersUpdateRequest
from .v1_catalogs_delete_response_200 import V1CatalogsDeleteResponse200
from .v1_invoices_delete_response_200 import V1InvoicesDeleteResponse200
from .v1_orders_delete_response_200 import V1OrdersDeleteResponse200
from .v1_orders_store_response_500 import V1OrdersStoreResponse500
from .v1_orders_update_response_500 import V1OrdersUpdateResponse500
from .v1_packages_delete_response_200 import V1PackagesDeleteResponse200
from .v1_registrants_delete_response_200 import V1RegistrantsDeleteResponse200
from .v1_services_delete_response_200 import V1ServicesDeleteResponse200
from .v1_tickets_delete_response_200 import V1TicketsDeleteResponse200
from .v1_tlds_delete_response_200 import V1TldsDeleteResponse200
from .v1_users_delete_response_200 import V1UsersDeleteResponse200
from .v1_variants_delete_response_200 import V1VariantsDeleteResponse200
from .validation_exception import ValidationException
from .validation_exception_errors import ValidationExceptionErrors
from .variant_option_resource import VariantOptionResource
from .variant_price_resource import VariantPriceResource
from .variant_resource import VariantResource
from .variant_resource_envelope import VariantResourceEnvelope
from .variant_resource_page import VariantResourcePage
from .variants_store_request import VariantsStoreRequest
from .variants_update_request import VariantsUpdateRequest
from .visibility import Visibility

__all__ = (
    "AllowQuantity",
    "AuthenticationException",
    "AuthorizationException",
    "BillingPeriod",
    "BillingType",
    "CatalogResource",
    "CatalogResourceEnvelope",
    "CatalogResourcePage",
    "CatalogsStoreRequest",
    "CatalogsUpdateRequest",
    "DomainCheckRefused",
    "DomainCheckRefusedErrors",
    "DomainsCheckRequest",
    "DomainsCheckResponse200",
    "GatewaysWebhookResponse200Type0",
    "GatewaysWebhookResponse200Type1",
    "GatewaysWebhookResponse400",
    "GatewaysWebhookResponse500Type0",
    "GatewaysWebhookResponse500Type1",
    "InvoiceItemResource",
    "InvoiceResource",
    "InvoiceResourceEnvelope",
    "InvoiceResourcePage",
    "InvoicesStoreRequest",
    "InvoicesStoreRequestItemsItem",
    "InvoiceStatus",
    "InvoicesUpdateRequest",
    "ModelNotFoundException",
    "OrderItemResource",
    "OrderItemType",
    "OrderRefused",
    "OrderRefusedErrors",
    "OrderResource",
    "OrderResourceEnvelope",
    "OrderResourcePage",
    "OrdersStoreRequest",
    "OrdersStoreRequestDomainItemsType0Item",
    "OrdersStoreRequestPackageItemsType0Item",
    "OrderStatus",
    "OrdersUpdateRequest",
    "PackagePriceResource",
    "PackageResource",
    "PackageResourceEnvelope",
    "PackageResourcePage",
    "PackagesStoreRequest",
    "PackagesUpdateRequest",
    "PaginationLinks",
    "PaginationMeta",
    "PaginationMetaLink",
    "RegistrantResource",
    "RegistrantResourceEnvelope",
    "RegistrantResourcePage",
    "RegistrantStatus",
    "RegistrantsUpdateRequest",
    "RegistrationType",
    "ServiceResource",
    "ServiceResourceEnvelope",
    "ServiceResourcePage",
    "ServiceScalingResource",
    "ServiceScalingStatus",
    "ServiceStatus",
    "ServicesUpdateRequest",
    "TicketMessageResource",
    "TicketPriority",
    "TicketResource",
    "TicketResourceEnvelope",
    "TicketResourcePage",
    "TicketsStoreRequest",
    "TicketStatus",
    "TicketsUpdateRequest",
    "TldPriceResource",
    "TldResource",
    "TldResourceEnvelope",
    "TldResourcePage",
    "TldsStoreRequest",
    "TldsUpdateRequest",
    "TooManyRequests",
    "UserResource",
    "UserResourceEnvelope",
    "UserResourcePage",
    "UsersStoreRequest",
    "UserStatus",
    "UsersUpdateRequest",
    "V1CatalogsDeleteResponse200",
    "V1InvoicesDeleteResponse200",
    "V1OrdersDeleteResponse200",
    "V1OrdersStoreResponse500",
    "V1OrdersUpdateResponse500",
    "V1PackagesDeleteResponse200",
    "V1RegistrantsDeleteResponse200",
    "V1ServicesDeleteResponse200",
    "V1TicketsDeleteResponse200",
    "V1TldsDeleteResponse200",
    "V1UsersDeleteResponse200",
    "V1VariantsDeleteResponse200",
    "ValidationException",
    "ValidationExceptionErrors",
    "VariantOptionResource",
    "VariantPriceResource",
    "VariantResource",
    "VariantResourceEnvelope",
    "VariantResourcePage",
    "VariantsStoreRequest",
    "VariantsUpdateRequest",
    "Visibility",
)

if not TYPE_CHECKING:  # the 0.1.0 README imported from here: its names import with a DeprecationWarning

    def __getattr__(name: str) -> object:
        from ..._renamed import renamed_model

        return renamed_model(__name__, name)
