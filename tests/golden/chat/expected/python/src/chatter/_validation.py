# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Checks params against the spec before a request is sent.

The tables live in ``_operations.json`` (generated); this engine is hand-written once. A rule's
``when`` holds only when each named param was given and matches, so an unknown value of an open
enum is always accepted. Objects are checked against their model or union, recursively; a problem
names the value by its path (``blocks[1].page``).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import logging
import os
import re
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, Mapping, Optional, Tuple

from typing_extensions import Literal, TypeAlias

from ._exceptions import ChatterError, ParamValidationError
from ._files import is_file

__all__ = [
    "Validation",
    "FieldSpec",
    "ModelSpec",
    "UnionSpec",
    "StreamSpec",
    "Condition",
    "Dimensions",
    "Check",
    "Rule",
    "Operation",
    "operation",
    "problems",
    "validate",
]

Validation: TypeAlias = Literal["strict", "warn", "off"]
VALIDATION_ENV = ""  # the environment variable that sets the mode when the code does not


def validation_from_env() -> Validation:
    """The mode the environment sets (``strict`` when it sets none)."""
    value = os.environ.get(VALIDATION_ENV, "").strip().lower() if VALIDATION_ENV else ""
    if value in ("", "strict"):
        return "strict"
    if value == "warn":
        return "warn"
    if value == "off":
        return "off"
    raise ChatterError(f"The {VALIDATION_ENV} environment variable must be strict, warn or off, not {value!r}")


log = logging.getLogger(__name__.split(".")[0])

_KIND_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "file": "a file (bytes, a path, an open binary file or a (filename, content[, content_type]) tuple)",
    "array": "a list",
    "map": "a mapping",
    "object": "a mapping",
    "any": "any value",
}
_DIMENSIONS = re.compile(r"^([1-9][0-9]*)x([1-9][0-9]*)$")
_DATE_TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-](\d\d):(\d\d))$")
_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@dataclass(frozen=True)
class FieldSpec:
    kinds: Tuple[str, ...]
    required: bool = False
    nullable: bool = False
    enum: Optional[Tuple[str, ...]] = None
    open: bool = False
    items: Optional["FieldSpec"] = None
    values: Optional["FieldSpec"] = None  # a map's values
    model: str = ""  # an object's model: a key of the table's _models
    union: str = ""  # an object's union: a key of the table's _unions
    pattern: str = ""
    format: str = ""
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    min_items: Optional[int] = None
    max_items: Optional[int] = None
    location: str = "body"  # where a param goes: path, query, header or body
    header: str = ""  # the header's name, for location "header"
    style: str = ""  # "comma": a list joined with commas (a query list repeats its key otherwise)


@dataclass(frozen=True)
class ModelSpec:
    fields: Mapping[str, FieldSpec]
    additional: Optional[FieldSpec] = None  # the keys beyond the known fields (None: not checked)


@dataclass(frozen=True)
class UnionSpec:
    discriminator: str
    variants: Mapping[str, str]  # discriminator value -> model key
    default: str = ""  # the variant of an object without the discriminator


@dataclass(frozen=True)
class StreamSpec:
    always: bool = False  # the operation always answers with a stream
    keepalive: Tuple[str, ...] = ()  # event types that are skipped
    error_event: str = ""  # the event type whose data is an error body ("": "error")
    done: str = "[DONE]"  # the data line that ends the stream ("": none)


@dataclass(frozen=True)
class Condition:
    param: str
    values: Tuple[str, ...]
    negate: bool = False
    label: str = ""


@dataclass(frozen=True)
class Dimensions:
    multiple_of: Optional[int] = None
    max_aspect_ratio: Optional[float] = None
    max_long_edge: Optional[int] = None
    max_short_edge: Optional[int] = None


@dataclass(frozen=True)
class Check:
    param: str
    forbidden: bool = False
    allowed: Optional[Tuple[str, ...]] = None
    disallowed: Optional[Tuple[str, ...]] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    min_items: Optional[int] = None
    max_items: Optional[int] = None
    dimensions: Optional[Dimensions] = None


@dataclass(frozen=True)
class Rule:
    id: str
    message: str
    when: Tuple[Condition, ...]
    then: Tuple[Check, ...]


