from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.service_resource_page import ServiceResourcePage
from ...models.service_status import ServiceStatus
from ...models.too_many_requests import TooManyRequests
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    status: ServiceStatus | Unset = UNSET,
    user_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["user_id"] = user_id

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/services",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests | None:
    if response.status_code == 200:
        response_200 = ServiceResourcePage.from_dict(errors.json_body(response))

        return response_200

    if response.status_code == 401:
        response_401 = AuthenticationException.from_dict(errors.json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationException.from_dict(errors.json_body(response))

        return response_403

    if response.status_code == 429:
        response_429 = TooManyRequests.from_dict(errors.json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    status: ServiceStatus | Unset = UNSET,
    user_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests]:
    """Display a paginated listing of services

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        status (ServiceStatus | Unset): A service's status.
        user_id (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        status=status,
        user_id=user_id,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    status: ServiceStatus | Unset = UNSET,
    user_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests | None:
    """Display a paginated listing of services

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        status (ServiceStatus | Unset): A service's status.
        user_id (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | ServiceResourcePage | TooManyRequests
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            status=status,
            user_id=user_id,
            search=search,
        )
    ).parsed
