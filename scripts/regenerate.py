"""Regenerate billmora_client/generated from a Billmora OpenAPI document.

    python scripts/regenerate.py [--from PATH_OR_URL] [--check]

load (file or URL) -> validate -> apply openapi.overlay.yaml -> normalise -> generate (pinned
openapi-python-client, generator-config.yaml, templates/) -> API-change report.

Without --from, the committed openapi.json is used. With --from, the new document replaces openapi.json
(byte for byte) once generation succeeded. With --check, nothing is written: the script exits 1 and names
the files when the committed generated code differs from what the document produces. On any bad input the
committed files are left untouched.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator
from regen.changes import change_report
from regen.normalise import NormaliseError, normalise, operations
from regen.overlay import OverlayError, apply_overlay

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "openapi.json"
OVERLAY = ROOT / "openapi.overlay.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "billmora_client" / "generated"
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
FETCH_TIMEOUT = 30.0


class PipelineError(Exception):
    """A step failed; the message says which and why."""


def load(source: str) -> tuple[bytes, dict[str, Any]]:
    """Read the document from a file or an http(s) URL; return its bytes and parsed JSON."""
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(
                source, timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"Accept": "application/json"}
            )
        except httpx.HTTPError as exc:
            raise PipelineError(f"could not download {source}: {type(exc).__name__}: {exc}") from exc
        if response.status_code != 200:
            raise PipelineError(
                f"downloading {source} answered HTTP {response.status_code} "
                "(a Billmora install serves /docs/api.json only where API docs are enabled)"
            )
        raw = response.content
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise PipelineError(f"cannot read {source}: {exc.strerror}") from exc
    try:
        document = json.loads(raw)
    except ValueError as exc:
        raise PipelineError(f"{source} is not JSON: {exc} (starts with {raw[:60]!r})") from exc
    if not isinstance(document, dict):
        raise PipelineError(f"{source} is JSON but not an OpenAPI document (top level is not an object)")
    return raw, document


def validation_problems(document: dict[str, Any]) -> list[str]:
    """First lines of every problem openapi-spec-validator finds."""
    return [str(error).splitlines()[0] for error in OpenAPIV31SpecValidator(document).iter_errors()]


def check_shape(document: dict[str, Any], source: str) -> None:
    """Stop early on JSON that is not an OpenAPI 3.1 document at all."""
    if not str(document.get("openapi", "")).startswith("3.1") or not isinstance(document.get("paths"), dict):
        raise PipelineError(f"{source} is not a valid OpenAPI document: it needs 'openapi: 3.1.x' and 'paths'")


def prepare(document: dict[str, Any], overlay: dict[str, Any], report: bool, source: str) -> dict[str, Any]:
    """Overlay, validate and normalise ``document``.

    The served document need not validate by itself (Scramble writes ``default: 15`` on the string-typed
    ``per_page``); the overlaid one must.
    """
    check_shape(document, source)
    try:
        overlaid, unmatched = apply_overlay(document, overlay)
    except OverlayError as exc:
        raise PipelineError(f"openapi.overlay.yaml: {exc}") from exc
    if report:
        for action in unmatched:
            print(
                f"overlay: action #{action.index} matched nothing, skipped: {action.target}"
                f"{' (' + action.description + ')' if action.description else ''}"
            )
    problems = validation_problems(overlaid)
    if problems:
        raise PipelineError(
            f"{source} is not a valid OpenAPI document once overlaid: {problems[0]}"
            f"{f' (and {len(problems) - 1} more)' if len(problems) > 1 else ''}"
        )
    if report and (served := validation_problems(document)):
        print(
            f"note: the served document has {len(served)} validation problem(s) the overlay corrects, e.g. {served[0]}"
        )
    try:
        normalised = normalise(overlaid)
    except NormaliseError as exc:
        raise PipelineError(f"normalising: {exc}") from exc
    check_module_collisions(normalised)
    return normalised


def check_module_collisions(document: dict[str, Any]) -> None:
    """Two operationIds that snake_case to one module name would overwrite each other's module."""
    from openapi_python_client.strings import PythonIdentifier

    seen: dict[tuple[str, str], str] = {}
    for method, path, operation in operations(document):
        tag = PythonIdentifier((operation.get("tags") or ["default"])[0], prefix="tag")
        name = operation.get("operationId") or f"{method}_{path}"
        module = PythonIdentifier(name, prefix="field_")
        if (tag, module) in seen:
            raise PipelineError(
                f"operationIds {seen[tag, module]!r} and {name!r} would both generate "
                f"api/{tag}/{module}.py; give one of them another operationId in the overlay"
            )
        seen[tag, module] = name


def check_pins() -> None:
    for package, version in PINNED.items():
        installed = importlib.metadata.version(package)
        if installed != version:
            raise PipelineError(f"{package} {installed} is installed but {version} is pinned; run `make install`")


def generate(document: dict[str, Any], workdir: Path) -> Path:
    """Run the pinned generator on ``document``; return the generated package folder."""
    spec = workdir / "openapi.normalised.json"
    spec.write_text(json.dumps(document, indent=2))
    output = workdir / "generated"
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise PipelineError("openapi-python-client failed:\n" + (result.stdout + result.stderr).strip())
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    (output / "py.typed").write_text("")
    return output


def differing_files(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees, ignoring caches."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
        }

    ours, theirs = files(expected), files(actual) if actual.exists() else set()
    changed = {f for f in ours & theirs if not filecmp.cmp(expected / f, actual / f, shallow=False)}
    return sorted(changed | (ours ^ theirs))


def previous_document() -> dict[str, Any] | None:
    """The document as last committed (git HEAD), else the one on disk."""
    shown = subprocess.run(["git", "show", "HEAD:openapi.json"], cwd=ROOT, capture_output=True)
    raw = shown.stdout if shown.returncode == 0 else (DOCUMENT.read_bytes() if DOCUMENT.exists() else None)
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def run(source: str, check: bool) -> int:
    started = time.perf_counter()
    check_pins()
    raw, document = load(source)
    overlay = yaml.safe_load(OVERLAY.read_text())
    normalised = prepare(document, overlay, report=True, source=source)
    with tempfile.TemporaryDirectory(prefix="billmora-regen-") as tmp:
        output = generate(normalised, Path(tmp))
        elapsed = time.perf_counter() - started
        if check:
            stale = differing_files(output, GENERATED)
            if stale:
                print("billmora_client/generated is out of date with openapi.json; run `make regenerate`:")
                print("\n".join(f"  {name}" for name in stale))
                return 1
            print(f"billmora_client/generated is up to date ({elapsed:.1f} s)")
            return 0
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(output, GENERATED)
    previous = previous_document()
    if raw != (DOCUMENT.read_bytes() if DOCUMENT.exists() else b""):
        DOCUMENT.write_bytes(raw)
    try:
        before = prepare(previous, overlay, False, "the committed document") if previous else None
        lines = change_report(before, normalised) if before else []
    except PipelineError as exc:
        lines = [f"(no comparison: {exc})"]
    print(
        f"generated {sum(1 for _ in operations(document))} operations into billmora_client/generated in {elapsed:.1f} s"
    )
    print("API changes since the committed document:" if lines else "No API changes since the committed document.")
    print("\n".join(f"  {line}" for line in lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--from",
        dest="source",
        default=str(DOCUMENT),
        metavar="PATH_OR_URL",
        help="document to generate from (default: openapi.json); it replaces openapi.json",
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed generated code is stale")
    args = parser.parse_args(argv)
    try:
        return run(args.source, args.check)
    except PipelineError as exc:
        print(f"error: {exc}\nNothing was written.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
