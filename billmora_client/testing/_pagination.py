"""Laravel 12's ``LengthAwarePaginator`` as a paginated resource collection renders it.

``{data, links: {first, last, prev, next}, meta: {current_page, from, last_page, links, path, per_page, to,
total}}``. Billmora never calls ``withQueryString()``, so page URLs carry ``page`` and nothing else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

ON_EACH_SIDE = 3
PREVIOUS, NEXT = "&laquo; Previous", "Next &raquo;"  # lang/en_US/pagination.php
DEFAULT_PER_PAGE = 15
PHP_INT_MAX, PHP_INT_MIN = 2**63 - 1, -(2**63)
# PHP's is_numeric() (ASCII digits, optional exponent, surrounding whitespace) and FILTER_VALIDATE_INT
PHP_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*", re.ASCII)
PHP_INT = re.compile(r"[+-]?(0|[1-9]\d*)", re.ASCII)


class BadPerPage(Exception):
    """``per_page`` is not a number, or a zero PHP does not read as falsy (``0.0``): PHP's arithmetic fails inside
    ``paginate()`` (a 500 in Billmora)."""


@dataclass(frozen=True)
class PerPage:
    """``$perPage`` as ``paginate()`` uses it: ``value`` the number PHP reads, ``size`` its ``(int)`` cast."""

    value: float
    size: int

    @property
    def limited(self) -> bool:
        """``limit()`` ignores a negative value: every row from the offset on."""
        return self.value >= 0


def _php_int(number: float) -> int:
    """``(int)`` of a numeric string: truncated toward zero, saturated at PHP's bounds, 0 for INF."""
    if math.isinf(number) or math.isnan(number):
        return 0
    return max(PHP_INT_MIN, min(PHP_INT_MAX, int(number)))


def per_page_of(raw: str | None) -> PerPage:
    """``$request->input('per_page', 15) ?: 15`` after ``TrimStrings`` and ``ConvertEmptyStringsToNull``."""
    text = (raw or "").strip()
    if text in ("", "0"):  # null, and the one zero string PHP treats as false
        return PerPage(DEFAULT_PER_PAGE, DEFAULT_PER_PAGE)
    if not PHP_NUMERIC.fullmatch(text):
        raise BadPerPage(raw)
    value = float(text)
    if value == 0:  # "0.0" or "-0" is true to PHP, and ceil($total / $perPage) divides by zero
        raise BadPerPage(raw)
    if PHP_INT.fullmatch(text):
        return PerPage(value, max(PHP_INT_MIN, min(PHP_INT_MAX, int(text))))
    return PerPage(value, _php_int(value))


def page_of(raw: str | None) -> int:
    """``Paginator::resolveCurrentPage()``: a ``FILTER_VALIDATE_INT`` integer of at least 1 (and at most PHP's
    largest), else 1."""
    text = (raw or "").strip()
    if not PHP_INT.fullmatch(text):
        return 1
    page = int(text)
    return page if 1 <= page <= PHP_INT_MAX else 1


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
    pages = total / per_page.value  # INF for a per_page so small the division overflows; (int) INF is 0 to PHP
    last = max(1, _php_int(math.ceil(pages) if math.isfinite(pages) else pages))
    offset = max(0, (page - 1) * per_page.size)  # past every row when PHP's arithmetic would overflow
    stop = min(total, offset + per_page.size) if per_page.limited else total
    chunk: Sequence[Any] = list(islice(rows, offset, stop)) if offset < stop else []
    size = per_page.size
    first_item = (page - 1) * size + 1 if chunk else None

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
            "per_page": size,
            "to": first_item + len(chunk) - 1 if first_item is not None else None,
            "total": total,
        },
    }
