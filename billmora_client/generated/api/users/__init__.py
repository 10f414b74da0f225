"""The ``users`` operations of the Billmora API, as awaitable methods that return models or raise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from ...._deleted import Deleted
from ...._operations import at_least_one, path_id
from ....pagination import Paginator
from ...models.user_resource import UserResource
from ...models.user_resource_envelope import UserResourceEnvelope
from ...models.user_resource_page import UserResourcePage
from ...models.user_status import UserStatus
from ...models.users_store_request import UsersStoreRequest
from ...models.users_update_request import UsersUpdateRequest
from ...types import UNSET, Unset
from . import v1_users_delete, v1_users_index, v1_users_show, v1_users_store, v1_users_update

if TYPE_CHECKING:
    from ...._operations import Operations


class UsersApi:
    """``users`` operations. Obtain it as ``Billmora().users``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations

    async def index(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        status: UserStatus | Literal["active", "inactive", "suspended", "closed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResourcePage:
        """Display a paginated listing of users.

        ``GET /v1/users``; raises a ``BillmoraError`` subclass on failure.
        """
        result = await self._operations.call(
            "v1_users_index",
            v1_users_index._get_kwargs(
                per_page=at_least_one("users.index()", "per_page", per_page),
                page=at_least_one("users.index()", "page", page),
                search=search,
                status=status if isinstance(status, Unset) else UserStatus(status),
            ),
            v1_users_index._parse_response,
            UserResourcePage,
            timeout=timeout,
            echo=("meta.current_page", page),
        )
        return result

    def iterate(
        self,
        *,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: UserStatus | Literal["active", "inactive", "suspended", "closed"] | Unset = UNSET,
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

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)

    @overload
    async def store(
        self,
        *,
        body: UsersStoreRequest,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource: ...

    @overload
    async def store(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        password: str,
        status: Literal[UserStatus.ACTIVE, UserStatus.SUSPENDED, UserStatus.CLOSED, "active", "suspended", "closed"]
        | None
        | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource: ...

    async def store(
        self,
        *,
        body: UsersStoreRequest | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        status: Literal[UserStatus.ACTIVE, UserStatus.SUSPENDED, UserStatus.CLOSED, "active", "suspended", "closed"]
        | None
        | Unset = UNSET,
        currency: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource:
        """Store a newly created user.

        ``POST /v1/users``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset)
                for value in (first_name, last_name, email, password, status, currency, language)
            ):
                raise TypeError("users.store() takes body= or the fields of UsersStoreRequest as keywords, not both")
        elif (
            isinstance(first_name, Unset)
            or isinstance(last_name, Unset)
            or isinstance(email, Unset)
            or isinstance(password, Unset)
        ):
            raise TypeError("users.store() needs body= or first_name=, last_name=, email=, password=")
        else:
            body = UsersStoreRequest(
                first_name=first_name,
                last_name=last_name,
                email=email,
                password=password,
                status=status if isinstance(status, Unset) or status is None else UserStatus(status),
                currency=currency,
                language=language,
            )
        result = await self._operations.call(
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
        result = await self._operations.call(
            "v1_users_show",
            v1_users_show._get_kwargs(
                user=path_id("users.show()", "user", user),
            ),
            v1_users_show._parse_response,
            UserResourceEnvelope,
            timeout=timeout,
            echo=("data.id", user),
        )
        return result.data

    @overload
    async def update(
        self,
        user: int,
        *,
        body: UsersUpdateRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource: ...

    @overload
    async def update(
        self,
        user: int,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        status: Literal[UserStatus.ACTIVE, UserStatus.SUSPENDED, UserStatus.CLOSED, "active", "suspended", "closed"]
        | Unset = UNSET,
        currency: str | Unset = UNSET,
        language: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource: ...

    async def update(
        self,
        user: int,
        *,
        body: UsersUpdateRequest | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        status: Literal[UserStatus.ACTIVE, UserStatus.SUSPENDED, UserStatus.CLOSED, "active", "suspended", "closed"]
        | Unset = UNSET,
        currency: str | Unset = UNSET,
        language: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
    ) -> UserResource:
        """Update the specified user.

        ``PUT /v1/users/{user}``; raises a ``BillmoraError`` subclass on failure.
        """
        if not isinstance(body, Unset):
            if not all(
                isinstance(value, Unset)
                for value in (first_name, last_name, email, password, status, currency, language)
            ):
                raise TypeError("users.update() takes body= or the fields of UsersUpdateRequest as keywords, not both")
        elif all(
            isinstance(value, Unset) for value in (first_name, last_name, email, password, status, currency, language)
        ):
            pass
        else:
            body = UsersUpdateRequest(
                first_name=first_name,
                last_name=last_name,
                email=email,
                password=password,
                status=status if isinstance(status, Unset) else UserStatus(status),
                currency=currency,
                language=language,
            )
        result = await self._operations.call(
            "v1_users_update",
            v1_users_update._get_kwargs(
                user=path_id("users.update()", "user", user),
                body=body,
            ),
            v1_users_update._parse_response,
            UserResourceEnvelope,
            timeout=timeout,
            echo=("data.id", user),
        )
        return result.data

    async def delete(
        self,
        user: int,
        *,
        timeout: float | httpx.Timeout | None = None,
    ) -> Deleted:
        """Remove the specified user.

        ``DELETE /v1/users/{user}``; raises a ``BillmoraError`` subclass on failure.

        Returns once Billmora has deleted it; the ``Deleted`` has nothing to read.
        """
        return await self._operations.call(
            "v1_users_delete",
            v1_users_delete._get_kwargs(
                user=path_id("users.delete()", "user", user),
            ),
            None,
            Deleted,
            timeout=timeout,
        )


__all__ = ["UsersApi"]
