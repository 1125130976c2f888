"""Synthetic specs shaped like the Images spec, at any size: `python bench/synth.py N [OUT_DIR]`.

Each endpoint has the Images endpoints' mix: ~10 params (strings with length bounds, integers
with ranges, inline enums, an open declared enum, a file on every third endpoint, which makes it
multipart), two per-model rules, and its own response model with a nested usage object and an
inline enum; every fifth endpoint streams an event union of two models. Ten endpoints make a
resource. Writes spec-N.yaml (our format) and openapi-N.yaml (our OpenAPI target's output for it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def build(n: int) -> dict[str, Any]:
    models: dict[str, Any] = {}
    unions: dict[str, Any] = {}
    resources: dict[str, Any] = {}
    enums = {
        "ModelName": {"open": True, "description": "The models.", "values": ["m-small", "m-large", "m-xl", "m-2026-01-01"]},
    }
    for i in range(n):
        res = f"res{i // 10:04d}"
        name = f"Op{i:05d}"
        models[f"{name}Response"] = {
            "description": f"The response of operation {i}.",
            "properties": {
                "created": {"type": "integer", "required": True, "description": "When it was made."},
                "data": {"type": "array", "items": {"type": "object", "properties": {
                    "b64_json": {"type": "string"}, "url": {"type": "string"}, "revised_prompt": {"type": "string"}}}},
                "quality": {"type": "string", "enum": ["low", "medium", "high"]},
                "usage": {"type": "object", "properties": {
                    "input_tokens": {"type": "integer", "required": True},
                    "output_tokens": {"type": "integer", "required": True},
                    "details": {"type": "object", "properties": {"image_tokens": {"type": "integer", "required": True},
                                                                 "text_tokens": {"type": "integer", "required": True}}},
                }},
            },
        }
        multipart = i % 3 == 0
        params: dict[str, Any] = {
            "prompt": {"type": "string", "required": True, "max_length": 32000, "description": "What to make.", "example": "A cute baby sea otter"},
            "model": {"type": "ModelName", "description": "The model."},
            "n": {"type": "integer", "minimum": 1, "maximum": 10},
            "quality": {"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
            "size": {"type": "string", "open": True, "enum": ["auto", "1024x1024", "1536x1024", "1024x1536"]},
            "background": {"type": "string", "enum": ["transparent", "opaque", "auto"]},
            "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
            "style": {"type": "string", "enum": ["vivid", "natural"]},
            "user": {"type": "string"},
        }
        if multipart:
            params["image"] = {"required": True, "one_of": ["file", {"type": "array", "items": "file", "max_items": 16}]}
        op: dict[str, Any] = {
            "summary": f"Operation {i}",
            "description": f"Does thing number {i}.",
            "method": "POST",
            "path": f"/{res}/op{i:05d}",
            "body": "multipart" if multipart else "json",
            "response": f"{name}Response",
            "params": params,
            "rules": [
                {"id": "n-large", "when": {"model": {"in": ["m-large"]}}, "then": {"n": {"maximum": 1}}},
                {"id": "style-small-only", "when": {"model": {"in": ["m-large", "m-xl"]}}, "then": {"style": {"forbidden": True}}},
            ],
        }
        if i % 5 == 0:
            ev = f"{name}Event"
            for kind, extra in (("partial", {"index": {"type": "integer", "required": True}}), ("done", {})):
                models[f"{ev}{kind.title()}"] = {"properties": {
                    "type": {"type": "string", "const": f"op{i}.{kind}", "required": True},
                    "b64_json": {"type": "string", "required": True},
                    "size": {"type": "string", "required": True, "enum": ["1024x1024", "auto"]},
                    **extra,
                }}
            unions[f"{ev}Stream"] = {"discriminator": "type", "variants": {f"op{i}.partial": f"{ev}Partial", f"op{i}.done": f"{ev}Done"}}
            op["streaming"] = {"param": "stream", "event": f"{ev}Stream"}
        resources.setdefault(res, {"singular": res.title(), "operations": {}})["operations"][f"op{i:05d}"] = op
    return {
        "spec_version": 1,
        "info": {"title": f"Synthetic API {n}", "version": "1.0.0"},
        "client": {"name": "Synth", "base_url": "http://127.0.0.1:4010/v1", "auth": {"scheme": "bearer", "option": "api_key", "env": "SYNTH_API_KEY"}},
        "packages": {
            "python": {"distribution": "synth-sdk", "import": "synth_sdk", "version": "0.1.0"},
            "go": {"module": "example.com/synth", "package": "synth", "version": "0.1.0"},
        },
        "enums": enums,
        "models": models,
        "unions": unions,
        "resources": resources,
    }


def write(n: int, out: Path) -> tuple[Path, Path]:
    """The spec, and its OpenAPI document as `generate --lang openapi` writes it (cache off)."""
    out.mkdir(parents=True, exist_ok=True)
    spec = out / f"spec-{n}.yaml"
    spec.write_text(yaml.dump(build(n), Dumper=yaml.CSafeDumper, sort_keys=False, width=120))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", tmp, "--lang", "openapi"],
                       cwd=ROOT, env={**os.environ, "SDKGEN_CACHE_DIR": "off"}, check=True, stdout=subprocess.DEVNULL)
        openapi = out / f"openapi-{n}.yaml"
        shutil.move(Path(tmp) / "openapi" / "openapi.yaml", openapi)
    return spec, openapi


if __name__ == "__main__":
    count = int(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "out"
    for path in write(count, target):
        print(path)
