"""Any document, however broken, gets one line naming the place and "Nothing was written.": dangling
references, malformed objects, wrong types, Swagger 2.0 and OpenAPI 3.0, no operations, files that are not
JSON, unreachable URLs, operationIds or methods that would collide. Apart from ``test_regenerate`` so the two
run side by side."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.regen import pipeline

from .test_regenerate import SERVED, document, overlay, regenerate, tree_digest, write


def dangling_ref(doc: dict[str, Any]) -> None:
    listing = doc["paths"]["/v1/users"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    listing["properties"]["data"]["items"]["$ref"] = "#/components/schemas/Gone"


def content_five(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/users"]["get"]["responses"]["200"] = {"description": "x", "content": 5}


def type_five(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["UserResource"]["properties"]["email"] = {"type": 5}


def properties_list(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["TldPriceResource"]["properties"] = [1]


def swagger(doc: dict[str, Any]) -> None:
    doc.clear()
    doc.update({"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}})


def openapi_30(doc: dict[str, Any]) -> None:
    doc["openapi"] = "3.0.3"


def no_paths(doc: dict[str, Any]) -> None:
    doc["paths"] = {}


def no_info(doc: dict[str, Any]) -> None:
    del doc["info"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            dangling_ref,
            "$.paths['/v1/users'].get.responses['200'].content['application/json'].schema.properties.data.items['$ref']:"
            " '#/components/schemas/Gone' points to nothing in the document",
        ),
        (content_five, "$.paths['/v1/users'].get.responses['200'].content is a number, where an object was expected"),
        (
            type_five,
            "$.components.schemas.UserResource.properties.email.type: 5 is not valid under any of the given schemas",
        ),
        (properties_list, "$.components.schemas.TldPriceResource.properties is a list, where an object was expected"),
        (swagger, f"is a Swagger 2.0 document; {SERVED}"),
        (openapi_30, f"is an OpenAPI 3.0.3 document; {SERVED}"),
        (no_paths, "documents no operation (its 'paths' is empty or missing)"),
        (no_info, ": 'info' is a required property"),
    ],
    ids=[
        "dangling $ref",
        "content 5",
        "type 5",
        "properties list",
        "swagger 2.0",
        "openapi 3.0",
        "no paths",
        "no info",
    ],
)
def test_a_broken_document_gets_one_line_naming_the_place_and_nothing_is_written(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Any, message: str
) -> None:
    broken = document()
    damage(broken)
    source = write(tmp_path, broken)
    before = tree_digest(project)
    status, _, err = regenerate(project, capsys, "--from", source)
    assert status == 2
    lines = err.splitlines()
    assert len(lines) == 2 and lines[1] == "Nothing was written.", err
    assert lines[0].startswith(f"error: {source}") and lines[0].endswith(message), lines[0]
    assert tree_digest(project) == before


def test_a_file_that_is_not_json_is_refused(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, "<html>Server Error</html>")
    status, _, err = regenerate(project, capsys, "--from", source)
    assert status == 2
    assert err.startswith(f"error: {source} is not JSON:") and err.endswith("\nNothing was written.\n")


def test_an_unreachable_url_stops_with_a_clear_message(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree_digest(project)
    status, _, err = regenerate(project, capsys, "--from", "http://127.0.0.1:9/docs/api.json")
    assert status == 2
    assert "could not download http://127.0.0.1:9/docs/api.json" in err and "Nothing was written." in err
    assert tree_digest(project) == before


def test_operation_ids_that_collide_into_one_module_are_refused() -> None:
    colliding = document()
    colliding["paths"]["/v1/users/{user}"]["get"]["operationId"] = "v1_users.index"
    with pytest.raises(pipeline.PipelineError) as refused:
        pipeline.prepare(colliding, overlay(), "downloaded.json", checked=False)  # a valid document: not the point
    assert str(refused.value) == (
        "operationIds 'v1.users.index' and 'v1_users.index' would both generate api/users/v1_users_index.py; "
        "give one of them another operationId in the overlay"
    )


def test_operations_that_would_share_a_method_are_refused_before_the_generator_runs(tmp_path: Path) -> None:
    clashing = document()
    clashing["paths"]["/v1/users/{user}"]["get"]["operationId"] = "users.show"
    clashing["paths"]["/v1/users/{user}/again"] = {"get": copy.deepcopy(clashing["paths"]["/v1/users/{user}"]["get"])}
    clashing["paths"]["/v1/users/{user}/again"]["get"]["operationId"] = "v1.users.show"
    prepared = pipeline.prepare(clashing, overlay(), "downloaded.json", checked=False)
    with pytest.raises(pipeline.PipelineError) as refused:
        pipeline.generate(prepared.document, tmp_path)
    assert str(refused.value) == (
        "operations 'users.show' and 'v1.users.show' would both be users.show(); "
        "give one of them another operationId in the overlay"
    )
    assert list(tmp_path.iterdir()) == []  # the generator was never given the document
