"""Write the typed namespaces (``bm.users.show(42)``) from the normalised document.

``api/__init__.py`` gets ``Namespaces``, one lazily imported property per tag; ``api/<tag>/__init__.py``
gets ``<Tag>Api``, one method per operation that calls the generated endpoint module through
``Operations.call``. Which answer is a page (an object with a ``data`` array of models plus ``links`` and
``meta`` references, the meta carrying the page counts) or an envelope (an object with only ``data``)
comes from the document's structure. Names come from ``names.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .apidoc import render_api_doc
from .hints import Hints, Imports, is_object
from .names import Naming, method_name, tag_folder
from .normalise import METHODS
from .plan import Arg, Body, Method, Tag
from .render import TYPED_DICTS, render_root, render_tag, render_typed_dicts

PAGE_COUNTS = ("current_page", "last_page", "per_page", "total")
# Names a method's code uses besides its arguments: an argument with one of them is renamed.
HELPER_NAMES = {"self", "body", "timeout", "httpx", "Unset", "UNSET", "isinstance", "TypeError", "all", "value"}


class NamespaceError(ValueError):
    """The document's operations cannot be given distinct methods."""


def write_namespaces(document: dict[str, Any], package: Path, config: Path, api_doc: Path) -> None:
    """Write ``api/__init__.py`` and every ``api/<tag>/__init__.py`` under ``package``, and ``api_doc``."""
    tags = plan(document, Naming(config))
    api = package / "api"
    (api / "__init__.py").write_text(render_root([tags[folder] for folder in sorted(tags)]))
    (api / f"{TYPED_DICTS}.py").write_text(render_typed_dicts([tags[folder] for folder in sorted(tags)]))
    for tag in tags.values():
        (api / tag.folder / "__init__.py").write_text(render_tag(tag))
    api_doc.write_text(render_api_doc([tags[folder] for folder in sorted(tags)]))


def plan(document: dict[str, Any], naming: Naming) -> dict[str, Tag]:
    """Every tag's methods; refuses two operations that would become one method."""
    tags: dict[str, Tag] = {}
    owners: dict[tuple[str, str], str] = {}
    for path, method, operation, inherited in _operations(document):
        folder = tag_folder((operation.get("tags") or ["default"])[0])
        tag = tags.setdefault(folder, Tag(folder))
        module = naming.endpoint_module(method, path, operation)
        built = _method(document, naming, tag, module, method, path, operation, inherited)
        label = operation.get("operationId") or f"{method.upper()} {path}"
        names = [built.name] + ([built.iterate] if built.page_item else [])
        for name in names:
            if (folder, name) in owners:
                raise NamespaceError(
                    f"operations {owners[folder, name]!r} and {label!r} would both be {folder}.{name}(); "
                    "give one of them another operationId in the overlay"
                )
            owners[folder, name] = label
        tag.methods.append(built)
        tag.modules.append(module)
    if TYPED_DICTS in tags:
        raise NamespaceError(f"a tag named {TYPED_DICTS!r} would replace the module of the typed dicts")
    for tag in tags.values():
        clash = set(tag.imports.models) & ({tag.cls, "Operations", "Paginator"} | set(tag.imports.typed_dicts))
        if clash:
            raise NamespaceError(f"model {sorted(clash)[0]!r} clashes with a name the {tag.folder} namespace defines")
    return tags


def _operations(document: dict[str, Any]) -> Any:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method], item.get("parameters") or []


def _method(
    document: dict[str, Any],
    naming: Naming,
    tag: Tag,
    module: str,
    http: str,
    path: str,
    operation: dict[str, Any],
    inherited: list[Any],
) -> Method:
    hints = Hints(document, naming, tag.imports)
    parameters = _parameters(document, inherited, operation.get("parameters") or [])
    python = naming.parameters(parameters)
    taken = HELPER_NAMES | set(tag.modules) | {module}
    positional: list[Arg] = []
    keywords: list[Arg] = []
    in_path = [p for p in parameters if p["in"] == "path"]
    in_path.sort(key=lambda p: path.find("{" + p["name"] + "}"))
    for parameter in in_path + [p for p in parameters if p["in"] != "path"]:
        target = python[parameter["in"], parameter["name"]]
        hint = hints.value(parameter.get("schema"), module, target)
        required = parameter["in"] == "path" or bool(parameter.get("required"))
        arg = Arg(_unique(target, taken), target, hint, None if required else _default(parameter.get("schema")))
        taken.add(arg.name)
        (positional if parameter["in"] == "path" else keywords).append(arg)
    body = _body(hints, naming, operation, taken)
    lines = str(operation.get("summary") or "").strip().splitlines()
    built = Method(
        name=method_name(module, tag.folder),
        module=module,
        http=http,
        path=path,
        summary=lines[0] if lines else module,
        positional=positional,
        keywords=keywords,
        body=body,
        expect="object",
        returns="object",
        ability=operation.get("x-ability") if isinstance(operation.get("x-ability"), str) else None,
        statuses=sorted(str(s) for s in operation.get("responses") or {} if not str(s).startswith(("1", "2", "3"))),
    )
    _answer(built, document, naming, tag.imports, operation)
    return built


