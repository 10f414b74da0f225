"""Source text of the namespace modules planned by ``namespaces.py`` (formatted by ruff afterwards)."""

from __future__ import annotations

from .plan import Arg, Method, Tag

TIMEOUT = "timeout: float | httpx.Timeout | None = None"
TYPED_DICTS = "typed_dicts"  # the module under api/ that defines them
PROMISE = "return models or raise"
DELETED = "Returns once Billmora has deleted it; the ``Deleted`` has nothing to read."


def render_root(tags: list[Tag]) -> str:
    """``api/__init__.py``: the ``Namespaces`` mixin with one cached property per tag."""
    lines = [
        '"""Typed namespaces for every tag of the Billmora API, built on first use."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from ..._operations import Operations",
        *(f"    from .{t.folder} import {t.cls}" for t in tags),
        "",
        "",
        "class Namespaces:",
        '    """One property per tag (``users``, ``invoices``, ...); each imports its operations on first use."""',
        "",
        "    _operations: Operations",
    ]
    for t in tags:
        lines += [
            "",
            "    @cached_property",
            f"    def {t.folder}(self) -> {t.cls}:",
            f'        """Operations tagged ``{t.folder}``."""',
            f"        from .{t.folder} import {t.cls}",
            "",
            f"        return {t.cls}(self._operations)",
        ]
    lines += ["", "", f"TAGS = ({''.join(f'{t.folder!r}, ' for t in tags)})", ""]
    return "\n".join(lines)


def render_tag(tag: Tag) -> str:
    """``api/<tag>/__init__.py``: the ``<Tag>Api`` class and the typed dicts its methods accept."""
    methods = "".join(_method(tag, m) for m in tag.methods)
    code = f'''class {tag.cls}:
    """``{tag.folder}`` operations. Obtain it as ``Billmora().{tag.folder}``."""

    def __init__(self, operations: Operations) -> None:
        self._operations = operations
{methods}'''
    uses = _words(code)
    imports = ["from __future__ import annotations", ""]
    if "datetime" in uses:
        imports.append("import datetime")
    typing = sorted(n for n in {"TYPE_CHECKING", "overload", *tag.imports.typing} if n in uses or n == "TYPE_CHECKING")
    imports += [f"from typing import {', '.join(typing)}", "", "import httpx", ""]
    imports += [f"from ...models.{mod} import {cls}" for cls, mod in sorted(tag.imports.models.items()) if cls in uses]
    typed_dicts = sorted(name for name in tag.imports.typed_dicts if name in uses)
    if typed_dicts:
        imports.append(f"from ..{TYPED_DICTS} import {', '.join(typed_dicts)}")
    types = [n for n in ("UNSET", "Unset") if n in uses]
    if types:
        imports.append(f"from ...types import {', '.join(types)}")
    checks = [name for name in ("at_least_one", "path_id") if name in uses]
    if checks:
        imports.append(f"from ...._operations import {', '.join(checks)}")
    if "Deleted" in uses:
        imports.append("from ...._deleted import Deleted")
    if "Paginator" in uses:
        imports.append("from ....pagination import Paginator")
    imports.append(f"from . import {', '.join(sorted(set(tag.modules)))}")
    checking = ["    from ...._operations import Operations"]
    head = f'"""The ``{tag.folder}`` operations of the Billmora API, as awaitable methods that {PROMISE}."""'
    parts = [head, "\n".join(imports), "if TYPE_CHECKING:\n" + "\n".join(checking)]
    parts += [code, f'__all__ = ["{tag.cls}"]\n']
    return "\n\n\n".join(parts)


