"""The pacing arithmetic, step by step on an injected clock: what may be sent, and the exact waits."""

from __future__ import annotations

import asyncio
import time

import pytest

from billmora_client._options import Options
from billmora_client._ratelimit import BudgetWaitTooLong, RateLimiter, RateLimitState, Reservation
from billmora_client._retry import RetryEvent
from billmora_client._transport import BillmoraTransport

from .promises import FakeTime, client, scripted


def limiter(limit: int = 10, window: float = 10.0) -> tuple[RateLimiter, FakeTime]:
    time = FakeTime(0.0)
    return RateLimiter(limit, window, clock=time, sleep=time.sleep), time


def reserve(limiter: RateLimiter) -> Reservation:
    decision = limiter.try_reserve()
    assert isinstance(decision, Reservation), decision
    return decision


def granted(limiter: RateLimiter, tries: int) -> int:
    """How many of ``tries`` reservations are granted now (the granted ones stay in flight)."""
    return sum(isinstance(limiter.try_reserve(), Reservation) for _ in range(tries))


def window_with_a_straggler() -> tuple[RateLimiter, FakeTime, Reservation]:
    """10 per 10 s: a window opened at 0 (its first answer at 0.1, so it ends at 10.1), and a request sent at 9.0
    that is still unanswered."""
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)
    time.now = 9.0
    return rl, time, reserve(rl)


def test_requests_of_the_previous_window_still_in_flight_count_against_the_new_one() -> None:
    rl, time = limiter(limit=2)
    rl.record_answer(reserve(rl), limit=2, remaining=1)  # opens the window at 0: it ends at 10
    time.now = 9.9
    straggler = reserve(rl)  # sent in the old window, unanswered when the new one opens
    time.now = 10.0
    assert granted(rl, 3) == 1  # the straggler may land in the new window: one unit is left, not two
    rl.record_answer(straggler, limit=2, remaining=1)
    assert rl.try_reserve() is not None and not isinstance(rl.try_reserve(), Reservation)


def test_sends_stay_within_remaining_minus_our_own_requests_in_flight() -> None:
    rl, _ = limiter(limit=10)
    rl.record_answer(reserve(rl), limit=10, remaining=5)  # another client spent 4 of the window
    assert granted(rl, 10) == 5


def test_a_429_for_an_earlier_windows_request_blocks_every_send_until_retry_after() -> None:
    rl, time = limiter(limit=2)
    rl.record_answer(reserve(rl), limit=2, remaining=1)
    time.now = 9.0
    old = reserve(rl)
    time.now = 10.0
    reserve(rl)  # the new window opened
    rl.record_refusal(old, wait=3.0, limit=2)
    assert rl.try_reserve() == 3.0
    time.now = 12.5
    assert rl.try_reserve() == pytest.approx(0.5)
    time.now = 13.0
    assert isinstance(rl.try_reserve(), Reservation)


def test_while_the_probe_is_out_nobody_else_sends() -> None:
    rl, time = limiter(limit=3)
    rl.record_answer(reserve(rl), limit=3, remaining=0)  # another client opened the window: its end is unknown
    probe = reserve(rl)  # the budget is spent: one request goes out alone to find where the window stands
    assert rl.try_reserve() is None and rl.try_reserve() is None
    time.now = 0.5
    rl.record_answer(probe, limit=3, remaining=2)  # it found a fresh window
    assert granted(rl, 5) == 2


async def test_a_known_wait_longer_than_max_wait_fails_at_once_and_one_within_it_is_waited() -> None:
    rl, time = limiter()
    rl.pause(0.5)
    assert rl.state.resets_at == 0.5  # the clock started at 0: the end of the pause, exactly
    rl.pause(8.0)
    with pytest.raises(BudgetWaitTooLong, match=r"^the rate-limit budget comes back in 8\.0s$") as caught:
        await rl.acquire(max_wait=5.0)
    assert caught.value.wait == 8.0 and time.slept == []
    with pytest.raises(BudgetWaitTooLong):
        await rl.acquire(max_wait=7.9)
    assert isinstance(await rl.acquire(max_wait=8.0), Reservation)
    assert time.slept == [8.0]


