"""Regenerate billmora_client/generated from a Billmora OpenAPI document.

    python scripts/regenerate.py [--from PATH_OR_URL] [--check] [--fail-on-breaking]

load (file or URL) -> validate -> apply openapi.overlay.yaml -> normalise -> generate (pinned
openapi-python-client, generator-config.yaml, templates/, docs/api.md) -> API-change report.

Without --from, the committed openapi.json is used. With --from, the new document replaces openapi.json
(byte for byte) once generation succeeded. The change report marks each change that breaks callers
(scripts/regen/changes.py) and is written under "## [Unreleased]" in CHANGELOG.md, each line once.
With --check, nothing is written: the script exits 1 and names the files when the committed generated code
differs from what the document produces. With --fail-on-breaking, the script exits 3 when a change breaks
callers (for a scheduled drift check). On any bad input (exit 2) the committed files are left untouched.
"""

import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project root, so the package is scripts.regen
from scripts.regen.pipeline import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(doc=__doc__))
