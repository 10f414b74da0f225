"""The Python names openapi-python-client gives to what a document declares.

The namespaces refer to the generator's endpoint modules, models, enums and parameters by name, so they
compute each name with the generator's own string functions (``openapi_python_client.strings``) and the
same rules its parser applies (class overrides from generator-config.yaml, ``<parent><Name>`` for inline
schemas, ``_item`` for array items, ``_type_1`` for the enum part of a nullable enum, location suffixes
for clashing parameters). tests/test_namespaces.py imports every name computed here from the generated
package, so a generator upgrade that names things differently fails there.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

FIELD_PREFIX = "field_"
RESERVED_PARAMETERS = ("client", "url")


@dataclass(frozen=True)
class ModelName:
    """A generated class and the module under ``models/`` that defines it."""

    cls: str
    module: str


class Naming:
    """Names as the pinned generator computes them, with generator-config.yaml's class overrides."""

    def __init__(self, config: Path) -> None:
        loaded = yaml.safe_load(config.read_text()) or {}
        self.field_prefix: str = loaded.get("field_prefix", FIELD_PREFIX)
        self.overrides: dict[str, dict[str, str]] = loaded.get("class_overrides") or {}

    def model(self, raw: str) -> ModelName:
        """``Class.from_string``: PascalCase, then the override (class and module name)."""
        cls = ClassName(raw, self.field_prefix)
        override = self.overrides.get(cls, {})
        if override.get("class_name"):
            cls = ClassName(override["class_name"], self.field_prefix)
        module = PythonIdentifier(override.get("module_name") or cls, self.field_prefix)
        return ModelName(str(cls), str(module))

    def inline(self, parent: str, name: str, schema: dict[str, Any]) -> ModelName:
        """An inline schema's class: ``<Parent><Title or name>``."""
        return self.model(f"{pascal_case(parent)}{pascal_case(schema.get('title') or name)}")

    def component(self, name: str, schema: dict[str, Any]) -> ModelName:
        """A ``components.schemas`` entry's class: its title, else its name."""
        return self.model(schema.get("title") or name)

    def enum_member(self, value: str, values: list[Any]) -> str:
        """The member the generator makes for string ``value`` of an enum listing ``values``."""
        key = value.upper() if value[:1].isalpha() else f"VALUE_{values.index(value)}"
        return snake_case(key).upper()

    def identifier(self, value: str) -> str:
        return str(PythonIdentifier(value, self.field_prefix))

    def endpoint_module(self, method: str, path: str, operation: dict[str, Any]) -> str:
        operation_id = operation.get("operationId")
        return self.identifier(operation_id if operation_id else f"{method}_{path}")

    def parameters(self, parameters: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
        """``{(location, name): python_name}`` with the generator's clash rules."""
        names = {(p["in"], p["name"]): self.identifier(p["name"]) for p in parameters}
        for key, python in names.items():
            if python in RESERVED_PARAMETERS:
                names[key] = self.identifier(f"{python}_{key[0]}")
        by_python: dict[str, list[tuple[str, str]]] = {}
        for key, python in names.items():
            by_python.setdefault(python, []).append(key)
        for keys in by_python.values():
            if len(keys) < 2:
                continue
            for key in keys:
                if len({k[0] for k in keys}) == len(keys):
                    names[key] = self.identifier(f"{names[key]}_{key[0]}")
                else:
                    names[key] = str(PythonIdentifier(key[1], self.field_prefix, skip_snake_case=True))
        return names


def tag_folder(tag: str) -> str:
    """The folder under ``api/`` that holds a tag's endpoint modules."""
    return str(PythonIdentifier(tag, prefix="tag"))


def method_name(module: str, folder: str) -> str:
    """``v1_users_show`` in ``users`` becomes ``show``; a keyword gets a trailing underscore."""
    name = module
    first = name.split("_")[0]
    if first.startswith("v") and first[1:].isdigit() and "_" in name:
        name = name[len(first) + 1 :]
    if name.startswith(folder + "_"):
        name = name[len(folder) + 1 :]
    if not name.isidentifier():
        return module
    return f"{name}_" if keyword.iskeyword(name) else name
