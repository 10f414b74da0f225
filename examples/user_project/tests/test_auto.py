"""An unmarked async test: pytest-asyncio runs it in auto mode only."""

from __future__ import annotations

from billing import customer_emails

from billmora_client import Billmora


async def test_every_customer_is_listed_in_auto_mode(billmora: Billmora) -> None:
    assert len(await customer_emails(billmora)) == 25
