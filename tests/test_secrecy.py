"""The token stays secret: whatever a server or proxy echoes back, no text the SDK makes contains it; a token
or base URL that could not be used is refused at construction without being shown."""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from billmora_client import (
    APIConnectionError,
    APIStatusError,
    Billmora,
    BillmoraError,
    ConfigurationError,
    RetryEvent,
    UnexpectedResponseError,
)

from .hostile import USER, HostileServer, RawRequest, response_bytes

SECRET = "s3cr3tQw9Zx7Lk2Mn4Bv6Cx8Hj1Gf3Ds5Ap0Ty2Ui"
TOKEN = f"7|{SECRET}"


def raw(status: int, body: bytes, content_type: str = "application/json", headers: str = "") -> bytes:
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n{headers}\r\n"
    return head.encode() + body


def echo(case: str, auth: str) -> bytes:
    """An answer that echoes the Authorization header ``auth`` back, as a server or a proxy might."""
    if case == "401 JSON message":
        return response_bytes(401, {"message": f"token {auth} invalid"})
    if case == "500 HTML page":
        return raw(500, f"<html><body><h1>Whoops</h1><pre>HTTP_AUTHORIZATION={auth}</pre></body></html>".encode())
    if case == "400 text body":
        return raw(400, f"bad request: {auth}".encode(), "text/plain")
    if case == "200 that does not fit":  # the value is cut short in the message: no part of it may show
        return response_bytes(200, {"data": {**USER, "created_at": auth}})
    if case == "200 that is not JSON":
        return raw(200, f"<html>{auth}</html>".encode())
    if case == "header echo":
        return response_bytes(500, {"message": "x"}, {"X-Echo": auth, "X-RateLimit-Limit": auth, "X-Unit": "m²"})
    if case == "422 field errors":
        return response_bytes(422, {"message": f"{auth} is invalid", "errors": {auth: [f"{auth} is invalid"]}})
    if case == "403 percent-encoded":
        return response_bytes(403, {"message": f"GET /login?token={quote(auth, safe='')} denied"})
    if case == "302 to a page named after it":
        return raw(302, b"", headers=f"Location: /login/{quote(auth, safe='')}\r\n")
    if case == "reason phrase":  # httpx logs the status line at INFO, httpcore at DEBUG
        return response_bytes(500, {"message": "x"}).replace(b" 500 X\r\n", f" 500 {auth}\r\n".encode(), 1)
    if case == "illegal header line":  # httpx's own error quotes the line
        return f"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n{auth}\r\n\r\n{{}}".encode()
    raise AssertionError(case)


CASES = [
    "401 JSON message",
    "500 HTML page",
    "400 text body",
    "200 that does not fit",
    "200 that is not JSON",
    "header echo",
    "422 field errors",
    "403 percent-encoded",
    "302 to a page named after it",
    "illegal header line",
    "reason phrase",
]


def exposed(text: str, secret: str = SECRET) -> list[str]:
    """Pieces of ``secret`` (10 characters or more) that ``text`` shows."""
    return [secret[i : i + 10] for i in range(len(secret) - 9) if secret[i : i + 10] in text]


