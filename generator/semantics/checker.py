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
    """The value's JSON kind fits the type (arrays, maps and objects: their items are checked apart)."""
    if isinstance(t, ir.Primitive):
        return _primitive_ok(t.kind, value)
    if isinstance(t, ir.ArrayOf):
        return isinstance(value, list)
    if isinstance(t, (ir.EnumRef, ir.Const)):
        return isinstance(value, str)
    if isinstance(t, ir.OneOf):
        return any(_kind_ok(api, v, value) and not _problems(api, "", v, value) for v in t.variants)
    return isinstance(value, dict)


_DATE = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_FORMATS = {
    "date-time": re.compile(_DATE + r"[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"),
    "date": re.compile(_DATE),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    "uri": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*"),
}
_FORMAT_NAMES = {"date-time": "an RFC 3339 date-time", "date": "a date (YYYY-MM-DD)", "uuid": "a UUID", "uri": "an absolute URI"}
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _format_problem(fmt: str, value: Any) -> Optional[str]:
    if isinstance(value, str) and fmt in _FORMATS and not _FORMATS[fmt].fullmatch(value):
        return f"{value!r} is not {_FORMAT_NAMES[fmt]}"
    if isinstance(value, int) and fmt in _INT_RANGES and not _INT_RANGES[fmt][0] <= value <= _INT_RANGES[fmt][1]:
        return f"{value} is out of the {fmt} range"
    return None


def check_value(api: ir.Api, f: ir.Field, value: Any) -> list[Problem]:
    """A param's (or a model field's) problems; nested values are named by their path (``blocks[1].page``)."""
    name = f.name
    if value is None:
        return [] if f.nullable or not f.required else [Problem(name, f"'{name}' must not be null")]
    out = _problems(api, name, f.type, value)
    if out and out[0].message.startswith(f"Invalid type for '{name}'"):
        return out[:1]
    for file in value if isinstance(value, list) else [value]:
        if isinstance(file, FileValue) and f.content_types and file.content_type not in f.content_types:
            accepted = ", ".join(f"'{c}'" for c in f.content_types)
            out.append(Problem(name, f"Invalid file '{name}': unsupported mimetype ('{file.content_type}'). Supported file formats are {accepted}."))
    if f.pattern and isinstance(value, str) and re.search(f.pattern, value) is None:
        out.append(Problem(name, f"Invalid value for '{name}': {value!r} does not match the pattern {f.pattern!r}."))
    out.extend(_bounds(name, value, f.bounds, ""))
    return out


def _problems(api: ir.Api, path: str, t: ir.TypeRef, value: Any) -> list[Problem]:
    """A value against its type: the kind, an enum or const, a format, and recursively the items
    of an array, the values of a map and the fields of a model or union."""
    if not _kind_ok(api, t, value):
        return [Problem(path, f"Invalid type for '{path}': expected {describe_type(api, t)}, got {type(value).__name__}")]
    out: list[Problem] = []
    if isinstance(t, ir.Primitive) and t.format and (problem := _format_problem(t.format, value)):
        out.append(Problem(path, f"Invalid value for '{path}': {problem}."))
    elif isinstance(t, ir.ArrayOf):
        for i, item in enumerate(value):
            out.extend(_problems(api, f"{path}[{i}]", t.items, item))
    elif isinstance(t, ir.MapOf):
        for key, item in value.items():
            out.extend(_problems(api, f"{path}.{key}", t.values, item))
    elif isinstance(t, ir.EnumRef):
        e = api.enum(t)
        known = [v.value for v in e.values]
        if not e.open and value not in known:
            out.append(Problem(path, f"Invalid value for '{path}': '{value}'. Supported values are: {', '.join(repr(k) for k in known)}."))
    elif isinstance(t, ir.Const) and value != t.value:
        out.append(Problem(path, f"Invalid value for '{path}': expected '{t.value}'"))
    elif isinstance(t, ir.ModelRef):
        out.extend(_model_problems(api, path, api.model(t), value, ""))
    elif isinstance(t, ir.UnionRef):
        out.extend(_union_problems(api, path, api.union(t.name), value))
    return out


def _model_problems(api: ir.Api, path: str, m: ir.Model, value: dict[str, Any], defaulted: str) -> list[Problem]:
    """An object's fields (``defaulted``: a union's discriminator the object may leave out); keys
    beyond the fields are checked against ``additional`` when the model has it."""
    out: list[Problem] = []
    known = {f.name for f in m.fields}
    for f in m.fields:
        sub = f"{path}.{f.name}"
        if f.name not in value:
            if f.required and f.name != defaulted:
                out.append(Problem(sub, f"Missing required parameter: '{sub}'."))
            continue
        out.extend(check_value(api, replace(f, name=sub), value[f.name]))
    if m.additional is not None:
        for key in value:
            if key not in known:
                out.extend(_problems(api, f"{path}.{key}", m.additional, value[key]))
    return out


def _union_problems(api: ir.Api, path: str, u: ir.UnionType, value: dict[str, Any]) -> list[Problem]:
    sub = f"{path}.{u.discriminator}"
    tag = value.get(u.discriminator, u.default or None)
    variants = {v.value: v.model for v in u.variants}
    if tag is None:
        return [Problem(sub, f"Missing required parameter: '{sub}'.")]
    if not isinstance(tag, str) or tag not in variants:
        supported = ", ".join(repr(k) for k in variants)
        return [Problem(sub, f"Invalid value for '{sub}': {tag!r}. Supported values are: {supported}.")]
    model = api.model(ir.ModelRef("declared", (variants[tag],)))
    return _model_problems(api, path, model, value, u.discriminator)


def describe_type(api: ir.Api, t: ir.TypeRef) -> str:
    if isinstance(t, ir.Primitive):
        return {"file": "a file", "any": "any value"}.get(t.kind, f"{'an' if t.kind[0] in 'aeiou' else 'a'} {t.kind}")
    if isinstance(t, ir.ArrayOf):
        return f"an array of {describe_type(api, t.items)}"
    if isinstance(t, ir.OneOf):
        return " or ".join(describe_type(api, v) for v in t.variants)
    if isinstance(t, ir.MapOf):
        return "a map"
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
