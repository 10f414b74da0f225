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
    │                                 does not fit the document
    └── ConfigurationError            the client was constructed with unusable settings (also a ValueError)

``may_have_succeeded`` is true when the request may have been carried out although an error is raised
(a POST whose connection broke after it was sent, or that got a 5xx): check before creating it again.
Messages never contain the API token.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

SNIPPET_LENGTH = 200
_ABILITY = re.compile(r"required permission: (\S+)")


def snippet(content: bytes) -> str:
    """The first characters of a body, on one line, for error messages."""
    text = content[:SNIPPET_LENGTH].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text + ("..." if len(content) > SNIPPET_LENGTH else "")


class BillmoraError(Exception):
    """Base class of every error the SDK raises."""

    may_have_succeeded: bool = False


class APIConnectionError(BillmoraError):
    """No answer could be obtained from Billmora (DNS, refused or dropped connection, TLS, ...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, may_have_succeeded: bool = False):
        super().__init__(message)
        self.request = request
        self.may_have_succeeded = may_have_succeeded


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class UnexpectedResponseError(BillmoraError):
    """Billmora (or something in front of it) answered in a way the SDK cannot interpret."""

    def __init__(self, reason: str, response: httpx.Response, *, may_have_succeeded: bool = False):
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.may_have_succeeded = may_have_succeeded
        request = response.request
        where = f"{request.method} {request.url.path} -> HTTP {response.status_code}"
        super().__init__(f"{reason} ({where}: {snippet(response.content)!r})")


class APIStatusError(BillmoraError):
    """Billmora answered with an error status; ``message`` is Billmora's own message."""

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.may_have_succeeded = may_have_succeeded
        # Billmora's gateway webhook answers {"error": ...}; everything else {"message": ...}.
        raw_message = (body.get("message") or body.get("error")) if isinstance(body, dict) else None
        self.message = raw_message if isinstance(raw_message, str) else snippet(response.content)
        request = response.request
        text = f"HTTP {self.status_code} from {request.method} {request.url.path}: {self.message}"
        if may_have_succeeded:
            text += " (the request may have been carried out; check before sending it again)"
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
        raw = body.get("errors") if isinstance(body, dict) else None
        self.errors: dict[str, list[str]] = (
            {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in raw.items()}
            if isinstance(raw, dict)
            else {}
        )


class RateLimitError(APIStatusError):
    """429 that outlasted the client's wait cap; ``retry_after`` is in seconds, ``limit`` per window."""

    def __init__(self, response: httpx.Response, body: Any, *, may_have_succeeded: bool = False):
        super().__init__(response, body, may_have_succeeded=may_have_succeeded)
        self.retry_after = int_header(response, "Retry-After")
        self.limit = int_header(response, "X-RateLimit-Limit")


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
    """The exception for a non-2xx answer."""
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        where = httpx.URL(location).path if location else "an unknown page"
        return UnexpectedResponseError(
            f"Billmora redirected to {where} instead of answering JSON (wrong base URL, or a proxy dropped "
            "the Accept: application/json header)",
            response,
        )
    body = _json_or_none(response)
    if status in (500, 501, 502, 503, 504, 505):
        return ServerError(response, body, may_have_succeeded=may_have_succeeded)
    if status == 429:  # a proxy's rate limit (an HTML page) is a rate limit all the same
        return RateLimitError(response, body)
    if not isinstance(body, dict):
        reason = "an HTML page" if b"<html" in response.content[:512].lower() else "a body that is not JSON"
        return UnexpectedResponseError(
            f"Billmora answered HTTP {status} with {reason}",
            response,
            may_have_succeeded=may_have_succeeded and status >= 500,
        )
    if status in _BY_STATUS:
        return _BY_STATUS[status](response, body, may_have_succeeded=may_have_succeeded)
    if status in _OTHER_STANDARD:
        return APIStatusError(response, body)
    return UnexpectedResponseError(
        f"non-standard status {status}", response, may_have_succeeded=may_have_succeeded and status >= 500
    )


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def int_header(response: httpx.Response, name: str) -> int | None:
    """A header's value as a non-negative integer, or None when absent or not a number."""
    value = response.headers.get(name, "").strip()
    return int(value) if value.isdigit() else None


class ConfigurationError(BillmoraError, ValueError):
    """The client was given settings it cannot work with (no token, a malformed base URL, ...)."""
