"""``make fuzz``: schemathesis against the sandbox, with the overlaid document and ``fuzz/exclusions.yaml``.

Every schemathesis check runs (examples, coverage, fuzzing and stateful phases) except what an exclusion turns
off. The sandbox is served on loopback with a ``*`` token whose rate limit never binds; the overlaid document and
a schemathesis config (headers, exclusions) are written to a temporary directory. Exit status: schemathesis's
(0 when every check passed), 3 when the run outlived ``TIME_LIMIT``, 4 when the sandbox raised an exception it
did not mean to (an answer no exclusion can excuse)."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from billmora_client.testing import Token, create_app, serve  # noqa: E402
from scripts.regen.overlay import apply_overlay  # noqa: E402

EXCLUSIONS = ROOT / "fuzz" / "exclusions.yaml"
REQUIRED = ("checks", "operations", "why", "source")
CHECKS = frozenset(
    {
        *("not_a_server_error", "status_code_conformance", "content_type_conformance", "response_headers_conformance"),
        *("response_schema_conformance", "negative_data_rejection", "positive_data_acceptance"),
        *("missing_required_header", "unsupported_method", "allow_header_conformance", "use_after_free"),
        *("ensure_resource_availability", "ignored_auth", "object_level_authorization", "all"),
    }
)
TIME_LIMIT = 900  # seconds: a run that outlives this is a failure, not a wait


def overlaid_document() -> dict[str, Any]:
    """openapi.json with openapi.overlay.yaml applied, as the client is generated from it."""
    document = json.loads((ROOT / "openapi.json").read_text())
    overlaid, _ = apply_overlay(document, yaml.safe_load((ROOT / "openapi.overlay.yaml").read_text()))
    return overlaid


def operation_ids(document: dict[str, Any]) -> set[str]:
    return {op["operationId"] for item in document["paths"].values() for op in item.values() if "operationId" in op}


def exclusions(document: dict[str, Any], path: Path = EXCLUSIONS) -> list[dict[str, Any]]:
    """The entries of the exclusions file, each checked: its checks exist, and so do its operations."""
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text()) or []
    known = operation_ids(document)
    for number, entry in enumerate(entries, 1):
        problems = [f"lacks {key}" for key in REQUIRED if not entry.get(key)]
        problems += [f"names no check {name}" for name in entry.get("checks") or () if name not in CHECKS]
        operations = entry.get("operations")
        if operations != "all":
            problems += [f"names no operation {name}" for name in operations or () if name not in known]
        if problems:
            raise SystemExit(f"{path.name}: entry {number} {'; '.join(problems)}")
    return entries


def _toml(value: Any) -> str:
    """A TOML value for the strings, booleans and lists of strings the config uses (JSON's escapes are TOML's)."""
    return json.dumps(value)


def config(token: Token, entries: list[dict[str, Any]]) -> str:
    """A schemathesis config: the token's headers, then the exclusions (``all`` operations: a global switch)."""
    lines = [
        "[headers]",
        f"Authorization = {_toml(f'Bearer {token.plain_text}')}",
        'Accept = "application/json"',
    ]
    for entry in entries:
        if entry["operations"] == "all":
            lines += [line for check in entry["checks"] for line in ("", f"[checks.{check}]", "enabled = false")]
    for entry in entries:
        if entry["operations"] != "all":
            lines += ["", "[[operations]]", f"include-operation-id = {_toml(entry['operations'])}"]
            switches = ["enabled = false"] if entry["checks"] == ["all"] else []
            lines += switches or [f"checks.{check}.enabled = false" for check in entry["checks"]]
    return "\n".join(lines) + "\n"


class Crashes(logging.Handler):
    """Counts the exceptions the sandbox logs: answers it did not mean to give, whatever the checks say."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        print(logging.Formatter("fuzz: %(message)s").format(record), file=sys.stderr)  # with its traceback


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fuzz/run.py", description=__doc__)
    parser.add_argument("--examples", type=int, default=100, help="test cases per operation and phase")
    parser.add_argument("--seed", type=int, default=1, help="schemathesis's random seed")
    # One worker: Python 3.11's ast.parse is not thread-safe, and hypothesis parses lambdas while generating.
    parser.add_argument("--workers", default="1", help="concurrent schemathesis workers")
    parser.add_argument("--no-exclusions", action="store_true", help=f"ignore {EXCLUSIONS.name}")
    parser.add_argument("extra", nargs="*", help="passed on to `schemathesis run` (after --)")
    args = parser.parse_args(argv)
    token = Token("fuzz-secret", rate_limit=10**9)
    app = create_app(seed=1, tokens=[token])
    with tempfile.TemporaryDirectory(prefix="billmora-fuzz-") as scratch:
        schema, settings = Path(scratch) / "openapi.json", Path(scratch) / "schemathesis.toml"
        document = overlaid_document()
        schema.write_text(json.dumps(document))
        settings.write_text(config(token, [] if args.no_exclusions else exclusions(document)))
        crashes = Crashes()
        logging.getLogger("billmora_client.testing").addHandler(crashes)
        with serve(app) as base_url:
            command = [
                *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(settings), "run", str(schema)),
                *("--url", base_url, "--max-examples", str(args.examples)),
                *("--seed", str(args.seed), "--workers", args.workers, "--generation-database", "none"),
                *("--no-color", *args.extra),
            ]
            try:
                status = subprocess.run(command, cwd=scratch, timeout=TIME_LIMIT).returncode
            except subprocess.TimeoutExpired:
                print(f"fuzz: schemathesis ran longer than {TIME_LIMIT} s", file=sys.stderr)
                return 3
    if crashes.count:
        print(f"fuzz: the sandbox failed unexpectedly {crashes.count} time(s); see the log above", file=sys.stderr)
        return status or 4
    return status


if __name__ == "__main__":
    sys.exit(main())
