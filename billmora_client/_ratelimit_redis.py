"""``RedisRateLimiter``: one budget per token shared through Redis by every process and host using the token.

Redis holds the token's window under ``billmora:ratelimit:<sha256 of the install and token id>`` (never the
secret): its id (the time it opened, in ms), the requests reserved in it, its end, and a pause every process
obeys. Each reservation is one Lua script run (atomic, one round trip). The window ends when its first answer
plus the window length says so (Billmora's opens at its first hit, which the answer follows); until that answer
comes, at the first reservation plus the window length, so a reservation left by a process that died expires
with its window. A 429's ``Retry-After`` pauses every process; the limit Billmora announces is shared.

When Redis fails (unreachable, restarted, slow past ``socket_timeout``), no call fails: the limiter paces this
process alone with a ``RateLimiter``, logs one WARNING, and tries Redis again every ``retry_every`` seconds.
Answers are recorded in Redis in the background, so settling a request never waits for Redis.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._ratelimit import BudgetWaitTooLong, RateLimiter, RateLimitState, Reservation, report_hold

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateLimiter", "budget_key"]

logger = logging.getLogger("billmora_client")
WARN_AGAIN_AFTER = 60.0  # seconds: losing Redis again sooner is logged at INFO

# KEYS[1]: the token's budget. ARGV: op, now in ms ('' for Redis's clock), default limit, default window in ms,
# then the op's own: reserve (none), answer (window id, limit, remaining, ms since it came), refuse (window id,
# limit, pause ms), release (window id). Returns: window id granted (0: none), ms to wait, limit, window ms,
# remaining, ms to reset.
SCRIPT = """
local key, op = KEYS[1], ARGV[1]
local now = tonumber(ARGV[2])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local f = redis.call('HMGET', key, 'epoch', 'count', 'ends', 'opened', 'blocked', 'limit', 'window')
local epoch, count, ends = tonumber(f[1]) or 0, tonumber(f[2]) or 0, tonumber(f[3]) or 0
local opened, blocked = tonumber(f[4]) or 0, tonumber(f[5]) or 0
local limit, window = tonumber(f[6]) or tonumber(ARGV[3]), tonumber(f[7]) or tonumber(ARGV[4])
local granted, wait = 0, 0
local of, announced = tonumber(ARGV[5]) or 0, tonumber(ARGV[6])
if announced and announced >= 1 then limit = announced end
if op == 'reserve' then
  if now < blocked then
    wait = blocked - now
  else
    if now >= ends then
      epoch, count, ends, opened = math.max(now, epoch + 1), 0, now + window, 0
    end
    if count < limit then
      count, granted = count + 1, epoch
    else
      wait = ends - now
    end
  end
elseif op == 'answer' then
  local remaining, came = tonumber(ARGV[7]), now - tonumber(ARGV[8])
  local opener = remaining >= limit - 1
  if of == epoch then
    count = math.max(count, limit - remaining)
    if opener and opened == 0 then ends, opened = came + window, 1 end
  elseif of < epoch and opener and opened == 0 then
    count, ends, opened = count + 1, came + window, 1
  end
elseif op == 'refuse' then
  blocked = math.max(blocked, now + tonumber(ARGV[7]))
  if of == epoch then count, ends, opened = limit, now + tonumber(ARGV[7]), 1 end
elseif op == 'release' then
  if of == epoch and count > 0 then count = count - 1 end
end
redis.call('HSET', key, 'epoch', epoch, 'count', count, 'ends', ends, 'opened', opened, 'blocked', blocked,
  'limit', limit, 'window', window)
local reset = math.max(ends, blocked) - now
redis.call('PEXPIRE', key, math.max(reset, 0) + window)
return {granted, wait, limit, window, math.max(limit - count, 0), math.max(reset, 0)}
"""


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
        self._key = key
        self._where = _describe(redis)
        self._local = RateLimiter(limit, window, sleep=sleep)
        self._retry_every = retry_every
        self._clock = clock
        self._sleep = sleep
        self._shared = True  # Redis answered last time it was asked
        self._retry_at = 0.0
        self._changed_at = 0.0  # when Redis was last lost or back
        self._warned_at = -math.inf
        self._paused_until = 0.0
        self._state = RateLimitState(limit, limit, None)
        self._tasks: set[asyncio.Task[None]] = set()
        self._queue = asyncio.Lock()

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

    async def try_reserve(self) -> SharedReservation | float | None:
        """A reservation from Redis, else the seconds to wait; None when Redis cannot be asked now."""
        if not (self._shared or time.monotonic() >= self._retry_at):
            return None
        pause = self._paused_until - time.monotonic()
        if pause > 0:
            return pause
        asked = asyncio.ensure_future(self._run("reserve"))
        try:
            granted, wait = await asyncio.shield(asked)
        except asyncio.CancelledError:
            asked.add_done_callback(self._give_back)  # the unit Redis grants a task that is gone goes back
            raise
        except Exception:  # whatever Redis does, the call goes on without it
            return None
        return SharedReservation(granted) if granted else wait

    def _give_back(self, asked: asyncio.Future[tuple[int, float]]) -> None:
        if not asked.cancelled() and asked.exception() is None and asked.result()[0]:
            self._spawn("release", asked.result()[0])

    async def acquire(self, *, max_wait: float = math.inf) -> SharedReservation:
        """Wait until the shared budget allows one more request (``BudgetWaitTooLong`` past ``max_wait``).

        The requests of this process queue here and the first asks Redis, so a window's end wakes one task per
        process, not every task.
        """
        started = time.monotonic()
        try:
            async with asyncio.timeout(None if math.isinf(max_wait) else max_wait):
                await self._queue.acquire()
        except TimeoutError:
            raise BudgetWaitTooLong(self.estimated_reset_in() or 0.0) from None
        try:
            while True:
                decision = await self.try_reserve()
                left = max_wait - (time.monotonic() - started)
                if decision is None or isinstance(decision, SharedReservation):
                    break
                if decision > left:
                    raise BudgetWaitTooLong(decision)
                logger.debug("rate limit: holding a request for %.2fs (shared budget)", decision)
                await report_hold(decision)
                await self._sleep(decision)
        finally:
            self._queue.release()
        if decision is None:  # Redis is away: this process paces itself
            return SharedReservation(local=await self._local.acquire(max_wait=max(left, 0.0)))
        return decision

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

    async def _run(self, op: str, *args: int | str) -> tuple[int, float]:
        """Run the script; keep what it says of the budget; return (window id granted, seconds to wait)."""
        now = "" if self._clock is None else str(int(self._clock() * 1000))
        argv = [op, now, self._local.limit, int(self._local.window * 1000), *args]
        sent = time.monotonic()
        try:
            granted, wait, limit, window, remaining, reset = await self._script(keys=[self._key], args=argv)
        except Exception as error:
            self._lost(error, sent)
            with contextlib.suppress(Exception):  # idle connections to a Redis that went away are stale too
                await self._client.connection_pool.disconnect(inuse_connections=False)
            raise
        if not self._shared and sent > self._changed_at:  # asked after Redis was lost, not before
            logger.info("rate limit: %s is back; the budget is shared again", self._where)
            self._shared = True
            self._changed_at = time.monotonic()
        self._learn(int(limit))
        self._local.window = int(window) / 1000
        self._state = RateLimitState(int(limit), int(remaining), time.monotonic() + int(reset) / 1000)
        return int(granted), int(wait) / 1000

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
            task = asyncio.get_running_loop().create_task(self._tell(op, *args, since=since))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

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
