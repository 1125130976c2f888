"""The OpenAPI emitter's document is valid OpenAPI 3.1 and holds every operation and param."""

from __future__ import annotations

import yaml
from openapi_spec_validator import validate

from generator.loader import load_spec
from tests.conftest import ROOT


def test_openapi_documents_validate() -> None:
    for case in ("images", "odd_names", "nested"):
        doc = yaml.safe_load((ROOT / "tests" / "golden" / case / "expected" / "openapi" / "openapi.yaml").read_text())
        validate(doc)


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