async def test_waiting_only_on_answers_in_flight_is_bounded_by_max_wait() -> None:
    rl, time = limiter(limit=1)
    reserve(rl)  # in flight, unanswered: the window's end is unknown
    with pytest.raises(BudgetWaitTooLong) as caught:
        await rl.acquire(max_wait=2.0)
    assert time.slept == [2.0]
    assert caught.value.wait == 0.0  # no wait is known to name
    await asyncio.sleep(0)  # what was cancelled finishes
    assert asyncio.all_tasks() == {asyncio.current_task()}  # nothing is left waiting for the answer


async def test_a_call_waiting_on_answers_in_flight_takes_the_unit_one_gives_back_within_max_wait() -> None:
    rl, time = limiter(limit=1)
    first = reserve(rl)
    waiting = asyncio.ensure_future(rl.acquire(max_wait=0.5))
    await asyncio.sleep(0)
    assert not waiting.done()  # it waits for the answer in flight, however little time it may wait
    rl.release(first, counted=False)  # never sent: its unit comes back
    assert isinstance(await waiting, Reservation)
    assert time.now <= 0.5


def test_a_second_shorter_429_does_not_shorten_a_longer_pause() -> None:
    rl, time = limiter()
    first, second = reserve(rl), reserve(rl)
    rl.record_refusal(first, wait=10.0, limit=None)
    rl.record_refusal(second, wait=2.0, limit=None)
    assert rl.try_reserve() == 10.0
    time.now = 10.0
    assert isinstance(rl.try_reserve(), Reservation)


def test_after_a_429_remaining_is_zero_until_the_retry_after() -> None:
    rl, _ = limiter(limit=10)
    rl.record_answer(reserve(rl), limit=10, remaining=9)
    rl.record_refusal(reserve(rl), wait=4.0, limit=10)
    assert rl.state.remaining == 0 and rl.state.resets_at == 4.0
    assert rl.estimated_reset_in() == 4.0


def test_a_request_that_may_have_reached_billmora_spends_a_unit_and_one_never_sent_does_not() -> None:
    rl, _ = limiter(limit=10)
    rl.record_answer(reserve(rl), limit=10, remaining=6)
    rl.release(reserve(rl), counted=True)
    assert rl.state.remaining == 5
    rl.release(reserve(rl), counted=False)
    assert rl.state.remaining == 5 and granted(rl, 10) == 5


def test_unanswered_sends_before_any_answer_count_and_unsent_ones_give_their_unit_back() -> None:
    rl, _ = limiter(limit=3)
    rl.release(reserve(rl), counted=True)
    rl.release(reserve(rl), counted=False)
    assert rl.state.remaining == 2 and granted(rl, 5) == 2


async def test_pause_holds_every_send_for_exactly_its_seconds() -> None:
    rl, time = limiter()
    rl.pause(4.0)
    rl.pause(1.0)  # a shorter pause learned later does not shorten it
    assert rl.state.remaining == 10 and rl.state.resets_at == 4.0
    await rl.acquire()
    assert time.slept == [4.0]


def test_hits_answered_late_in_the_old_window_carry_over_into_the_new_one() -> None:
    rl, time = limiter(limit=3)
    rl.record_answer(reserve(rl), limit=3, remaining=2)  # opened at 0: ends at 10
    time.now = 9.95
    late = reserve(rl)
    time.now = 10.05  # answered after the window's end: it may have been the new window's first hit
    rl.record_answer(late, limit=3, remaining=1)
    time.now = 10.1
    assert granted(rl, 5) == 2


def test_a_straggler_from_an_earlier_window_can_only_lower_remaining() -> None:
    rl, time = limiter(limit=10)
    rl.record_answer(reserve(rl), limit=10, remaining=9)
    time.now = 9.0
    stragglers = [reserve(rl), reserve(rl)]
    time.now = 10.0
    rl.record_answer(reserve(rl), limit=10, remaining=5)  # the new window, after someone else's hits
    rl.record_answer(stragglers[0], limit=10, remaining=8)  # an old answer: says nothing new
    assert rl.state.remaining == 5
    rl.record_answer(stragglers[1], limit=10, remaining=3)  # lower: taken as this window's
    assert rl.state.remaining == 3


