"""Walking Billmora's paginated listings: ``Page`` and the concurrent, de-duplicating ``Paginator``.

Billmora lists are Laravel LengthAwarePaginators ordered newest first (``?page=N&per_page=M``). Once the
first page tells ``last_page``, the following pages are fetched ahead, up to ``concurrency`` at a time, and
yielded strictly in order; at most ``2 * concurrency`` pages are held (in flight, or read and not consumed).

The walk trusts no page count: meta that is not the integers Laravel sends, a page other than the one asked
for, a ``last_page`` that ``total`` and ``per_page`` cannot fill, an id that cannot be a key, or
``STALL_PAGES`` pages in a row with no new id and no growth of ``total`` end it with
``UnexpectedResponseError`` naming the field.

What the iterator guarantees while others write to the list:

- each record (by ``id``) is yielded at most once: a record created during the walk pushes older ones onto
  the next page, and the copy seen again there is skipped;
- every record that exists for the whole walk and is not pushed back by deletions is yielded;
- records created after the walk began may or may not appear; a record deleted during the walk pulls later
  ones one place forward, so a record can slip from page N+1 onto page N after N was read and be missed;
  only a deletion during the walk can cause a miss. ``Paginator.total_changed`` tells that ``total`` moved
  during the walk (a deletion balanced by a creation leaves it unchanged).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from .errors import UnexpectedResponseError

T = TypeVar("T")
W = TypeVar("W")
STALL_PAGES = 5  # pages in a row without a new id before a walk is declared stuck
T_co = TypeVar("T_co", covariant=True)


class _MetaLike(Protocol):
    @property
    def current_page(self) -> int: ...
    @property
    def last_page(self) -> int: ...
    @property
    def per_page(self) -> int: ...
    @property
    def total(self) -> int: ...


class PageLike(Protocol[T_co]):
    """What a generated ``<Resource>Page`` model offers."""

    @property
    def data(self) -> Sequence[T_co]: ...
    @property
    def meta(self) -> _MetaLike: ...


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing."""

    items: Sequence[T]
    current_page: int
    last_page: int
    per_page: int
    total: int

    @property
    def has_next(self) -> bool:
        return self.current_page < self.last_page

    @classmethod
    def from_model(cls, model: PageLike[T]) -> Page[T]:
        meta = model.meta
        return cls(list(model.data), meta.current_page, meta.last_page, meta.per_page, meta.total)

    @classmethod
    def checked(cls, model: PageLike[T], number: int) -> Page[T]:
        """The page numbered ``number``, or ``UnexpectedResponseError`` naming what Laravel would never send."""
        meta = model.meta
        for name in ("current_page", "last_page", "per_page", "total"):
            value = getattr(meta, name, None)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _lie(number, f"meta.{name} is {value!r}, expected a non-negative integer")
        page = cls.from_model(model)
        if page.current_page != number:
            raise _lie(number, f"meta.current_page is {page.current_page}: the server did not serve the page asked for")
        if page.per_page < 1 or page.last_page > max(1, math.ceil(page.total / page.per_page)):
            raise _lie(
                number,
                f"meta.last_page is {page.last_page}, more pages than total {page.total} "
                f"at per_page {page.per_page} can fill",
            )
        for index, item in enumerate(page.items):
            key = getattr(item, "id", None)
            if key is not None and (isinstance(key, bool) or not isinstance(key, int | str)):
                raise _lie(number, f"data[{index}].id is {key!r}, expected an integer")
        return page


