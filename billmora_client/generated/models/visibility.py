from enum import StrEnum
from typing import Self


class Visibility(StrEnum):
    """Known values; a value a newer Billmora adds is kept as an extra member instead of failing the read."""

    HIDDEN = "hidden"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