def render_typed_dicts(tags: list[Tag]) -> str:
    """``api/typed_dicts.py``: every typed dict a namespace method accepts (exported by ``billmora_client.models``)."""
    defined: dict[str, str] = {}
    for tag in tags:
        defined.update(tag.imports.typed_dicts)
    code = "\n\n".join(defined[name] for name in sorted(defined))
    uses = _words(code)
    typing = sorted(n for n in ("Any", "Literal", "NotRequired", "TypedDict") if n in uses)
    head = '"""The JSON form of the request objects the namespaces accept, as typed dicts."""'
    imports = "from __future__ import annotations" + (f"\n\nfrom typing import {', '.join(typing)}" if typing else "")
    names = "".join(f'"{name}", ' for name in sorted(defined))
    return "\n\n\n".join([head, imports, *([code] if code else []), f"__all__ = [{names}]\n"])


def _words(code: str) -> set[str]:
    """The identifiers the code uses outside docstrings (so only used names are imported)."""
    text = " ".join(code.split('"""')[::2])
    for mark in "()[]{}:,.|=*@'\"":
        text = text.replace(mark, " ")
    return set(text.split())


def _signature(m: Method, keywords: list[Arg], body: str | None, fields: list[Arg]) -> list[str]:
    lines = ["self,", *(f"{a.name}: {a.annotation()}," for a in m.positional), "*,"]
    if body is not None:
        lines.append(f"body: {body},")
    lines += [_parameter(a) for a in [*keywords, *fields]]
    return [*lines, f"{TIMEOUT},"]


def _parameter(a: Arg) -> str:
    return f"{a.name}: {a.annotation()} = {a.default}," if a.optional else f"{a.name}: {a.annotation()},"


def _def(m: Method, lines: list[str], overload: bool = False) -> str:
    args = "\n".join(f"        {line}" for line in lines)
    head = "    @overload\n" if overload else ""
    tail = " ..." if overload else ""
    return f"\n{head}    async def {m.name}(\n{args}\n    ) -> {m.returns}:{tail}\n"


def _docstring(m: Method) -> str:
    summary = _escape(m.summary) + ("" if m.summary.endswith((".", "!", "?")) else ".")
    where = f"``{m.http.upper()} {_escape(m.path)}``; raises a ``BillmoraError`` subclass on failure."
    returns = f"\n\n        {DELETED}" if m.discard else ""
    return f'        """{summary}\n\n        {where}{returns}\n        """\n'


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def signatures(m: Method) -> list[tuple[list[str], bool]]:
    """Each definition of the method as ``(parameter lines, is an overload)``: its overloads, then its body."""
    body = m.body
    fields = body.fields if body else []
    if body is None:
        return [(_signature(m, m.keywords, None, []), False)]
    model_only = body.hint if body.required else f"{body.hint} | Unset = UNSET"
    if not fields:
        return [(_signature(m, m.keywords, model_only, []), False)]
    # body= and the fields exclude each other, in the types as at runtime
    defs = [(_signature(m, m.keywords, model_only, []), True), (_signature(m, m.keywords, None, fields), True)]
    loose = [_loose(a) for a in fields]
    return [*defs, (_signature(m, m.keywords, f"{body.hint} | Unset = UNSET", loose), False)]


def iterate_signature(m: Method) -> list[str]:
    """The parameter lines of the method's ``iterate`` companion (a listing's every item)."""
    keywords = [a for a in m.keywords if a.target != "page"]
    lines = ["self,", *(f"{a.name}: {a.annotation()}," for a in m.positional), "*,"]
    lines += [_parameter(a) for a in keywords]
    return [*lines, "max_items: int | None = None,", "concurrency: int | None = None,", f"{TIMEOUT},"]


