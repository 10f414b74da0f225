"""Regenerate billmora_client/generated from a Billmora OpenAPI document.

    python scripts/regenerate.py [--from PATH_OR_URL] [--check]

load (file or URL) -> validate -> apply openapi.overlay.yaml -> normalise -> generate (pinned
openapi-python-client, generator-config.yaml, templates/) -> API-change report.

Without --from, the committed openapi.json is used. With --from, the new document replaces openapi.json
(byte for byte) once generation succeeded. With --check, nothing is written: the script exits 1 and names
the files when the committed generated code differs from what the document produces. On any bad input the
committed files are left untouched.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: import `scripts` as the tests do
from scripts.regen.pipeline import main

if __name__ == "__main__":
    sys.exit(main(doc=__doc__))