@dataclass(frozen=True)
class Operation:
    name: str
    method: str
    path: str
    body: str
    stream_param: str
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)
    rules: Tuple[Rule, ...] = ()
    response: str = "json"  # json, jsonl, binary, text or none
    stream: Optional[StreamSpec] = None
    pagination: Optional[Mapping[str, Any]] = None  # the table's pagination (style, items, has_more, ...)
    auth: Optional[Tuple[str, ...]] = None  # the credentials it takes (option names); None: the client's first


def _field(data: Dict[str, Any]) -> FieldSpec:
    items, values = data.get("items"), data.get("values")
    return FieldSpec(
        kinds=tuple(data["kinds"]),
        required=data.get("required", False),
        nullable=data.get("nullable", False),
        enum=tuple(data["enum"]) if "enum" in data else None,
        open=data.get("open", False),
        items=_field(items) if items else None,
        values=_field(values) if values else None,
        model=data.get("model", ""),
        union=data.get("union", ""),
        pattern=data.get("pattern", ""),
        format=data.get("format", ""),
        minimum=data.get("minimum"),
        maximum=data.get("maximum"),
        min_length=data.get("min_length"),
        max_length=data.get("max_length"),
        min_items=data.get("min_items"),
        max_items=data.get("max_items"),
        location=data.get("in", "body"),
        header=data.get("header", ""),
        style=data.get("style", ""),
    )


def _check(data: Dict[str, Any]) -> Check:
    dims = data.get("dimensions")
    return Check(
        param=data["param"],
        forbidden=data.get("forbidden", False),
        allowed=tuple(data["allowed"]) if "allowed" in data else None,
        disallowed=tuple(data["disallowed"]) if "disallowed" in data else None,
        minimum=data.get("minimum"),
        maximum=data.get("maximum"),
        min_length=data.get("min_length"),
        max_length=data.get("max_length"),
        min_items=data.get("min_items"),
        max_items=data.get("max_items"),
        dimensions=Dimensions(**dims) if dims else None,
    )


@functools.lru_cache(maxsize=None)
def _table() -> Dict[str, Any]:
    text = (importlib.resources.files(__package__) / "_operations.json").read_text(encoding="utf-8")
    table: Dict[str, Any] = json.loads(text)
    return table


@functools.lru_cache(maxsize=None)
def _model(key: str) -> ModelSpec:
    data = _table()["_models"][key]
    extra = data.get("additional")
    return ModelSpec({k: _field(v) for k, v in data["fields"].items()}, _field(extra) if extra else None)


@functools.lru_cache(maxsize=None)
def _union(name: str) -> UnionSpec:
    data = _table()["_unions"][name]
    return UnionSpec(data["discriminator"], data["variants"], data.get("default", ""))


@functools.lru_cache(maxsize=None)
def operation(name: str) -> Operation:
    """An operation's params and rules, from the generated ``_operations.json`` (read once)."""
    data = _table()[name]
    stream = data.get("stream")
    return Operation(
        name=name,
        method=data["method"],
        path=data["path"],
        body=data["body"],
        stream_param=data["stream_param"],
        response=data.get("response", "json"),
        stream=(
            StreamSpec(stream["always"], tuple(stream["keepalive"]), stream["error_event"], stream["done"])
            if stream
            else None
        ),
        pagination=data.get("pagination"),
        auth=tuple(data["auth"]) if "auth" in data else None,
        fields={k: _field(v) for k, v in data["fields"].items()},
        rules=tuple(
            Rule(
                id=r["id"],
                message=r["message"],
                when=tuple(Condition(c["param"], tuple(c["values"]), c["negate"], c["label"]) for c in r["when"]),
                then=tuple(_check(c) for c in r["then"]),
            )
            for r in data["rules"]
        ),
    )


def _is_kind(value: object, kind: str, format: str) -> bool:
    if kind == "string" and format == "date-time":
        return isinstance(value, (str, datetime))
    if kind == "string" and format == "date":
        return isinstance(value, str) or (isinstance(value, date) and not isinstance(value, datetime))
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "file":
        return is_file(value)
    if kind == "array":
        return isinstance(value, (list, tuple)) and not is_file(value)
    if kind in ("object", "map"):
        return isinstance(value, Mapping)
    return True