def _method(tag: Tag, m: Method) -> str:
    body = m.body
    fields = body.fields if body else []
    out = "".join(_def(m, lines, overload) for lines, overload in signatures(m))
    out += _docstring(m)
    if fields and body is not None:
        out += _build_body(tag, m, body.model or body.hint, fields, body.required)
    call = [f"{a.target}={_path_value(tag, m, a)}," for a in m.positional]
    call += [f"{a.target}={_page_value(tag, m, a)}," for a in m.keywords]
    if body is not None:
        call.append("body=body,")
    kwargs = "\n".join(f"                {c}" for c in call)
    parse = "None" if m.discard else f"{m.module}._parse_response"
    result = "return await" if m.discard else "result = await"
    out += f"""        {result} self._operations.call(
            "{m.module}",
            {m.module}._get_kwargs(
{kwargs}
            ),
            {parse},
            {m.expect},
            timeout=timeout,{_echo(m)}
        )
"""
    if not m.discard:
        out += "        return result.data\n" if m.unwrap else "        return result\n"
    if m.page_item:
        out += _iterate(m)
    return out


def _echo(m: Method) -> str:
    """The ``echo=`` argument: what the answer must repeat of the request (see ``billmora_client._echo``)."""
    return f'\n            echo=("{m.echo[0]}", {m.echo[1]}),' if m.echo else ""


def _path_value(tag: Tag, m: Method, a: Arg) -> str:
    """A path argument's value; an integer id is checked first (see ``_operations.path_id``)."""
    if a.hint.text != "int":
        return a.value()
    return f'path_id("{tag.folder}.{m.name}()", "{a.name}", {a.value()})'


def _page_value(tag: Tag, m: Method, a: Arg) -> str:
    """A query argument's value; ``page`` and ``per_page`` are checked first (see ``_operations.at_least_one``)."""
    if a.target not in ("page", "per_page") or not a.hint.text.startswith("int"):
        return a.value()
    return f'at_least_one("{tag.folder}.{m.name}()", "{a.name}", {a.value()})'


def _loose(a: Arg) -> Arg:
    """The implementation's form of a body field: every field may be left out (``body=`` given instead)."""
    return Arg(a.name, a.target, a.hint, "UNSET")


def _build_body(tag: Tag, m: Method, model: str, fields: list[Arg], required: bool) -> str:
    names = ", ".join(a.name for a in fields) + ("," if len(fields) == 1 else "")
    needed = [a for a in fields if not a.optional]
    where = f"{tag.folder}.{m.name}()"
    lines = [
        "        if not isinstance(body, Unset):",
        f"            if not all(isinstance(value, Unset) for value in ({names})):",
        f'                raise TypeError("{where} takes body= or the fields of {model} as keywords, not both")',
    ]
    if not required:
        lines += [f"        elif all(isinstance(value, Unset) for value in ({names})):", "            pass"]
    if needed:
        missing = " or ".join(f"isinstance({a.name}, Unset)" for a in needed)
        listed = ", ".join(f"{a.name}=" for a in needed)
        lines += [f"        elif {missing}:", f'            raise TypeError("{where} needs body= or {listed}")']
    values = "\n".join(f"                {a.target}={a.hint.value(a.name, a.optional)}," for a in fields)
    lines += ["        else:", f"            body = {model}(\n{values}\n            )"]
    return "\n".join(lines) + "\n"


def _iterate(m: Method) -> str:
    keywords = [a for a in m.keywords if a.target != "page"]
    args = "\n".join(f"        {line}" for line in iterate_signature(m))
    passed = [f"{a.name}," for a in m.positional]
    page = next(a.name for a in m.keywords if a.target == "page")
    passed += [f"{page}=page,", *(f"{a.name}={a.name}," for a in keywords), "timeout=timeout,"]
    call = "\n".join(f"                {p}" for p in passed)
    return f'''
    def {m.iterate}(
{args}
    ) -> Paginator[{m.page_item}]:
        """Every ``{m.page_item}`` of every page, fetched ahead concurrently; see ``Paginator``.

        ``timeout`` is the deadline of each page's request.
        """

        async def fetch(page: int) -> {m.expect}:
            return await self.{m.name}(
{call}
            )

        return Paginator(fetch, max_items=max_items, concurrency=concurrency or self._operations.page_concurrency)
'''
