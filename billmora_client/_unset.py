"""``UNSET``, the value of a field Billmora left out, and ``is_set``, the guard that narrows it away for mypy."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .generated.types import UNSET, Unset

if TYPE_CHECKING:  # annotations are not evaluated at run time
    from typing_extensions import TypeIs

__all__ = ["UNSET", "Unset", "is_set"]

T = TypeVar("T")


def is_set(value: T | Unset) -> TypeIs[T]:
    """True unless ``value`` is ``UNSET``; narrows ``X | Unset`` to ``X`` (and to ``Unset`` when false)."""
    return not isinstance(value, Unset)