def _count(value: object) -> int:
    return len(value) if isinstance(value, (list, tuple)) and not is_file(value) else 1


def _bounds(name: str, value: object, spec: "FieldSpec | Check", suffix: str) -> list[str]:
    out: list[str] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if spec.minimum is not None and value < spec.minimum:
            out.append(f"param '{name}': {value!r} is less than the minimum {spec.minimum:g}{suffix}")
        if spec.maximum is not None and value > spec.maximum:
            out.append(f"param '{name}': {value!r} is greater than the maximum {spec.maximum:g}{suffix}")
    if isinstance(value, str):
        if spec.min_length is not None and len(value) < spec.min_length:
            out.append(
                f"param '{name}': {len(value)} characters is shorter than the minimum length {spec.min_length}{suffix}"
            )
        if spec.max_length is not None and len(value) > spec.max_length:
            out.append(
                f"param '{name}': {len(value)} characters is longer than the maximum length {spec.max_length}{suffix}"
            )
    if spec.min_items is not None or spec.max_items is not None:
        n = _count(value)
        if spec.min_items is not None and n < spec.min_items:
            out.append(f"param '{name}': {n} items is fewer than the minimum {spec.min_items}{suffix}")
        if spec.max_items is not None and n > spec.max_items:
            out.append(f"param '{name}': {n} items is more than the maximum {spec.max_items}{suffix}")
    return out


def _format_problem(value: object, format: str) -> Optional[str]:
    """Why a string (or an integer) is not of its format, or None."""
    if isinstance(value, int) and format in _INT_RANGES:
        low, high = _INT_RANGES[format]
        return None if low <= value <= high else f"is out of the {format} range"
    if not isinstance(value, str):
        return None
    try:
        if format == "date-time":
            m = _DATE_TIME.match(value)
            if m is None:
                return "is not an RFC 3339 date-time (e.g. 2025-01-02T03:04:05Z)"
            year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
            datetime(year, month, day, hour, minute, second)
        elif format == "date":
            m = _DATE.match(value)
            if m is None:
                return "is not a date (YYYY-MM-DD)"
            year, month, day = (int(g) for g in m.groups())
            date(year, month, day)
        elif format == "uuid" and not _UUID.match(value):
            return "is not a UUID"
        elif format == "uuid":
            uuid.UUID(value)
        elif format == "uri" and not _URI.match(value):
            return "is not a URI"
    except ValueError:
        return f"is not a valid {format}"
    return None


def _check_value(name: str, value: object, spec: FieldSpec) -> list[str]:
    if not any(_is_kind(value, k, spec.format) for k in spec.kinds):
        want = " or ".join(_KIND_NAMES[k] for k in spec.kinds)
        return [f"param '{name}': expected {want}, got {type(value).__name__}"]
    out: list[str] = []
    if spec.enum is not None and not spec.open and isinstance(value, str) and value not in spec.enum:
        out.append(f"param '{name}': {value!r} is not one of " + ", ".join(repr(v) for v in spec.enum))
    if spec.pattern and isinstance(value, str) and not re.search(spec.pattern, value):
        out.append(f"param '{name}': {value!r} does not match the pattern {spec.pattern!r}")
    problem = _format_problem(value, spec.format) if spec.format else None
    if problem:
        out.append(f"param '{name}': {value!r} {problem}")
    out.extend(_bounds(name, value, spec, ""))
    if spec.items is not None and isinstance(value, (list, tuple)) and not is_file(value):
        for i, item in enumerate(value):
            out.extend(_check_value(f"{name}[{i}]", item, spec.items))
    if isinstance(value, Mapping):
        if spec.values is not None:
            for key, item in value.items():
                out.extend(_check_value(f"{name}.{key}", item, spec.values))
        if spec.union:
            out.extend(_check_union(name, value, _union(spec.union)))
        elif spec.model:
            out.extend(_check_fields(name + ".", value, _model(spec.model)))
    return out


def _check_union(name: str, value: Mapping[str, object], union: UnionSpec) -> list[str]:
    kind = value.get(union.discriminator, union.default or None)
    key = union.variants.get(kind) if isinstance(kind, str) else None
    if key is None:
        allowed = ", ".join(repr(v) for v in union.variants)
        if kind is None:
            return [f"param '{name}.{union.discriminator}' is required (one of {allowed})"]
        return [f"param '{name}.{union.discriminator}': {kind!r} is not one of {allowed}"]
    return _check_fields(name + ".", {**value, union.discriminator: kind}, _model(key))


