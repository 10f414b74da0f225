"""Imported first by ``billmora_client.testing``: without the ``testing`` extra, an ImportError that names it."""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as missing:
    raise ImportError(
        f"billmora_client.testing needs the testing extra ({missing.name} is not installed): "
        "pip install 'billmora-client[testing]'",
        name=missing.name,
    ) from None
