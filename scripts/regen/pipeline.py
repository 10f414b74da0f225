"""The steps of scripts/regenerate.py, callable in-process: load, prepare (check, overlay, normalise),
generate, and the run that writes the result. Every refusal is a ``PipelineError`` whose message is one
line; nothing is written before every step has succeeded."""

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from .changelog import record
from .changes import Change, change_report
from .checks import DocumentError, check_document, check_version, validation_problems
from .names import Naming
from .namespaces import NamespaceError, plan, write_namespaces
from .normalise import NormaliseError, normalise, operations
from .overlay import OverlayError, ShapeError, Skipped, apply_overlay

ROOT = Path(__file__).resolve().parents[2]
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
FETCH_TIMEOUT = 30.0
API_DOC = "api.md"  # written beside the generated package, then to docs/api.md


class PipelineError(Exception):
    """A step failed; the message says which and why, in one line."""


@dataclass(frozen=True)
class Project:
    """Where the pipeline reads and writes: the repository, or a copy of it."""

    root: Path = ROOT

    @property
    def document(self) -> Path:
        return self.root / "openapi.json"

    @property
    def overlay(self) -> Path:
        return self.root / "openapi.overlay.yaml"

    @property
    def generated(self) -> Path:
        return self.root / "billmora_client" / "generated"

    @property
    def api_doc(self) -> Path:
        return self.root / "docs" / "api.md"

    @property
    def changelog(self) -> Path:
        return self.root / "CHANGELOG.md"


@dataclass(frozen=True)
class Prepared:
    """A document ready to generate from, and the overlay actions that no longer apply to it."""

    document: dict[str, Any]
    skipped: list[Skipped]


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


def load_overlay(project: Project) -> dict[str, Any]:
    try:
        overlay = yaml.safe_load(project.overlay.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise PipelineError(f"openapi.overlay.yaml cannot be read: {str(exc).splitlines()[0]}") from exc
    if not isinstance(overlay, dict):
        raise PipelineError("openapi.overlay.yaml is not an Overlay document (top level is not a mapping)")
    return overlay


def prepare(document: dict[str, Any], overlay: dict[str, Any], source: str, checked: bool = True) -> Prepared:
    """Check, overlay and normalise ``document`` (``checked=False`` skips the checks, for a document that
    passed them before).

    The served document need not validate by itself (Scramble writes ``default: 15`` on the string-typed
    ``per_page``); the overlaid one must.
    """
    try:
        check_version(document, source)
        if checked and next(operations(document), None) is None:
            raise DocumentError(f"{source} documents no operation (its 'paths' is empty or missing)")
        overlaid, skipped = apply_overlay(document, overlay)
        if checked:
            check_document(overlaid)
        normalised = normalise(overlaid)
    except DocumentError as exc:
        raise PipelineError(f"{source}: {exc}" if not str(exc).startswith(source) else str(exc)) from exc
    except ShapeError as exc:
        raise PipelineError(f"{source}: {exc}") from exc
    except OverlayError as exc:
        raise PipelineError(f"openapi.overlay.yaml: {exc}") from exc
    except NormaliseError as exc:
        raise PipelineError(f"normalising {source}: {exc}") from exc
    except Exception as exc:  # a shape no check foresaw: still one line, still nothing written
        raise PipelineError(f"{source} could not be prepared: {type(exc).__name__}: {str(exc)[:160]}") from exc
    check_module_collisions(normalised)
    return Prepared(normalised, skipped)


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


def generate(document: dict[str, Any], workdir: Path, project: Project = Project()) -> Path:
    """Run the pinned generator on ``document``; return the generated package folder (inside ``workdir``)."""
    config = project.root / "generator-config.yaml"
    try:
        plan(document, Naming(config))  # refuse clashing methods before the slow generator runs
    except NamespaceError as exc:
        raise PipelineError(str(exc)) from exc
    spec = workdir / "openapi.normalised.json"
    spec.write_text(json.dumps(document, indent=2))
    output = workdir / "generated"
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bindir / "openapi-python-client"),
        "generate",
        *("--path", str(spec), "--config", str(project.root / "generator-config.yaml")),
        *("--custom-template-path", str(project.root / "templates"), "--meta", "none"),
        *("--output-path", str(output), "--overwrite", "--fail-on-warning"),
    ]
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise PipelineError("openapi-python-client refused the document: " + _summary(result.stdout + result.stderr))
    write_namespaces(document, output, config, workdir / API_DOC)
    options = ["--isolated", "--line-length", "120", "--target-version", "py311", "--quiet"]
    for hook in (["check", "--fix-only", "--select", "I"], ["format"]):
        subprocess.run([str(bindir / "ruff"), *hook, *options, "api"], cwd=output, env=env, check=True)
    subprocess.run([str(bindir / "ruff"), "format", *options, API_DOC], cwd=workdir, env=env, check=True)  # its code
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    (output / "py.typed").write_text("")
    return output