def texts_of(error: BaseException) -> list[str]:
    """Every text a user or an error tracker could get from ``error``."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error)), *getattr(error, "__notes__", [])]
    for name in ("message", "body", "errors", "content"):
        if hasattr(error, name):
            texts.append(repr(getattr(error, name)))
    if isinstance(error, APIStatusError | UnexpectedResponseError):
        texts.append(repr(error.headers.multi_items()))
    return texts


def logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in caplog.records]


# What each error still says, with the secret redacted.
SAYS = {
    "401 JSON message": "HTTP 401 from GET /api/v1/users/1: token Bearer [REDACTED] invalid",
    "500 HTML page": "HTTP_AUTHORIZATION=Bearer [REDACTED]",
    "400 text body": "bad request: Bearer [REDACTED]",
    "200 that does not fit": 'at data.created_at: expected date-time string or null, got string "Bearer [REDACTED]"',
    "200 that is not JSON": "the answer is not valid JSON (GET /api/v1/users/1 -> HTTP 200: '<html>Bearer [REDACTED]",
    "header echo": "HTTP 500 from GET /api/v1/users/1: x",
    "422 field errors": "HTTP 422 from GET /api/v1/users/1: Bearer [REDACTED] is invalid",
    "403 percent-encoded": "token=Bearer%20[REDACTED] denied",
    "302 to a page named after it": "redirected to /login/Bearer [REDACTED] instead of answering JSON",
    "illegal header line": "illegal header line: bytearray(b'Bearer [REDACTED]')",
    "reason phrase": "HTTP 500 from GET /api/v1/users/1: x",
}


@pytest.mark.parametrize("case", CASES)
async def test_an_echoed_token_appears_in_no_text_the_sdk_makes(case: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    events: list[RetryEvent] = []

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(echo(case, request.headers["authorization"]))

    async with HostileServer(handler) as url, Billmora(url, TOKEN, max_retries=1, on_retry=events.append) as bm:
        with pytest.raises(BillmoraError) as caught:
            await bm.users.show(1)
        texts = [repr(bm), *texts_of(caught.value), *map(repr, events), *logged(caplog)]
    assert caplog.records, "DEBUG logging was captured"
    assert not [t for t in texts if exposed(t)], case
    assert SAYS[case] in str(caught.value)
    error: Any = caught.value
    if case == "header echo":
        assert error.headers["X-Echo"] == "Bearer [REDACTED]" and error.headers["X-Unit"] == "m²"
        assert isinstance(error.response.headers["X-Echo"], str)  # the answer itself is kept as it came
    if case == "422 field errors":
        assert error.errors == {"Bearer [REDACTED]": ["Bearer [REDACTED] is invalid"]}
    if case == "illegal header line":
        assert isinstance(error, APIConnectionError)


async def test_escaped_echoes_of_a_secret_with_slashes_and_pluses_are_redacted() -> None:
    secret = "s3cr3t/With+Plus=And/Slash0123456789abcdefgh"
    token = f"9|{secret}"
    escaped = json.dumps(token).replace("/", "\\/")  # PHP's json_encode escapes slashes
    bodies = [
        f'{{"message": "token {escaped[1:-1]} invalid"}}'.encode(),
        json.dumps({"message": f"see /x?t={quote(token, safe='')} and {quote_plus(token)}"}).encode(),
    ]

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(raw(401, bodies[len(server.requests) - 1]))

    server = HostileServer(handler)
    async with server as url, Billmora(url, token, max_retries=0) as bm:
        for _ in bodies:
            with pytest.raises(BillmoraError) as caught:
                await bm.users.show(1)
            forms = [secret, json.dumps(secret)[1:-1].replace("/", "\\/"), quote(secret, safe=""), quote_plus(secret)]
            for text in texts_of(caught.value):
                assert not [form for form in forms if exposed(text, form)], text


@pytest.mark.parametrize(
    ("token", "named"),
    [
        ("7|abc\u200bdefghij", "a zero-width space (U+200B) at position 6 of 13"),
        ("7|abcdefghij\u200c", "a zero-width non-joiner (U+200C)"),
        ("7|abc\u200ddefghij", "a zero-width joiner (U+200D)"),
        ("7|abc\u2060defghij", "a word joiner (U+2060)"),
        ("7|abc\ufeffdefghij", "a byte order mark (U+FEFF) at position 6"),
        ("7|abcdefghij\x00", "a NUL character (U+0000) at position 13 of 13"),
        ("7|abc\x7fdefghij", "a control character (U+007F)"),
        ("7|abc\tdefghij", "whitespace (U+0009)"),
        ("7|abc defghij", "whitespace (U+0020)"),
        ("7|abcdéfghij", "a non-ASCII character (U+00E9 latin small letter e with acute)"),
        ("7|abc\u00addefghij", "an invisible formatting character (U+00AD soft hyphen)"),
    ],
)
def test_a_token_with_a_stray_character_is_refused_at_construction_without_being_shown(
    token: str, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ways = ["argument", "environment"] if "\x00" not in token else ["argument"]  # no environment holds a NUL
    for way in ways:
        with pytest.raises(ConfigurationError) as caught:
            if way == "environment":
                monkeypatch.setenv("BILLMORA_API_TOKEN", token)
            Billmora("https://billing.example.com", token if way == "argument" else None)
        assert named in str(caught.value)
        assert "abc" not in str(caught.value) and "abc" not in repr(caught.value)


async def test_surrounding_whitespace_and_a_leading_bom_are_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(response_bytes(200, {"data": USER}))

    server = HostileServer(handler)
    async with server as url:
        for pasted in (f"\ufeff{TOKEN}\r\n", f"  \ufeff {TOKEN}\t", f"{TOKEN}\n"):
            async with Billmora(url, pasted) as bm:
                assert (await bm.users.show(1)).id == 1
            monkeypatch.setenv("BILLMORA_API_TOKEN", pasted)
            async with Billmora(url) as bm:
                assert (await bm.users.show(1)).id == 1
    assert {request.headers["authorization"] for request in server.requests} == {f"Bearer {TOKEN}"}


@pytest.mark.parametrize(
    "base_url",
    ["http://admin:hunter2@billing.example.com", "https://admin:hunter2@127.0.0.1:8000/api", "https://:hunter2@host"],
)
def test_a_password_in_the_base_url_is_refused_without_being_shown(
    base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for way in ("argument", "environment"):
        with pytest.raises(ConfigurationError, match="user name or password: remove it") as caught:
            if way == "environment":
                monkeypatch.setenv("BILLMORA_BASE_URL", base_url)
            Billmora(base_url if way == "argument" else None, TOKEN)
        assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value)


def test_an_unreadable_base_url_is_a_configuration_error_without_the_password() -> None:
    with pytest.raises(ConfigurationError, match="cannot be read") as caught:
        Billmora("http://admin:hunter2@[::1", TOKEN)
    assert "hunter2" not in str(caught.value)


def test_the_token_is_forgotten_with_its_last_client() -> None:
    import gc

    from billmora_client._token import redact

    token = "5|forgettableSecret0123456789"
    bm = Billmora("https://billing.example.com", token)
    assert redact(f"x {token}") == "x [REDACTED]"
    del bm
    gc.collect()
    Billmora("https://billing.example.com", TOKEN)  # the registry is swept when a client is made
    assert redact(f"x {token}") == f"x {token}"
    assert redact(f"x {TOKEN}") == "x [REDACTED]"
