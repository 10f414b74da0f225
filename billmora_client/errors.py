"""Every failure a caller of the SDK can meet, as one exception tree.

    BillmoraError
    ├── APIConnectionError            no usable answer arrived (network failure)
    │   └── APITimeoutError           ... because a timeout expired
    ├── APIStatusError                Billmora answered with a documented error status
    │   ├── AuthenticationError       401: missing, invalid or expired token
    │   ├── PermissionDeniedError     403: the token lacks an ability, or the IP is not whitelisted
    │   ├── NotFoundError             404: no record with that id
    │   ├── ValidationError           422: ``message``, and field errors in ``errors`` (maybe none)
    │   ├── RateLimitError            429: the wait cap was reached before the budget came back
    │   └── ServerError               5xx
    ├── UnexpectedResponseError       an answer the SDK cannot understand: an HTML page, a redirect,
    │                                 malformed JSON, a non-standard status (419, 52x), a body that
    │                                 does not fit the document or passes ``max_response_bytes``,
    │                                 page counts that lie
    ├── ClientClosedError             the client was used after ``aclose()`` or its ``async with`` block
    ├── EventLoopError                the client was used from a second event loop
    └── ConfigurationError            the client was constructed with unusable settings (also a ValueError)

``may_have_succeeded`` is true only when the outcome is unknown or the effect happened: a POST, PUT, PATCH
or DELETE that may have reached Billmora and got no answer saying what happened (connection lost or deadline
passed after sending; 500, 502, 504), or whose 2xx answer could not be read. Refusals (401, 403, 404, 405,
419, 422, 429) and failures before sending are never flagged. No text an error carries (message, ``body``,
``errors``, ``headers``, ``content``, notes) contains the API token or its secret, whatever the server echoed:
they read ``[REDACTED]`` there. ``response`` is the answer as it came.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._retry import RATE_LIMIT_EXTENSION, RETRY_AFTER_EXTENSION, int_header, parse_retry_after
from ._token import redact, redact_bytes, redact_json, window

SNIPPET_LENGTH = 200
_ABILITY = re.compile(r"required permission: (\S+)")


def snippet(content: bytes) -> str:
    """The first characters of a body, on one line, for error messages (the token redacted before the cut)."""
    text = redact_bytes(window(content, SNIPPET_LENGTH))[:SNIPPET_LENGTH].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("..." if len(content) > SNIPPET_LENGTH else "")


def _redacted_headers(headers: httpx.Headers) -> httpx.Headers:
    """``headers``, or a copy with the token redacted from the values that echo it (bytes kept as they came)."""
    items = headers.raw
    cleaned = [(name, redact_bytes(value)) for name, value in items]
    return headers if cleaned == items else httpx.Headers(cleaned)


class BillmoraError(Exception):
    """Base class of every error the SDK raises; its texts never contain the API token."""

    may_have_succeeded: bool = False

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(arg) if isinstance(arg, str) else arg for arg in args))

    def add_note(self, note: str, /) -> None:
        super().add_note(redact(note))


MAY_HAVE_SUCCEEDED = " (the request may have been carried out; check before sending it again)"


class APIConnectionError(BillmoraError):
    """No answer could be obtained from Billmora (DNS, refused or dropped connection, TLS, ...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, may_have_succeeded: bool = False):
        super().__init__(message + (MAY_HAVE_SUCCEEDED if may_have_succeeded else ""))
        self.request = request
        self.may_have_succeeded = may_have_succeeded


class APITimeoutError(APIConnectionError):
    """The call's deadline (``timeout``), or one of httpx's connect, read, write or pool timeouts, expired."""


class UnexpectedResponseError(BillmoraError):
    """Billmora (or something in front of it) answered in a way the SDK cannot interpret.

    ``status_code``, ``headers`` and ``content`` are those of the answer; None, empty and empty when the
    problem lies across several answers (a walk over pages that makes no progress).
    """

    def __init__(self, reason: str, response: httpx.Response | None = None, *, may_have_succeeded: bool = False):
        self.status_code: int | None = None if response is None else response.status_code
        self.headers = httpx.Headers() if response is None else _redacted_headers(response.headers)
        self.content = b"" if response is None else redact_bytes(response.content)
        self.may_have_succeeded = may_have_succeeded
        text = reason
        if response is not None:
            request = response.request
            where = f"{request.method} {request.url.path} -> HTTP {response.status_code}"
            text += f" ({where}: {snippet(response.content)!r})"
        if may_have_succeeded:
            text += MAY_HAVE_SUCCEEDED
        super().__init__(text)


