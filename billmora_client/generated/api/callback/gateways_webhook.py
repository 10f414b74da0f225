from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateways_webhook_response_200_type_0 import GatewaysWebhookResponse200Type0
from ...models.gateways_webhook_response_200_type_1 import GatewaysWebhookResponse200Type1
from ...models.gateways_webhook_response_400 import GatewaysWebhookResponse400
from ...models.gateways_webhook_response_500_type_0 import GatewaysWebhookResponse500Type0
from ...models.gateways_webhook_response_500_type_1 import GatewaysWebhookResponse500Type1
from ...models.model_not_found_exception import ModelNotFoundException
from ...types import Response


def _get_kwargs(
    plugin: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gateways/{plugin}/webhook".format(
            plugin=quote(str(plugin), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GatewaysWebhookResponse200Type0
    | GatewaysWebhookResponse200Type1
    | GatewaysWebhookResponse400
    | GatewaysWebhookResponse500Type0
    | GatewaysWebhookResponse500Type1
    | ModelNotFoundException
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GatewaysWebhookResponse200Type0 | GatewaysWebhookResponse200Type1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GatewaysWebhookResponse200Type0.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GatewaysWebhookResponse200Type1.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(errors.json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = GatewaysWebhookResponse400.from_dict(errors.json_body(response))

        return response_400

    if response.status_code == 404:
        response_404 = ModelNotFoundException.from_dict(errors.json_body(response))

        return response_404

    if response.status_code == 500:

        def _parse_response_500(data: object) -> GatewaysWebhookResponse500Type0 | GatewaysWebhookResponse500Type1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = GatewaysWebhookResponse500Type0.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = GatewaysWebhookResponse500Type1.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(errors.json_body(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GatewaysWebhookResponse200Type0
    | GatewaysWebhookResponse200Type1
    | GatewaysWebhookResponse400
    | GatewaysWebhookResponse500Type0
    | GatewaysWebhookResponse500Type1
    | ModelNotFoundException
]:
    return Response(
        status_code=errors.http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    plugin: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GatewaysWebhookResponse200Type0
    | GatewaysWebhookResponse200Type1
    | GatewaysWebhookResponse400
    | GatewaysWebhookResponse500Type0
    | GatewaysWebhookResponse500Type1
    | ModelNotFoundException
]:
    """Handle incoming strictly API webhook callback

    Args:
        plugin (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewaysWebhookResponse200Type0 | GatewaysWebhookResponse200Type1 | GatewaysWebhookResponse400 | GatewaysWebhookResponse500Type0 | GatewaysWebhookResponse500Type1 | ModelNotFoundException]
    """

    kwargs = _get_kwargs(
        plugin=plugin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GatewaysWebhookResponse200Type0
    | GatewaysWebhookResponse200Type1
    | GatewaysWebhookResponse400
    | GatewaysWebhookResponse500Type0
    | GatewaysWebhookResponse500Type1
    | ModelNotFoundException
    | None
):
    """Handle incoming strictly API webhook callback

    Args:
        plugin (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewaysWebhookResponse200Type0 | GatewaysWebhookResponse200Type1 | GatewaysWebhookResponse400 | GatewaysWebhookResponse500Type0 | GatewaysWebhookResponse500Type1 | ModelNotFoundException
    """

    return (
        await asyncio_detailed(
            plugin=plugin,
            client=client,
        )
    ).parsed
