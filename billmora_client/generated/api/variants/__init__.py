"""The ``variants`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.variant_resource import VariantResource
from ...models.variant_resource_envelope import VariantResourceEnvelope
from ...models.variant_resource_page import VariantResourcePage
from ...models.variants_store_request import VariantsStoreRequest
from ...models.variants_update_request import VariantsUpdateRequest
from ...models.visibility import Visibility
from ...types import UNSET, Unset
from . import v1_variants_delete, v1_variants_index, v1_variants_show, v1_variants_store, v1_variants_update

if TYPE_CHECKING:
    from ...._operations import Operations


class VariantsApi:
    """``variants`` operations. Obtain it as ``Billmora().variants``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResourcePage:
        """Display a paginated listing of variants.

        ``GET /v1/variants``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_variants_index",
            v1_variants_index._get_kwargs(
                per_page=at_least_one("variants.index()", "per_page", per_page),
                page=at_least_one("variants.index()", "page", page),
                status=status if isinstance(status, Unset) else Visibility(status),
                search=search,
            ),
            v1_variants_index._parse_response,
            VariantResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[VariantResource]:
        """Every ``VariantResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> VariantResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                status=status,
                search=search,
                timeout=timeout,
            )

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: VariantsStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource: ...

    @overload
    async def store(
        self,
        *,
        name: str,
        code: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        is_scalable: bool | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource: ...

    async def store(
        self,
        *,
        body: VariantsStoreRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | None | Unset = UNSET,
        is_scalable: bool | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource:
        """Store a newly created variant.

        ``POST /v1/variants``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (name, code, status, is_scalable)):
                raise TypeError(
                    "variants.store() takes body= or the fields of VariantsStoreRequest as keywords, not both"
                )
        elif isinstance(name, Unset):
            raise TypeError("variants.store() needs body= or name=")
        else:
            body = VariantsStoreRequest(
                name=name,
                code=code,
                status=status if isinstance(status, Unset) or status is None else Visibility(status),
                is_scalable=is_scalable,
            )
        result = await self._operations.call(
            "v1_variants_store",
            v1_variants_store._get_kwargs(
                body=body,
            ),
            v1_variants_store._parse_response,
            VariantResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        variant: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource:
        """Display the specified variant.

        ``GET /v1/variants/{variant}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_variants_show",
            v1_variants_show._get_kwargs(
                variant=path_id("variants.show()", "variant", variant),
            ),
            v1_variants_show._parse_response,
            VariantResourceEnvelope,
            timeout=timeout,
            echo=("data.id", variant),
        )
        return result.data

    @overload
    async def update(
        self,
        variant: int,
        *,
        body: VariantsUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource: ...

    @overload
    async def update(
        self,
        variant: int,
        *,
        name: str | Unset = UNSET,
        code: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        is_scalable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource: ...

    async def update(
        self,
        variant: int,
        *,
        body: VariantsUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        code: str | None | Unset = UNSET,
        status: Visibility | Literal["visible", "hidden"] | Unset = UNSET,
        is_scalable: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> VariantResource:
        """Update the specified variant.

        ``PUT /v1/variants/{variant}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(isinstance(value, Unset) for value in (name, code, status, is_scalable)):
                raise TypeError(
                    "variants.update() takes body= or the fields of VariantsUpdateRequest as keywords, not both"
                )
        elif all(isinstance(value, Unset) for value in (name, code, status, is_scalable)):
            pass
        else:
            body = VariantsUpdateRequest(
                name=name,
                code=code,
                status=status if isinstance(status, Unset) else Visibility(status),
                is_scalable=is_scalable,
            )
        result = await self._operations.call(
            "v1_variants_update",
            v1_variants_update._get_kwargs(
                variant=path_id("variants.update()", "variant", variant),
                body=body,
            ),
            v1_variants_update._parse_response,
            VariantResourceEnvelope,
            timeout=timeout,
            echo=("data.id", variant),
        )
        return result.data

    async def delete(
        self,
        variant: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified variant.

        ``DELETE /v1/variants/{variant}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_variants_delete",
            v1_variants_delete._get_kwargs(
                variant=path_id("variants.delete()", "variant", variant),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["VariantsApi"]
