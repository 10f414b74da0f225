"""The public face: ``billmora_client.models`` holds every resource, page, request and enum a user needs, as
the very classes the generated code uses; ``UNSET`` reads as ``UNSET``; ``is_set`` narrows for mypy."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import get_type_hints

import attrs

import billmora_client
from billmora_client import models
from billmora_client.generated import models as generated
from billmora_client.generated import types
from billmora_client.generated.api import typed_dicts

ROOT = Path(__file__).resolve().parents[1]
NEEDED = ("Resource", "ResourcePage", "Request", "Item")  # name endings users meet; enums come on top


def test_every_public_name_imports_and_is_the_generated_object() -> None:
    for name in models.__all__:
        exported = getattr(models, name)
        if name != "is_set":
            sources = (generated, types, typed_dicts)
            assert any(exported is vars(source).get(name) for source in sources), name
    assert not [name for name in models.__all__ if name.startswith("V1") or name.endswith("Envelope")]


def test_every_resource_request_page_and_enum_is_public() -> None:
    def needed(name: str) -> bool:
        value = getattr(generated, name)
        return name.endswith(NEEDED) or (isinstance(value, type) and issubclass(value, Enum))

    assert sorted(name for name in generated.__all__ if needed(name)) == sorted(
        name for name in models.__all__ if hasattr(generated, name) and needed(name)
    )


def test_the_enums_are_the_ones_the_generated_models_use() -> None:
    used: set[type[Enum]] = set()
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls):
            namespace = {**vars(generated), **vars(sys.modules[cls.__module__])}
            for hint in get_type_hints(cls, globalns=namespace).values():
                used |= {
                    arg for arg in getattr(hint, "__args__", (hint,)) if isinstance(arg, type) and issubclass(arg, Enum)
                }
    assert len(used) == 14
    assert all(getattr(models, enum.__name__) is enum for enum in used)


def test_unset_is_importable_from_the_top_level_and_reads_unset() -> None:
    assert (billmora_client.UNSET, billmora_client.Unset, billmora_client.is_set) == (
        models.UNSET,
        models.Unset,
        models.is_set,
    )
    assert repr(billmora_client.UNSET) == "UNSET" and not billmora_client.UNSET
    request = models.UsersUpdateRequest(status=models.UserStatus.CLOSED)
    assert "email=UNSET" in repr(request) and "status=<UserStatus.CLOSED: 'closed'>" in repr(request)
    assert (models.is_set(request.email), models.is_set(request.status), models.is_set(None)) == (False, True, True)