class APIStatusError(BillmoraError):
    """Billmora answered with an error status; ``message`` is Billmora's own message."""

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        self.response = response
        self.status_code = response.status_code
        self.headers = _redacted_headers(response.headers)
        self.content = redact_bytes(response.content)
        self.body = redact_json(body)
        self.may_have_succeeded = may_have_succeeded
        # Billmora's gateway webhook answers {"error": ...}; everything else {"message": ...}.
        body = self.body
        raw_message = (body.get("message") or body.get("error")) if isinstance(body, dict) else None
        self.message = raw_message if isinstance(raw_message, str) else snippet(self.content)
        request = response.request
        text = f"HTTP {self.status_code} from {request.method} {request.url.path}: {self.message}"
        if may_have_succeeded:
            text += MAY_HAVE_SUCCEEDED
        super().__init__(text)


class AuthenticationError(APIStatusError):
    """401: the token is missing, malformed, revoked or expired."""


class PermissionDeniedError(APIStatusError):
    """403: ``ability`` names the missing token ability; ``ip_refused`` is true for a whitelist refusal."""

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        super().__init__(response, body, may_have_succeeded=may_have_succeeded)
        match = _ABILITY.search(self.message)
        self.ability: str | None = match.group(1) if match else None
        self.ip_refused = "IP address is not allowed" in self.message


class NotFoundError(APIStatusError):
    """404: no record with that id (or it was deleted)."""


class ValidationError(APIStatusError):
    """422: ``errors`` maps each rejected field to Billmora's messages; it is empty when Billmora refuses the
    request as a whole (``domains.check`` answers ``{success, message}``, ``orders.store`` ``{message}``)."""

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        super().__init__(response, body, may_have_succeeded=may_have_succeeded)
        raw = self.body.get("errors") if isinstance(self.body, dict) else None
        self.errors: dict[str, list[str]] = (
            {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in raw.items()}
            if isinstance(raw, dict)
            else {}
        )


class RateLimitError(APIStatusError):
    """The token's budget comes back later than ``max_rate_limit_wait`` or the call's deadline allow.

    ``retry_after`` is the seconds still to wait (None when unknown), ``limit`` the requests per window.
    The 429 is Billmora's own, or, when the wait was known before sending, made by the client (never sent).
    """

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        super().__init__(response, body, may_have_succeeded=False)
        known = response.extensions.get(RETRY_AFTER_EXTENSION)
        self.retry_after: float | None = (
            float(known) if isinstance(known, int | float) else parse_retry_after(response.headers.get("Retry-After"))
        )
        announced = int_header(response.headers, "X-RateLimit-Limit")
        learned = response.extensions.get(RATE_LIMIT_EXTENSION)
        self.limit: int | None = announced if announced is not None or not isinstance(learned, int) else learned


class ServerError(APIStatusError):
    """5xx: Billmora or a proxy in front of it failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}
# Statuses Billmora's stack can produce that are not in the list above but are standard HTTP errors.
_OTHER_STANDARD = {400, 405, 406, 408, 409, 410, 413, 414, 415}


def error_for_response(response: httpx.Response, *, may_have_succeeded: bool) -> BillmoraError:
    """The exception for a non-2xx answer; ``may_have_succeeded`` as ``_retry.outcome_unknown`` decides it."""
    status = response.status_code
    if 300 <= status < 400:
        where = redirect_target(response.headers.get("Location", ""))
        return UnexpectedResponseError(
            f"Billmora redirected to {where} instead of answering JSON (wrong base URL, or a proxy dropped "
            "the Accept: application/json header)",
            response,
        )
    body = _json_or_none(response.content)
    if status in (500, 501, 502, 503, 504, 505):
        return ServerError(response, body, may_have_succeeded=may_have_succeeded)
    if status == 429:  # a proxy's rate limit (an HTML page) is a rate limit all the same
        return RateLimitError(response, body)
    if not isinstance(body, dict):
        reason = "an HTML page" if b"<html" in response.content[:512].lower() else "a body that is not JSON"
        return UnexpectedResponseError(
            f"Billmora answered HTTP {status} with {reason}", response, may_have_succeeded=may_have_succeeded
        )
    if status in _BY_STATUS:
        return _BY_STATUS[status](response, body)
    if status in _OTHER_STANDARD:
        return APIStatusError(response, body)
    return UnexpectedResponseError(f"non-standard status {status}", response, may_have_succeeded=may_have_succeeded)


def redirect_target(location: str) -> str:
    """Where a redirect points, for messages: its path, or a description when it has none or cannot be read."""
    if not location:
        return "an unknown page"
    try:
        return httpx.URL(location).path or "/"
    except (httpx.InvalidURL, ValueError, TypeError):
        return "a Location that is not a valid URL"


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None


class ClientClosedError(BillmoraError, RuntimeError):
    """The client was used after ``aclose()`` or after its ``async with`` block ended."""


class EventLoopError(BillmoraError, RuntimeError):
    """The client was used from an event loop other than the one it first ran in: make one client per loop."""


class ConfigurationError(BillmoraError, ValueError):
    """The client was given settings it cannot work with (no token, a malformed base URL, ...)."""
