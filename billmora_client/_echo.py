"""An answer must be about what was asked for: a record's ``data.id`` is the id in the path, a page's
``meta.current_page`` the page requested. Each namespace method that can tell passes ``echo`` (derived from
the document by scripts/regen/namespaces.py) to ``Operations.call``.

An answer about something else means the connection it came on is out of step (a server or proxy sent more
than one answer for one request, or framed one badly): every later answer read from it would belong to an
earlier request. That connection is closed, so the pool opens a fresh one for the next call.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from ._body import to_its_end
from ._unset import Unset

__all__ = ["Echo", "discard_connection", "echo_mismatch"]

Echo = tuple[str, object]  # (dotted attribute path in the parsed model, the value the request asked for)
logger = logging.getLogger("billmora_client")


def echo_mismatch(parsed: object, echo: Echo) -> str | None:
    """Why ``parsed`` is not the answer asked for (``data.id is 666666, not 401``), or None when it is."""
    path, asked = echo
    if isinstance(asked, Unset):
        return None
    found: Any = parsed
    for name in path.split("."):
        found = getattr(found, name, None)
    wanted = int(str(asked))  # an integer id or page (numpy's too), or a string of digits: checked before sending
    if type(found) is int and found == wanted:
        return None
    return f"{path} is {found!r}, not the {wanted} asked for"


async def discard_connection(response: httpx.Response) -> None:
    """Close the HTTP/1.1 connection ``response`` came on, so that it is never used again.

    httpcore hands its connection over as the ``network_stream`` extension; a pooled connection whose socket
    is closed counts as expired and is dropped the next time the pool looks at it. HTTP/2 frames each answer
    with its stream id, so it cannot fall out of step this way and its other streams are left alone.
    """
    stream = response.extensions.get("network_stream")
    version = response.extensions.get("http_version", b"")
    if stream is None or not bytes(version).startswith(b"HTTP/1"):
        return
    try:
        await to_its_end(stream.aclose())  # closed even if the caller is cancelled meanwhile
    except Exception as exc:  # already closed, or broken: either way it will not be reused
        logger.debug("closing an out-of-step connection raised %s", type(exc).__name__)
