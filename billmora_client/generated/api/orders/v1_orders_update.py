from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.model_not_found_exception import ModelNotFoundException
from ...models.order_resource_envelope import OrderResourceEnvelope
from ...models.orders_update_request import OrdersUpdateRequest
from ...models.too_many_requests import TooManyRequests
from ...models.v1_orders_update_response_500 import V1OrdersUpdateResponse500
from ...models.validation_exception import ValidationException
from ...types import Response


def _get_kwargs(
    order: int,
    *,
    body: OrdersUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/orders/{order}".format(
            order=quote(str(order), safe=""),
        ),
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
    | ModelNotFoundException
    | OrderResourceEnvelope
    | TooManyRequests
    | V1OrdersUpdateResponse500
    | ValidationException
    | None
):
    if response.status_code == 200:
        response_200 = OrderResourceEnvelope.from_dict(errors.json_body(response))

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

    if response.status_code == 500:
        response_500 = V1OrdersUpdateResponse500.from_dict(errors.json_body(response))

        return response_500

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
    | OrderResourceEnvelope
    | TooManyRequests
    | V1OrdersUpdateResponse500
    | ValidationException
]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    order: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrdersUpdateRequest,
) -> Response[
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | OrderResourceEnvelope
    | TooManyRequests
    | V1OrdersUpdateResponse500
    | ValidationException
]:
    """Update the specified order

    Args:
        order (int):
        body (OrdersUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | ModelNotFoundException | OrderResourceEnvelope | TooManyRequests | V1OrdersUpdateResponse500 | ValidationException]
    """

    kwargs = _get_kwargs(
        order=order,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order: int,
    *,
    client: AuthenticatedClient | Client,
    body: OrdersUpdateRequest,
) -> (
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | OrderResourceEnvelope
    | TooManyRequests
    | V1OrdersUpdateResponse500
    | ValidationException
    | None
):
    """Update the specified order

    Args:
        order (int):
        body (OrdersUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | ModelNotFoundException | OrderResourceEnvelope | TooManyRequests | V1OrdersUpdateResponse500 | ValidationException
    """

    return (
        await asyncio_detailed(
            order=order,
            client=client,
            body=body,
        )
    ).parsed
