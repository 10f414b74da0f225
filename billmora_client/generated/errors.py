"""Shared errors of the generated operations, and the strict reading of an answer's JSON body."""

import json
from http import HTTPStatus
from typing import Any

import httpx


class UnexpectedStatus(Exception):
    """An undocumented status code, raised when ``Client.raise_on_unexpected_status`` is true."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` for a standard code; the plain number otherwise (419, 499, 520, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_STRICT = json.JSONDecoder(parse_constant=_refuse_constant)  # made once: json.loads makes one a call when given a hook


def json_body(response: httpx.Response) -> Any:
    """The answer's body as JSON, refusing ``NaN``, ``Infinity`` and ``-Infinity`` (which Python's json accepts).

    Read as ``json.loads`` reads bytes: UTF-8, -16 or -32, told apart by the first bytes.
    """
    content = response.content
    return _STRICT.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


__all__ = ["UnexpectedStatus", "http_status", "json_body"]