def _parameters(document: dict[str, Any], inherited: list[Any], own: list[Any]) -> list[dict[str, Any]]:
    """Path-level and operation-level parameters (the operation's win), ``$ref``s resolved."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*inherited, *own]:
        if isinstance(parameter, dict) and "$ref" in parameter:
            name = str(parameter["$ref"]).rsplit("/", 1)[-1]
            parameter = document.get("components", {}).get("parameters", {}).get(name)
        if isinstance(parameter, dict) and parameter.get("in") in ("path", "query", "header", "cookie"):
            found[parameter["in"], parameter["name"]] = parameter
    return list(found.values())


_KINDS: dict[str, tuple[type, ...]] = {"integer": (int,), "number": (int, float), "string": (str,), "boolean": (bool,)}


def _default(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "UNSET"
    default, kind = schema.get("default"), schema.get("type")
    types = _KINDS.get(kind, ()) if isinstance(kind, str) else ()
    if default is not None and isinstance(default, types) and not (isinstance(default, bool) and bool not in types):
        return repr(default)
    return "UNSET"


def _unique(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    return name


def _body(hints: Hints, naming: Naming, operation: dict[str, Any], taken: set[str]) -> Body | None:
    request = operation.get("requestBody")
    if not isinstance(request, dict):
        return None
    if "$ref" in request:
        name = str(request["$ref"]).rsplit("/", 1)[-1]
        request = hints.document.get("components", {}).get("requestBodies", {}).get(name)
        if not isinstance(request, dict):
            return None
    content = request.get("content") or {}
    required = bool(request.get("required"))
    if len(content) != 1:
        return Body(hints.any().text, required)
    component, schema = hints.resolve(next(iter(content.values())).get("schema"))
    if component is None or not is_object(schema) or not isinstance(schema.get("properties", {}), dict):
        return Body(hints.any().text, required)
    model = hints.imports.model(naming.component(component, schema))
    body = Body(model, required, model)
    required_fields = set(schema.get("required") or [])
    for key, prop in (schema.get("properties") or {}).items():
        target = naming.identifier(key)
        arg = Arg(_unique(target, taken), target, hints.value(prop, model, key))
        arg.default = None if key in required_fields else "UNSET"
        taken.add(arg.name)
        body.fields.append(arg)
    return body


def _answer(
    method: Method, document: dict[str, Any], naming: Naming, imports: Imports, operation: dict[str, Any]
) -> None:
    """Set what the method expects from ``Operations.call`` and what it returns."""
    if method.http == "delete":
        method.discard, method.expect, method.returns = True, "Deleted", "Deleted"
        return
    responses = operation.get("responses") or {}
    success = next((str(s) for s in responses if str(s).startswith("2") and str(s).isdigit()), None)
    media = (responses.get(success) or {}).get("content", {}).get("application/json") if success else None
    hints = Hints(document, naming, imports)
    component, schema = hints.resolve(media.get("schema") if isinstance(media, dict) else None)
    if not is_object(schema):
        return
    if component is None:
        if isinstance(schema.get("properties"), dict):
            name = naming.inline(method.module, f"response_{success}", schema)
            method.expect = method.returns = imports.model(name)
        return
    method.expect = method.returns = imports.model(naming.component(component, schema))
    properties, required = schema.get("properties") or {}, set(schema.get("required") or [])
    data = hints.resolve(properties.get("data"))
    if set(properties) == {"data"} and "data" in required and data[0] and is_object(data[1]):
        method.returns, method.unwrap = imports.model(naming.component(data[0], data[1])), True
        method.echo = _record_echo(hints, method, data[1])
    elif _is_page(hints, properties, required) and any(a.target == "page" for a in method.keywords):
        items = hints.resolve(properties["data"].get("items"))
        method.page_item = imports.model(naming.component(items[0] or "", items[1]))
        method.echo = ("meta.current_page", next(a.name for a in method.keywords if a.target == "page"))


def _record_echo(hints: Hints, method: Method, record: dict[str, Any]) -> tuple[str, str] | None:
    """``("data.id", <argument>)`` when the path ends in an integer id and the record has a required integer id."""
    last = method.path.rstrip("/").rsplit("/", 1)[-1]
    if not (last.startswith("{") and last.endswith("}")) or not method.positional:
        return None
    argument = method.positional[-1]  # path arguments are in path order: this one names the record
    _, field = hints.resolve((record.get("properties") or {}).get("id"))
    if argument.hint.text != "int" or "id" not in (record.get("required") or []) or field.get("type") != "integer":
        return None
    return "data.id", argument.name


def _is_page(hints: Hints, properties: dict[str, Any], required: set[str]) -> bool:
    """``data``: an array of models; ``links`` and ``meta``: references, the meta with the page counts."""
    data = properties.get("data")
    if not {"data", "links", "meta"} <= set(properties) or not {"data", "meta"} <= required:
        return False
    if not isinstance(data, dict) or data.get("type") != "array":
        return False
    items = hints.resolve(data.get("items"))
    links, meta = hints.resolve(properties["links"]), hints.resolve(properties["meta"])
    if not (items[0] and is_object(items[1]) and links[0] and meta[0]):
        return False
    counts = meta[1].get("properties") or {}
    return all(counts.get(c, {}).get("type") == "integer" and c in (meta[1].get("required") or []) for c in PAGE_COUNTS)
