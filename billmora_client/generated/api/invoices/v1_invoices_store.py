from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.invoice_resource_envelope import InvoiceResourceEnvelope
from ...models.invoices_store_request import InvoicesStoreRequest
from ...models.too_many_requests import TooManyRequests
from ...models.validation_exception import ValidationException
from ...types import Response


def _get_kwargs(
    *,
    body: InvoicesStoreRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoices",
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
    | InvoiceResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    if response.status_code == 201:
        response_201 = InvoiceResourceEnvelope.from_dict(errors.json_body(response))

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
    AuthenticationException | AuthorizationException | InvoiceResourceEnvelope | TooManyRequests | ValidationException
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
    body: InvoicesStoreRequest,
) -> Response[
    AuthenticationException | AuthorizationException | InvoiceResourceEnvelope | TooManyRequests | ValidationException
]:
    """Store a newly created invoice

    Args:
        body (InvoicesStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | InvoiceResourceEnvelope | TooManyRequests | ValidationException]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoicesStoreRequest,
) -> (
    AuthenticationException
    | AuthorizationException
    | InvoiceResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    """Store a newly created invoice

    Args:
        body (InvoicesStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | InvoiceResourceEnvelope | TooManyRequests | ValidationException
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
