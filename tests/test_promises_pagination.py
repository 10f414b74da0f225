"""A walk over a listing: the page counts it refuses, where it stops, and how much it fetches and holds ahead."""

from __future__ import annotations

import asyncio

import pytest

from billmora_client import UnexpectedResponseError
from billmora_client.pagination import Paginator, _SeenIds

from .test_pagination import FakePage, Item, Meta


def listing(
    last_page: int, per_page: int, total: int, ids: list[int] | None = None, max_items: int | None = None
) -> Paginator[Item]:
    async def fetch(page: int) -> FakePage:
        data = [Item(i) for i in (ids if ids is not None else range((page - 1) * per_page + 1, page * per_page + 1))]
        return FakePage(data, Meta(page, last_page, per_page, total))

    return Paginator(fetch, max_items=max_items)


@pytest.mark.parametrize(
    ("last_page", "total", "refused"), [(2, 10, False), (3, 10, True), (1, 0, False), (2, 5, True), (2, 0, True)]
)
async def test_a_last_page_that_total_cannot_fill_is_refused(last_page: int, total: int, refused: bool) -> None:
    walk = listing(last_page, 5, total, ids=[] if total == 0 else None)
    if refused:
        told = rf"meta\.last_page is {last_page}, more pages than total {total} at per_page 5"
        with pytest.raises(UnexpectedResponseError, match=told):
            await anext(aiter(walk))
    else:
        assert len([item async for item in walk]) == total


async def test_max_items_0_yields_nothing_and_fetches_nothing() -> None:
    fetched: list[int] = []

    async def fetch(page: int) -> FakePage:
        fetched.append(page)
        return FakePage([Item(1)], Meta(page, 1, 1, 1))

    assert [item async for item in Paginator(fetch, max_items=0)] == [] and fetched == []
    assert [item.id async for item in Paginator(fetch, max_items=1)] == [1]
    assert [item.id async for item in listing(3, 5, 15)] == list(range(1, 16))
    assert [item.id async for item in listing(3, 5, 15, max_items=7)] == list(range(1, 8))


async def test_a_walk_that_brings_no_new_id_stops_after_exactly_five_pages() -> None:
    walk = listing(100, 2, 200, ids=[1, 2])  # every page repeats the same two ids
    seen: list[int] = []
    with pytest.raises(UnexpectedResponseError, match="page 6 of the listing cannot be walked: 5 pages in a row"):
        async for item in walk:
            seen.append(item.id)
    assert seen == [1, 2]


async def test_a_walk_whose_total_grows_is_not_stalled() -> None:
    total = iter(range(10, 100))

    async def fetch(page: int) -> FakePage:
        return FakePage([Item(1)], Meta(page, 8, 1, next(total)))  # records are being created meanwhile

    assert [item.id async for item in Paginator(fetch, concurrency=1)] == [1]


class Gated:
    """Pages 2 onwards wait for ``gate``; records how many are in flight at once and how many were started."""

    def __init__(self, last_page: int) -> None:
        self.last_page = last_page
        self.gate = asyncio.Event()
        self.started: list[int] = []
        self.in_flight = self.most_in_flight = 0

    async def fetch(self, page: int) -> FakePage:
        self.started.append(page)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if page > 1:
                await self.gate.wait()
            return FakePage([Item(page)], Meta(page, self.last_page, 1, self.last_page))
        finally:
            self.in_flight -= 1


async def settle() -> None:
    for _ in range(50):  # let every ready task run; no time passes
        await asyncio.sleep(0)


@pytest.mark.parametrize("concurrency", [3, None])
async def test_at_most_concurrency_pages_are_requested_at_once(concurrency: int | None) -> None:
    pages = Gated(last_page=20)
    walk = (Paginator(pages.fetch, concurrency=concurrency) if concurrency else Paginator(pages.fetch)).pages()
    width = concurrency or 4  # the default
    assert (await anext(walk)).current_page == 1
    second = asyncio.ensure_future(anext(walk))
    await settle()
    assert pages.started == list(range(1, width + 2)) and pages.most_in_flight == width
    pages.gate.set()
    assert (await second).current_page == 2
    assert [page.current_page async for page in walk] == list(range(3, 21))
    assert pages.most_in_flight == width