@pytest.mark.parametrize(("retry_after", "wait"), [(None, 6.0), ("0", 0.1)])
async def test_a_429_without_retry_after_waits_for_the_known_reset_and_retry_after_0_at_least_a_tenth(
    retry_after: str | None, wait: float
) -> None:
    time, events = FakeTime(0.0), list[RetryEvent]()
    limit_headers = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}
    refusal = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}
    if retry_after is not None:
        refusal["Retry-After"] = retry_after
    server = scripted([(200, limit_headers), (429, refusal), (200, limit_headers)])
    wrapped = BillmoraTransport(rate_window=10.0, clock=time, sleep=time.sleep, on_retry=events.append)
    async with server as url, client(url, wrapped) as c:
        assert (await c.get("/v1/users/1")).status_code == 200  # opens the window: it ends at 10
        time.now = 4.0
        assert (await c.get("/v1/users/1")).status_code == 200
    assert time.slept == pytest.approx([wait])
    assert [e.reason for e in events] == ["rate_limited"] and [e.delay for e in events] == pytest.approx([wait])


@pytest.mark.parametrize(("status", "remaining"), [(502, 0), (503, 0), (401, 1), (404, 1)])
async def test_an_answer_without_rate_limit_headers_counts_when_it_is_a_5xx(status: int, remaining: int) -> None:
    time = FakeTime(0.0)
    server = scripted([(200, {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1"}), (status, {})])
    wrapped = BillmoraTransport(None, Options(max_retries=0), clock=time, sleep=time.sleep)
    async with server as url, client(url, wrapped) as c:
        await c.get("/v1/users/1")
        assert (await c.get("/v1/users/1")).status_code == status
    assert wrapped.state.remaining == remaining


def test_retry_event_is_what_on_retry_receives() -> None:
    event = RetryEvent("GET", "/v1/users/1", 1, 0.5, "status 503")
    assert (event.method, event.attempt, event.delay) == ("GET", 1, 0.5)


def test_a_probe_answered_no_lower_than_the_lowest_remaining_found_a_fresh_window() -> None:
    rl, _ = limiter(limit=3)
    for _ in range(3):  # another client opened the window: remaining never shows an opener
        rl.record_answer(reserve(rl), limit=3, remaining=1)
    probe = reserve(rl)
    assert rl.try_reserve() is None
    rl.record_answer(probe, limit=3, remaining=1)  # had it hit the same window, it would have shown 0
    assert granted(rl, 3) == 1


def test_the_default_window_is_a_minute_from_its_first_answer_and_a_429_teaches_the_limit() -> None:
    time = FakeTime(0.0)
    rl = RateLimiter(clock=time, sleep=time.sleep)
    time.now = 2.0
    rl.record_answer(reserve(rl), limit=None, remaining=59)
    assert rl.state == RateLimitState(60, 59, 62.0)
    rl.record_refusal(reserve(rl), wait=3.0, limit=1)
    assert rl.state.limit == 1 and rl.limit == 1


def test_resets_in_counts_down_to_the_reset_and_is_none_while_unknown() -> None:
    assert RateLimitState(60, 0, None).resets_in is None
    resets_in = RateLimitState(60, 0, time.monotonic() + 5.0).resets_in
    assert resets_in is not None and 4.0 < resets_in <= 5.0
    assert RateLimitState(60, 0, time.monotonic() - 5.0).resets_in == 0.0


def test_a_limiter_told_what_another_knew_starts_a_window_from_it() -> None:
    rl, _ = limiter(limit=10)
    for remaining in (9, 8, 7, 6, 5):  # this limiter spent five units of an earlier window
        rl.record_answer(reserve(rl), limit=10, remaining=remaining)
    rl.assume(8, 30.0)  # Redis said: eight left in a window ending in 30 s
    assert rl.state == RateLimitState(10, 8, 30.0) and granted(rl, 10) == 8


@pytest.mark.parametrize(("limit", "window"), [(0, 10.0), (3, 0.0), (3, -1.0)])
def test_an_unusable_limit_or_window_is_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError, match="limit must be >= 1 and window > 0"):
        RateLimiter(limit, window)


def test_an_answer_showing_a_fresh_window_restarts_the_count_from_its_send() -> None:
    rl, time = limiter(limit=10, window=10.0)
    opener = reserve(rl)
    time.now = 0.5
    rl.record_answer(opener, limit=10, remaining=9)  # the window counts from 0
    time.now = 0.8
    earlier = reserve(rl)
    time.now = 1.0
    fresh = reserve(rl)
    rl.record_answer(earlier, limit=10, remaining=8)  # answered the instant `fresh` went out
    time.now = 2.0
    rl.record_answer(fresh, limit=10, remaining=9)  # Billmora's window started anew, sent at 1.0 or later
    assert rl.state.resets_at == 12.0  # counted from this answer, not from the window of 0
    assert granted(rl, 20) == 8  # `fresh`, and the answer at its send that may have landed in the new window


def test_a_second_answer_showing_a_fresh_window_sent_with_the_opener_belongs_to_its_window() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first, second = reserve(rl), reserve(rl)  # sent at the same instant
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)
    time.now = 0.2
    rl.record_answer(second, limit=10, remaining=9)
    assert rl.state.resets_at == 10.1  # still the window the first answer showed


def test_a_probe_is_counted_as_sent_even_when_its_answer_claims_the_whole_budget() -> None:
    rl, time = limiter(limit=10, window=10.0)
    time.now = 0.1
    rl.record_answer(reserve(rl), limit=10, remaining=0)  # another client spent the window
    time.now = 1.0
    probe = rl.try_reserve()  # alone, to learn where the window stands
    assert isinstance(probe, Reservation) and probe.probe
    time.now = 1.5
    rl.record_answer(probe, limit=10, remaining=10)  # a fresh window that says it did not count the probe
    assert granted(rl, 20) == 9  # the probe is counted all the same


def test_a_request_of_the_old_window_that_opened_the_new_one_sets_when_it_ends() -> None:
    rl, time = limiter(limit=10, window=10.0)
    time.now = 0.1
    rl.record_answer(reserve(rl), limit=10, remaining=9)  # the window ends at 10.1
    time.now = 9.0
    straggler = reserve(rl)
    time.now = 10.2
    assert isinstance(rl.try_reserve(), Reservation)  # a new window, the straggler still out
    time.now = 10.5
    rl.record_answer(straggler, limit=10, remaining=9)  # it was the new window's first hit
    assert rl.state.resets_at == 20.5


def test_answers_carried_into_a_new_window_from_before_its_first_request_stop_counting_once_it_opens() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)  # the window opened at 0 ends at 10.1
    late = reserve(rl)
    time.now = 10.05
    rl.record_answer(late, limit=10, remaining=8)  # may have hit the next window: carried into it
    time.now = 10.2
    opener = reserve(rl)
    time.now = 10.3
    rl.record_answer(opener, limit=10, remaining=9)  # the next window opened with this one, after 10.05
    assert granted(rl, 20) == 9


def straggler_failed_in_a_window_not_yet_opened() -> tuple[RateLimiter, FakeTime]:
    """The window after ``window_with_a_straggler``'s has begun, its only request never went out, and then the
    straggler fails unanswered (at 10.5)."""
    rl, time, straggler = window_with_a_straggler()
    time.now = 10.2
    rl.release(reserve(rl), counted=False)  # a new window: this one never went out
    time.now = 10.5
    rl.release(straggler, counted=True)  # no answer: it may have hit the new window
    return rl, time


def test_a_request_of_the_old_window_failing_unanswered_counts_against_the_new_one() -> None:
    rl, _ = straggler_failed_in_a_window_not_yet_opened()
    assert granted(rl, 20) == 9


def test_a_straggler_failing_before_the_new_window_opened_stops_counting_once_it_does() -> None:
    rl, time = straggler_failed_in_a_window_not_yet_opened()
    time.now = 10.6
    opener = reserve(rl)
    time.now = 10.7
    rl.record_answer(opener, limit=10, remaining=9)  # the new window opened at 10.6, after the straggler failed
    assert granted(rl, 20) == 9


@pytest.mark.parametrize("left", [5, 0])
def test_a_straggler_failing_after_the_new_window_answered_lowers_what_is_left_by_one(left: int) -> None:
    rl, time, straggler = window_with_a_straggler()
    time.now = 10.2
    rl.record_answer(reserve(rl), limit=10, remaining=left)  # the new window's first answer
    time.now = 10.5
    rl.release(straggler, counted=True)
    assert rl.state.remaining == max(0, left - 1)
    if left:
        assert granted(rl, 20) == left - 1


def test_a_request_failing_unanswered_at_the_end_of_a_window_is_carried_into_the_next() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)  # the window opened at 0 ends at 10.1
    late = reserve(rl)
    time.now = 10.05
    rl.release(late, counted=True)  # may have reached Billmora after its window turned
    time.now = 10.2
    assert granted(rl, 20) == 9