def _lie(number: int, problem: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(f"page {number} of the listing cannot be walked: {problem}")


class _SeenIds:
    """Ids already yielded: a bitmap for Billmora's auto-increment ids (1 bit each), a set for anything else."""

    BITMAP_LIMIT = 1 << 26  # ids above 67 million use the set, so the bitmap never passes 8 MB

    def __init__(self) -> None:
        self._bits = bytearray()
        self._others: set[object] = set()

    def first_time(self, key: object) -> bool:
        """Record ``key``; True when it was not seen before."""
        if isinstance(key, int) and 0 <= key < self.BITMAP_LIMIT:
            index, mask = key >> 3, 1 << (key & 7)
            if index >= len(self._bits):
                grown = min(max(index + 1, 2 * len(self._bits)), self.BITMAP_LIMIT >> 3)  # doubling, up to 8 MB
                self._bits.extend(bytes(grown - len(self._bits)))
            if self._bits[index] & mask:
                return False
            self._bits[index] |= mask
            return True
        if key in self._others:
            return False
        self._others.add(key)
        return True


class Paginator(Generic[T]):
    """Async iterator over every item of a listing; ``pages()`` iterates pages instead.

    ``max_items`` stops after that many items; ``concurrency`` bounds the pages fetched ahead (the client's
    rate limiter paces them in any case). To stop early and cancel the read-ahead at once, leave an
    ``async with paginator:`` block or call ``await paginator.aclose()``.
    """

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[PageLike[T]]],
        *,
        max_items: int | None = None,
        concurrency: int = 4,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, not {max_items}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, not {concurrency}")
        self._fetch = fetch
        self._max_items = max_items
        self._concurrency = concurrency
        self._first_total: int | None = None
        self._last_total: int | None = None
        # Held strongly: after ``async for ...: break`` nothing else refers to the walk, and ``aclose()`` must
        # still find it to cancel its read-ahead (a weak reference would leave that to garbage collection).
        self._walks: set[AsyncGenerator[Any]] = set()

    @property
    def total_changed(self) -> bool:
        """True when ``total`` differed between the first and the latest page read."""
        return self._first_total is not None and self._first_total != self._last_total

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(self._items())

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop every walk over this paginator; the pages fetched ahead are cancelled before it returns."""
        while self._walks:
            await self._walks.pop().aclose()

    def _track(self, walk: AsyncGenerator[W]) -> AsyncGenerator[W]:
        self._walks = {w for w in self._walks if getattr(w, "ag_frame", None) is not None}  # forget ended walks
        self._walks.add(walk)
        return walk

    async def _items(self) -> AsyncGenerator[T]:
        seen = _SeenIds()
        remaining = self._max_items
        if remaining == 0:
            return
        stalled, previous_total = 0, None
        async with aclosing(self._pages()) as pages:
            async for page in pages:
                fresh = 0
                for item in page.items:
                    key = getattr(item, "id", None)
                    if key is not None and not seen.first_time(key):
                        continue
                    fresh += 1
                    yield item
                    if remaining is not None:
                        remaining -= 1
                        if remaining == 0:
                            return
                # Only creations can bring back ids already seen, and they grow ``total``.
                grew = previous_total is not None and page.total > previous_total
                stalled = stalled + 1 if page.items and not fresh and not grew else 0
                previous_total = page.total
                if stalled >= STALL_PAGES:
                    raise _lie(
                        page.current_page, f"{STALL_PAGES} pages in a row brought no new id while total did not grow"
                    )

    def pages(self) -> AsyncGenerator[Page[T]]:
        """Each page in order, keeping ``concurrency`` requests in flight; see ``_pages``."""
        return self._track(self._pages())

    async def _pages(self) -> AsyncGenerator[Page[T]]:
        """Yield each page in order, keeping ``concurrency`` requests in flight.

        A finished request starts the next one at once, without waiting for the consumer; at most
        ``2 * concurrency`` pages are held (in flight or read and not yet consumed).
        """
        first = await self._get(1)
        yield first
        if not first.has_next:
            return
        last_page = first.last_page
        pending: dict[int, asyncio.Task[Page[T]]] = {}
        next_to_start = 2

        def refill(_: object = None) -> None:
            nonlocal next_to_start
            running = sum(1 for task in pending.values() if not task.done())
            while next_to_start <= last_page and running < self._concurrency and len(pending) < 2 * self._concurrency:
                task = asyncio.ensure_future(self._get(next_to_start))
                task.add_done_callback(refill)
                pending[next_to_start] = task
                next_to_start += 1
                running += 1

        number = 2
        try:
            while number <= last_page:
                refill()
                page = await pending.pop(number)
                last_page = max(last_page, page.last_page)  # records created meanwhile add pages
                yield page
                if not page.items:  # the list shrank under us: nothing lies beyond
                    return
                number += 1
        finally:
            next_to_start = last_page + 1  # a finishing task must not start another
            for task in pending.values():
                task.cancel()
            if pending:
                await asyncio.gather(*pending.values(), return_exceptions=True)

    async def _get(self, number: int) -> Page[T]:
        page = Page.checked(await self._fetch(number), number)
        if self._first_total is None:
            self._first_total = page.total
        self._last_total = page.total
        return page
