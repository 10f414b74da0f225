"""What a ``delete()`` returns: nothing to read, except 0.1.0's ``.message``, deprecated."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

F = TypeVar("F", bound=Callable[..., object])
if TYPE_CHECKING:  # type checkers (mypy --enable-error-code deprecated, pyright) flag a use; nothing at run time
    from typing_extensions import deprecated
else:

    def deprecated(message: str) -> Callable[[F], F]:
        return lambda function: function


class Deleted:
    """Billmora has deleted the record; there is nothing to read.

    0.1.0 returned the confirmation model, whose ``.message`` ("User deleted successfully.") still reads, with a
    ``DeprecationWarning``, until 0.3.0, where ``delete()`` returns ``None``.
    """

    __slots__ = ("_content",)

    def __init__(self, content: bytes) -> None:
        self._content = content

    @property
    @deprecated("a delete() that returns has deleted the record; its result is None in 0.3.0")
    def message(self) -> str:
        """Billmora's confirmation text (deprecated: a ``delete()`` that returns has deleted)."""
        warnings.warn(
            "the result of delete() is deprecated since 0.2.0 and is None in 0.3.0: a delete() that returns "
            "has deleted the record; drop the use of its .message",
            DeprecationWarning,
            stacklevel=2,
        )
        try:
            answer = json.loads(self._content)
        except ValueError:
            return ""
        message = answer.get("message") if isinstance(answer, dict) else None
        return message if isinstance(message, str) else ""

    def __repr__(self) -> str:
        return "Deleted()"
