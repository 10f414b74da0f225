"""Code under test: what a billing job asks Billmora."""

from __future__ import annotations

from billmora_client import Billmora


async def customer_emails(bm: Billmora) -> list[str]:
    """Every customer's e-mail address, newest customer first."""
    async with bm.users.iterate(per_page=10) as users:
        return [user.email async for user in users]


async def sign_up(bm: Billmora, first_name: str, last_name: str, email: str) -> int:
    """Create a customer and return its id."""
    user = await bm.users.store(first_name=first_name, last_name=last_name, email=email, password="s3cret-pass")
    return user.id
