"""Type hints for namespace arguments, read from a schema, and the expressions that turn an argument into
the value the generated code expects (an enum member from a literal, a model from a typed dict).

A shape this module does not know is typed ``Any`` and passed on unchanged, so the namespaces type-check
whatever the document holds.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .names import ModelName, Naming

PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
STRING_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "uuid": "Any", "binary": "Any"}


@dataclass(frozen=True)
class Hint:
    """An argument's annotation; ``convert(name)`` is the generated code's value for it (None: as is)."""

    text: str
    convert: Callable[[str], str] | None = None
    nullable: bool = False

    def value(self, name: str, optional: bool = False) -> str:
        """The expression passed on for argument ``name`` (``optional``: it may be ``UNSET``)."""
        if self.convert is None:
            return name
        guards = [f"isinstance({name}, Unset)"] if optional else []
        guards += [f"{name} is None"] if self.nullable else []
        converted = self.convert(name)
        return f"{name} if {' or '.join(guards)} else {converted}" if guards else converted


ANY = Hint("Any")


@dataclass
class Imports:
    """What a rendered module uses: models by class, typing names, and typed dicts to define."""

    models: dict[str, str] = field(default_factory=dict)
    typing: set[str] = field(default_factory=set)
    datetime: bool = False
    typed_dicts: dict[str, str] = field(default_factory=dict)

    def model(self, name: ModelName) -> str:
        self.models[name.cls] = name.module
        return name.cls


class Hints:
    """Maps schemas of one document to hints, recording the imports they need."""

    def __init__(self, document: dict[str, Any], naming: Naming, imports: Imports) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.naming = naming
        self.imports = imports

    def resolve(self, schema: Any) -> tuple[str | None, dict[str, Any]]:
        """``(component name, schema)`` for a ``$ref``, else ``(None, schema)``."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas.get(name)
            return (name, target) if isinstance(target, dict) else (None, {})
        return None, schema if isinstance(schema, dict) else {}

    def value(self, schema: Any, parent: str | None, name: str, depth: int = 0) -> Hint:
        """The hint for a value of ``schema``; ``parent`` names inline classes (None: do not name them)."""
        component, schema = self.resolve(schema)
        if component is not None:
            if "enum" in schema:
                return self.enum(schema, "", component)
            if is_object(schema):
                return Hint(self.imports.model(self.naming.component(component, schema)))
            return self.value(schema, None, component, depth)
        if "enum" in schema:
            return self.enum(schema, parent, name) if parent is not None else self.any()
        if isinstance(schema.get("x-accepts"), list):
            return self.accepted(schema)
        # The generator names a union's members ``<name>_type_<i>`` (an inline object in a nullable array too).
        if "anyOf" in schema or "oneOf" in schema:
            members = schema.get("anyOf", schema.get("oneOf"))
            return self.union([self.value(m, parent, f"{name}_type_{i}", depth) for i, m in enumerate(members)])
        kind = schema.get("type")
        if isinstance(kind, list):
            return self.union(
                [self.value({**schema, "type": k}, parent, f"{name}_type_{i}", depth) for i, k in enumerate(kind)]
            )
        if kind == "string":
            text = STRING_FORMATS.get(schema.get("format", ""), "str")
            self.imports.datetime |= text.startswith("datetime")
            return self.any() if text == "Any" else Hint(text)
        if kind in PRIMITIVES:
            return Hint(PRIMITIVES[kind])
        if kind == "array":
            return self.array(schema.get("items"), parent, name, depth)
        if is_object(schema) and parent is not None and isinstance(schema.get("properties"), dict):
            return self.inline_model(schema, parent, name)
        return self.any()

    def any(self) -> Hint:
        self.imports.typing.add("Any")
        return ANY

    def union(self, members: list[Hint]) -> Hint:
        others = [m for m in members if m.text != "None"]
        nullable = len(others) < len(members)
        if len(others) == 1 and not others[0].nullable:
            only = others[0]
            return Hint(f"{only.text} | None", only.convert, True) if nullable else only
        if not others or any(m.convert or m.text == "Any" for m in others):
            return self.any()
        texts = list(dict.fromkeys(m.text for m in others))
        return Hint(" | ".join(texts + (["None"] if nullable else [])), None, nullable)

    def array(self, items: Any, parent: str | None, name: str, depth: int) -> Hint:
        inner = self.value(items, parent, f"{name}_item", depth + 1)
        if inner.text == "Any":
            return Hint("list[Any]")
        if inner.convert is None:
            return Hint(f"list[{inner.text}]")
        item = f"item{depth}"
        return Hint(f"list[{inner.text}]", lambda v: f"[{inner.value(item)} for {item} in {v}]")

    def enum(self, schema: dict[str, Any], parent: str | None, name: str) -> Hint:
        values = [v for v in schema["enum"] if v is not None]
        if not values:
            return Hint("None")
        if len({type(v) for v in values}) != 1 or type(values[0]) not in (str, int):
            return self.any()
        nullable = len(values) < len(schema["enum"])
        cls = self.imports.model(self.naming.inline(parent or "", f"{name}_type_1" if nullable else name, schema))
        self.imports.typing.add("Literal")
        text = f"{cls} | Literal[{', '.join(repr(v) for v in values)}]" + (" | None" if nullable else "")
        return Hint(text, lambda v: f"{cls}({v})", nullable)

    def accepted(self, schema: dict[str, Any]) -> Hint:
        """Those members of a named enum a request accepts (``x-accepts``), each as a member or its value."""
        members = schema.get("anyOf", [])
        component, named = self.resolve(next((m for m in members if "$ref" in m), {}))
        values = schema["x-accepts"]
        held = named.get("enum", [])
        if component is None or not values or not all(isinstance(v, str) and v in held for v in values):
            return self.any()
        cls = self.imports.model(self.naming.inline("", component, named))
        nullable = any(m.get("type") == "null" for m in members)
        self.imports.typing.add("Literal")
        choices = [f"{cls}.{self.naming.enum_member(v, held)}" for v in values] + [repr(v) for v in values]
        text = f"Literal[{', '.join(choices)}]" + (" | None" if nullable else "")
        return Hint(text, lambda v: f"{cls}({v})", nullable)

    def inline_model(self, schema: dict[str, Any], parent: str, name: str) -> Hint:
        cls = self.imports.model(self.naming.inline(parent, name, schema))
        typed = f"{cls}Dict"
        self.imports.typed_dicts[typed] = self.typed_dict(typed, cls, schema)
        return Hint(f"{cls} | {typed}", lambda v: f"{v} if isinstance({v}, {cls}) else {cls}.from_dict({v})")

    def typed_dict(self, typed: str, cls: str, schema: dict[str, Any]) -> str:
        """A ``TypedDict`` with the JSON form of an inline object (the form ``cls.from_dict`` reads)."""
        self.imports.typing.add("TypedDict")
        required = set(schema.get("required", []))
        fields = {}
        for key, prop in schema["properties"].items():
            text = self.wire(prop)
            if key not in required:
                self.imports.typing.add("NotRequired")
                text = f"NotRequired[{text}]"
            fields[key] = text
        doc = f'"""The JSON form of ``{cls}``: pass it where a ``{cls}`` is accepted."""'
        if all(k.isidentifier() and not _is_keyword(k) for k in fields):
            body = "".join(f"\n    {k}: {t}" for k, t in fields.items())
            return f"class {typed}(TypedDict):\n    {doc}\n{body}\n"
        items = ", ".join(f"{k!r}: {t}" for k, t in fields.items())
        return f"{typed} = TypedDict({typed!r}, {{{items}}})\n"

    def wire(self, schema: Any) -> str:
        """The JSON type of a value (what ``from_dict`` reads), for typed dict fields."""
        _, schema = self.resolve(schema)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            if values and all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
                self.imports.typing.add("Literal")
                literal = f"Literal[{', '.join(repr(v) for v in values)}]"
                return literal + (" | None" if len(values) < len(schema["enum"]) else "")
        members = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(members, list) and members:
            return " | ".join(dict.fromkeys(self.wire(m) for m in members))
        kind = schema.get("type")
        if isinstance(kind, list) and kind:
            return " | ".join(dict.fromkeys(self.wire({**schema, "type": k}) for k in kind))
        if kind == "string":
            return "str"
        if kind in PRIMITIVES:
            return PRIMITIVES[kind]
        if kind == "array":
            return f"list[{self.wire(schema.get('items'))}]"
        self.imports.typing.add("Any")
        return "dict[str, Any]" if is_object(schema) else "Any"


def is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or (
        "type" not in schema and isinstance(schema.get("properties"), dict) and "enum" not in schema
    )


def _is_keyword(name: str) -> bool:
    return keyword.iskeyword(name)
