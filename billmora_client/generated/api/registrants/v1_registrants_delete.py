from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.model_not_found_exception import ModelNotFoundException
from ...models.too_many_requests import TooManyRequests
from ...models.v1_registrants_delete_response_200 import V1RegistrantsDeleteResponse200
from ...types import Response


def _get_kwargs(
    registrant: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/registrants/{registrant}".format(
            registrant=quote(str(registrant), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TooManyRequests
    | V1RegistrantsDeleteResponse200
    | None
):
    if response.status_code == 200:
        response_200 = V1RegistrantsDeleteResponse200.from_dict(errors.json_body(response))

        return response_200

    if response.status_code == 401:
        response_401 = AuthenticationException.from_dict(errors.json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationException.from_dict(errors.json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = ModelNotFoundException.from_dict(errors.json_body(response))

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequests.from_dict(errors.json_body(response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TooManyRequests
    | V1RegistrantsDeleteResponse200
]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    registrant: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TooManyRequests
    | V1RegistrantsDeleteResponse200
]:
    """Remove the specified registrant

    Args:
        registrant (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | ModelNotFoundException | TooManyRequests | V1RegistrantsDeleteResponse200]
    """

    kwargs = _get_kwargs(
        registrant=registrant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registrant: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TooManyRequests
    | V1RegistrantsDeleteResponse200
    | None
):
    """Remove the specified registrant

    Args:
        registrant (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | ModelNotFoundException | TooManyRequests | V1RegistrantsDeleteResponse200
    """

    return (
        await asyncio_detailed(
            registrant=registrant,
            client=client,
        )
    ).parsed
