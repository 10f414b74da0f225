"""docs/api.md: every namespace and method of the client, written from the plan ``namespaces.py`` makes.

Each method gets its signature, what it returns, the token ability its route needs (the overlay's
``x-ability``, from Billmora's routes/api.php) and the errors its documented answers raise.
"""

from __future__ import annotations

from .plan import Method, Tag
from .render import iterate_signature, signatures

ERRORS = {
    "400": "APIStatusError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "422": "ValidationError",
    "429": "RateLimitError",
}
HEAD = """# API reference

Written by `scripts/regenerate.py` from Billmora's OpenAPI document and `openapi.overlay.yaml`; do not edit
(`make lint` fails when it is stale). Every namespace is a property of `Billmora`: `bm.users.show(3)`.

Every call takes `timeout=` (seconds, the deadline of the whole call) and may raise, besides the errors listed
with it, `APIConnectionError`, `APITimeoutError` and `UnexpectedResponseError`; all are `BillmoraError`s
(`billmora_client`). A `403` (`PermissionDeniedError`, `.ability`) means the token lacks the listed ability or
the caller's IP is not on its whitelist; a `429` (`RateLimitError`) is raised only once waiting for budget would
pass `max_rate_limit_wait` or the deadline. Models and enums come from `billmora_client.models`.
"""


def render_api_doc(tags: list[Tag]) -> str:
    """The whole of docs/api.md for ``tags`` (in the order given)."""
    out = [HEAD, "## Namespaces", ""]
    out += [f"- [`{t.folder}`](#{t.folder}): " + ", ".join(f"`{n}`" for n in _names(t)) for t in tags]
    for tag in tags:
        out += ["", f"## {tag.folder}", "", f"`bm.{tag.folder}`, a `{tag.cls}`."]
        for method in tag.methods:
            out += _method(tag, method)
    return "\n".join(out) + "\n"


def _names(tag: Tag) -> list[str]:
    return [n for m in tag.methods for n in ([m.name, m.iterate] if m.page_item else [m.name])]


def _method(tag: Tag, m: Method) -> list[str]:
    out = ["", f"### `{tag.folder}.{m.name}`", "", "```python"]
    defs = signatures(m)
    for lines, overload in [d for d in defs if d[1]] or defs:  # the overloads users call, else the one definition
        out += [*(["@overload"] if overload else []), _code(m.name, lines, m.returns)]
    out += ["```", "", f"{m.summary.rstrip('.')}. `{m.http.upper()} {m.path}`."]
    out += ["", f"- returns: {_returns(m)}", f"- ability: {_ability(m)}", f"- raises: {_raises(m)}"]
    if m.page_item:
        out += ["", f"### `{tag.folder}.{m.iterate}`", "", "```python"]
        out += [_code(m.iterate, iterate_signature(m), f"Paginator[{m.page_item}]", awaited=False), "```"]
        out += ["", f"Every `{m.page_item}` of every page of `{m.name}`, pages fetched ahead concurrently; "]
        out[-1] += "`async for item in ...`, or `async with ... as items:` to stop early. Raises as above, per page."
    return out


def _code(name: str, lines: list[str], returns: str, awaited: bool = True) -> str:
    params = [line.rstrip(",") for line in lines if line != "self,"]
    head = f"{'async ' if awaited else ''}def {name}("
    one = f"{head}{', '.join(params)}) -> {returns}: ..."
    if len(one) <= 110:
        return one
    return "\n".join([head, *(f"    {p}," for p in params), f") -> {returns}: ..."])


def _returns(m: Method) -> str:
    if m.discard:
        return "`Deleted`, nothing to read: a call that returns has deleted the record"
    if m.page_item:
        return f"`{m.returns}`, one page: `.data` (`list[{m.page_item}]`), `.meta`, `.links`"
    return f"`{m.returns}`"


def _ability(m: Method) -> str:
    if m.ability:
        return f"`{m.ability}` (or `*`)"
    return "none: a public route" if "401" not in m.statuses else "not documented"


def _raises(m: Method) -> str:
    named = [f"`{ERRORS[s]}` ({s})" for s in m.statuses if s in ERRORS]
    if any(s.startswith("5") for s in m.statuses):
        named.append("`ServerError` (" + ", ".join(s for s in m.statuses if s.startswith("5")) + ")")
    return ", ".join(named) if named else "only the errors of every call"
