"""``RedisRateLimiter``: one budget per token shared through Redis by every process and host using the token.

Redis holds the token's window under ``billmora:ratelimit:<sha256 of the install and token id>`` (never the
secret): its id (the time it opened, in ms), the requests reserved in it, its end, and a pause every process
obeys (the script: ``_ratelimit_script``). The reservations a process asks for in one turn of its event loop go
to Redis together, in one atomic script run, and several runs may be in flight at once: no reservation waits
behind another's round trip. The window ends when its first answer plus the window length says so (Billmora's
opens at its first hit, which the answer follows); until that answer comes, at the first reservation plus the
window length, so a reservation left by a process that died expires with its window. A 429's ``Retry-After``
pauses every process; the limit Billmora announces is shared.

When Redis fails (unreachable, restarted, slow past ``socket_timeout``, or slower than a call can afford), no
call fails: the call paces with this process's share of the budget (what Redis last said was left, divided
among the processes that reserved in the last two windows), one WARNING is logged per outage, and Redis is
asked again every ``retry_every`` seconds; the first reservation after tells Redis what pacing alone learned.
Answers are recorded in Redis in the background, so settling a request never waits for Redis.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import secrets
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._ratelimit import BudgetWaitTooLong, RateLimiter, RateLimitState, Reservation, report_hold
from ._ratelimit_script import SCRIPT

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateLimiter", "budget_key"]

logger = logging.getLogger("billmora_client")
WARN_AGAIN_AFTER = 60.0  # seconds: losing Redis again sooner is logged at INFO


def budget_key(base_url: str, token: str, prefix: str = "billmora:ratelimit:") -> str:
    """The Redis key of a token's budget: a hash of the install and the token's id (the part before ``|``)."""
    token_id = token.strip().split("|", 1)[0]
    return prefix + hashlib.sha256(f"{base_url}\n{token_id}".encode()).hexdigest()[:32]


@dataclass(eq=False)
class SharedReservation:
    """A unit of budget from Redis (``epoch``, the window's id) or, while Redis is away, from this process."""

    epoch: int = 0
    local: Reservation | None = None
    settled: bool = False


class RedisRateLimiter:
    """Paces every process using one token to its one budget, kept in Redis (``redis``: a URL or a client).

    ``key`` is the budget's Redis key (``budget_key(base_url, token)``); ``limit`` and ``window`` hold until
    Billmora's headers, or another process, say otherwise. ``clock`` (seconds) replaces Redis's own clock,
    for tests. Close it with ``aclose()`` (``Billmora`` does, for the limiter it made).
    """

    def __init__(
        self,
        redis: str | Redis,
        key: str,
        *,
        limit: int = 60,
        window: float = 60.0,
        socket_timeout: float = 1.0,
        retry_every: float = 1.0,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self._client, self._owned = _client(redis, socket_timeout)
        self._script = self._client.register_script(SCRIPT)
        self._keys = [key]
        self._where = _describe(redis)
        self._local = RateLimiter(limit, window, sleep=sleep)
        self._socket_timeout = socket_timeout
        self._retry_every = retry_every
        self._clock = clock
        self._sleep = sleep
        self._shared = True  # Redis answered last time it was asked
        self._retry_at = 0.0
        self._changed_at = 0.0  # when Redis was last lost or back
        self._warned_at = self._slow_noted_at = -math.inf
        self._paused_until = 0.0
        self._state = RateLimitState(limit, limit, None)
        self._tasks: set[asyncio.Task[None]] = set()
        self._waiting: list[asyncio.Future[SharedReservation | float | None]] = []  # the next batch
        self._went_alone: set[asyncio.Future[SharedReservation | float | None]] = set()  # Redis was too slow
        self._pacer = secrets.token_hex(8)  # this limiter among the pacers Redis counts
        self._pacers = 1  # pacers that reserved in the last two windows, as Redis last said
        self._seeded = False  # the local limiter was told what Redis last said, since Redis was last back
        self._alone = False  # paced alone since Redis last answered a reservation: tell Redis what was learned

    @property
    def shared(self) -> bool:
        """Whether the budget is shared through Redis now (False while pacing alone)."""
        return self._shared

    @property
    def limit(self) -> int:
        return self._local.limit

    @property
    def window(self) -> float:
        return self._local.window

    @property
    def state(self) -> RateLimitState:
        """What the limiter believes now: Redis's last word, or this process's own while Redis is away."""
        return self._state if self._shared else self._local.state

    async def try_reserve(self, *, patience: float | None = None) -> SharedReservation | float | None:
        """A reservation from Redis, else the seconds to wait; None when Redis cannot be asked now, or has not
        answered within ``patience`` seconds (then the unit it grants later goes back).

        Reservations asked for in one turn of the event loop go to Redis together, in one script run.
        """
        if not (self._shared or time.monotonic() >= self._retry_at):
            return None
        pause = self._paused_until - time.monotonic()
        if pause > 0:
            return pause
        if patience is not None and patience <= 0:
            return None  # no time left to ask
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[SharedReservation | float | None] = loop.create_future()
        if not self._waiting:
            loop.call_soon(self._send_batch)
        self._waiting.append(waiter)
        try:
            async with asyncio.timeout(patience):
                return await waiter  # cancelled here (task cancelled, or patience out)
        except TimeoutError:
            self._note_slow(patience or 0.0)
            self._went_alone.add(waiter)  # a unit Redis grants it later stays spent: the call goes out anyway
            return None

    async def acquire(self, *, max_wait: float = math.inf) -> SharedReservation:
        """Wait until the shared budget allows one more request (``BudgetWaitTooLong`` past ``max_wait``).

        A Redis that answers slower than a quarter of what the call may still wait (at most ``socket_timeout``)
        is, for this call, a Redis that is away: the call paces with this process's share of the budget.
        """
        started = time.monotonic()
        while True:
            left = max_wait - (time.monotonic() - started)
            patience = min(self._socket_timeout, max(left, 0.0) / 4)
            decision = await self.try_reserve(patience=patience)
            if decision is None:
                break
            if isinstance(decision, SharedReservation):
                return decision
            if decision > left:
                raise BudgetWaitTooLong(decision)
            logger.debug("rate limit: holding a request for %.2fs (shared budget)", decision)
            await report_hold(decision)
            await self._sleep(decision)
        left = max_wait - (time.monotonic() - started)
        return SharedReservation(local=await self._pace_alone().acquire(max_wait=max(left, 0.0)))

    def _send_batch(self) -> None:
        batch, self._waiting = [w for w in self._waiting if not w.done()], []
        if batch:
            self._track(self._reserve(batch))

    async def _reserve(self, batch: list[asyncio.Future[SharedReservation | float | None]]) -> None:
        """One script run for the whole batch; units granted to waiters already gone are given back."""
        hint: tuple[int | str, ...] = ("", "")
        reset = self._local.estimated_reset_in()
        if self._alone and reset is not None:  # what pacing alone taught, for a Redis that lost the window
            hint = (self._local.state.remaining, math.ceil(reset * 1000))
        try:
            epoch, wait, units = await self._run("reserve", 0, "", len(batch), self._pacer, *hint)
        except Exception:  # whatever Redis does, the calls go on without it
            for waiter in batch:
                self._went_alone.discard(waiter)
                if not waiter.done():
                    waiter.set_result(None)
            return
        self._alone = False
        for waiter in batch:
            if waiter.done():  # its call is gone (its unit goes back), or went out alone (its unit stays spent)
                units -= 1 if units and waiter in self._went_alone else 0
                self._went_alone.discard(waiter)
                continue
            waiter.set_result(SharedReservation(epoch) if units else wait)
            units -= 1 if units else 0
        if units:
            self._spawn("release", epoch, "", units)

    def _pace_alone(self) -> RateLimiter:
        """This process's own limiter, first told what Redis last said: its share of what was left, until when.

        Redis's window may end a little before Billmora's (it counts from the first reservation until that
        request's answer comes), so the end taken here is half a window later (at most a second), and the next
        window starts with one request alone (``RateLimiter.assume``).
        """
        if not self._seeded:
            self._seeded = True
            self._local.share = 1 / max(1, self._pacers)
            state = self._state
            if state.resets_at is not None:
                margin = min(self._local.window / 2, 1.0)
                self._local.assume(math.floor(state.remaining * self._local.share), (state.resets_in or 0) + margin)
        if not self._shared:  # (a call that only left a slow Redis behind had its unit counted there)
            self._alone = True
        return self._local

    def record_answer(self, reservation: SharedReservation, *, limit: int | None, remaining: int) -> None:
        """Learn from an answer carrying ``X-RateLimit-Remaining``; Redis learns in the background."""
        if reservation.local is not None:
            self._local.record_answer(reservation.local, limit=limit, remaining=remaining)
        elif self._settle(reservation):
            self._learn(limit)
            self._spawn("answer", reservation.epoch, limit or "", remaining, since=time.monotonic())

    def record_refusal(self, reservation: SharedReservation, *, wait: float, limit: int | None) -> None:
        """A 429: every process pauses ``wait`` seconds."""
        if reservation.local is not None:
            self._local.record_refusal(reservation.local, wait=wait, limit=limit)
        elif self._settle(reservation):
            self._learn(limit)
            self._paused_until = max(self._paused_until, time.monotonic() + wait)
            self._local.pause(wait)
        else:
            return
        self._spawn("refuse", reservation.epoch, limit or "", math.ceil(wait * 1000))

    def release(self, reservation: SharedReservation, *, counted: bool) -> None:
        """Settle with no answer to learn from; ``counted`` if Billmora may have seen the request."""
        if reservation.local is not None:
            self._local.release(reservation.local, counted=counted)
        elif self._settle(reservation) and not counted:
            self._spawn("release", reservation.epoch)

    def estimated_reset_in(self) -> float | None:
        """Seconds until the current window is believed to end, when that is in the future."""
        state = self.state
        return state.resets_in or None

    async def flush(self, timeout: float = 1.0) -> None:
        """Wait (at most ``timeout`` seconds) for the updates under way to reach Redis."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def aclose(self) -> None:
        """Let the updates under way reach Redis (briefly), then close the connection if it was made here."""
        await self.flush()
        if self._owned:
            await self._client.aclose()

    async def _run(self, op: str, *args: int | str) -> tuple[int, float, int]:
        """Run the script; keep what it says of the budget; return (window id granted, seconds to wait, units)."""
        now = "" if self._clock is None else str(int(self._clock() * 1000))
        argv = [op, now, self._local.limit, int(self._local.window * 1000), *args]
        sent = time.monotonic()
        try:
            granted, wait, limit, window, remaining, reset, units, pacers = await self._script(
                keys=self._keys, args=argv
            )
        except Exception as error:
            self._lost(error, sent)
            with contextlib.suppress(Exception):  # idle connections to a Redis that went away are stale too
                await self._client.connection_pool.disconnect(inuse_connections=False)
            raise
        if not self._shared and sent > self._changed_at:  # asked after Redis was lost, not before
            logger.info("rate limit: %s is back; the budget is shared again", self._where)
            self._shared = True
            self._seeded = False
            self._changed_at = time.monotonic()
        self._learn(int(limit))
        self._local.window = int(window) / 1000
        self._state = RateLimitState(int(limit), int(remaining), time.monotonic() + int(reset) / 1000)
        self._pacers = int(pacers) or self._pacers
        return int(granted), int(wait) / 1000, int(units)

    def _learn(self, limit: int | None) -> None:
        if limit is not None and limit >= 1:
            self._local.limit = limit

    def _settle(self, reservation: SharedReservation) -> bool:
        if reservation.settled:
            return False
        reservation.settled = True
        return True

    def _spawn(self, op: str, *args: int | str, since: float | None = None) -> None:
        """Tell Redis in the background (settling never waits for it); skipped while Redis is away.

        ``since``: when the answer came (``time.monotonic``); Redis is told how long ago that was.
        """
        if self._shared:
            self._track(self._tell(op, *args, since=since))

    def _track(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _note_slow(self, patience: float) -> None:
        """A call left Redis behind; said at INFO once a minute at most."""
        now = time.monotonic()
        if now - self._slow_noted_at >= WARN_AGAIN_AFTER:
            self._slow_noted_at = now
            logger.info(
                "rate limit: %s took longer than the %.2fs a call could give it; that call paced this process's "
                "share of the budget alone",
                self._where,
                patience,
            )

    async def _tell(self, op: str, *args: int | str, since: float | None) -> None:
        if since is not None:
            args = (*args, int((time.monotonic() - since) * 1000))
        with contextlib.suppress(Exception):  # _run has noted it
            await self._run(op, *args)

    def _lost(self, error: Exception, sent: float) -> None:
        """Pace alone from now; one WARNING per outage (a Redis flapping within a minute is one outage).

        A question asked before the last change (Redis lost, or back) says nothing of Redis now.
        """
        now = time.monotonic()
        if sent < self._changed_at:
            return
        if self._shared:
            level = logging.INFO if now - self._warned_at < WARN_AGAIN_AFTER else logging.WARNING
            self._warned_at = now if level == logging.WARNING else self._warned_at
            logger.log(
                level,
                "rate limit: %s is unreachable (%s: %s); pacing this process alone until it is back",
                self._where,
                type(error).__name__,
                str(error)[:200],
            )
            self._shared = False
            self._changed_at = now
        self._retry_at = now + self._retry_every


def _client(redis: str | Redis, socket_timeout: float) -> tuple[Redis, bool]:
    """The Redis client to use, and whether it was made here (then closed here)."""
    if not isinstance(redis, str):
        return redis, False
    try:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "a Redis rate-limit store needs the redis extra: pip install 'billmora-client[redis]'"
        ) from None
    client = Redis.from_url(
        redis,
        socket_timeout=socket_timeout,
        socket_connect_timeout=socket_timeout,
        retry=Retry(NoBackoff(), 1),  # once more on a fresh connection (a restarted Redis), then fall back
    )
    return client, True


def _describe(redis: str | Redis) -> str:
    """Where Redis is, for logs: host and port, never a password."""
    if isinstance(redis, str):
        from urllib.parse import urlsplit

        parts = urlsplit(redis)
        return f"Redis at {parts.hostname}:{parts.port or 6379}"
    return "Redis"
