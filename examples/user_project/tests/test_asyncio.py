"""Marked tests: run by pytest-asyncio in strict mode (its default) and in auto mode."""

from __future__ import annotations

import pytest
from billing import customer_emails, sign_up

from billmora_client import Billmora
from billmora_client.testing import RunningSandbox


@pytest.mark.asyncio
async def test_every_customer_is_listed(billmora: Billmora) -> None:
    assert len(await customer_emails(billmora)) == 25  # the sandbox's seed-1 customers


@pytest.mark.asyncio
async def test_a_new_customer_is_listed_first(billmora: Billmora, billmora_sandbox: RunningSandbox) -> None:
    user_id = await sign_up(billmora, "Ada", "Lovelace", "ada@example.com")
    assert (await billmora.users.show(user_id)).email == "ada@example.com"
    assert (await customer_emails(billmora))[0] == "ada@example.com"
    assert billmora_sandbox.sandbox.stats()["requests"]["v1.users.store"] == 1
