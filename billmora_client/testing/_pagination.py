"""Laravel 12's ``LengthAwarePaginator`` as a paginated resource collection renders it.

``{data, links: {first, last, prev, next}, meta: {current_page, from, last_page, links, path, per_page, to,
total}}``. Billmora never calls ``withQueryString()``, so page URLs carry ``page`` and nothing else.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

ON_EACH_SIDE = 3
PREVIOUS, NEXT = "&laquo; Previous", "Next &raquo;"  # lang/en_US/pagination.php
DEFAULT_PER_PAGE = 15


class BadPerPage(Exception):
    """``per_page`` is not a number: PHP's arithmetic fails inside ``paginate()`` (a 500 in Billmora)."""


def per_page_of(raw: str | None) -> int:
    """``$request->input('per_page', 15)`` as ``paginate()`` uses it: empty or 0 falls back to 15."""
    if raw is None:
        return DEFAULT_PER_PAGE
    text = raw.strip()
    if text in ("", "0"):
        return DEFAULT_PER_PAGE
    try:
        return int(text)
    except ValueError:
        try:
            return int(float(text)) or DEFAULT_PER_PAGE
        except ValueError:
            raise BadPerPage(raw) from None


def page_of(raw: str | None) -> int:
    """``Paginator::resolveCurrentPage()``: an integer of at least 1, else 1."""
    try:
        page = int((raw or "").strip())
    except ValueError:
        return 1
    return page if page >= 1 else 1


def window(current: int, last: int) -> list[int | None]:
    """The page numbers ``UrlWindow`` shows; ``None`` stands for each "..." gap."""
    span = ON_EACH_SIDE + 4
    if last < ON_EACH_SIDE * 2 + 8:
        return list(range(1, last + 1))
    if current <= span:
        return [*range(1, span + ON_EACH_SIDE + 1), None, last - 1, last]
    if current > last - span:
        return [1, 2, None, *range(last - (span + ON_EACH_SIDE - 1), last + 1)]
    return [1, 2, None, *range(current - ON_EACH_SIDE, current + ON_EACH_SIDE + 1), None, last - 1, last]


def paginate(
    rows: Iterable[Any],
    total: int,
    query: dict[str, str],
    path: str,
    render: Callable[[Any], Any],
) -> dict[str, Any]:
    """One page of ``rows`` (already filtered and ordered; ``total`` of them) as Laravel's JSON."""
    per_page, page = per_page_of(query.get("per_page")), page_of(query.get("page"))
    if per_page > 0:
        last = max(1, math.ceil(total / per_page))
        chunk: Sequence[Any] = list(islice(rows, (page - 1) * per_page, page * per_page))
    else:  # a negative LIMIT is ignored by the query builder: every row, on one page
        last, chunk = 1, list(rows)
    first_item = (page - 1) * per_page + 1 if chunk else None

    def url(number: int) -> str:
        return f"{path}?page={number}"

    previous_url = url(page - 1) if page > 1 else None
    next_url = url(page + 1) if page < last else None
    links: list[dict[str, Any]] = [
        {"url": previous_url, "label": PREVIOUS, "page": page - 1 if page > 1 else None, "active": False}
    ]
    for number in window(page, last):
        if number is None:
            links.append({"url": None, "label": "...", "active": False})
        else:
            links.append({"url": url(number), "label": str(number), "page": number, "active": number == page})
    links.append({"url": next_url, "label": NEXT, "page": page + 1 if page < last else None, "active": False})
    return {
        "data": [render(row) for row in chunk],
        "links": {"first": url(1), "last": url(last), "prev": previous_url, "next": next_url},
        "meta": {
            "current_page": page,
            "from": first_item,
            "last_page": last,
            "links": links,
            "path": path,
            "per_page": per_page,
            "to": first_item + len(chunk) - 1 if first_item is not None else None,
            "total": total,
        },
    }