def test_a_request_failing_unanswered_starts_the_window_clock_only_when_none_runs() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 1.0
    rl.release(first, counted=True)
    assert rl.state.resets_at == 11.0  # counted from the failure: the window ends no later than this
    second = reserve(rl)
    time.now = 5.0
    rl.release(second, counted=True)
    assert rl.state.resets_at == 11.0  # a window already running keeps its end


async def test_assumed_budget_wakes_waiting_calls_and_a_window_assumed_spent_holds_them() -> None:
    time = FakeTime(0.0)

    async def never(seconds: float) -> None:
        await asyncio.Event().wait()

    rl = RateLimiter(1, 10.0, clock=time, sleep=never)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=1, remaining=0)  # spent until 10.1
    waiting = asyncio.ensure_future(rl.acquire())
    for _ in range(3):
        await asyncio.sleep(0)
    assert not waiting.done()
    rl.assume(1, None)  # another limiter knew better: one is left
    for _ in range(3):
        await asyncio.sleep(0)
    assert waiting.done() and isinstance(waiting.result(), Reservation)
    await asyncio.sleep(0)  # what was cancelled finishes
    assert asyncio.all_tasks() == {asyncio.current_task()}  # its wait for the window's end was called off
    spent, _ = limiter(limit=10)
    spent.assume(0, 4.0)
    assert spent.try_reserve() == 4.0  # nothing left until then


