"""Paginator: order, de-duplication and early stop, including while the list changes under it."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from billmora_client.pagination import Page, Paginator


@dataclass
class Item:
    id: int


@dataclass
class Meta:
    current_page: int
    last_page: int
    per_page: int
    total: int


@dataclass
class FakePage:
    data: list[Item]
    meta: Meta


@dataclass
class NewestFirstList:
    """A Billmora-like listing (newest first) that can change between page reads."""

    per_page: int
    ids: list[int] = field(default_factory=list)
    next_id: int = 1
    requested: list[int] = field(default_factory=list)

    def create(self, count: int = 1) -> None:
        for _ in range(count):
            self.ids.insert(0, self.next_id)
            self.next_id += 1

    async def fetch(self, page: int) -> FakePage:
        self.requested.append(page)
        await asyncio.sleep(0)
        start = (page - 1) * self.per_page
        last_page = max(1, math.ceil(len(self.ids) / self.per_page))
        data = [Item(i) for i in self.ids[start : start + self.per_page]]
        return FakePage(data, Meta(page, last_page, self.per_page, len(self.ids)))


async def collect(paginator: Paginator[Item]) -> list[int]:
    return [item.id async for item in paginator]


@given(total=st.integers(0, 120), per_page=st.integers(1, 25), concurrency=st.integers(1, 6))
@settings(max_examples=60, deadline=None)
def test_every_item_once_in_order_when_nothing_changes(total: int, per_page: int, concurrency: int) -> None:
    listing = NewestFirstList(per_page)
    listing.create(total)
    expected = list(listing.ids)
    assert asyncio.run(collect(Paginator(listing.fetch, concurrency=concurrency))) == expected
    assert sorted(listing.requested) == list(range(1, max(1, math.ceil(total / per_page)) + 1))


@given(
    total=st.integers(1, 80),
    per_page=st.integers(1, 15),
    concurrency=st.integers(1, 5),
    events=st.lists(st.tuples(st.sampled_from(["create", "delete"]), st.integers(0, 10_000)), max_size=30),
)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_guarantees_hold_while_records_are_created_and_deleted(
    total: int, per_page: int, concurrency: int, events: list[tuple[str, int]]
) -> None:
    listing = NewestFirstList(per_page)
    listing.create(total)
    deleted: set[int] = set()
    pending = list(events)
    fetch = listing.fetch
    at_first_read: set[int] = set()

    async def changing_fetch(page: int) -> FakePage:
        if pending and listing.requested:  # something happens on the server between page reads
            kind, pick = pending.pop(0)
            if kind == "create":
                listing.create()
            elif listing.ids:
                deleted.add(listing.ids.pop(pick % len(listing.ids)))
        if not listing.requested:
            at_first_read.update(listing.ids)
        return await fetch(page)

    paginator = Paginator(changing_fetch, concurrency=concurrency)
    seen = asyncio.run(collect(paginator))
    assert len(seen) == len(set(seen)), "an id was yielded twice"
    assert set(seen) <= set(range(1, listing.next_id)), "an id that never existed"
    survivors = at_first_read - deleted
    if not deleted:
        assert survivors <= set(seen), "without deletions, no record that existed throughout is missed"


def test_max_items_stops_early_and_cancels_pages_fetched_ahead() -> None:
    listing = NewestFirstList(per_page=10)
    listing.create(200)

    async def run() -> list[int]:
        ids = await collect(Paginator(listing.fetch, max_items=25, concurrency=3))
        await asyncio.sleep(0)
        return ids

    assert asyncio.run(run()) == listing.ids[:25]
    assert max(listing.requested) <= 3 + 3, "only a bounded number of pages is fetched ahead"


def test_pages_expose_the_paginator_fields() -> None:
    listing = NewestFirstList(per_page=4)
    listing.create(10)

    async def run() -> list[Page[Item]]:
        return [page async for page in Paginator(listing.fetch).pages()]

    pages = asyncio.run(run())
    assert [(p.current_page, p.last_page, p.per_page, p.total, p.has_next) for p in pages] == [
        (1, 3, 4, 10, True),
        (2, 3, 4, 10, True),
        (3, 3, 4, 10, False),
    ]
    assert [len(p.items) for p in pages] == [4, 4, 2]


def test_invalid_arguments_are_refused_with_a_clear_message() -> None:
    listing = NewestFirstList(per_page=4)
    with pytest.raises(ValueError, match="max_items must be >= 0"):
        Paginator(listing.fetch, max_items=-1)
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        Paginator(listing.fetch, concurrency=0)


def test_seen_ids_remember_integers_and_other_keys() -> None:
    from billmora_client.pagination import _SeenIds

    seen = _SeenIds()
    keys: list[object] = [0, 7, 8, 100_000, 2**40, -3, "uuid-1"]
    assert [seen.first_time(k) for k in keys] == [True] * len(keys)
    assert [seen.first_time(k) for k in keys] == [False] * len(keys)
    assert seen.first_time(9) and seen.first_time(99_999)
