"""Tests under anyio's own marker (anyio's pytest plugin, installed with httpx), on its asyncio backend."""

from __future__ import annotations

import pytest
from billing import customer_emails, sign_up

from billmora_client import Billmora, NotFoundError

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_every_customer_is_listed(billmora: Billmora) -> None:
    assert len(await customer_emails(billmora)) == 25


async def test_a_customer_that_does_not_exist_is_a_404(billmora: Billmora) -> None:
    user_id = await sign_up(billmora, "Grace", "Hopper", "grace@example.com")
    with pytest.raises(NotFoundError):
        await billmora.users.show(user_id + 1000)
