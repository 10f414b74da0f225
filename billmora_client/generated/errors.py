"""Shared errors of the generated operations."""

from http import HTTPStatus


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


__all__ = ["UnexpectedStatus", "http_status"]
