"""The installed package's version, pyproject.toml's ``version`` as its metadata gives it (editable installs too).

Read on first use, not at import: finding a distribution's metadata walks ``sys.path``.
"""

from __future__ import annotations

import platform
from functools import cache


@cache
def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("billmora-client")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


@cache
def user_agent() -> str:
    import httpx

    return f"billmora-client/{package_version()} python/{platform.python_version()} httpx/{httpx.__version__}"
