"""How Laravel puts an answer on the wire: JSON encoding, redirects, ``expectsJson`` and the client IP."""

from __future__ import annotations

import html
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

Headers = dict[str, str]


def encode(body: Any) -> bytes:
    """``json_encode`` with Laravel's default flags: ASCII only, and ``/`` escaped as ``\\/``."""
    return json.dumps(body, separators=(",", ":")).replace("/", "\\/").encode()


def json_response(status: int, body: Any, headers: Headers | None = None) -> Response:
    return Response(encode(body), status, headers, media_type="application/json")


def expects_json(request: Request) -> bool:
    """Laravel's ``$request->expectsJson()``: an Ajax call accepting anything, or JSON as the first accepted type."""
    accepted = _accepted_types(request.headers.get("accept", ""))
    ajax = request.headers.get("x-requested-with", "") == "XMLHttpRequest"
    if ajax and (not accepted or accepted[0] in ("*/*", "*")):
        return True
    return bool(accepted) and ("/json" in accepted[0] or "+json" in accepted[0])


def _accepted_types(header: str) -> list[str]:
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(p for p in header.split(",") if p.strip()):
        media, *params = (s.strip() for s in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def redirect(url: str) -> Response:
    """Symfony's ``RedirectResponse``: a 302 with its small HTML page."""
    escaped = html.escape(url, quote=True)
    page = (
        '<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset="UTF-8" />\n'
        f'        <meta http-equiv="refresh" content="0;url=\'{escaped}\'" />\n\n'
        f"        <title>Redirecting to {escaped}</title>\n    </head>\n    <body>\n"
        f'        Redirecting to <a href="{escaped}">{escaped}</a>.\n    </body>\n</html>'
    )
    return Response(page, 302, {"location": url}, media_type="text/html; charset=utf-8")


def error_page(status: int, title: str) -> Response:
    """Laravel's HTML error page for a guest that did not ask for JSON."""
    page = (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title></head>\n'
        f'<body><div class="code">{status}</div><div class="message">{title}</div></body>\n</html>\n'
    )
    return Response(page, status, media_type="text/html; charset=utf-8")


def origin(request: Request) -> str:
    """``url('/')`` without the trailing slash: scheme and host of the request."""
    return f"{request.url.scheme}://{request.url.netloc}"


def client_ip(request: Request) -> str:
    """``$request->ip()`` with ``trustProxies(at: '*')``: the first ``X-Forwarded-For`` entry, else the peer."""
    forwarded = request.headers.get("x-forwarded-for", "")
    if forwarded.strip():
        return forwarded.split(",")[0].strip()
    return request.client.host if request.client else ""
