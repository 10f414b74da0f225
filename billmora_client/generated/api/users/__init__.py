"""The ``users`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...models.user_resource import UserResource
from ...models.user_resource_envelope import UserResourceEnvelope
from ...models.user_resource_page import UserResourcePage
from ...models.user_status import UserStatus
from ...models.users_store_request import UsersStoreRequest
from ...models.users_update_request import UsersUpdateRequest
from ...models.v1_users_delete_response_200 import V1UsersDeleteResponse200
from ...types import UNSET, Unset
from . import v1_users_delete, v1_users_index, v1_users_show, v1_users_store, v1_users_update

if TYPE_CHECKING:
    from ....pagination import Paginator
    from ....runner import Runner


class UsersApi:
    """``users`` operations. Obtain it as ``Billmora().users``."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        status: UserStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResourcePage:
        """Display a paginated listing of users.

        ``GET /v1/users``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_users_index",
            v1_users_index._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                status=status,
            ),
            v1_users_index._parse_response,
            UserResourcePage,
            timeout=timeout,
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: UserStatus | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Paginator[UserResource]:
        """Every ``UserResource`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> UserResourcePage:
            return await self.index(
                page=page,
                per_page=per_page,
                search=search,
                status=status,
                timeout=timeout,
            )

        return self._runner.paginate(fetch, max_items=max_items, concurrency=concurrency)

    async def store(
        self,
        *,
        body: UsersStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource:
        """Store a newly created user.

        ``POST /v1/users``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_users_store",
            v1_users_store._get_kwargs(
                body=body,
            ),
            v1_users_store._parse_response,
            UserResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def show(
        self,
        user: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource:
        """Display the specified user.

        ``GET /v1/users/{user}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_users_show",
            v1_users_show._get_kwargs(
                user=user,
            ),
            v1_users_show._parse_response,
            UserResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def update(
        self,
        user: int,
        *,
        body: UsersUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource:
        """Update the specified user.

        ``PUT /v1/users/{user}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_users_update",
            v1_users_update._get_kwargs(
                user=user,
                body=body,
            ),
            v1_users_update._parse_response,
            UserResourceEnvelope,
            timeout=timeout,
        )
        return result.data

    async def delete(
        self,
        user: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> V1UsersDeleteResponse200:
        """Remove the specified user.

        ``DELETE /v1/users/{user}``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._runner.call(
            "v1_users_delete",
            v1_users_delete._get_kwargs(
                user=user,
            ),
            v1_users_delete._parse_response,
            V1UsersDeleteResponse200,
            timeout=timeout,
        )
        return result


__all__ = ["UsersApi"]
