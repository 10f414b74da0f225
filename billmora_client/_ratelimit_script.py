"""The Lua script that keeps a token's budget in Redis: one atomic run for each reserve, answer, refuse, release.

KEYS[1]: the token's budget, one hash (one key, so Redis Cluster takes it too): window id ``epoch``, ``count``
reserved in it, its end ``ends``, whether its first answer came ``opened``, a pause every process obeys
``blocked``, ``limit``, ``window``, and ``p:<pacer id>`` the last reservation (ms) of each pacer (process) that
reserved in the last two windows, so each knows its share of the budget when Redis goes away.

ARGV: op, now in ms ('' for Redis's clock), default limit, default window in ms, window id the op is about
(``of``), limit announced ('' if none), then the op's own:

- reserve: units wanted, pacer id, and a hint from a process that paced alone while Redis was away (Remaining
  it saw, ms to its reset; '' for none), taken when Redis no longer knows the window (restarted, or the window
  it knew has ended) and as a floor on the count otherwise;
- answer: Remaining, ms since the answer came;
- refuse: pause ms;
- release: units given back.

Returns: window id granted (0: none), ms to wait, limit, window ms, remaining, ms to reset, units granted,
pacers seen in the last two windows (0 unless reserving).
"""

from __future__ import annotations

__all__ = ["SCRIPT"]

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
local granted, wait, units, pacers = 0, 0, 0, 0
local of, announced = tonumber(ARGV[5]) or 0, tonumber(ARGV[6])
if announced and announced >= 1 then limit = announced end
if op == 'reserve' then
  local want, seen, reset = tonumber(ARGV[7]) or 1, tonumber(ARGV[9]), tonumber(ARGV[10])
  redis.call('HSET', key, 'p:' .. ARGV[8], now)
  local fields = redis.call('HGETALL', key)
  for i = 1, #fields, 2 do
    if string.sub(fields[i], 1, 2) == 'p:' then
      if tonumber(fields[i + 1]) < now - 2 * window then
        redis.call('HDEL', key, fields[i])
      else
        pacers = pacers + 1
      end
    end
  end
  if seen and reset and reset > 0 then
    if now >= ends then
      epoch, count, ends, opened = math.max(now, epoch + 1), 0, now + reset, 0
    end
    count = math.max(count, limit - seen)
  end
  if now < blocked then
    wait = blocked - now
  else
    if now >= ends then
      epoch, count, ends, opened = math.max(now, epoch + 1), 0, now + window, 0
    end
    units = math.max(0, math.min(want, limit - count))
    count = count + units
    if units > 0 then granted = epoch end
    if units < want then wait = ends - now end
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
  if of == epoch then count = math.max(0, count - (tonumber(ARGV[7]) or 1)) end
end
redis.call('HSET', key, 'epoch', epoch, 'count', count, 'ends', ends, 'opened', opened, 'blocked', blocked,
  'limit', limit, 'window', window)
local reset = math.max(ends, blocked) - now
redis.call('PEXPIRE', key, math.max(reset, 0) + window)
return {granted, wait, limit, window, math.max(limit - count, 0), math.max(reset, 0), units, pacers}
"""
