from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.catalog_resource_envelope import CatalogResourceEnvelope
from ...models.catalogs_update_request import CatalogsUpdateRequest
from ...models.model_not_found_exception import ModelNotFoundException
from ...models.too_many_requests import TooManyRequests
from ...models.validation_exception import ValidationException
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog: int,
    *,
    body: CatalogsUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/catalogs/{catalog}".format(
            catalog=quote(str(catalog), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    | ModelNotFoundException
    | TooManyRequests
    | ValidationException
    | None
):
    if response.status_code == 200:
        response_200 = CatalogResourceEnvelope.from_dict(errors.json_body(response))

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
    AuthenticationException
    | AuthorizationException
    | CatalogResourceEnvelope
    | ModelNotFoundException
    | TooManyRequests
    | ValidationException
]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    catalog: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogsUpdateRequest | Unset = UNSET,
) -> Response[
    AuthenticationException
    | AuthorizationException
    | CatalogResourceEnvelope
    | ModelNotFoundException
    | TooManyRequests
    | ValidationException
]:
    """Update the specified catalog

    Args:
        catalog (int):
        body (CatalogsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | CatalogResourceEnvelope | ModelNotFoundException | TooManyRequests | ValidationException]
    """

    kwargs = _get_kwargs(
        catalog=catalog,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog: int,
    *,
    client: AuthenticatedClient | Client,
    body: CatalogsUpdateRequest | Unset = UNSET,
) -> (
    AuthenticationException
    | AuthorizationException
    | CatalogResourceEnvelope
    | ModelNotFoundException
    | TooManyRequests
    | ValidationException
    | None
):
    """Update the specified catalog

    Args:
        catalog (int):
        body (CatalogsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | CatalogResourceEnvelope | ModelNotFoundException | TooManyRequests | ValidationException
    """

    return (
        await asyncio_detailed(
            catalog=catalog,
            client=client,
            body=body,
        )
    ).parsed
