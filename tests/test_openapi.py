"""The OpenAPI emitter's document is valid OpenAPI 3.1 and holds every operation and param, and
every shape of the rest case: params by location, auth schemes, client headers, HEAD, responses by
format, pagination, streams, sub-resources, maps, additional properties, formats, patterns and a
union's default variant. The mock's answers validate against the document's schemas."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError
from openapi_spec_validator import validate

from generator.loader import load_spec
from generator.semantics import samples
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected" / "openapi" / "openapi.yaml").exists())


@cache
def _doc(case: str) -> dict[str, Any]:
    return yaml.safe_load((GOLDEN / case / "expected" / "openapi" / "openapi.yaml").read_text())  # type: ignore[no-any-return]


def _op(operation_id: str) -> dict[str, Any]:
    found = [(m, o) for item in _doc("rest")["paths"].values() for m, o in item.items() if o["operationId"] == operation_id]
    assert len(found) == 1, operation_id
    return found[0][1]


@pytest.mark.parametrize("case", CASES)
def test_openapi_documents_validate(case: str) -> None:
    validate(_doc(case))


def test_every_case_is_checked() -> None:
    assert {"images", "odd_names", "nested", "hostile", "rest"} <= set(CASES)


def test_openapi_holds_the_spec() -> None:
    api = load_spec(ROOT / "spec" / "images.yaml")
    doc = yaml.safe_load((ROOT / "generated" / "openapi" / "openapi.yaml").read_text())
    for op in api.operations():
        o = doc["paths"][op.path][op.method.lower()]
        media = "multipart/form-data" if op.body == "multipart" else "application/json"
        props = o["requestBody"]["content"][media]["schema"]["properties"]
        assert set(props) == {p.name for p in op.params} | ({op.streaming.param} if op.streaming else set())
        assert [r["id"] for r in o["x-sdkgen-rules"]] == [r.id for r in op.rules]
    schemas = doc["components"]["schemas"]
    assert schemas["ImageGenStreamEvent"]["discriminator"]["propertyName"] == "type"
    assert len(schemas["ImageModel"]["anyOf"][1]["enum"]) == 8


def test_every_operation_of_every_resource_depth() -> None:
    api = load_spec(GOLDEN / "rest" / "spec.yaml")
    doc = _doc("rest")
    for r in api.all_resources():
        for op in r.operations:
            o = doc["paths"][op.path][op.method.lower()]
            assert (o["operationId"], o["tags"]) == (f"{r.name}.{op.name}", [r.name])
    assert [t["name"] for t in doc["tags"]] == ["authors", "books", "books.reviews", "books.reviews.votes", "feed"]
    assert doc["tags"][2]["description"] == "Readers' reviews of a book."


def test_params_by_location() -> None:
    create = _op("books.create")
    header = next(p for p in create["parameters"] if p.get("in") == "header" and "name" in p)
    assert header == {"name": "X-Request-Source", "in": "header", "required": False, "schema": {"type": "string"}}
    assert "request_source" not in create["requestBody"]["content"]["application/json"]["schema"]["properties"]
    retrieve = _op("books.retrieve")
    path, fields = (p for p in retrieve["parameters"] if "name" in p)
    assert path == {"name": "book_id", "in": "path", "required": True, "schema": {"type": "string"}}
    assert (fields["in"], fields["style"], fields["explode"], fields["schema"]["items"]["enum"]) == ("query", "form", False, ["title", "genre", "tags"])
    tags = next(p for p in _op("books.list")["parameters"] if p.get("name") == "tags")
    assert (tags["style"], tags["explode"]) == ("form", True)  # repeated keys
    version = next(p for p in _op("books.replace")["parameters"] if p.get("name") == "version")
    assert version == {"name": "version", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}}
    assert "version" not in _op("books.replace")["requestBody"]["content"]["application/json"]["schema"]["properties"]
    delete = _op("books.reviews.delete")
    assert [p["name"] for p in delete["parameters"] if "name" in p] == ["book_id", "review_id"]


def test_request_bodies_by_kind() -> None:
    rate = _op("books.rate")["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert rate["required"] == ["stars"] and set(rate["properties"]) == {"stars", "moods", "spoilers"}
    cover = _op("books.upload_cover")["requestBody"]["content"]
    assert cover == {m: {"schema": {"type": "string", "format": "binary"}} for m in ("image/png", "image/jpeg")}
    assert "requestBody" not in _op("books.retrieve") and "requestBody" not in _op("books.exists")


@pytest.mark.parametrize(
    "case, schemes, security",
    [
        ("images", {"BearerAuth": {"type": "http", "scheme": "bearer"}, "admin_api_key": {"type": "http", "scheme": "bearer"}}, [{"BearerAuth": []}]),
        ("rest", {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "x-api-key"}, "librarian_key": {"type": "http", "scheme": "bearer"}},
         [{"ApiKeyAuth": []}]),
        ("odd_names", {"BasicAuth": {"type": "http", "scheme": "basic"}}, [{"BasicAuth": []}]),
        ("nested", None, []),
    ],
)
def test_security_follows_the_auth_scheme(case: str, schemes: Any, security: list[Any]) -> None:
    doc = _doc(case)
    assert doc["components"].get("securitySchemes") == schemes and doc["security"] == security
    if case == "rest":  # an operation that takes other credentials lists them, any one of them will do
        assert doc["paths"]["/books/{book_id}"]["delete"]["security"] == [{"librarian_key": []}, {"ApiKeyAuth": []}]


def test_client_headers_are_header_parameters_of_every_operation() -> None:
    doc = _doc("rest")
    assert doc["components"]["parameters"] == {
        "api_version": {"name": "Library-Version", "in": "header", "required": False, "schema": {"type": "string", "default": "2025-01-01"}},
        "tenant": {"name": "Library-Tenant", "in": "header", "required": True, "schema": {"type": "string"}},
    }
    refs = [{"$ref": "#/components/parameters/api_version"}, {"$ref": "#/components/parameters/tenant"}]
    for item in doc["paths"].values():
        for o in item.values():
            assert o["parameters"][-2:] == refs, o["operationId"]
    assert "parameters" not in _doc("nested")["components"]


def test_errors_in_the_api_shape() -> None:
    error = _doc("rest")["components"]["responses"]["Error"]
    assert error["content"]["application/json"]["schema"] == {"type": "object", "properties": {"detail": {"type": "string"}, "code": {}, "field": {}}}
    assert set(error["headers"]) == {"x-trace-id"}
    images = _doc("images")["components"]["responses"]["Error"]["content"]["application/json"]["schema"]
    assert images["required"] == ["error"] and set(images["properties"]["error"]["properties"]) == {"message", "type", "code", "param"}
    assert _op("books.create")["responses"]["default"] == {"$ref": "#/components/responses/Error"}


def test_responses_by_format() -> None:
    book = {"$ref": "#/components/schemas/Book"}
    assert _op("books.retrieve")["responses"]["200"]["content"] == {"application/json": {"schema": book}}
    assert _op("books.similar")["responses"]["200"]["content"] == {"application/json": {"schema": {"type": "array", "items": book}}}
    assert _op("books.export")["responses"]["200"]["content"] == {"application/jsonl": {"schema": book}}
    assert _op("books.download_cover")["responses"]["200"]["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert _op("books.summary")["responses"]["200"]["content"] == {"text/plain": {"schema": {"type": "string"}}}
    delete = _op("books.reviews.delete")["responses"]
    assert set(delete) == {"204", "default"} and "content" not in delete["204"]
    exists = _op("books.exists")
    assert exists is _doc("rest")["paths"]["/books/{book_id}"]["head"]
    assert set(exists["responses"]) == {"200", "default"} and "content" not in exists["responses"]["200"]


def test_streams() -> None:
    feed = _op("feed.stream")
    assert feed["responses"]["200"]["content"] == {"text/event-stream": {"schema": {"$ref": "#/components/schemas/FeedEvent"}}}
    assert feed["x-sdkgen-stream"] == {"param": "", "keepalive": ["ping"], "error_event": "error", "done": "[DONE]"}
    images = yaml.safe_load((ROOT / "generated" / "openapi" / "openapi.yaml").read_text())
    gen = images["paths"]["/images/generations"]["post"]
    assert set(gen["responses"]["200"]["content"]) == {"application/json", "text/event-stream"}
    assert gen["x-sdkgen-stream"]["param"] == "stream"


def test_pagination_extension() -> None:
    assert _op("books.list")["x-sdkgen-pagination"] == {"style": "cursor", "items": "data", "has_more": "has_more", "after": {"param": "after", "item": "id"}}
    assert _op("authors.list")["x-sdkgen-pagination"] == {"style": "page", "items": "items", "param": "page", "total": "total_pages"}
    assert _op("books.reviews.list")["x-sdkgen-pagination"] == {"style": "offset", "items": "data", "param": "offset", "total": "total"}
    assert "x-sdkgen-pagination" not in _op("books.similar")


def test_schemas_carry_maps_additional_formats_patterns_and_defaults() -> None:
    s = _doc("rest")["components"]["schemas"]
    book = s["Book"]["properties"]
    assert book["metadata"] == {"type": "object", "additionalProperties": {"type": "string"}, "description": "Free-form labels."}
    assert book["added_at"] == {"type": "string", "format": "date-time"} and book["isbn"]["pattern"] == "^[0-9]{13}$"
    assert s["Author"]["properties"]["born"] == {"type": "string", "format": "date"}
    assert s["Review"]["properties"]["id"] == {"type": "string", "format": "uuid"}
    assert s["Stats"]["additionalProperties"] == {"type": "integer"} and "additionalProperties" not in s["Book"]
    block = s["ReviewBlock"]
    assert block["discriminator"]["x-sdkgen-default"] == "text" and "x-sdkgen-default" not in s["FeedEvent"]["discriminator"]
    assert s["TextBlock"]["required"] == ["text"] and s["QuoteBlock"]["required"] == ["text", "type"]  # the default variant's type may be left out
    isbn = _op("books.create")["requestBody"]["content"]["application/json"]["schema"]["properties"]["isbn"]
    assert isbn == {"type": "string", "pattern": "^[0-9]{13}$"}
    tree = _doc("nested")["components"]["schemas"]["TreeNode"]["properties"]
    assert tree["parent"] == {"anyOf": [{"$ref": "#/components/schemas/TreeNode"}, {"type": "null"}]}  # nullable


def test_int_formats(tmp_path: Any) -> None:
    spec = (GOLDEN / "rest" / "spec.yaml").read_text().replace("total: {type: integer, required: true}\n  AuthorPage", "total: {type: integer, format: int64, required: true}\n  AuthorPage")
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    from generator.emitters.openapi.emitter import build_document

    doc = build_document(load_spec(str(path)))
    validate(doc)
    assert doc["components"]["schemas"]["Stats"]["properties"]["total"] == {"type": "integer", "format": "int64"}


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": _doc("rest")["components"]})


def test_the_mock_answers_fit_the_document() -> None:
    """A differential check: every answer the mock serves validates against the exported schemas."""
    api = load_spec(GOLDEN / "rest" / "spec.yaml")
    checked = 0
    for op in api.operations():
        content = _doc("rest")["paths"][op.path][op.method.lower()]["responses"].get("200", {}).get("content", {})
        if op.response_format in ("json", "jsonl") and op.response is not None:
            media = "application/json" if op.response_format == "json" else "application/jsonl"
            v = _validator(content[media]["schema"])
            sample = samples.paged(api, op, {}) if op.pagination else samples.response_sample(api, op)
            for value in sample if op.response_format == "jsonl" else [sample]:
                v.validate(value)
                checked += 1
        if op.streaming:
            union = api.union(op.streaming.event)
            v = _validator(content["text/event-stream"]["schema"])
            for variant in union.variants:
                model = next(m for m in api.models if m.path == (variant.model,))
                v.validate(samples.model_example(api, model))
                checked += 1
    assert checked >= 15
    page = _validator({"$ref": "#/components/schemas/ReviewList"})
    page.validate(samples.model_example(api, next(m for m in api.models if m.path == ("ReviewList",))))  # a block without its type
    with pytest.raises(ValidationError):
        page.validate({"data": [{"id": "x", "stars": 1, "blocks": [{"type": "quote"}]}], "total": 1})


def test_request_samples_fit_the_request_bodies() -> None:
    api = load_spec(GOLDEN / "rest" / "spec.yaml")
    for op in api.operations():
        if op.body != "json" or op.method not in ("POST", "PUT", "PATCH"):
            continue
        body = _doc("rest")["paths"][op.path][op.method.lower()]["requestBody"]["content"]["application/json"]["schema"]
        for everything in (False, True):
            params = samples.request_sample(api, op, all_params=everything)
            _validator(body).validate({p.name: params[p.name] for p in op.params if p.location == "body" and p.name in params})
