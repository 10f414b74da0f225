"""Fault injection: answers that Billmora, or a proxy in front of it, can give, made to happen on purpose.

A ``Fault`` says what goes wrong; ``Sandbox.inject(fault, *operations, probability=, times=)`` says when: on the
named operations (operationIds such as ``"v1.invoices.store"``, or ``"POST /api/v1/invoices"`` with a route
template or a concrete path; all operations when none is named), for a ``probability`` fraction of their
requests drawn from the sandbox's own seeded random generator (so a run repeats), at most ``times`` times.

Kinds, and what the controller does:
  ``Fault.http_status(503)`` answers that status before anything else runs (no side effect, no rate-limit hit);
                          the body is JSON for 500/503/419 (Laravel's own messages) and an HTML proxy page for
                          502/504/520, unless ``body``/``content_type`` say otherwise
  ``Fault.drop_before()`` closes the connection before the controller runs: nothing happened
  ``Fault.drop_after()``  runs the controller (its effect is committed), then closes the connection unanswered
  ``Fault.truncate()``    runs the controller, then sends the first half of its JSON body (a complete HTTP answer)
  ``Fault.html()``        runs the controller, then sends an HTML page with its status instead of the JSON
  ``Fault.slow(2.5)``     runs the controller (its effect is committed), then waits that many seconds before
                          answering normally: a client that gives up meanwhile never learns of the effect

A dropped connection over uvicorn: the sandbox aborts the socket before any byte of the answer, and an httpx
client sees ``httpx.RemoteProtocolError`` ("Server disconnected without sending a response."). Raising an
exception would not do: uvicorn answers 500 "Internal Server Error" to an app that fails before starting its
answer. In-process through ``httpx.ASGITransport``, the app raises ``ConnectionDropped``, itself an
``httpx.RemoteProtocolError``, which reaches the caller of the client as a dropped connection would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import httpx

FaultKind = Literal["status", "drop_before", "drop_after", "truncate", "html", "slow"]
BEFORE_CONTROLLER: frozenset[str] = frozenset({"status", "drop_before"})
PROXY_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
REASONS = {502: "Bad Gateway", 504: "Gateway Time-out", 520: "Web Server Returned an Unknown Error"}
LARAVEL_MESSAGES = {500: "Server Error", 503: "Service Unavailable", 419: "CSRF token mismatch."}


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app in-process to stand for a connection closed without an answer."""

    def __init__(self, message: str = "Server disconnected without sending a response.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class Fault:
    """What goes wrong: ``Fault("status", status=503)`` or ``Fault.http_status(503)``, ``Fault("drop_after")``
    or ``Fault.drop_after()``, and so on (``kind`` names below)."""

    kind: FaultKind
    status: int = 500
    body: str | None = None
    content_type: str | None = None
    delay: float = 0.0
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def http_status(
        cls,
        code: int,
        body: str | None = None,
        *,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fault:
        return cls("status", code, body, content_type, headers=tuple((headers or {}).items()))

    @classmethod
    def drop_before(cls) -> Fault:
        return cls("drop_before")

    @classmethod
    def drop_after(cls) -> Fault:
        return cls("drop_after")

    @classmethod
    def truncate(cls) -> Fault:
        return cls("truncate")

    @classmethod
    def html(cls) -> Fault:
        return cls("html")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        return cls("slow", delay=seconds)

    def answer(self) -> tuple[str, str]:
        """(body, content type) of a ``status`` fault."""
        if self.body is not None:
            guessed = "application/json" if self.body.lstrip().startswith(("{", "[")) else "text/html; charset=utf-8"
            return self.body, self.content_type or guessed
        if self.status in LARAVEL_MESSAGES and self.content_type in (None, "application/json"):
            return f'{{"message":"{LARAVEL_MESSAGES[self.status]}"}}', "application/json"
        reason = REASONS.get(self.status, "Error")
        return PROXY_PAGE.format(status=self.status, reason=reason), "text/html; charset=utf-8"


@dataclass
class FaultRule:
    """When a fault happens: on which operations, how often, how many more times (``remaining``)."""

    fault: Fault
    operations: frozenset[str] | None = None
    probability: float = 1.0
    remaining: int | None = None
    injected: int = field(default=0, init=False)

    def applies_to(self, operation_id: str, method: str, template: str, path: str) -> bool:
        if self.remaining == 0:
            return False
        if self.operations is None:
            return True
        names = {operation_id, f"{method} {template}", f"{method} {path}"}
        names |= {f"{method} {template.removeprefix('/api')}", f"{method} {path.removeprefix('/api')}"}
        return not self.operations.isdisjoint(names)
