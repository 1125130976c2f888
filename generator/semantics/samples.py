"""Example values from the IR: response bodies for the mock server, request params for tests.

Request samples are chosen so the request is valid: each optional param takes the first value
(enum values in spec order) that keeps every rule satisfied, or is left out when none does.
"""

from __future__ import annotations

import re
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


PAGE_SIZE = 2  # the mock serves a paginated list this many items a page
TEXT_SAMPLE = "A text answer, line one.\nLine two: naïve café ✓"  # a text response (non-ASCII on purpose)
FORMAT_SAMPLES = {
    "date-time": "2025-01-02T03:04:05.123456Z",
    "date": "2025-01-02",
    "uuid": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
    "uri": "https://example.com/a",
}


def response_value(api: ir.Api, t: ir.TypeRef, name: str = "", index: int = 0, stack: tuple[ir.Path, ...] = ()) -> Any:
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            return FORMAT_SAMPLES.get(t.format) or name or "string"
        if t.kind == "integer":
            return index if name.endswith("_index") else 0
        return {"number": 0.0, "boolean": False, "file": "", "any": None}[t.kind]
    if isinstance(t, ir.ArrayOf):
        item = response_value(api, t.items, name, index, stack)
        return [] if item is _RECURSIVE else [item]
    if isinstance(t, ir.MapOf):
        value = response_value(api, t.values, "value", index, stack)
        return {} if value is _RECURSIVE else {"key": value}
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
            text = f.example if isinstance(f.example, str) else FORMAT_SAMPLES.get(t.format, "string")
            if f.pattern and not re.search(f.pattern, text):
                return []  # no example that matches: an optional param is left out (a required one has one)
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
    if isinstance(t, ir.MapOf):
        value = ir.Field("key", t.values, True, False, "", None, False, ir.Bounds(), (), f.loc)
        got = _candidates(api, value, prefer_last_variant, stack)
        return [{"key": got[0]}] if got else [{}]
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
    if stream is not None and op.streaming and op.streaming.param:
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


def page_items(api: ir.Api, op: ir.Operation) -> list[Any]:
    """The items the mock pages through: those of the page model's example (else one built item)."""
    assert op.pagination is not None and op.response is not None
    page = model_example(api, api.model(op.response))
    items = page.get(op.pagination.items)
    return list(items) if isinstance(items, list) else []


def _item_value(item: Any, field: str) -> Any:
    return item.get(field) if isinstance(item, dict) else None


def paged(api: ir.Api, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]:
    """The page the mock answers a paginated operation with, for the request's params: the example
    page with its items served ``PAGE_SIZE`` at a time. Cursor ``after`` / ``before``: the items after
    (before) the one whose ``item`` field is the cursor, or whose position is the cursor for ``from``
    (a page field then set to the last / first item's position); page: page ``n`` from 1, ``total``
    the number of pages; offset: ``items[offset:offset + PAGE_SIZE]``, ``total`` the number of items."""
    p = op.pagination
    assert p is not None and op.response is not None
    body = model_example(api, api.model(op.response))
    items = page_items(api, op)
    start, end = 0, PAGE_SIZE
    if p.style == "cursor":
        after = p.after and params.get(p.after.param)
        before = p.before and params.get(p.before.param)
        if after is not None and p.after:
            start = _position(items, p.after, after) + 1
        elif before is not None and p.before:
            end = _position(items, p.before, before)
            start = max(0, end - PAGE_SIZE)
        end = start + PAGE_SIZE if before is None else end
        for c, at in ((p.after, start + min(PAGE_SIZE, len(items[start:end])) - 1), (p.before, start)):
            if c is not None and c.from_field:
                body[c.from_field] = str(at) if items[start:end] else None
    elif p.counter is not None:
        n = params.get(p.counter.param)
        if p.style == "page":
            page = n if isinstance(n, int) and n >= 1 else 1
            start = (page - 1) * PAGE_SIZE
            if p.counter.total:
                body[p.counter.total] = max(1, -(-len(items) // PAGE_SIZE))
        else:
            start = n if isinstance(n, int) and n >= 0 else 0
            if p.counter.total:
                body[p.counter.total] = len(items)
        end = start + PAGE_SIZE
    body[p.items] = items[start:end]
    if p.has_more:
        body[p.has_more] = end < len(items)
    return body


def _position(items: list[Any], c: ir.Cursor, cursor: Any) -> int:
    if c.item_field:
        return next((i for i, item in enumerate(items) if _item_value(item, c.item_field) == cursor), len(items))
    try:
        return int(cursor)
    except (TypeError, ValueError):
        return len(items)


def page_requests(api: ir.Api, op: ir.Operation) -> tuple[list[Any], list[dict[str, Any]]]:
    """Every item across the pages (in order) and the paging params of each page request an SDK
    makes when iterating from the first page (``{}`` for the first), following the runtime contract."""
    p = op.pagination
    assert p is not None
    params: dict[str, Any] = {}
    requests: list[dict[str, Any]] = []
    got: list[Any] = []
    for _ in range(len(page_items(api, op)) + 2):
        requests.append(dict(params))
        page = paged(api, op, params)
        items = page[p.items]
        got.extend(items)
        if not items or (p.has_more and not page.get(p.has_more)):
            break
        if p.style == "cursor" and p.after is not None:
            cursor = page.get(p.after.from_field) if p.after.from_field else _item_value(items[-1], p.after.item_field)
            if cursor in (None, ""):
                break
            params = {p.after.param: cursor}
        elif p.counter is not None:
            n = params.get(p.counter.param, 1 if p.style == "page" else 0)
            if p.style == "page":
                if p.counter.total and n >= page.get(p.counter.total, 0):
                    break
                params = {p.counter.param: n + 1}
            else:
                if p.counter.total and n + len(items) >= page.get(p.counter.total, 0):
                    break
                params = {p.counter.param: n + len(items)}
        else:
            break
    return got, requests


def response_sample(api: ir.Api, op: ir.Operation) -> Any:
    """What the mock answers (and the generated tests expect) for a plain call, by response format:
    json the example (a list of two for an array; the first page when paginated), jsonl two
    examples (one a line), text ``TEXT_SAMPLE``, binary ``PNG_1X1``, none ``None``."""
    fmt = op.response_format
    if fmt == "text":
        return TEXT_SAMPLE
    if fmt == "binary":
        return PNG_1X1
    if op.response is None or fmt == "none":
        return None
    if op.pagination is not None:
        return paged(api, op, {})
    m = api.model(op.response)
    if fmt == "jsonl" or op.response_array:
        return [model_example(api, m, 0), model_example(api, m, 1)]
    return model_example(api, m)
