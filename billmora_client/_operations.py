"""Sends a generated operation's request and turns the answer into its model or a ``BillmoraError``."""

from __future__ import annotations

import asyncio
import json
import logging
import numbers
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._body import UnreadableBody
from ._deleted import Deleted
from ._echo import Echo, discard_connection, echo_mismatch
from ._retry import outcome_unknown
from ._token import redact_bytes, scrub
from ._transport import DELIVERY_EXTENSION, Delivery, as_timeout
from ._unset import Unset
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    UnexpectedResponseError,
    error_for_response,
)
from .generated.client import AuthenticatedClient

T = TypeVar("T")
V = TypeVar("V")
# Exceptions generated parsing code raises on a body that does not fit the document.
PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError)
logger = logging.getLogger("billmora_client")


class Operations:
    """Runs the typed namespaces' operations over one configured ``AuthenticatedClient``."""

    def __init__(self, client: AuthenticatedClient, *, page_concurrency: int) -> None:
        self.client = client
        self.page_concurrency = page_concurrency
        self._base_url = str(client.get_async_httpx_client().base_url).rstrip("/")

    async def call(
        self,
        operation: str,
        request: dict[str, Any],
        parse: Callable[..., object] | None,
        expect: type[T],
        *,
        timeout: float | httpx.Timeout | None = None,
        echo: Echo | None = None,
    ) -> T:
        """Send ``request`` (a generated ``_get_kwargs`` result); return the parsed ``expect`` model or raise.

        With ``parse=None`` the answer's body is not read as a model (a deletion's confirmation): ``Deleted``.
        ``echo`` names what the answer must repeat (``("data.id", 42)``); see ``_echo``.
        """
        client = self.client.get_async_httpx_client()
        if client.is_closed:
            raise ClientClosedError(f"{operation}: this Billmora client is closed; create a new one")
        method = str(request["method"]).upper()
        # An absolute URL is parsed once; httpx parses a relative one twice to join it to the base.
        request = {**request, "url": self._base_url + request["url"]}
        if timeout is not None:
            request["timeout"] = as_timeout(timeout)
        sent = client.build_request(**request)
        try:
            response = await client.send(sent)
        except httpx.TooManyRedirects:  # a loop, on a user's follow_redirects=True client: each answer a redirect
            raise UnexpectedResponseError(
                f"{operation}: Billmora redirected more than {client.max_redirects} times instead of answering JSON"
                " (a redirect loop: check the base URL)"
            ) from None
        except UnreadableBody as exc:
            maybe = outcome_unknown(method, status=exc.response.status_code)
            raise UnexpectedResponseError(f"{operation}: {exc}", exc.response, may_have_succeeded=maybe) from None
        except httpx.TransportError as exc:
            maybe = outcome_unknown(method, may_have_reached=_delivery(sent).may_have_reached)
            error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            scrub(exc)  # httpx's text may quote what the server sent
            raise error(_describe(operation, method, exc, maybe), request=sent, may_have_succeeded=maybe) from exc
        except asyncio.CancelledError as exc:
            if outcome_unknown(method, may_have_reached=_delivery(sent).may_have_reached):
                note = f"billmora_client: {operation} ({method}) was cancelled after it was sent; it may have been done"
                exc.add_note(note)
                logger.warning("%s", note)
            raise
        if not 200 <= response.status_code < 300:
            raise error_for_response(response, may_have_succeeded=outcome_unknown(method, status=response.status_code))
        effect = outcome_unknown(method, status=response.status_code)  # a 2xx: the effect happened
        if parse is None:
            return Deleted(response.content)  # type: ignore[return-value]  # only with expect=Deleted
        try:
            parsed = parse(client=self.client, response=response)
        except json.JSONDecodeError:  # also covers an empty body
            raise UnexpectedResponseError(
                f"{operation}: the answer is not valid JSON", response, may_have_succeeded=effect
            ) from None
        except RecursionError:
            raise UnexpectedResponseError(
                f"{operation}: the answer is nested too deeply to read", response, may_have_succeeded=effect
            ) from None
        except PARSE_FAILURES as exc:
            from ._shape import explain  # only on this failure path

            where = explain(expect, redact_bytes(response.content), exc)  # a value cut short keeps no secret
            raise UnexpectedResponseError(
                f"{operation}: the answer does not fit the document {where}",
                response,
                may_have_succeeded=effect,
            ) from scrub(exc)
        if expect is not object and not isinstance(parsed, expect):
            raise UnexpectedResponseError(
                f"{operation}: the answer is not a {expect.__name__}", response, may_have_succeeded=effect
            )
        if echo is not None and (wrong := echo_mismatch(parsed, echo)):
            await discard_connection(response)
            raise UnexpectedResponseError(
                f"{operation}: the answer is about another record ({wrong}); the connection it came on is closed",
                response,
                may_have_succeeded=effect,
            )
        return parsed  # type: ignore[return-value]  # narrowed by the isinstance check above


def path_id(method: str, name: str, value: V) -> V:
    """``value`` when it can only name one record: an integer (not a bool; numpy's too) or a string of ASCII digits.

    Anything else is a ``TypeError`` naming the argument, before anything is sent: Billmora binds ids without
    route constraints and MariaDB reads ``'3abc'`` as 3, so such an id would reach another record.
    """
    digits = isinstance(value, str) and value.isascii() and value.isdigit()
    if isinstance(value, bool) or not (isinstance(value, numbers.Integral) or digits):
        raise TypeError(f"{method} takes an integer id as {name}, not {value!r}")
    return value


def at_least_one(method: str, name: str, value: V) -> V:
    """``value`` when it is a page number or size Billmora reads as given: an integer of at least 1, or unset.

    Anything else is a ``ValueError`` or ``TypeError`` naming the argument, before anything is sent: Laravel
    reads ``per_page=0`` as 15 and a negative ``per_page`` as no limit at all (every record in one answer).
    """
    if isinstance(value, Unset):
        return value
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{method} takes an integer {name}, not {value!r}")
    if value < 1:
        raise ValueError(f"{method} takes a {name} of at least 1, not {value}")
    return value


def _delivery(request: httpx.Request) -> Delivery:
    delivery = request.extensions.get(DELIVERY_EXTENSION)
    return delivery if isinstance(delivery, Delivery) else Delivery(may_have_reached=True)


def _describe(operation: str, method: str, exc: Exception, may_have_succeeded: bool) -> str:
    text = f"{operation}: {method} failed with {type(exc).__name__}"
    detail = str(exc)
    if detail:
        text += f": {detail}"
    if may_have_succeeded:
        text += " after the request was sent"
    return text
