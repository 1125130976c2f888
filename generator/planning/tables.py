"""Validation tables: each operation's params and rules as language-neutral data.

Built once from the IR; every SDK embeds the same JSON (``operations_json``) and one hand-written
engine per language reads it, so no emitter prints validation code or re-derives the rules.
"""

from __future__ import annotations

import json
from typing import Any

from .. import ir


def _bounds(b: ir.Bounds) -> dict[str, Any]:
    return {k: v for k, v in vars(b).items() if v is not None}


def model_key(ref: ir.ModelRef) -> str:
    """A model's name in the tables: a declared model's name, else ``<scope>:<path/joined>``."""
    return ref.path[0] if ref.scope == "declared" else f"{ref.scope}:{'/'.join(ref.path)}"


def field_table(api: ir.Api, t: ir.TypeRef, b: ir.Bounds, required: bool, nullable: bool, pattern: str = "") -> dict[str, Any]:
    """What the runtime checks of one value: its kinds, enum, bounds, pattern, format, the items of
    an array, the values of a map, and the model (``model``) or union (``union``) of an object."""
    kinds: list[str] = []
    spec: dict[str, Any] = {}
    for v in list(t.variants) if isinstance(t, ir.OneOf) else [t]:
        if isinstance(v, ir.Primitive):
            kinds.append(v.kind)
            if v.format:
                spec["format"] = v.format
        elif isinstance(v, ir.ArrayOf):
            kinds.append("array")
            spec["items"] = field_table(api, v.items, ir.Bounds(), False, False)
        elif isinstance(v, ir.MapOf):
            kinds.append("map")
            spec["values"] = field_table(api, v.values, ir.Bounds(), False, False)
        elif isinstance(v, ir.ModelRef):
            kinds.append("object")
            spec["model"] = model_key(v)
        elif isinstance(v, ir.UnionRef):
            kinds.append("object")
            spec["union"] = v.name
        elif isinstance(v, ir.EnumRef):
            e = api.enum(v)
            kinds.append("string")
            spec["enum"] = [x.value for x in e.values]
            if e.open:
                spec["open"] = True
        elif isinstance(v, ir.Const):
            kinds.append("string")
            spec["enum"] = [v.value]
        else:
            kinds.append("object")
    spec["kinds"] = kinds
    if required:
        spec["required"] = True
    if nullable:
        spec["nullable"] = True
    if pattern:
        spec["pattern"] = pattern
    spec.update(_bounds(b))
    return spec


def rule_table(api: ir.Api, rule: ir.Rule) -> dict[str, Any]:
    sets = {s.name: s for s in api.value_sets}
    when = [
        {"param": c.param, "values": list(c.values), "negate": c.negate, "label": sets[c.set_name].description if c.set_name in sets else ""}
        for c in rule.when
    ]
    then = []
    for ch in rule.then:
        check: dict[str, Any] = {"param": ch.param}
        if ch.forbidden:
            check["forbidden"] = True
        if ch.allowed is not None:
            check["allowed"] = list(ch.allowed)
        if ch.disallowed is not None:
            check["disallowed"] = list(ch.disallowed)
        check.update(_bounds(ch.bounds))
        if ch.dimensions is not None:
            check["dimensions"] = {k: v for k, v in vars(ch.dimensions).items() if v is not None}
        then.append(check)
    return {"id": rule.id, "message": rule.message, "when": when, "then": then}


def operation_key(op: ir.Operation) -> str:
    """The operation's name in the tables (``resource.operation``), the same in every language."""
    return f"{op.resource}.{op.name}"


def _param_table(api: ir.Api, p: ir.Field) -> dict[str, Any]:
    """A param's checks and, outside the body, where it goes: ``in`` (path, query, header), the
    header's name, and ``style: comma`` for a list joined with commas."""
    out = field_table(api, p.type, p.bounds, p.required, p.nullable, p.pattern)
    if p.location != "body":
        out["in"] = p.location
    if p.header:
        out["header"] = p.header
    if p.style == "comma":
        out["style"] = "comma"
    return out


def _cursor(c: ir.Cursor | None) -> dict[str, str] | None:
    return None if c is None else {k: v for k, v in (("param", c.param), ("from", c.from_field), ("item", c.item_field)) if v}


