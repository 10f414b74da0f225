"""``BILLMORA_LOG=info`` or ``BILLMORA_LOG=debug``: the ``billmora_client`` logger writes to stderr.

As openai's ``OPENAI_LOG`` does: set once, when the package is imported, for a service that configures no
logging of its own. The token is redacted from every line, the SDK's modules' records included.
"""

from __future__ import annotations

import logging
import os
import sys

from ._token import Redacting

__all__ = ["ENVIRONMENT_VARIABLE", "log_from_environment"]

ENVIRONMENT_VARIABLE = "BILLMORA_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``BILLMORA_LOG`` adds (so it is added once)."""


def log_from_environment() -> None:
    """Send the ``billmora_client`` logger's records of ``BILLMORA_LOG``'s level and above to stderr."""
    level = LEVELS.get(os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower())
    logger = logging.getLogger("billmora_client")
    if level is None or any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        return
    handler = _EnvironmentHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT, "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(Redacting())  # a logger's own filter does not see its children's records
    logger.addHandler(handler)
    logger.setLevel(level)