def _summary(output: str) -> str:
    """The generator's complaint in one line."""
    lines = [line.strip() for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    text = "; ".join(lines)
    return text if len(text) <= 300 else text[:297] + "..."


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


def previous_document(project: Project) -> dict[str, Any] | None:
    """The document as last committed (git HEAD), else the one on disk."""
    shown = subprocess.run(["git", "show", "HEAD:openapi.json"], cwd=project.root, capture_output=True)
    path = project.document
    raw = shown.stdout if shown.returncode == 0 else (path.read_bytes() if path.exists() else None)
    try:
        previous = json.loads(raw) if raw else None
    except ValueError:
        return None
    return previous if isinstance(previous, dict) else None


def report_changes(previous: dict[str, Any] | None, overlay: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The change report against the previous document (none without one)."""
    if previous is None:
        return []
    try:
        return change_report(prepare(previous, overlay, "the committed document", checked=False).document, new)
    except PipelineError as exc:
        print(f"note: no change report: {exc}")
        return []


def print_report(changes: list[Change], project: Project, fail_on_breaking: bool) -> int:
    """Print the changes, write them under Unreleased in CHANGELOG.md; 3 if one breaks callers and that fails."""
    print("API changes since the committed document:" if changes else "No API changes since the committed document.")
    print("\n".join(f"  {change}" for change in changes))
    if changes and (added := record(project.changelog, changes)):
        print(f"{added} line(s) written under [Unreleased] in {project.changelog.name}")
    breaking = sum(1 for change in changes if change.breaking)
    if breaking:
        print(f"{breaking} change(s) break callers: see the lines marked breaking")
    return 3 if breaking and fail_on_breaking else 0


def run(source: str, check: bool, project: Project = Project(), fail_on_breaking: bool = False) -> int:
    started = time.perf_counter()
    check_pins()
    raw, document = load(source)
    overlay = load_overlay(project)
    prepared = prepare(document, overlay, source)
    for note in prepared.skipped:
        print(note)
    if not check and (served := validation_problems(document)):
        print(f"note: the served document has {len(served)} problem(s) the overlay corrects, e.g. {served[0]}")
    with tempfile.TemporaryDirectory(prefix="billmora-regen-") as tmp:
        output = generate(prepared.document, Path(tmp), project)
        elapsed = time.perf_counter() - started
        api_doc = (Path(tmp) / API_DOC).read_text()
        if check:
            stale = differing_files(output, project.generated)
            if stale:
                print("billmora_client/generated is out of date with openapi.json; run `make regenerate`:")
                print("\n".join(f"  {name}" for name in stale))
            if api_doc != (project.api_doc.read_text() if project.api_doc.exists() else None):
                print("docs/api.md is out of date with openapi.json; run `make regenerate`")
                return 1
            if stale:
                return 1
            print(f"billmora_client/generated and docs/api.md are up to date ({elapsed:.1f} s)")
            return 0
        changes = report_changes(previous_document(project), overlay, prepared.document)
        shutil.rmtree(project.generated, ignore_errors=True)
        shutil.copytree(output, project.generated)
        project.api_doc.parent.mkdir(parents=True, exist_ok=True)
        project.api_doc.write_text(api_doc)
    if raw != (project.document.read_bytes() if project.document.exists() else b""):
        project.document.write_bytes(raw)
    print(
        f"generated {sum(1 for _ in operations(document))} operations into billmora_client/generated in {elapsed:.1f} s"
    )
    return print_report(changes, project, fail_on_breaking)


def main(argv: list[str] | None = None, project: Project = Project(), doc: str | None = None) -> int:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--from",
        dest="source",
        default=str(project.document),
        metavar="PATH_OR_URL",
        help="document to generate from (default: openapi.json); it replaces openapi.json",
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed generated code is stale")
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 3 when a change breaks callers (a removed operation or field, a retyped field, ...)",
    )
    args = parser.parse_args(argv)
    try:
        return run(args.source, args.check, project, args.fail_on_breaking)
    except PipelineError as exc:
        print(f"error: {exc}\nNothing was written.", file=sys.stderr)
        return 2