async def test_at_most_twice_concurrency_pages_are_held_ahead_of_a_slow_consumer() -> None:
    pages = Gated(last_page=40)
    pages.gate.set()
    walk = Paginator(pages.fetch, concurrency=3).pages()
    assert [(await anext(walk)).current_page for _ in range(2)] == [1, 2]
    await settle()  # the consumer holds on to page 2: the read-ahead fills up and stops
    assert len(pages.started) == 2 + 2 * 3
    await walk.aclose()


@pytest.mark.parametrize("key", [1.5, True, [1], None])
async def test_an_id_that_cannot_be_a_key_is_refused_and_a_missing_one_is_not(key: object) -> None:
    async def fetch(page: int) -> FakePage:
        return FakePage([Item(key)], Meta(page, 1, 1, 1))  # type: ignore[arg-type]

    if key is None:  # a record without an id: yielded, nothing to de-duplicate by
        assert len([item async for item in Paginator(fetch)]) == 1
        return
    with pytest.raises(UnexpectedResponseError, match=r"data\[0\]\.id is .*, expected an integer"):
        await anext(aiter(Paginator(fetch)))


async def test_leaving_an_async_with_block_cancels_the_pages_fetched_ahead() -> None:
    never = asyncio.Event()
    in_flight = 0

    async def fetch(page: int) -> FakePage:
        nonlocal in_flight
        in_flight += 1
        try:
            if page > 2:
                await never.wait()
            return FakePage([Item(page)], Meta(page, 20, 1, 20))
        finally:
            in_flight -= 1

    async with Paginator(fetch, concurrency=3) as paginator:
        walk = paginator.pages()
        assert [(await anext(walk)).current_page for _ in range(2)] == [1, 2]
        await settle()
        assert in_flight == 3
    assert in_flight == 0


@pytest.mark.parametrize(("field", "value"), [("total", -1), ("per_page", True), ("last_page", 2.0)])
async def test_a_meta_field_that_is_not_a_non_negative_integer_is_refused(field: str, value: object) -> None:
    meta = Meta(1, 2, 5, 10)
    setattr(meta, field, value)

    async def fetch(page: int) -> FakePage:
        return FakePage([Item(i) for i in range(1, 6)], meta)

    with pytest.raises(UnexpectedResponseError, match=rf"meta\.{field} is {value!r}, expected a non-negative integer"):
        await anext(aiter(Paginator(fetch)))


async def test_a_listing_of_one_record_a_page_is_walked() -> None:
    assert [item.id async for item in listing(3, 1, 3)] == [1, 2, 3]


def test_ids_above_67_million_never_grow_the_bitmap_past_8_mb() -> None:
    seen = _SeenIds()
    assert seen.first_time(1 << 25) and len(seen._bits) == (1 << 22) + 1
    assert seen.first_time((1 << 26) - 1) and len(seen._bits) == 1 << 23  # 8 MB, for ids up to 67,108,863
    assert seen.first_time(1 << 26) and not seen.first_time(1 << 26)
    assert len(seen._bits) == 1 << 23
    assert seen.first_time(0) and not seen.first_time(0)


async def test_total_changed_says_whether_total_moved_between_the_first_page_and_the_latest() -> None:
    steady = listing(3, 5, 15)
    assert steady.total_changed is False  # nothing read yet
    assert len([item async for item in steady]) == 15
    assert steady.total_changed is False
    totals = iter([15, 16, 16])

    async def fetch(page: int) -> FakePage:
        return FakePage([Item(i) for i in range(page * 5 - 4, page * 5 + 1)], Meta(page, 3, 5, next(totals)))

    growing = Paginator(fetch, concurrency=1)
    assert len([item async for item in growing]) == 15
    assert growing.total_changed is True


async def test_closing_a_paginator_stops_every_walk_over_it_not_only_the_latest() -> None:
    pages = Gated(last_page=20)
    pages.gate.set()
    paginator = Paginator(pages.fetch)
    first = aiter(paginator)
    await anext(first)
    second = paginator.pages()
    await anext(second)
    await paginator.aclose()
    for walk in (first, second):
        with pytest.raises(StopAsyncIteration):
            await anext(walk)
