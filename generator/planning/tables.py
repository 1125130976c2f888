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


def field_table(api: ir.Api, t: ir.TypeRef, b: ir.Bounds, required: bool, nullable: bool) -> dict[str, Any]:
    """What the runtime checks of one value: its kinds, enum, bounds (and those of array items)."""
    kinds: list[str] = []
    spec: dict[str, Any] = {}
    for v in list(t.variants) if isinstance(t, ir.OneOf) else [t]:
        if isinstance(v, ir.Primitive):
            kinds.append(v.kind)
        elif isinstance(v, ir.ArrayOf):
            kinds.append("array")
            spec["items"] = field_table(api, v.items, ir.Bounds(), False, False)
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
    out = field_table(api, p.type, p.bounds, p.required, p.nullable)
    if p.location != "body":
        out["in"] = p.location
    if p.header:
        out["header"] = p.header
    if p.style == "comma":
        out["style"] = "comma"
    return out


def operation_table(api: ir.Api, op: ir.Operation) -> dict[str, Any]:
    fields = {p.name: _param_table(api, p) for p in op.params}
    if op.streaming:
        fields[op.streaming.param] = _param_table(api, op.streaming.field)
    return {
        "method": op.method,
        "path": op.path,
        "body": op.body,
        "stream_param": op.streaming.param if op.streaming else "",
        "fields": fields,
        "rules": [rule_table(api, rule) for rule in op.rules],
    }


def operations_json(api: ir.Api, notice: str) -> str:
    """Every operation's table as one JSON document, one operation a line (diffs stay per operation).

    JSON escapes every spec string, so the file is safe to embed in any language."""
    ops: dict[str, Any] = {"_generated": notice}
    for op in api.operations():
        ops[operation_key(op)] = operation_table(api, op)
    body = ",\n".join(f"{json.dumps(k)}: {json.dumps(ops[k], sort_keys=True, ensure_ascii=False)}" for k in sorted(ops))
    return "{\n" + body + "\n}\n"
