from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.domain_check_refused import DomainCheckRefused
from ...models.domains_check_request import DomainsCheckRequest
from ...models.domains_check_response_200 import DomainsCheckResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: DomainsCheckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains/check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainCheckRefused | DomainsCheckResponse200 | None:
    if response.status_code == 200:
        response_200 = DomainsCheckResponse200.from_dict(errors.json_body(response))

        return response_200

    if response.status_code == 422:
        response_422 = DomainCheckRefused.from_dict(errors.json_body(response))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DomainCheckRefused | DomainsCheckResponse200]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DomainsCheckRequest,
) -> Response[DomainCheckRefused | DomainsCheckResponse200]:
    """Check domain availability

    Args:
        body (DomainsCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainCheckRefused | DomainsCheckResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DomainsCheckRequest,
) -> DomainCheckRefused | DomainsCheckResponse200 | None:
    """Check domain availability

    Args:
        body (DomainsCheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainCheckRefused | DomainsCheckResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
