"""The plan of the typed namespaces: each tag's methods and their arguments, as ``namespaces.py`` reads them from
the normalised document and ``render.py`` (the code) and ``apidoc.py`` (docs/api.md) write them out."""

from __future__ import annotations

from dataclasses import dataclass, field

from .hints import Hint, Imports


@dataclass
class Arg:
    """One argument of a namespace method and where its value goes."""

    name: str
    target: str
    hint: Hint
    default: str | None = None  # None: required

    @property
    def optional(self) -> bool:
        return self.default is not None

    def annotation(self) -> str:
        return f"{self.hint.text} | Unset" if self.optional else self.hint.text

    def value(self) -> str:
        return self.hint.value(self.name, self.optional)


@dataclass
class Body:
    """The request body: the model accepted as ``body=``, and its fields accepted as keywords."""

    hint: str
    required: bool
    model: str | None = None
    fields: list[Arg] = field(default_factory=list)


@dataclass
class Method:
    name: str
    module: str
    http: str
    path: str
    summary: str
    positional: list[Arg]
    keywords: list[Arg]
    body: Body | None
    expect: str
    returns: str
    unwrap: bool = False
    discard: bool = False
    page_item: str | None = None
    ability: str | None = None  # the token ability Billmora's route needs (the overlay's x-ability)
    echo: tuple[str, str] | None = None  # (attribute path in the answer, argument whose value it must equal)
    statuses: list[str] = field(default_factory=list)  # the error statuses the document gives

    @property
    def iterate(self) -> str:
        return "iterate" if self.name == "index" else f"iterate_{self.name}"


@dataclass
class Tag:
    folder: str
    methods: list[Method] = field(default_factory=list)
    imports: Imports = field(default_factory=Imports)
    modules: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        from openapi_python_client.strings import pascal_case

        return f"{pascal_case(self.folder)}Api"