def test_an_opener_answered_after_an_assumed_window_starts_the_next_one() -> None:
    rl, time = limiter(limit=10, window=10.0)
    rl.assume(5, 4.0)  # another limiter saw a window ending at 4.0
    time.now = 1.0
    sent = reserve(rl)
    time.now = 2.0
    rl.record_answer(sent, limit=10, remaining=9)  # the first hit of a window newer than the one assumed
    assert rl.state.resets_at == 12.0


async def test_a_pause_wakes_a_call_waiting_on_answers_and_fails_it_when_longer_than_it_may_wait() -> None:
    time = FakeTime(0.0)

    async def never(seconds: float) -> None:
        await asyncio.Event().wait()

    rl = RateLimiter(1, 10.0, clock=time, sleep=never)
    reserve(rl)  # in flight, unanswered
    waiting = asyncio.ensure_future(rl.acquire(max_wait=2.0))
    await asyncio.sleep(0)
    assert not waiting.done()
    rl.pause(5.0)  # a 429 learned elsewhere
    for _ in range(3):
        await asyncio.sleep(0)
    assert waiting.done()
    with pytest.raises(BudgetWaitTooLong) as caught:
        waiting.result()
    assert caught.value.wait == 5.0


def test_the_estimated_reset_counts_down_to_the_window_end_under_a_second_too() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)
    time.now = 9.6
    assert rl.estimated_reset_in() == pytest.approx(0.5)
    time.now = 10.2
    assert rl.estimated_reset_in() is None  # over: no wait is known


def test_a_straggler_answered_after_the_new_window_answered_can_only_lower_what_is_left() -> None:
    rl, time = limiter(limit=10, window=10.0)
    first = reserve(rl)
    time.now = 0.1
    rl.record_answer(first, limit=10, remaining=9)  # the window ends at 10.1
    time.now = 9.0
    stragglers = [reserve(rl), reserve(rl)]
    time.now = 10.2
    rl.record_answer(reserve(rl), limit=10, remaining=5)  # the new window's first answer
    rl.record_answer(stragglers[0], limit=10, remaining=7)  # higher: it hit the old window, or before the 5
    assert rl.state.remaining == 5
    rl.record_answer(stragglers[1], limit=10, remaining=0)
    assert rl.state.remaining == 0
