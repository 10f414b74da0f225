"""The state behind a sandbox app: store, tokens, clock, limiter, latency, faults and counters."""

from __future__ import annotations

import random
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from ._clock import Clock
from ._faults import Fault, FaultRule
from ._ratelimit import FixedWindowLimiter
from ._seed import seed_invoices
from ._store import Store
from ._tokens import Token


@dataclass(frozen=True)
class Exchange:
    """One request as the sandbox saw it: ``status`` is None when the connection was dropped."""

    operation_id: str
    method: str
    path: str
    status: int | None
    fault: str | None


@dataclass
class Sandbox:
    """Everything a test can read or change while the app runs (``app.state.sandbox``).

    Counters: ``requests`` per operationId (every request that matched a route), ``statuses`` per status sent,
    ``answers`` per (operationId, status), ``dropped`` per operationId, ``injected`` (operationId, fault kind)
    in order, and ``history``, the last 10,000 ``Exchange``s. ``store`` is what exists, whatever callers were told.
    """

    store: Store
    clock: Clock
    limiter: FixedWindowLimiter
    tokens: dict[int, Token] = field(default_factory=dict)
    latency: float = 0.0
    faults: list[FaultRule] = field(default_factory=list)
    rng: random.Random = field(default_factory=random.Random)
    requests: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    answers: Counter[tuple[str, int]] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    injected: list[tuple[str, str]] = field(default_factory=list)
    history: deque[Exchange] = field(default_factory=lambda: deque(maxlen=10_000))

    def add_token(self, token: Token) -> Token:
        """Register ``token``, giving it the next id unless it has one."""
        token.id = token.id or max(self.tokens, default=0) + 1
        self.tokens[token.id] = token
        return token

    @property
    def token(self) -> Token:
        """The first token (the one ``create_app`` makes when given none)."""
        return self.tokens[min(self.tokens)]

    def inject(self, fault: Fault, *operations: str, probability: float = 1.0, times: int | None = None) -> FaultRule:
        """Make ``fault`` happen on ``operations`` (all when none) for a ``probability`` fraction of their requests,
        at most ``times`` times. Rules are tried in the order they were added."""
        rule = FaultRule(fault, frozenset(operations) or None, probability, times)
        self.faults.append(rule)
        return rule

    def clear_faults(self) -> None:
        self.faults.clear()

    def pick_fault(self, operation_id: str, method: str, template: str, path: str) -> Fault | None:
        for rule in self.faults:
            if rule.applies_to(operation_id, method, template, path) and self.rng.random() < rule.probability:
                rule.injected += 1
                if rule.remaining is not None:
                    rule.remaining -= 1
                self.injected.append((operation_id, rule.fault.kind))
                return rule.fault
        return None

    def record(self, operation_id: str, method: str, path: str, status: int | None, fault: Fault | None) -> None:
        if status is None:
            self.dropped[operation_id] += 1
        else:
            self.statuses[status] += 1
            self.answers[(operation_id, status)] += 1
        self.history.append(Exchange(operation_id, method, path, status, fault.kind if fault else None))

    def seed_invoices(self, count: int) -> None:
        """Add ``count`` invoices with items (for benchmarks that need a large listing)."""
        users = max(1, len(self.store.table("users")))
        seed_invoices(self.store, random.Random(count), count, users)

    def stats(self) -> dict[str, Any]:
        return {
            "requests": dict(self.requests),
            "statuses": {str(status): count for status, count in self.statuses.items()},
            "dropped": dict(self.dropped),
            "injected": len(self.injected),
        }
