"""Sanctum personal access tokens as Billmora's API settings create them."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.requests import Request


@dataclass
class Token:
    """A token: its ``abilities`` (``"*"`` or names such as ``"invoices.view"``), an optional IP whitelist
    (``ips``) and its per-window ``rate_limit``. ``id`` is given when the sandbox registers it (1, 2, ...);
    ``plain_text`` (``"<id>|<secret>"``) is what a client sends as ``Authorization: Bearer ...``."""

    secret: str
    abilities: tuple[str, ...] = ("*",)
    ips: tuple[str, ...] | None = None
    rate_limit: int = 60
    id: int = 0

    @property
    def plain_text(self) -> str:
        return f"{self.id}|{self.secret}"

    def can(self, ability: str) -> bool:
        """Sanctum's ``$token->can()``: ``*`` grants every ability."""
        return "*" in self.abilities or ability in self.abilities

    def allows(self, ip: str) -> bool:
        """``CheckApiWhitelistIp``: an empty whitelist allows every address."""
        return not self.ips or ip in {entry.strip() for entry in self.ips}

    def __repr__(self) -> str:
        return f"Token(id={self.id}, abilities={self.abilities!r}, ips={self.ips!r}, rate_limit={self.rate_limit})"


def bearer(request: Request) -> str | None:
    """The bearer credential of ``Authorization``, or None."""
    scheme, _, credential = request.headers.get("authorization", "").strip().partition(" ")
    credential = credential.strip()
    return credential if scheme.lower() == "bearer" and credential else None


def find_token(tokens: dict[int, Token], credential: str) -> Token | None:
    """``PersonalAccessToken::findToken``: ``<id>|<secret>`` looks up the id; a bare secret matches any token."""
    if "|" in credential:
        token_id, _, secret = credential.partition("|")
        token = tokens.get(int(token_id)) if token_id.isdigit() else None
        return token if token is not None and hmac.compare_digest(token.secret, secret) else None
    return next((t for t in tokens.values() if hmac.compare_digest(t.secret, credential)), None)
