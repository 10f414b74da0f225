from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.catalog_resource_envelope import CatalogResourceEnvelope
from ...models.catalogs_store_request import CatalogsStoreRequest
from ...models.too_many_requests import TooManyRequests
from ...models.validation_exception import ValidationException
from ...types import Response


def _get_kwargs(
    *,
    body: CatalogsStoreRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/catalogs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthenticationException
    | AuthorizationException
    | CatalogResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    if response.status_code == 201:
        response_201 = CatalogResourceEnvelope.from_dict(errors.json_body(response))

        return response_201

    if response.status_code == 401:
        response_401 = AuthenticationException.from_dict(errors.json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = AuthorizationException.from_dict(errors.json_body(response))

        return response_403

    if response.status_code == 422:
        response_422 = ValidationException.from_dict(errors.json_body(response))

        return response_422

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
    AuthenticationException | AuthorizationException | CatalogResourceEnvelope | TooManyRequests | ValidationException
]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CatalogsStoreRequest,
) -> Response[
    AuthenticationException | AuthorizationException | CatalogResourceEnvelope | TooManyRequests | ValidationException
]:
    """Store a newly created catalog

    Args:
        body (CatalogsStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | CatalogResourceEnvelope | TooManyRequests | ValidationException]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CatalogsStoreRequest,
) -> (
    AuthenticationException
    | AuthorizationException
    | CatalogResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    """Store a newly created catalog

    Args:
        body (CatalogsStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | CatalogResourceEnvelope | TooManyRequests | ValidationException
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
