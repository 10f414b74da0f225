"""The SDK is built on httpx: a client or transport of another library (httpx2, a sync client) is refused at
construction with an error naming what to pass, before anything is sent."""

from __future__ import annotations

import importlib.util

import httpx
import pytest

from billmora_client import Billmora, ConfigurationError

URL, TOKEN = "https://billing.example.com", "1|secret"


def httpx2_async_client() -> object:
    """An ``httpx2.AsyncClient`` when httpx2 is installed, else an object of that class's name and module."""
    if importlib.util.find_spec("httpx2") is not None:
        httpx2 = importlib.import_module("httpx2")
        return httpx2.AsyncClient()
    return type("AsyncClient", (), {"__module__": "httpx2._client", "__qualname__": "AsyncClient"})()


def test_an_httpx2_client_is_refused_naming_the_httpx_one_to_pass() -> None:
    with pytest.raises(ConfigurationError) as refused:
        Billmora(URL, TOKEN, http_client=httpx2_async_client())  # type: ignore[arg-type]
    text = str(refused.value)
    assert text.startswith("http_client must be an httpx.AsyncClient, not httpx2.")
    assert "billmora-client is built on httpx, not on its fork httpx2" in text


def test_a_sync_client_or_a_foreign_transport_is_refused() -> None:
    with httpx.Client() as sync, pytest.raises(ConfigurationError, match=r"must be an httpx\.AsyncClient, not httpx"):
        Billmora(URL, TOKEN, http_client=sync)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"transport must be an httpx\.AsyncBaseTransport, not builtins\.str"):
        Billmora(URL, TOKEN, transport="http://proxy")  # type: ignore[arg-type]


async def test_an_httpx_client_is_taken() -> None:
    async with Billmora(URL, TOKEN, http_client=httpx.AsyncClient(headers={"X-Trace": "1"})) as bm:
        assert bm.raw.get_async_httpx_client().headers["X-Trace"] == "1"
