"""An answer about another record than the one asked for is refused, and the connection it came on is closed.

The server here is raw asyncio on loopback: it frames one answer badly on purpose (a Content-Length that stops
short of the body, whose rest is a complete forged answer), so every later answer on that connection belongs
to the request before. Plain httpx hands those answers out as success."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from billmora_client import Billmora, UnexpectedResponseError
from billmora_client.testing import Token, create_app, serve

from .hostile import HostileServer, RawRequest, response_bytes


@pytest.fixture(scope="module")
def sandbox() -> Iterator[dict[str, Any]]:
    """A user and a page of users as the sandbox renders them."""
    app = create_app(seed=1, tokens=[Token("secret", rate_limit=10_000)])
    headers = {"Authorization": "Bearer 1|secret", "Accept": "application/json"}
    with serve(app) as url, httpx.Client(base_url=url, headers=headers) as http:
        yield {"user": http.get("/v1/users/1").json()["data"], "page": http.get("/v1/users?page=2&per_page=5").json()}


def user_answer(user: dict[str, Any], user_id: int) -> bytes:
    return response_bytes(200, {"data": {**user, "id": user_id}})


def splitting_server(user: dict[str, Any]) -> tuple[HostileServer, list[int]]:
    """Answers ``GET /api/v1/users/<id>`` with that user; the answer to user 400 carries a forged one for 666666.

    Returns the server and, for each request, the number of the connection it came on.
    """
    connections: list[int] = []
    writers: list[asyncio.StreamWriter] = []

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if writer not in writers:
            writers.append(writer)
        connections.append(writers.index(writer))
        user_id = int(request.target.rsplit("/", 1)[-1])
        if user_id != 400:
            writer.write(user_answer(user, user_id))
            return
        body = json.dumps({"data": {**user, "id": 400}}).encode()
        forged = user_answer(user, 666666)
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        writer.write(head.encode() + body + forged)  # the Content-Length stops short of the forged answer

    return HostileServer(handler), connections


async def test_a_forged_answer_on_a_reused_connection_is_refused_and_the_connection_dropped(
    sandbox: dict[str, Any],
) -> None:
    server, connections = splitting_server(sandbox["user"])
    async with server as origin, Billmora(origin + "/api", "1|secret", max_retries=0) as bm:
        assert (await bm.users.show(400)).id == 400
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.users.show(401)
        shown = [(await bm.users.show(n)).id for n in (402, 403, 404)]
    assert "v1_users_show: the answer is about another record (data.id is 666666, not the 401 asked for)" in str(
        caught.value
    )
    assert caught.value.may_have_succeeded is False
    assert shown == [402, 403, 404]
    assert connections[:2] == [0, 0] and connections[2] != 0, "the out-of-step connection was used again"


async def test_an_update_answered_about_another_record_may_have_succeeded(
    sandbox: dict[str, Any], loopback: Callable[[Any], str]
) -> None:
    async def answer(request: Request) -> JSONResponse:
        return JSONResponse({"data": {**sandbox["user"], "id": 9}})

    app = Starlette(routes=[Route("/api/v1/users/{id:int}", answer, methods=["GET", "PUT"])])
    async with Billmora(loopback(app), "1|secret", max_retries=0) as bm:
        assert (await bm.users.show(9)).id == 9
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.users.update(8, first_name="Ada")
    assert "data.id is 9, not the 8 asked for" in str(caught.value)
    assert caught.value.may_have_succeeded is True


async def test_a_page_other_than_the_one_asked_for_is_refused(
    sandbox: dict[str, Any], loopback: Callable[[Any], str]
) -> None:
    async def answer(request: Request) -> JSONResponse:
        return JSONResponse(sandbox["page"])  # always page 2

    app = Starlette(routes=[Route("/api/v1/users", answer)])
    async with Billmora(loopback(app), "1|secret", max_retries=0) as bm:
        assert (await bm.users.index(page=2, per_page=5)).meta.current_page == 2
        with pytest.raises(UnexpectedResponseError) as caught:
            await bm.users.index(page=3, per_page=5)
        with pytest.raises(UnexpectedResponseError) as walking:
            [user async for user in bm.users.iterate(per_page=5)]
    assert "meta.current_page is 2, not the 3 asked for" in str(caught.value)
    assert "meta.current_page is 2, not the 1 asked for" in str(walking.value)
