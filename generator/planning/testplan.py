"""The test plan: which calls, values, events and rule violations every generated suite exercises.

Built once from the samples; each language only prints the values as literals of its own
(``required`` and ``full`` are wire name -> sample value, in the operation's param order).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import quote, urlsplit

from .. import ir
from ..semantics.samples import (
    RepeatedText,
    SampleFile,
    Violation,
    model_example,
    page_requests,
    request_sample,
    response_sample,
    rule_violations,
)

UNKNOWN_ENUM_VALUE = "a-value-from-the-future"  # a value no open enum lists: the SDK must still send it


@dataclass(frozen=True)
class Event:
    model: ir.Model  # the union variant's model
    value: str  # its discriminator value
    data: dict[str, Any]  # the event's JSON, as the mock server sends it


@dataclass(frozen=True)
class PagesTest:
    items: tuple[Any, ...]  # every item across the pages, in order (JSON as the mock sends it)
    requests: tuple[dict[str, Any], ...]  # per page request, the paging params it sends ({} for the first)
    key: str  # a required string field of the items, to compare them by


@dataclass(frozen=True)
class OpTest:
    resource: ir.Resource
    op: ir.Operation
    required: dict[str, Any]  # required params only
    full: dict[str, Any]  # as many params as fit every rule
    stream: Optional[dict[str, Any]]  # params of a streaming call (the stream flag not included)
    events: tuple[Event, ...]  # what that call yields, in order
    discriminator: str
    violations: tuple[Violation, ...]  # one call per rule that breaks it and nothing else
    file_fields: tuple[str, ...]  # file params given in the full call
    single_files: tuple[str, ...]  # file params the required call sends as one file
    many_files: tuple[tuple[str, int], ...]  # params the full call sends as several files, and how many
    open_enum: Optional[dict[str, Any]]  # required params plus an open enum set to an unknown value
    invalid: Optional[tuple[dict[str, Any], str]]  # required params plus a number above its maximum
    response: Any = None  # what the required call answers: JSON (the first page when paginated), text, bytes or None
    pages: Optional[PagesTest] = None  # a paginated operation: what iterating every page yields and sends
    nested_invalid: Optional[tuple[dict[str, Any], str]] = None  # required params with one nested object out of bounds, and its path


@dataclass(frozen=True)
class TestPlan:
    ops: tuple[OpTest, ...]  # by resource, then operation
    simple: OpTest  # the first operation: the client-level tests call it
    streaming: Optional[OpTest]  # the first streaming operation

    def of(self, r: ir.Resource) -> list[OpTest]:
        return [t for t in self.ops if t.resource.name == r.name]


@dataclass(frozen=True)
class Wire:
    """What the server must receive for a request sample (the mock reports it per request)."""

    raw_path: str  # the path as sent, percent-encoded, under the base URL's path
    query: dict[str, list[str]]  # each query key's values as text
    headers: dict[str, str]  # header params, by lower-case name
    params: Optional[dict[str, Any]]  # every param as the mock parses it; None when the sample has files


def wire(api: ir.Api, op: ir.Operation, sample: dict[str, Any]) -> Wire:
    def texts(v: Any) -> list[str]:
        return [t for x in v for t in texts(x)] if isinstance(v, list) else [v if isinstance(v, str) else json.dumps(v)]

    raw, query, headers = urlsplit(api.client.base_url).path.rstrip("/") + op.path, {}, {}
    for f in (f for f in op.params if f.name in sample and f.location != "body"):
        got = texts(sample[f.name])
        if f.location == "path":
            raw = raw.replace("{" + f.name + "}", quote(",".join(got), safe="-._~"))
        elif f.location == "query":
            query[f.name] = [",".join(got)] if f.style == "comma" else got
        elif f.location == "header":
            headers[f.header.lower()] = ",".join(got)
    try:
        json.dumps(sample)
        params: Optional[dict[str, Any]] = dict(sample)
    except TypeError:  # files
        params = None
    return Wire(raw, query, headers, params)


def _is_files(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], SampleFile)


def _stream(api: ir.Api, op: ir.Operation) -> tuple[Optional[dict[str, Any]], tuple[Event, ...], str]:
    if not op.streaming:
        return None, (), ""
    sample = request_sample(api, op, all_params=not op.streaming.always, stream=True)
    count = 2
    if op.streaming.progress_param:
        pf = next(p for p in op.params if p.name == op.streaming.progress_param)
        if pf.bounds.maximum is not None:
            count = min(count, int(pf.bounds.maximum))
        sample[op.streaming.progress_param] = count
    u = api.union(op.streaming.event)
    models = [api.model(ir.ModelRef("declared", (v.model,))) for v in u.variants]
    repeat = count if op.streaming.progress_param else 1
    seq = [(m, i) for m in models[:-1] for i in range(repeat)] + [(models[-1], 0)]
    events = []
    for m, i in seq:
        value = next(v.value for v in u.variants if v.model == m.path[0])
        events.append(Event(m, value, {**model_example(api, m, i), u.discriminator: value}))
    return sample, tuple(events), u.discriminator


def _open_enum(api: ir.Api, op: ir.Operation, required: dict[str, Any]) -> Optional[dict[str, Any]]:
    for p in op.params:
        if isinstance(p.type, ir.EnumRef) and api.enum(p.type).open:
            return {**required, p.name: UNKNOWN_ENUM_VALUE}
    return None


def _invalid(op: ir.Operation, required: dict[str, Any]) -> Optional[tuple[dict[str, Any], str]]:
    for p in op.params:
        if isinstance(p.type, ir.Primitive) and p.type.kind in ("integer", "number") and p.bounds.maximum is not None:
            bad = int(p.bounds.maximum) + 1 if p.type.kind == "integer" else p.bounds.maximum + 1
            return {**required, p.name: bad}, p.name
    return None


def _pages(api: ir.Api, op: ir.Operation) -> Optional[PagesTest]:
    p = op.pagination
    if p is None or not isinstance(p.item, ir.ModelRef):
        return None
    items, requests = page_requests(api, op)
    keys = [f.name for f in api.model(p.item).fields  # strings that parse as strings (a date-time becomes a datetime)
            if f.required and isinstance(f.type, ir.Primitive) and f.type.kind == "string" and f.type.format not in ("date-time", "date")]
    key = "id" if "id" in keys else next(iter(keys), "")
    return PagesTest(tuple(items), tuple(requests), key)


def _nested_invalid(api: ir.Api, op: ir.Operation, required: dict[str, Any]) -> Optional[tuple[dict[str, Any], str]]:
    """The required call with one more object in a list param, breaking a bound of its model (a
    string one longer than ``max_length``, a number below ``minimum``), and that value's path
    (``blocks[1].text``): the client must reject it before sending."""
    for f in op.params:
        items = required.get(f.name)
        if not isinstance(f.type, ir.ArrayOf) or not isinstance(items, list) or not items or not isinstance(items[0], dict):
            continue
        item = f.type.items
        if isinstance(item, ir.UnionRef):
            u = api.union(item.name)
            value = items[0].get(u.discriminator, u.default)
            item = ir.ModelRef("declared", (next(v.model for v in u.variants if v.value == value),))
        for g in api.model(item).fields if isinstance(item, ir.ModelRef) else ():
            bad = RepeatedText(g.bounds.max_length + 1) if g.bounds.max_length else g.bounds.minimum - 1 if g.bounds.minimum is not None else None
            if bad is not None:
                return {**required, f.name: [*items, {**items[0], g.name: bad}]}, f"{f.name}[{len(items)}].{g.name}"
    return None


def op_test(api: ir.Api, r: ir.Resource, op: ir.Operation) -> OpTest:
    flag = False if op.streaming and not op.streaming.always else None
    required = request_sample(api, op, all_params=False, stream=flag)
    full = request_sample(api, op, all_params=True, stream=flag)
    stream, events, discriminator = _stream(api, op)
    return OpTest(
        r, op, required, full, stream, events, discriminator, tuple(rule_violations(api, op)),
        tuple(w for w, v in full.items() if isinstance(v, SampleFile) or _is_files(v)),
        tuple(w for w, v in required.items() if isinstance(v, SampleFile)),
        tuple((w, len(v)) for w, v in full.items() if _is_files(v)),
        _open_enum(api, op, required), _invalid(op, required), response_sample(api, op), _pages(api, op),
        _nested_invalid(api, op, required),
    )


def build(api: ir.Api) -> TestPlan:
    ops = tuple(op_test(api, r, op) for r in api.all_resources() for op in r.operations)
    return TestPlan(ops, ops[0], next((t for t in ops if t.stream is not None), None))