def _check_fields(prefix: str, params: Mapping[str, object], model: ModelSpec) -> list[str]:
    """Each known field of ``params`` (named ``prefix`` + its name) against its spec; extra keys
    against ``model.additional`` when the model types them."""
    out: list[str] = []
    for name, spec in model.fields.items():
        if name not in params:
            if spec.required:
                out.append(f"param '{prefix}{name}' is required")
            continue
        value = params[name]
        if value is None:
            if spec.required and not spec.nullable:
                out.append(f"param '{prefix}{name}' is required and cannot be None")
            continue
        out.extend(_check_value(prefix + name, value, spec))
    if model.additional is not None:
        for name, value in params.items():
            if name not in model.fields and value is not None:
                out.extend(_check_value(prefix + name, value, model.additional))
    return out


def _holds(cond: Condition, params: Mapping[str, object]) -> bool:
    value = params.get(cond.param)
    if value is None:
        return False
    matched = value in cond.values
    return not matched if cond.negate else matched


def _dimensions_problem(value: str, dims: Dimensions) -> Optional[str]:
    m = _DIMENSIONS.match(value)
    if m is None:
        return "it is not WIDTHxHEIGHT"
    w, h = int(m.group(1)), int(m.group(2))
    if dims.multiple_of and (w % dims.multiple_of or h % dims.multiple_of):
        return f"width and height must both be divisible by {dims.multiple_of}"
    long_edge, short_edge = max(w, h), min(w, h)
    if dims.max_aspect_ratio and long_edge > short_edge * dims.max_aspect_ratio:
        return f"the aspect ratio must be between 1:{dims.max_aspect_ratio:g} and {dims.max_aspect_ratio:g}:1"
    if (
        dims.max_long_edge
        and long_edge > dims.max_long_edge
        or dims.max_short_edge
        and short_edge > dims.max_short_edge
    ):
        return f"the largest size is {dims.max_long_edge}x{dims.max_short_edge}"
    return None


def _rule_problems(rule: Rule, check: Check, params: Mapping[str, object]) -> list[str]:
    name = check.param
    value = params[name]
    when = " and ".join(f"{c.param} is {params.get(c.param)!r}" for c in rule.when)
    when = f" when {when}" if when else ""
    because = f" (rule {rule.id}{': ' + rule.message if rule.message else ''})"
    suffix = when + because
    if check.forbidden:
        return [f"param '{name}' is not supported{suffix}"]
    out: list[str] = []
    if isinstance(value, str):
        if check.disallowed is not None and value in check.disallowed:
            out.append(f"param '{name}': {value!r} is not allowed{suffix}")
        if check.allowed is not None and value not in check.allowed:
            detail = ""
            if check.dimensions is not None:
                detail = _dimensions_problem(value, check.dimensions) or ""
                if not detail:
                    return out
                detail = f" ({detail})"
            allowed = ", ".join(repr(v) for v in check.allowed)
            out.append(f"param '{name}': {value!r} is not allowed{when}{detail}; use one of {allowed}{because}")
    out.extend(_bounds(name, value, check, suffix))
    return out


def problems(op: Operation, params: Mapping[str, object]) -> list[str]:
    """Every way ``params`` (the given ones, by wire name) break the spec; [] when they do not."""
    out = _check_fields("", params, ModelSpec(op.fields))
    for rule in op.rules:
        if not all(_holds(c, params) for c in rule.when):
            continue
        for check in rule.then:
            if params.get(check.param) is not None:
                out.extend(_rule_problems(rule, check, params))
    return out


def validate(op: Operation, params: Mapping[str, object], mode: Validation) -> None:
    """Raise (``strict``), warn (``warn``) or do nothing (``off``) about broken params."""
    if mode == "off":
        return
    found = problems(op, params)
    if not found:
        return
    if mode == "warn":
        message = f"{op.name}: " + "; ".join(found)
        log.warning("%s", message)
        warnings.warn(message, stacklevel=4)
        return
    raise ParamValidationError(op.name, found)
