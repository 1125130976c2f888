"""The IR's JSON Schema export is consumable by datamodel-code-generator, and the models it
builds from it agree with our generated models on the spec's examples (a differential check)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from generator.jsonschema_export import SchemaExporter
from generator.loader import load_spec
from tests.conftest import ROOT

BIN = Path(sys.executable).parent

EVENT = {
    "type": "image_generation.completed", "b64_json": "AA==", "background": "opaque", "created_at": 1,
    "output_format": "png", "quality": "low", "size": "1024x1024",
    "usage": {"input_tokens": 1, "input_tokens_details": {"image_tokens": 0, "text_tokens": 1}, "output_tokens": 2, "total_tokens": 3},
}


def test_dcg_models_agree_with_ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = load_spec(ROOT / "spec" / "images.yaml")
    schema = tmp_path / "images.schema.json"
    schema.write_text(json.dumps(SchemaExporter(api).document()))
    out = tmp_path / "dcg_models.py"
    subprocess.run(
        [str(BIN / "datamodel-codegen"), "--input", str(schema), "--input-file-type", "jsonschema",
         "--output-model-type", "pydantic_v2.BaseModel", "--enum-field-as-literal", "all", "--output", str(out),
         "--formatters", "black"],
        check=True, capture_output=True,
    )
    spec = importlib.util.spec_from_file_location("dcg_models", out)
    assert spec and spec.loader
    dcg = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "dcg_models", dcg)
    spec.loader.exec_module(dcg)

    monkeypatch.syspath_prepend(str(ROOT / "generated" / "python" / "src"))
    from openai_images.types import ImageGenCompletedEvent, ImagesResponse

    example = api.models[[m.path for m in api.models].index(("ImagesResponse",))].example
    ours = ImagesResponse.model_validate(example).model_dump(exclude_none=True)
    theirs = dcg.ImagesResponse.model_validate(example).model_dump(exclude_none=True, mode="json")
    assert ours == theirs == example
    assert ImageGenCompletedEvent.model_validate(EVENT).model_dump() == dcg.ImageGenCompletedEvent.model_validate(EVENT).model_dump(mode="json")
    for bad in ({**EVENT, "size": "7x7"}, {k: v for k, v in EVENT.items() if k != "b64_json"}):
        with pytest.raises(ValidationError):
            ImageGenCompletedEvent.model_validate(bad)
        with pytest.raises(ValidationError):
            dcg.ImageGenCompletedEvent.model_validate(bad)


def test_rest_schemas_are_valid_and_hold_every_example() -> None:
    """The rest case's shapes (maps, additional properties, formats, patterns, a union with a default
    variant) export as a valid 2020-12 schema that every model's example satisfies."""
    from jsonschema import Draft202012Validator, FormatChecker

    api = load_spec(ROOT / "tests" / "golden" / "rest" / "spec.yaml")
    doc = SchemaExporter(api).document()
    Draft202012Validator.check_schema(doc)
    for m in api.models:
        if m.scope == "declared" and m.example is not None:
            v = Draft202012Validator({"$ref": f"#/$defs/{m.path[0]}", "$defs": doc["$defs"]}, format_checker=FormatChecker())
            v.validate(m.example)
    defs = doc["$defs"]
    assert defs["Stats"]["additionalProperties"] == {"type": "integer"}
    assert defs["ReviewBlock"]["discriminator"]["x-sdkgen-default"] == "text"
    strict = Draft202012Validator({"$ref": "#/$defs/Book", "$defs": defs}, format_checker=FormatChecker())
    for bad in ({"id": "b", "title": "t", "isbn": "123"}, {"id": "b", "title": "t", "metadata": {"k": 1}}, {"id": "b", "title": "t", "added_at": "soon"}):
        assert not strict.is_valid(bad), bad
