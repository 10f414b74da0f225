from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_exception import AuthenticationException
from ...models.authorization_exception import AuthorizationException
from ...models.model_not_found_exception import ModelNotFoundException
from ...models.ticket_resource_envelope import TicketResourceEnvelope
from ...models.tickets_update_request import TicketsUpdateRequest
from ...models.too_many_requests import TooManyRequests
from ...models.validation_exception import ValidationException
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket: int,
    *,
    body: TicketsUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/tickets/{ticket}".format(
            ticket=quote(str(ticket), safe=""),
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
    | ModelNotFoundException
    | TicketResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    if response.status_code == 200:
        response_200 = TicketResourceEnvelope.from_dict(errors.json_body(response))

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
    | ModelNotFoundException
    | TicketResourceEnvelope
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
    ticket: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketsUpdateRequest | Unset = UNSET,
) -> Response[
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TicketResourceEnvelope
    | TooManyRequests
    | ValidationException
]:
    """Update the specified ticket

    Args:
        ticket (int):
        body (TicketsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationException | AuthorizationException | ModelNotFoundException | TicketResourceEnvelope | TooManyRequests | ValidationException]
    """

    kwargs = _get_kwargs(
        ticket=ticket,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketsUpdateRequest | Unset = UNSET,
) -> (
    AuthenticationException
    | AuthorizationException
    | ModelNotFoundException
    | TicketResourceEnvelope
    | TooManyRequests
    | ValidationException
    | None
):
    """Update the specified ticket

    Args:
        ticket (int):
        body (TicketsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationException | AuthorizationException | ModelNotFoundException | TicketResourceEnvelope | TooManyRequests | ValidationException
    """

    return (
        await asyncio_detailed(
            ticket=ticket,
            client=client,
            body=body,
        )
    ).parsed
