"""Which top-level resources use each declared type (directly, or through other types): a
language that keeps types beside the resource using them (TypeScript's ``resources/images.ts``,
as openai-node) puts a type used by one resource there and the others in a shared module."""

from __future__ import annotations

from typing import Optional

from .. import ir

TypeKey = tuple[str, str]  # ("enum" | "model" | "union", its spec name)


def declared_key(t: ir.TypeRef) -> Optional[TypeKey]:
    if isinstance(t, (ir.EnumRef, ir.ModelRef)) and t.scope == "declared":
        return ("enum" if isinstance(t, ir.EnumRef) else "model", t.path[0])
    return ("union", t.name) if isinstance(t, ir.UnionRef) else None


def _inner(t: ir.TypeRef) -> list[ir.TypeRef]:
    if isinstance(t, ir.ArrayOf):
        return [t.items]
    if isinstance(t, ir.MapOf):
        return [t.values]
    return list(t.variants) if isinstance(t, ir.OneOf) else []


def _op_types(op: ir.Operation) -> list[ir.TypeRef]:
    found: list[ir.TypeRef] = [p.type for p in op.all_params()] + ([op.response] if op.response else [])
    found += [op.pagination.item] if op.pagination else []
    return found + ([ir.UnionRef(op.streaming.event)] if op.streaming else [])


def _children(api: ir.Api, key: TypeKey) -> list[ir.TypeRef]:
    """The types a declared model (its inline models included) or union refers to."""
    kind, name = key
    if kind == "union":
        return [ir.ModelRef("declared", (v.model,)) for v in api.union(name).variants]
    if kind != "model":
        return []
    models = [m for m in api.models if m.path[0] == name and m.scope in ("declared", "model")]
    return [f.type for m in models for f in m.fields] + [m.additional for m in models if m.additional]


def type_users(api: ir.Api) -> dict[TypeKey, frozenset[str]]:
    """Every declared type -> the names of the top-level resources that use it (empty: none does)."""
    users: dict[TypeKey, set[str]] = {}
    for top in api.resources:
        seen: set[TypeKey] = set()
        todo = [t for r in top.walk() for op in r.operations for t in _op_types(op)]
        while todo:
            t = todo.pop()
            key = declared_key(t)
            if key is not None and key not in seen:
                seen.add(key)
                users.setdefault(key, set()).add(top.name)
                todo.extend(_children(api, key))
            todo.extend(_inner(t))
    keys = [("enum", e.path[0]) for e in api.enums if e.scope == "declared"] + [("model", m.path[0]) for m in api.models if m.scope == "declared"]
    return {k: frozenset(users.get(k, ())) for k in keys + [("union", u.name) for u in api.unions]}
