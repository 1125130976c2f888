"""Checks concrete param values against the IR: types, enums, bounds and rules.

This is the generator's own evaluator (each SDK runtime has its own, in its language). The mock
server uses it to answer 400 like the API would, and the emitters use it to choose example
values that a request can really carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional

from .. import ir

_DIMENSIONS = re.compile(r"^([1-9][0-9]*)x([1-9][0-9]*)$")


@dataclass(frozen=True)
class Problem:
    param: str
    message: str


class FileValue:
    """A file as the mock server received it."""

    def __init__(self, filename: str, content_type: str, data: bytes) -> None:
        self.filename = filename
        self.content_type = content_type
        self.data = data


def _primitive_ok(kind: str, v: Any) -> bool:
    if kind == "string":
        return isinstance(v, str)
    if kind == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if kind == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if kind == "boolean":
        return isinstance(v, bool)
    if kind == "file":
        return isinstance(v, FileValue)
    return True


def _kind_ok(api: ir.Api, t: ir.TypeRef, value: Any) -> bool:
    if isinstance(t, ir.Primitive):
        return _primitive_ok(t.kind, value)
    if isinstance(t, ir.ArrayOf):
        return isinstance(value, list) and all(_kind_ok(api, t.items, v) for v in value)
    if isinstance(t, (ir.EnumRef, ir.Const)):
        return isinstance(value, str)
    if isinstance(t, ir.OneOf):
        return any(_kind_ok(api, v, value) for v in t.variants)
    return isinstance(value, dict)


def check_value(api: ir.Api, f: ir.Field, value: Any) -> list[Problem]:
    name = f.name
    if value is None:
        return [] if f.nullable or not f.required else [Problem(name, f"'{name}' must not be null")]
    if not _kind_ok(api, f.type, value):
        return [Problem(name, f"Invalid type for '{name}': expected {describe_type(api, f.type)}, got {type(value).__name__}")]
    out: list[Problem] = []
    for file in value if isinstance(value, list) else [value]:
        if isinstance(file, FileValue) and f.content_types and file.content_type not in f.content_types:
            accepted = ", ".join(f"'{c}'" for c in f.content_types)
            out.append(Problem(name, f"Invalid file '{name}': unsupported mimetype ('{file.content_type}'). Supported file formats are {accepted}."))
    if isinstance(f.type, ir.ArrayOf) and isinstance(value, list):  # each item against the item type
        item = replace(f, type=f.type.items, required=True, nullable=False, bounds=ir.Bounds())
        for x in value:
            out.extend(p for p in check_value(api, item, x) if "Invalid type" not in p.message)
    if isinstance(f.type, ir.EnumRef):
        e = api.enum(f.type)
        known = [v.value for v in e.values]
        if not e.open and value not in known:
            out.append(Problem(name, f"Invalid value for '{name}': '{value}'. Supported values are: {', '.join(repr(k) for k in known)}."))
    if isinstance(f.type, ir.Const) and value != f.type.value:
        out.append(Problem(name, f"Invalid value for '{name}': expected '{f.type.value}'"))
    out.extend(_bounds(name, value, f.bounds, ""))
    return out


def describe_type(api: ir.Api, t: ir.TypeRef) -> str:
    if isinstance(t, ir.Primitive):
        return {"file": "a file", "any": "any value"}.get(t.kind, f"{'an' if t.kind[0] in 'aeiou' else 'a'} {t.kind}")
    if isinstance(t, ir.ArrayOf):
        return f"an array of {describe_type(api, t.items)}"
    if isinstance(t, ir.OneOf):
        return " or ".join(describe_type(api, v) for v in t.variants)
    if isinstance(t, (ir.EnumRef, ir.Const)):
        return "a string"
    return "an object"


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else 1


def _bounds(name: str, value: Any, b: ir.Bounds, suffix: str) -> list[Problem]:
    out: list[Problem] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if b.minimum is not None and value < b.minimum:
            out.append(Problem(name, f"Invalid '{name}': {value} is less than the minimum of {b.minimum:g}{suffix}."))
        if b.maximum is not None and value > b.maximum:
            out.append(Problem(name, f"Invalid '{name}': {value} is greater than the maximum of {b.maximum:g}{suffix}."))
    if isinstance(value, str):
        if b.min_length is not None and len(value) < b.min_length:
            out.append(Problem(name, f"Invalid '{name}': string too short ({len(value)} < {b.min_length}){suffix}."))
        if b.max_length is not None and len(value) > b.max_length:
            out.append(Problem(name, f"Invalid '{name}': string too long ({len(value)} > {b.max_length}){suffix}."))
    if b.min_items is not None and _count(value) < b.min_items:
        out.append(Problem(name, f"Invalid '{name}': {_count(value)} items, at least {b.min_items} expected{suffix}."))
    if b.max_items is not None and _count(value) > b.max_items:
        out.append(Problem(name, f"Invalid '{name}': {_count(value)} items, at most {b.max_items} allowed{suffix}."))
    return out


def dimensions_problem(value: str, d: ir.Dimensions) -> Optional[str]:
    m = _DIMENSIONS.match(value)
    if m is None:
        return "not WIDTHxHEIGHT"
    w, h = int(m.group(1)), int(m.group(2))
    if d.multiple_of and (w % d.multiple_of or h % d.multiple_of):
        return f"width and height must be divisible by {d.multiple_of}"
    long_edge, short_edge = max(w, h), min(w, h)
    if d.max_aspect_ratio and long_edge > short_edge * d.max_aspect_ratio:
        return f"aspect ratio must be between 1:{d.max_aspect_ratio:g} and {d.max_aspect_ratio:g}:1"
    if (d.max_long_edge and long_edge > d.max_long_edge) or (d.max_short_edge and short_edge > d.max_short_edge):
        return f"at most {d.max_long_edge}x{d.max_short_edge}"
    return None


def rule_problems(op: ir.Operation, params: Mapping[str, Any]) -> list[Problem]:
    out: list[Problem] = []
    for rule in op.rules:
        held = True
        for c in rule.when:
            v = params.get(c.param)
            if v is None or ((v in c.values) == c.negate):
                held = False
                break
        if not held:
            continue
        when = " and ".join(f"{c.param}='{params[c.param]}'" for c in rule.when)
        suffix = (f" when {when}" if when else "") + f" (rule {rule.id})"
        for ch in rule.then:
            v = params.get(ch.param)
            if v is None:
                continue
            if ch.forbidden:
                out.append(Problem(ch.param, f"'{ch.param}' is not supported{suffix}."))
                continue
            if isinstance(v, str):
                if ch.disallowed is not None and v in ch.disallowed:
                    out.append(Problem(ch.param, f"Invalid value for '{ch.param}': '{v}' is not supported{suffix}."))
                if ch.allowed is not None and v not in ch.allowed:
                    if ch.dimensions is None or dimensions_problem(v, ch.dimensions) is not None:
                        out.append(Problem(ch.param, f"Invalid value for '{ch.param}': '{v}' is not supported{suffix}."))
            out.extend(_bounds(ch.param, v, ch.bounds, suffix))
    return out


def params_problems(op: ir.Operation, api: ir.Api, params: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a request's params (by wire name), as the API would report them."""
    fields = {p.name: p for p in op.all_params()}
    out: list[Problem] = []
    for name, f in fields.items():
        if name not in params:
            if f.required:
                out.append(Problem(name, f"Missing required parameter: '{name}'."))
            continue
        out.extend(check_value(api, f, params[name]))
    for name in params:
        if name not in fields:
            out.append(Problem(name, f"Unrecognized request argument supplied: {name}"))
    if not out:
        out.extend(rule_problems(op, params))
    return out
