"""The API token: checked at construction, and kept out of every text the SDK makes.

``clean_token`` strips what files and clipboards add (surrounding whitespace, a leading byte order mark) and
refuses a token that could not go in an HTTP header, naming the character and its place, never the token.
``remember`` registers a client's token for as long as the client lives; ``redact`` replaces the token, its
secret (the part after ``|``) and their percent-, JSON- and HTML-escaped forms with ``[REDACTED]``. Exception
texts, body excerpts and log records (the SDK's, httpx's and httpcore's) pass through it. Texts are made only
on failure paths and for log records that are emitted, so a call that succeeds never pays for it.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
import unicodedata
import weakref
from collections import Counter
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = ["REDACTED", "clean_token", "redact", "redact_bytes", "redact_json", "remember", "scrub", "window"]

REDACTED = "[REDACTED]"
# A shorter secret would match ordinary words; Sanctum's secrets are 40 characters and more.
MIN_SECRET_LENGTH = 6
_NAMES = {
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\ufeff": "a byte order mark",
    "\x00": "a NUL character",
    "\u00a0": "a no-break space",
}

_lock = threading.Lock()
_held: Counter[str] = Counter()  # each form of each live client's token -> the clients holding it
_dead: list[str] = []  # tokens of clients gone since the last ``remember``
_text: re.Pattern[str] | None = None
_bytes: re.Pattern[bytes] | None = None
_longest = 0


def clean_token(raw: str) -> str:
    """``raw`` without surrounding whitespace or a leading byte order mark; a ``ValueError`` naming the first
    character that cannot go in an HTTP header (by its code point and place, never showing the token)."""
    token = raw.strip()
    while token.startswith("\ufeff"):
        token = token[1:].strip()
    for position, char in enumerate(token, 1):
        if not "!" <= char <= "~":  # visible ASCII: what a header value carries as it is
            raise ValueError(
                f"the API token contains {_describe(char)} at position {position} of {len(token)}; "
                "copy it again from Billmora (expected '<id>|<secret>')"
            )
    return token


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if char in _NAMES:
        return f"{_NAMES[char]} ({code})"
    if char.isspace():
        return f"whitespace ({code})"
    category = unicodedata.category(char)
    if category == "Cc":
        return f"a control character ({code})"
    name = unicodedata.name(char, "unnamed").lower()
    kind = "an invisible formatting character" if category == "Cf" else "a non-ASCII character"
    return f"{kind} ({code} {name})"


def _forms(token: str) -> set[str]:
    """The token and its secret as a server or proxy may echo them back: as sent, or escaped."""
    forms: set[str] = set()
    for value in {token, token.split("|", 1)[-1]}:
        if len(value) >= MIN_SECRET_LENGTH:
            escaped = json.dumps(value)[1:-1]
            forms |= {value, quote(value, safe=""), quote_plus(value), escaped, escaped.replace("/", "\\/")}
            forms.add(html.escape(value))
    return forms


def remember(owner: object, token: str) -> None:
    """Redact ``token`` from every text the SDK makes for as long as ``owner`` lives."""
    with _lock:
        while _dead:  # clients gone since the last call: their tokens are no longer looked for
            _held.subtract(_forms(_dead.pop()))
        _held.update(_forms(token))
        for form in [form for form, count in _held.items() if count <= 0]:
            del _held[form]
        _compile()
    # Only recorded when ``owner`` goes: a finaliser may run inside any allocation, even under ``_lock``.
    weakref.finalize(owner, _dead.append, token)


def _compile() -> None:
    global _text, _bytes, _longest
    forms = sorted(_held, key=len, reverse=True)  # the whole token before its secret
    if not forms:
        _text, _bytes, _longest = None, None, 0
        return
    _text = re.compile("|".join(map(re.escape, forms)))
    _bytes = re.compile(b"|".join(re.escape(form.encode()) for form in forms))
    _longest = len(forms[0].encode())


def redact(text: str) -> str:
    """``text`` with every known token and secret replaced by ``[REDACTED]``."""
    pattern = _text
    return text if pattern is None else pattern.sub(REDACTED, text)


def redact_bytes(data: bytes) -> bytes:
    """``data`` (a body) with every known token and secret replaced by ``[REDACTED]``."""
    pattern = _bytes
    return data if pattern is None else pattern.sub(REDACTED.encode(), data)


def redact_json(value: Any) -> Any:
    """Decoded JSON with the token redacted from every string in it (keys too); None if nested too deeply."""
    if _text is None:
        return value
    try:
        return _redact_json(value)
    except RecursionError:
        return None


def _redact_json(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_json(item) for item in value]
    if isinstance(value, dict):
        return {_redact_json(key): _redact_json(item) for key, item in value.items()}
    return value


def window(data: bytes, length: int) -> bytes:
    """The first ``length`` bytes of ``data``, plus enough more that a secret starting among them is whole."""
    return data[: length + _longest]


def scrub(error: BaseException) -> BaseException:
    """``error`` and the exceptions chained to it with the token redacted from their arguments and notes."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and _text is not None:
        seen.add(id(current))
        current.args = tuple(redact(a) if isinstance(a, str) else a for a in current.args)
        notes = getattr(current, "__notes__", None)
        if isinstance(notes, list):
            notes[:] = [redact(n) if isinstance(n, str) else n for n in notes]
        current = current.__cause__ or current.__context__
    return error


class _Redacting(logging.Filter):
    """Redacts the token from each record of the ``billmora_client`` logger (message and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _text is None:
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            trace = logging.Formatter().formatException(record.exc_info)
            if redact(trace) != trace:
                record.exc_text = redact(trace)
        return True


# The SDK's own records, and those of httpx and httpcore, which quote what the server sent (status line,
# headers) at INFO and DEBUG. A logger's filter sees only its own records, so each is named.
for _name in (
    "billmora_client",
    "httpx",
    *(f"httpcore.{n}" for n in ("connection", "http11", "http2", "proxy", "socks")),
):
    logging.getLogger(_name).addFilter(_Redacting())
