"""The pytest fixtures' former home, kept so that ``pytest_plugins = ["billmora_client.testing.pytest_plugin"]``
and ``from billmora_client.testing.pytest_plugin import RunningSandbox`` keep working.

The fixtures are now registered through the package's ``pytest11`` entry point: that line is no longer needed.
"""

from billmora_client._pytest_plugin import billmora, billmora_sandbox

from ._running import RunningSandbox

__all__ = ["RunningSandbox", "billmora", "billmora_sandbox"]