def pagination_table(p: ir.Pagination) -> dict[str, Any]:
    """How the runtime pages: ``style``, the ``items`` field, ``has_more``, and ``after`` /
    ``before`` (cursor: ``param``, ``from`` a page field or ``item`` a field of the last / first
    item) or ``param`` / ``total`` (page and offset)."""
    out: dict[str, Any] = {"style": p.style, "items": p.items}
    if p.has_more:
        out["has_more"] = p.has_more
    for key, c in (("after", p.after), ("before", p.before)):
        if c is not None:
            out[key] = _cursor(c)
    if p.counter is not None:
        out["param"] = p.counter.param
        if p.counter.total:
            out["total"] = p.counter.total
    return out


def operation_table(api: ir.Api, op: ir.Operation) -> dict[str, Any]:
    fields = {p.name: _param_table(api, p) for p in op.all_params()}
    out: dict[str, Any] = {
        "method": op.method,
        "path": op.path,
        "body": op.body,
        "response": op.response_format,
        "stream_param": op.streaming.param if op.streaming else "",
        "fields": fields,
        "rules": [rule_table(api, rule) for rule in op.rules],
    }
    if op.streaming:
        s = op.streaming
        out["stream"] = {"always": s.always, "keepalive": list(s.keepalive), "error_event": s.error_event, "done": s.done,
                         "discriminator": api.union(s.event).discriminator}
    if op.pagination:
        out["pagination"] = pagination_table(op.pagination)
    if op.auth != tuple(c.option for c in api.client.credentials[:1]):  # not client.auth's credential alone
        out["auth"] = list(op.auth)
    return out


def request_types(api: ir.Api) -> tuple[list[ir.Model], list[ir.UnionType]]:
    """The models and unions a request can contain (reachable from some operation's params), in
    the IR's order: each gets a param type, and its fields are checked like params."""
    models: dict[ir.ModelRef, None] = {}
    unions: dict[str, None] = {}

    def visit(t: ir.TypeRef) -> None:
        if isinstance(t, (ir.ArrayOf,)):
            visit(t.items)
        elif isinstance(t, ir.MapOf):
            visit(t.values)
        elif isinstance(t, ir.OneOf):
            for v in t.variants:
                visit(v)
        elif isinstance(t, ir.ModelRef) and t not in models:
            models[t] = None
            m = api.model(t)
            for f in m.fields:
                visit(f.type)
            if m.additional is not None:
                visit(m.additional)
        elif isinstance(t, ir.UnionRef) and t.name not in unions:
            unions[t.name] = None
            for variant in api.union(t.name).variants:
                visit(ir.ModelRef("declared", (variant.model,)))

    for op in api.operations():
        for p in op.params:
            visit(p.type)
    return [m for m in api.models if m.ref in models], [u for u in api.unions if u.name in unions]


def model_table(api: ir.Api, m: ir.Model) -> dict[str, Any]:
    out: dict[str, Any] = {"fields": {f.name: field_table(api, f.type, f.bounds, f.required, f.nullable, f.pattern) for f in m.fields}}
    if m.additional is not None:
        out["additional"] = field_table(api, m.additional, ir.Bounds(), False, False)
    return out


def union_table(api: ir.Api, u: ir.UnionType) -> dict[str, Any]:
    out: dict[str, Any] = {"discriminator": u.discriminator, "variants": {v.value: v.model for v in u.variants}}
    if u.default:
        out["default"] = u.default
    return out


def operations_json(api: ir.Api, notice: str) -> str:
    """Every operation's table as one JSON document, one field a line (a one-param change is a one-line diff).
    ``_models`` and ``_unions`` hold the checks of the models and unions inside requests.

    JSON escapes every spec string, so the file is safe to embed in any language."""
    ops: dict[str, Any] = {"_generated": notice}
    models, unions = request_types(api)
    if models:
        ops["_models"] = {model_key(m.ref): model_table(api, m) for m in models}
    if unions:
        ops["_unions"] = {u.name: union_table(api, u) for u in unions}
    for op in api.operations():
        ops[operation_key(op)] = operation_table(api, op)
    return json.dumps(ops, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
