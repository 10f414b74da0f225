"""What a document must pass before anything is generated from it. Each failure is one line that names
the place (as a JSONPath, the notation of the overlay's targets)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import OpenAPIV31SpecValidator

from .places import Parts, is_properties_map, json_path, kind

# openapi-spec-validator switches to jsonschema-rs when that happens to be installed, and its errors lack the
# paths and messages the lines below are made from: always validate with jsonschema, read at each validation.
os.environ["OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"] = "jsonschema"
SERVED = "a Billmora install serves OpenAPI 3.1.0 (made by Scramble) at /docs/api.json"
_META = Draft202012Validator(Draft202012Validator.META_SCHEMA)


class DocumentError(ValueError):
    """The document cannot be generated from; the message names the place."""


def check_version(document: dict[str, Any], source: str) -> None:
    """Refuse Swagger 2.0, OpenAPI 3.0 and anything else that is not OpenAPI 3.1."""
    if "swagger" in document:
        raise DocumentError(f"{source} is a Swagger {document['swagger']} document; {SERVED}")
    version = document.get("openapi")
    if not isinstance(version, str):
        raise DocumentError(f"{source} has no 'openapi' version, so it is no OpenAPI document; {SERVED}")
    if not version.startswith("3.1."):
        raise DocumentError(f"{source} is an OpenAPI {version} document; {SERVED}")


def check_document(document: dict[str, Any]) -> None:
    """Every ``$ref`` resolves, every schema is JSON Schema 2020-12, and openapi-spec-validator finds the
    document a valid OpenAPI 3.1 one."""
    for parts, ref in _refs(document, ()):
        check_ref(document, parts, ref)
    for parts, schema in _schemas(document, ()):
        error = best_match(_META.iter_errors(schema))
        if error is not None:
            raise DocumentError(_describe(error, parts))
    problems = validation_problems(document)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise DocumentError(problems[0] + more)


def validation_problems(document: dict[str, Any]) -> list[str]:
    """One line for each problem openapi-spec-validator finds, the most telling first.

    Its structural errors come first; its further checks may trip over a document that has some, so
    whatever it found before tripping is kept."""
    errors: list[ValidationError] = []
    try:
        errors.extend(OpenAPIV31SpecValidator(document).iter_errors())
    except Exception as exc:
        if not errors:
            return [f"the validator could not check the document: {type(exc).__name__}: {str(exc)[:160]}"]
    try:
        best = best_match(errors)
    except AttributeError:  # errors made by its own checks lack what best_match weighs
        best = errors[0] if errors else None
    return [_describe(error, ()) for error in sorted(errors, key=lambda error: error is not best)]


def check_ref(document: dict[str, Any], parts: Parts, ref: object) -> None:
    """A ``$ref`` is a string pointing at a node of this document."""
    place = json_path([*parts, "$ref"])
    if not isinstance(ref, str):
        raise DocumentError(f"{place} is {kind(ref)}, where a reference string was expected")
    if not ref.startswith("#"):
        raise DocumentError(f"{place}: {ref!r} points outside the document")
    node: Any = document
    for token in ref[1:].split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise DocumentError(f"{place}: {ref!r} points to nothing in the document")


def _describe(error: ValidationError, base: Parts) -> str:
    parts = [*base, *error.absolute_path]
    message = str(error.message)
    if not parts:  # openapi-spec-validator's own checks say where in their message
        return message if len(message) <= 200 else message[:197] + "..."
    place = json_path(parts)
    if error.validator == "type":
        return f"{place} is {kind(error.instance)}, where {_expected(error.validator_value)} was expected"
    message = message if len(message) <= 160 else message[:157] + "..."
    return f"{place}: {message}"


def _expected(types: object) -> str:
    names = {"object": "an object", "array": "a list", "string": "a string", "integer": "an integer"}
    listed = types if isinstance(types, list) else [types]
    return " or ".join(names.get(str(t), f"a {t}") for t in listed)


def _refs(node: object, parts: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], object]]:
    if isinstance(node, dict):
        if "$ref" in node and not is_properties_map(parts):
            yield parts, node["$ref"]
        for key, value in node.items():
            yield from _refs(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, (*parts, index))


def _schemas(node: object, parts: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], object]]:
    """Every outermost schema: those in components.schemas and every ``schema`` of a parameter, header or
    media type."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema" or parts == ("components", "schemas"):
                yield (*parts, key), value
            else:
                yield from _schemas(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, (*parts, index))
