"""Example values from the IR: response bodies for the mock server, request params for tests.

Request samples are chosen so the request is valid: each optional param takes the first value
(enum values in spec order) that keeps every rule satisfied, or is left out when none does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from .. import ir
from .checker import FileValue, check_value, dimensions_problem, rule_problems

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da"
    "63f83fd3f83f00073102cb837f71540000000049454e44ae426082"
)  # a 1x1 orange pixel


@dataclass(frozen=True)
class SampleFile:
    """A file in a request sample; each emitter writes it in its language (a small PNG)."""

    name: str = "image.png"


def response_value(api: ir.Api, t: ir.TypeRef, name: str = "", index: int = 0, stack: tuple[ir.Path, ...] = ()) -> Any:
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            return name or "string"
        if t.kind == "integer":
            return index if name.endswith("_index") else 0
        return {"number": 0.0, "boolean": False, "file": "", "any": None}[t.kind]
    if isinstance(t, ir.ArrayOf):
        item = response_value(api, t.items, name, index, stack)
        return [] if item is _RECURSIVE else [item]
    if isinstance(t, ir.EnumRef):
        return api.enum(t).values[0].value
    if isinstance(t, ir.Const):
        return t.value
    if isinstance(t, ir.OneOf):
        return response_value(api, t.variants[0], name, index, stack)
    if isinstance(t, ir.UnionRef):
        u = api.union(t.name)
        t = ir.ModelRef("declared", (u.variants[0].model,))
    assert isinstance(t, ir.ModelRef)
    if t.path in stack:  # a recursive model: the example stops here (the field is left out, a list is empty)
        return _RECURSIVE
    return model_example(api, api.model(t), index, stack)


_RECURSIVE = object()


def model_example(api: ir.Api, m: ir.Model, index: int = 0, stack: tuple[ir.Path, ...] = ()) -> dict[str, Any]:
    """The model's example from the spec, else one built from its fields; ``*_index`` fields count up.

    A model met again inside itself ends the recursion: optional links to it are left out, lists of
    it are empty (a required, non-list link back is a spec error the loader reports)."""
    out: dict[str, Any]
    if isinstance(m.example, dict):
        out = dict(m.example)
    else:
        out = {}
        for f in m.fields:
            value = response_value(api, f.type, f.name, index, stack + (m.path,))
            if value is not _RECURSIVE:
                out[f.name] = value
            elif f.required:  # the loader only accepts a required link back when it is nullable
                out[f.name] = None
    for f in m.fields:
        if f.name.endswith("_index") and isinstance(out.get(f.name), int):
            out[f.name] = index
    return out


def _candidates(api: ir.Api, f: ir.Field, prefer_last_variant: bool, stack: tuple[ir.Path, ...] = ()) -> list[Any]:
    t = f.type
    b = f.bounds
    if isinstance(t, ir.OneOf):
        variants = list(t.variants)
        if prefer_last_variant:
            variants.reverse()
        found: list[Any] = []
        for v in variants:
            found.extend(_candidates(api, replace(f, type=v, bounds=b), prefer_last_variant, stack))
        return found
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            text = f.example if isinstance(f.example, str) else "string"
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
        firsts = _candidates(api, item, prefer_last_variant, stack)
        if not firsts:  # items that cannot be built here (a model inside itself): an empty list if allowed
            return [[]] if not b.min_items else []
        return [[firsts[0]] * n]
    if isinstance(t, ir.EnumRef):
        return [v.value for v in api.enum(t).values]
    if isinstance(t, ir.Const):
        return [t.value]
    if isinstance(t, ir.UnionRef):
        u = api.union(t.name)
        first = api.model(ir.ModelRef("declared", (u.variants[0].model,)))
        sub = ir.Field(f.name, first.ref, True, False, "", None, False, ir.Bounds(), (), f.loc)
        return [{**c, u.discriminator: u.variants[0].value} for c in _candidates(api, sub, prefer_last_variant, stack)]
    if isinstance(t, ir.ModelRef):
        if t.path in stack:  # a recursive model: no value is built inside itself
            return []
        m = api.model(t)
        obj: dict[str, Any] = {}
        for sub in m.fields:
            if sub.required:
                c = _candidates(api, sub, False, stack + (t.path,))
                if c:
                    obj[sub.name] = c[0]
                elif sub.nullable:  # a required link back into a recursive model: null ends it
                    obj[sub.name] = None
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


@dataclass(frozen=True)
class RepeatedText:
    """A long string in a request sample ("x" * count); emitters write it as an expression."""

    count: int


@dataclass(frozen=True)
class Violation:
    rule: str
    param: str
    params: dict[str, Any]


def _breaking_value(api: ir.Api, op: ir.Operation, f: ir.Field, check: ir.Check) -> Any:
    known = [v.value for v in api.enum(f.type).values] if isinstance(f.type, ir.EnumRef) else []
    if check.forbidden:
        found = _candidates(api, f, prefer_last_variant=False)
        return found[0] if found else None
    if check.disallowed:
        return check.disallowed[0]
    if check.allowed is not None:
        outside = [v for v in known if v not in check.allowed]
        if check.dimensions is not None:
            d = check.dimensions
            outside = [v for v in outside if dimensions_problem(v, d) is not None] + [_outside_dimensions(d)]
        return outside[0] if outside else None
    b = check.bounds
    if b.maximum is not None:
        return int(b.maximum) + 1 if f.type == ir.Primitive("integer") else b.maximum + 1
    if b.minimum is not None:
        return int(b.minimum) - 1 if f.type == ir.Primitive("integer") else b.minimum - 1
    if b.max_length is not None:
        return RepeatedText(b.max_length + 1)
    if b.max_items is not None:
        return [SampleFile()] * (b.max_items + 1) if "file" in repr(f.type) else None
    return None


def _outside_dimensions(d: ir.Dimensions) -> str:
    """A WIDTHxHEIGHT string that breaks the limits: off the multiple, else past the long edge or the ratio."""
    if d.multiple_of and d.multiple_of > 1:
        side = d.multiple_of * 64 + 1
        return f"{side}x{side}"
    if d.max_long_edge:
        return f"{d.max_long_edge + 1}x{d.max_long_edge + 1}"
    return f"1x{int(d.max_aspect_ratio or 1) + 1}"


def rule_violations(api: ir.Api, op: ir.Operation) -> list[Violation]:
    """For each rule, a request that breaks that rule and nothing else (checked by the core checker)."""
    base = request_sample(api, op, all_params=False, stream=False if op.streaming else None)
    fields = {p.name: p for p in op.params}
    out: list[Violation] = []
    for rule in op.rules:
        for check in rule.then:
            f = fields.get(check.param)
            if f is None:  # the streaming param: its tests are the streaming ones
                continue
            sample = dict(base)
            for c in rule.when:
                cf = fields.get(c.param)
                if cf is None or not isinstance(cf.type, ir.EnumRef):
                    break
                choices = [v.value for v in api.enum(cf.type).values if (v.value in c.values) != c.negate]
                if not choices:
                    break
                sample[c.param] = choices[0]
            else:
                bad = _breaking_value(api, op, f, check)
                if bad is None:
                    continue
                sample[check.param] = bad
                checked = {k: _as_checked("x" * v.count if isinstance(v, RepeatedText) else v) for k, v in sample.items()}
                if any(check_value(api, fields[k], v) for k, v in checked.items() if k in fields):
                    continue
                problems = rule_problems(op, checked)
                if problems and all(f"(rule {rule.id})" in p.message for p in problems):
                    out.append(Violation(rule.id, check.param, sample))
                    break
    return out
