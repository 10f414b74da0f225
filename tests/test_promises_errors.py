"""The exception a user catches for each answer, and what it says, through the client over loopback."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from billmora_client import (
    APIStatusError,
    AuthenticationError,
    Billmora,
    BillmoraError,
    PermissionDeniedError,
    RateLimiter,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from billmora_client._retry import RATE_LIMIT_EXTENSION
from billmora_client.errors import snippet
from billmora_client.generated import models as m

from .hostile import HostileServer, RawRequest
from .promises import TOKEN, Answer, FakeTime, scripted

HTML = "<html><head><title>{}</title></head><body>cloudflare</body></html>"


def raw(status: int, body: str, content_type: str, headers: dict[str, str] | None = None) -> HostileServer:
    """Answers every request with ``body`` as it is."""

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        data = body.encode()
        lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", f"Content-Length: {len(data)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + data)

    return HostileServer(handler)


def ticket() -> m.TicketsStoreRequest:
    return m.TicketsStoreRequest(user_id=1, subject="s", department="d", priority=m.TicketPriority.LOW, message="m")


async def test_a_401_raises_authentication_error_with_billmoras_message() -> None:
    async with scripted([(401, {}, {"message": "Unauthenticated."})]) as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(AuthenticationError) as caught:
            await bm.users.show(1)
    assert (caught.value.status_code, caught.value.message) == (401, "Unauthenticated.")
    assert caught.value.may_have_succeeded is False


async def test_a_503_raises_server_error_and_a_post_answered_503_was_not_carried_out() -> None:
    server = scripted([(503, {}, {"message": "Service Unavailable"})] * 2)
    async with server as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(ServerError) as read:
            await bm.users.show(1)
        with pytest.raises(ServerError) as write:
            await bm.tickets.store(body=ticket())
    assert read.value.status_code == 503 and read.value.message == "Service Unavailable"
    assert write.value.may_have_succeeded is False


async def test_a_proxys_html_429_is_a_rate_limit_error_with_its_retry_after() -> None:
    async with (
        raw(429, HTML.format("429 Too Many Requests"), "text/html", {"Retry-After": "120"}) as url,
        Billmora(url, TOKEN, max_rate_limit_wait=1) as bm,
    ):
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
    assert caught.value.status_code == 429 and caught.value.retry_after == 120.0
    assert "429 Too Many Requests" in caught.value.message


async def test_a_403_for_an_ip_outside_the_whitelist_sets_ip_refused() -> None:
    body = {"message": "Your IP address is not allowed to use this token."}
    async with scripted([(403, {}, body)]) as url, Billmora(url, TOKEN) as bm:
        with pytest.raises(PermissionDeniedError) as caught:
            await bm.users.show(1)
    assert caught.value.ip_refused is True and caught.value.ability is None


@pytest.mark.parametrize("status", [520, 524])
@pytest.mark.parametrize("html", [True, False])
async def test_a_cdns_52x_to_a_post_says_it_may_have_succeeded(status: int, html: bool) -> None:
    server = (
        raw(status, HTML.format(f"Error {status}"), "text/html")
        if html
        else raw(status, '{"message": "origin timed out"}', "application/json")
    )
    async with server as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as write:
            await bm.tickets.store(body=ticket())
        with pytest.raises(UnexpectedResponseError) as read:
            await bm.users.show(1)
    assert write.value.status_code == status and write.value.may_have_succeeded is True
    assert "may have been carried out" in str(write.value)
    assert read.value.may_have_succeeded is False
    assert ("an HTML page" in str(write.value)) is html


async def test_a_429_made_by_the_client_carries_the_exact_wait_and_sends_nothing() -> None:
    time = FakeTime(0.0)
    limiter = RateLimiter(60, 60.0, clock=time, sleep=time.sleep)
    limiter.pause(30.0)
    server = scripted([])
    async with server as url, Billmora(url, TOKEN, rate_limiter=limiter, max_rate_limit_wait=5) as bm:
        with pytest.raises(RateLimitError) as caught:
            await bm.users.show(1)
    assert caught.value.retry_after == 30.0 and server.requests == []
    assert isinstance(caught.value, BillmoraError) and caught.value.may_have_succeeded is False


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        *((status, APIStatusError) for status in (400, 405, 406, 408, 409, 410, 413, 414, 415)),
        *((status, ServerError) for status in (500, 501, 502, 503, 504, 505)),
        (407, UnexpectedResponseError),
        (418, UnexpectedResponseError),
        (419, UnexpectedResponseError),
    ],
)
async def test_each_status_raises_its_class(status: int, kind: type[BillmoraError]) -> None:
    async with scripted([(status, {}, {"message": "said so"})]) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(BillmoraError) as caught:
            await bm.users.show(1)
    assert type(caught.value) is kind
    assert getattr(caught.value, "status_code", None) == status


async def test_an_unreadable_answer_is_quoted_in_the_error_up_to_200_characters() -> None:
    page = "<html>" + "x" * 300 + "</html>"
    async with raw(520, page, "text/html") as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.users.show(1)
    assert f"(GET /api/v1/users/1 -> HTTP 520: '{page[:200]}...')" in str(caught.value)


@pytest.mark.parametrize("status", [300, 301, 302])
async def test_a_post_answered_by_a_redirect_was_not_carried_out(status: int) -> None:
    server = scripted([(status, {"Location": "/login"}, {"message": "moved"})])
    async with server as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.tickets.store(body=ticket())
    assert caught.value.status_code == status and caught.value.may_have_succeeded is False


def test_a_body_quoted_in_a_message_is_cut_at_200_characters_and_marked_only_when_cut() -> None:
    assert snippet(b"x" * 200) == "x" * 200
    assert snippet(b"x" * 201) == "x" * 200 + "..."


async def test_a_note_added_to_an_error_keeps_its_text_with_the_token_redacted() -> None:
    answers: list[Answer] = [(404, {}, {"message": "Not Found"})]
    async with scripted(answers) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(BillmoraError) as caught:
            await bm.users.show(1)
        caught.value.add_note(f"while syncing with {TOKEN}")
    assert caught.value.__notes__ == ["while syncing with [REDACTED]"]


@pytest.mark.parametrize(
    ("announced", "learned", "limit"),
    [("60", 30, 60), (None, 30, 30), ("60", None, 60), (None, None, None), (None, "30", None)],
)
def test_a_rate_limit_errors_limit_is_the_announced_one_else_the_one_the_client_knows(
    announced: str | None, learned: object, limit: int | None
) -> None:
    headers = {"X-RateLimit-Limit": announced} if announced is not None else {}
    extensions = {RATE_LIMIT_EXTENSION: learned} if learned is not None else {}
    answer = httpx.Response(429, headers=headers, json={"message": "Too Many Attempts."}, extensions=extensions)
    answer.request = httpx.Request("GET", "https://billmora.test/api/v1/users/1")
    assert RateLimitError(answer, answer.json()).limit == limit


@pytest.mark.parametrize(
    ("status", "location", "told"),
    [
        (302, None, "redirected to an unknown page instead of answering JSON"),
        (300, "http://[::1", "redirected to a Location that is not a valid URL instead of answering JSON"),
        (301, "https://billmora.example/login?next=1", "redirected to /login instead of answering JSON"),
    ],
)
async def test_a_redirect_names_where_it_points_or_why_it_cannot(status: int, location: str | None, told: str) -> None:
    headers = {"Location": location} if location is not None else {}
    async with scripted([(status, headers, {})]) as url, Billmora(url, TOKEN, max_retries=0) as bm:
        with pytest.raises(UnexpectedResponseError, match=told):
            await bm.users.show(1)
