"""Example values from the IR: response bodies for the mock server, request params for tests.

Request samples are chosen so the request is valid: each optional param takes the first value
(enum values in spec order) that keeps every rule satisfied, or is left out when none does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from . import ir
from .checker import FileValue, check_value, rule_problems

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da"
    "63f83fd3f83f00073102cb837f71540000000049454e44ae426082"
)  # a 1x1 orange pixel


@dataclass(frozen=True)
class SampleFile:
    """A file in a request sample; each emitter writes it in its language (a small PNG)."""

    name: str = "image.png"


def response_value(api: ir.Api, t: ir.TypeRef, name: str = "", index: int = 0) -> Any:
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            return name or "string"
        if t.kind == "integer":
            return index if name.endswith("_index") else 0
        return {"number": 0.0, "boolean": False, "file": "", "any": None}[t.kind]
    if isinstance(t, ir.ArrayOf):
        return [response_value(api, t.items, name, index)]
    if isinstance(t, ir.EnumRef):
        return api.enum(t).values[0].value
    if isinstance(t, ir.Const):
        return t.value
    if isinstance(t, ir.OneOf):
        return response_value(api, t.variants[0], name, index)
    if isinstance(t, ir.UnionRef):
        u = api.union(t.name)
        return model_example(api, api.model(ir.ModelRef("declared", (u.variants[0].model,))))
    return model_example(api, api.model(t), index)


def model_example(api: ir.Api, m: ir.Model, index: int = 0) -> dict[str, Any]:
    """The model's example from the spec, else one built from its fields; ``*_index`` fields count up."""
    out: dict[str, Any]
    if isinstance(m.example, dict):
        out = dict(m.example)
    else:
        out = {f.name: response_value(api, f.type, f.name, index) for f in m.fields}
    for f in m.fields:
        if f.name.endswith("_index") and isinstance(out.get(f.name), int):
            out[f.name] = index
    return out


def _candidates(api: ir.Api, f: ir.Field, prefer_last_variant: bool) -> list[Any]:
    t = f.type
    b = f.bounds
    if isinstance(t, ir.OneOf):
        variants = list(t.variants)
        if prefer_last_variant:
            variants.reverse()
        found: list[Any] = []
        for v in variants:
            found.extend(_candidates(api, ir.Field(f.name, v, f.required, f.nullable, "", None, False, b, (), f.loc), prefer_last_variant))
        return found
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            text = "A cute baby sea otter" if f.name == "prompt" else "string"
            if b.max_length is not None:
                text = text[: b.max_length]
            if b.min_length is not None and len(text) < b.min_length:
                text = text + "x" * (b.min_length - len(text))
            return [text]
        if t.kind == "integer":
            low = int(b.minimum) if b.minimum is not None else 1
            return [low] if b.maximum is None or low <= b.maximum else []
        if t.kind == "number":
            return [b.minimum if b.minimum is not None else 1.0]
        if t.kind == "boolean":
            return [True]
        if t.kind == "file":
            return [SampleFile()]
        return ["value"]
    if isinstance(t, ir.ArrayOf):
        n = max(b.min_items or 0, 2 if prefer_last_variant else 1)
        if b.max_items is not None:
            n = min(n, b.max_items)
        item = ir.Field(f.name, t.items, True, False, "", None, False, ir.Bounds(), (), f.loc)
        firsts = _candidates(api, item, prefer_last_variant)
        return [[firsts[0]] * n] if firsts else []
    if isinstance(t, ir.EnumRef):
        return [v.value for v in api.enum(t).values]
    if isinstance(t, ir.Const):
        return [t.value]
    if isinstance(t, ir.UnionRef):
        u = api.union(t.name)
        first = api.model(ir.ModelRef("declared", (u.variants[0].model,)))
        sub = ir.Field(f.name, first.ref, True, False, "", None, False, ir.Bounds(), (), f.loc)
        return [{**c, u.discriminator: u.variants[0].value} for c in _candidates(api, sub, prefer_last_variant)]
    if isinstance(t, ir.ModelRef):
        m = api.model(t)
        obj: dict[str, Any] = {}
        for sub in m.fields:
            if sub.required:
                c = _candidates(api, sub, False)
                if c:
                    obj[sub.name] = c[0]
        return [obj]
    return []


def _as_checked(value: Any) -> Any:
    if isinstance(value, SampleFile):
        return FileValue(value.name, "image/png", PNG_1X1)
    if isinstance(value, list):
        return [_as_checked(v) for v in value]
    return value


def request_sample(api: ir.Api, op: ir.Operation, all_params: bool, stream: Optional[bool] = None) -> dict[str, Any]:
    """Params (wire name -> value) for a valid request: required ones only, or as many as fit."""
    chosen: dict[str, Any] = {}
    checked: dict[str, Any] = {}
    if stream is not None and op.streaming:
        checked[op.streaming.param] = stream
    for f in op.params:
        if not f.required and not all_params:
            continue
        for value in _candidates(api, f, prefer_last_variant=all_params):
            trial = {**checked, f.name: _as_checked(value)}
            if not check_value(api, f, trial[f.name]) and not rule_problems(op, trial):
                chosen[f.name] = value
                checked = trial
                break
    return chosen
