"""The shared naming walk: every identifier and output path of every language, decided once.

quicktype's design: this module walks the IR once and owns the collision rule
(:func:`generator.naming.resolve`) and the validate pass; a language supplies only a
:class:`Style` (case styles, reserved words, and which names share a scope). Names are claimed in
passes, because some are built from others (a Go enum constant from its type's name, a params
type from its method's name); a scope keeps every identifier it gave out, so a later pass never
reuses one. What is left after the rule (two ``names:`` overrides asking for the same identifier,
an override that is not a valid identifier) is a spec error naming both spec lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol

from .. import ir
from ..errors import SpecError
from ..naming import resolve
from .tables import request_types

Key = tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    key: Key  # what is named, e.g. ("type", "ImageModel") or ("param", "images", "generate", "n")
    candidate: str  # the identifier the style made of the spec name
    what: str  # the spec thing, for errors: "param 'n' of 'generate'"
    loc: ir.Loc
    override: str = ""  # a ``names: {<lang>: ...}`` override: kept as written


class Style(Protocol):
    """What a language says about names. Every method is pure; the walk decides the order."""

    lang: str  # as in ``names: {<lang>: ...}``
    label: str  # for messages: "Python", "Go"

    def valid(self, kind: str, ident: str) -> bool: ...
    def reserved(self, scope: Key) -> frozenset[str]: ...
    def visible(self, scope: Key) -> list[Key]: ...  # other scopes whose names this one must avoid
    def scope(self, kind: str, key: Key) -> Key: ...
    def type_name(self, kind: str, name: str) -> str: ...  # kind: enum, model, union, union_param
    def params_type(self, singular: str, method: str) -> str: ...  # singular: resource_chain's last (Python) or all (Go)
    def nested(self, owner: str, rest: tuple[str, ...]) -> str: ...
    def method(self, op: str) -> str: ...
    def method_variants(self, method: str, streaming: bool, paginated: bool = False) -> list[str]: ...
    def field(self, wire: str) -> str: ...
    def param(self, wire: str) -> str: ...
    def const(self, type_ident: str, value: str, override: str) -> Optional[str]: ...
    def accessor(self, value: str) -> Optional[str]: ...
    def resource_attr(self, name: str) -> str: ...
    def resource_class(self, name: str, singular: str) -> str: ...  # name: the leaf; singular: see resource_chain
    def resource_chain(self, singulars: tuple[str, ...]) -> str: ...  # a sub-resource's parents' singulars and its own
    def param_type(self, type_ident: str) -> str: ...  # a request model's param type, from its response type's name
    def option(self, name: str) -> str: ...
    def files(self, names: "Names") -> list[tuple[Key, str]]: ...  # (key, path stem) for output files


class BaseStyle:
    """Defaults a language's style may keep: each kind of name in a scope of its own (a model's
    fields, an operation's params, a resource's methods, an owner's inline types), ``shared``
    folding kinds into one namespace (``{"type": "package"}``), ``reserved`` words by scope name,
    no method variants, no enum constants or union accessors."""

    lang = ""
    label = ""
    shared: Mapping[str, str] = {}
    reserved_words: Mapping[str, frozenset[str]] = {}
    sees: Mapping[str, tuple[str, ...]] = {}

    def scope(self, kind: str, key: Key) -> Key:
        if kind in self.shared:
            return (self.shared[kind],)
        if kind == "nested":  # ("type", scope, *path): an inline type's owner is a model or an operation
            if key[1] == "param":  # ("type", "param", scope, *path): beside the model's own inline types
                key = key[:1] + key[2:]
            return ("nested", *key[2:4]) if key[1] == "params" else ("nested", key[2])
        if kind == "resource":  # a sub-resource is an attribute beside its parent's methods
            parent = key[1].rpartition(".")[0]
            return ("method", parent) if parent else ("resource",)
        if kind in ("method", "accessor"):
            return (kind, key[1])
        if kind in ("field", "param"):
            return (kind, *key[1 : key.index("\0") if "\0" in key else -1])
        return (kind,)

    def reserved(self, scope: Key) -> frozenset[str]:
        return self.reserved_words.get(scope[0], frozenset())

    def visible(self, scope: Key) -> list[Key]:
        return [(s,) for s in self.sees.get(scope[0], ())]

    def method_variants(self, method: str, streaming: bool, paginated: bool = False) -> list[str]:
        return []

    def const(self, type_ident: str, value: str, override: str) -> str:
        return ""

    def accessor(self, value: str) -> str:
        return ""

    def resource_chain(self, singulars: tuple[str, ...]) -> str:
        return singulars[-1]

    def param_type(self, type_ident: str) -> str:
        return type_ident + "Param"


@dataclass
class Names:
    """Every identifier of one language, by what it names. Lookups raise KeyError on a bug."""

    style: Optional[Style]  # None for a target with no identifiers (OpenAPI)
    api: ir.Api
    ids: dict[Key, str] = field(default_factory=dict)
    errors: list[SpecError] = field(default_factory=list)

    def __getitem__(self, key: Key) -> str:
        return self.ids[key]

    def get(self, key: Key) -> Optional[str]:
        return self.ids.get(key)

    def type(self, scope: str, path: ir.Path) -> str:
        return self.ids[("type", scope, *path)]

    def union(self, name: str) -> str:
        return self.ids[("type", "union", name)]

    def field(self, scope: str, path: ir.Path, wire: str) -> str:
        return self.ids[("field", scope, *path, "\0", wire)]

    def param(self, op: ir.Operation, wire: str) -> str:
        return self.ids[("param", op.resource, op.name, wire)]

    def method(self, op: ir.Operation) -> str:
        return self.ids[("method", op.resource, op.name)]

    def params_type(self, op: ir.Operation) -> str:
        return self.ids[("params", op.resource, op.name)]

    def param_type(self, ref: ir.ModelRef) -> str:
        """The param type (a TypedDict, a Go params struct) of a model a request contains."""
        return self.ids[("type", "param", ref.scope, *ref.path)]

    def file(self, *key: str) -> str:
        return self.ids[("file", *key)]


class _Scopes:
    def __init__(self, names: Names, style: Style) -> None:
        self.names = names
        self.style = style
        self.used: dict[Key, dict[str, Claim]] = {}  # scope -> identifier -> who has it
        self.extra: dict[Key, frozenset[str]] = {}  # scope -> identifiers it must avoid besides its own

    def assign(self, claims: list[tuple[Key, Claim]]) -> None:
        by_scope: dict[Key, list[Claim]] = {}
        for scope, claim in claims:
            by_scope.setdefault(scope, []).append(claim)
        style = self.style
        for scope in sorted(by_scope):
            group = by_scope[scope]
            used = self.used.setdefault(scope, {})
            overrides = {c.key: c.override for c in group if c.override}
            seen = frozenset(i for other in style.visible(scope) for i in self.used.get(other, {})) | self.extra.get(scope, frozenset())
            taken = style.reserved(scope) | frozenset(used) | seen | frozenset(overrides.values())
            plain = [c for c in group if not c.override]
            got = resolve([("\0".join(c.key), c.candidate) for c in plain], taken, {"\0".join(c.key): c.key[-1] for c in plain})
            for claim in sorted(group, key=lambda c: c.key):
                ident = claim.override or got["\0".join(claim.key)]
                if not style.valid(claim.key[0], ident):
                    self._err(claim, f"{claim.what}: '{ident}' is not a valid {style.label} identifier", f"change its 'names: {{{style.lang}: ...}}' override")
                other = used.get(ident)
                if other is not None or (claim.override and ident in style.reserved(scope)):
                    by = f"{other.what} (line {other.loc.line})" if other else f"a name {style.label} code already uses"
                    self._err(claim, f"{claim.what} and {by} both become the {style.label} name '{ident}'", f"change a 'names: {{{style.lang}: ...}}' override or rename one of them")
                    continue
                used[ident] = claim
                self.names.ids[claim.key] = ident

    def _err(self, claim: Claim, message: str, hint: str) -> None:
        self.names.errors.append(SpecError(claim.loc.file, claim.loc.line, message, hint))


def _override(names: tuple[tuple[str, str], ...], lang: str) -> str:
    return dict(names).get(lang, "")


def name_api(api: ir.Api, style: Style) -> Names:
    """Walk the IR once and name everything for ``style``'s language."""
    names = Names(style, api)
    scopes = _Scopes(names, style)
    lang = style.lang
    sc = style.scope

    def claim(kind: str, key: Key, candidate: str, what: str, loc: ir.Loc, override: str = "") -> tuple[Key, Claim]:
        return sc(kind, key), Claim(key, candidate, what, loc, override)

    # 1. methods (params types are named after them), resources and their classes
    resources = api.all_resources()
    res_loc = {r.name: r.loc for r in resources}
    batch = []
    for r in resources:
        batch.append(claim("resource", ("resource", r.name), style.resource_attr(r.leaf), f"resource '{r.name}'", res_loc[r.name]))
        for op in r.operations:
            what = f"operation '{op.name}' of '{r.name}'"
            batch.append(claim("method", ("method", r.name, op.name), style.method(op.name), what, op.loc, _override(op.names, lang)))
    scopes.assign(batch)
    batch = []
    for r in resources:
        for op in r.operations:
            base = names.method(op)
            for i, variant in enumerate(style.method_variants(base, op.streaming is not None and not op.streaming.always, op.pagination is not None)):  # e.g. Go's XStreaming
                batch.append(claim("method", ("method+", r.name, op.name, str(i)), variant, f"operation '{op.name}' of '{r.name}'", op.loc, variant))
    scopes.assign(batch)
    # 2. declared types, params types and resource classes
    by_name = {r.name: r for r in resources}
    singular = {r.name: style.resource_chain(tuple(by_name[".".join(r.name.split(".")[: i + 1])].singular for i in range(r.name.count(".") + 1)))
                for r in resources}
    batch = []
    for r in resources:
        batch.append(claim("resource_class", ("resource_class", r.name), style.resource_class(r.leaf, singular[r.name]), f"resource '{r.name}'", res_loc[r.name]))
    for e in api.enums:
        if e.scope == "declared":
            batch.append(claim("type", ("type", "declared", *e.path), style.type_name("enum", e.path[0]), f"enum '{e.path[0]}'", e.loc))
    for m in api.models:
        if m.scope == "declared":
            batch.append(claim("type", ("type", "declared", *m.path), style.type_name("model", m.path[0]), f"model '{m.path[0]}'", m.loc))
    request_models, request_unions = request_types(api)
    in_requests = {u.name for u in request_unions}
    for u in api.unions:
        batch.append(claim("type", ("type", "union", u.name), style.type_name("union", u.name), f"union '{u.name}'", u.loc))
        param_union = style.type_name("union_param", u.name) if u.name in in_requests else ""
        if param_union:
            batch.append(claim("type", ("type", "union_param", u.name), param_union, f"union '{u.name}'", u.loc))
    for op in api.operations():
        batch.append(claim("type", ("params", op.resource, op.name), style.params_type(singular[op.resource], names.method(op)), f"the params of '{op.name}'", op.loc))
    scopes.assign(batch)
    # 3. inline types, named after their owner
    batch, owned_fields, referenced = [], _owned_fields(api), {}
    for scope_name, path, loc, kind in [(e.scope, e.path, e.loc, "enum") for e in api.enums] + [(m.scope, m.path, m.loc, "model") for m in api.models]:
        if scope_name == "declared":
            continue
        owner, rest = ((names[("params", path[0], path[1])], path[2:]) if scope_name == "params" else (names.type("declared", path[:1]), path[1:]))
        key: Key = ("type", scope_name, *path)
        batch.append(claim("nested", key, style.nested(owner, rest), f"inline {kind} '{'.'.join(path)}'", loc))
        # an inline type must not shadow its owner, nor a declared type its owner refers to
        owner_key = ("params", path[:2]) if scope_name == "params" else ("model", path[:1])
        if owner_key not in referenced:
            referenced[owner_key] = _referenced(names, owned_fields.get(owner_key, []))
        scopes.extra[batch[-1][0]] = frozenset({owner}) | referenced[owner_key]
    scopes.assign(batch)
    # 3b. the param types of the models a request contains (inline params objects are params already)
    batch = []
    for m in request_models:
        if m.scope != "params":
            key = ("type", "param", m.scope, *m.path)
            batch.append(claim("type" if m.scope == "declared" else "nested", key, style.param_type(names.type(m.scope, m.path)),
                               f"the param type of model '{'.'.join(m.path)}'", m.loc))
    scopes.assign(batch)
    # 4. enum constants, union accessors, fields, params, client options
    batch = []
    for e in api.enums:
        tname = names.type(e.scope, e.path)
        for v in e.values:
            const = style.const(tname, v.value, _override(v.names, lang))
            if const:
                batch.append(claim("const", ("const", e.scope, *e.path, "\0", v.value), const, f"enum value '{v.value}'", v.loc))
    for u in api.unions:
        for var in u.variants:
            acc = style.accessor(var.value)
            if acc:
                batch.append(claim("accessor", ("accessor", u.name, var.value), acc, f"variant '{var.value}' of union '{u.name}'", u.loc))
    for m in api.models:
        for f in m.fields:
            batch.append(claim("field", ("field", m.scope, *m.path, "\0", f.name), style.field(f.name), f"property '{f.name}' of '{'.'.join(m.path)}'", f.loc, _override(f.names, lang)))
    for op in api.operations():
        for p in op.all_params():
            batch.append(claim("param", ("param", op.resource, op.name, p.name), style.param(p.name), f"param '{p.name}' of '{op.name}'", p.loc, _override(p.names, lang)))
    c = api.client
    for opt, loc in [(c.auth_option, c.loc)] + [(x.option, x.loc) for x in c.extra_auth] + [(h.option, h.loc) for h in c.headers]:
        batch.append(claim("option", ("option", opt), style.option(opt), f"client option '{opt}'", loc))
    scopes.assign(batch)
    # 5. output files
    locs = _file_locs(api)
    files = style.files(names)
    scopes.assign([claim("file", ("file", *k), stem, f"the output file of {k[0]} '{'.'.join(k[1:])}'", locs[k]) for k, stem in files])
    return names



def _owned_fields(api: ir.Api) -> dict[tuple[str, ir.Path], list[ir.Field]]:
    """Every field by its owner: ("model", (declared name,)) or ("params", (resource, operation)),
    the fields of the owner's inline types included."""
    out: dict[tuple[str, ir.Path], list[ir.Field]] = {}
    for op in api.operations():
        out.setdefault(("params", (op.resource, op.name)), []).extend(op.params)
    for m in api.models:
        out.setdefault(("params", m.path[:2]) if m.scope == "params" else ("model", m.path[:1]), []).extend(m.fields)
    return out


def _referenced(names: Names, fields: list[ir.Field]) -> frozenset[str]:
    """The identifiers of the declared types these fields refer to."""
    out: set[str] = set()
    todo = [f.type for f in fields]
    while todo:
        t = todo.pop()
        if isinstance(t, (ir.ArrayOf, ir.OneOf)):
            todo.extend([t.items] if isinstance(t, ir.ArrayOf) else t.variants)
        elif isinstance(t, (ir.ModelRef, ir.EnumRef)) and t.scope == "declared":
            out.add(names.type("declared", t.path))
        elif isinstance(t, ir.UnionRef):
            out.add(names.union(t.name))
    return frozenset(out)


def _file_locs(api: ir.Api) -> dict[Key, ir.Loc]:
    """The spec line of what each output file can be made from: a type, a resource, an operation."""
    out: dict[Key, ir.Loc] = {("type", u.name): u.loc for u in api.unions}
    out.update({("type", *e.path): e.loc for e in api.enums if e.scope == "declared"})
    out.update({("type", *m.path): m.loc for m in api.models if m.scope == "declared"})
    out.update({("resource", r.name): r.loc for r in api.all_resources()})
    out.update({("params", op.resource, op.name): op.loc for op in api.operations()})
    models, unions = request_types(api)
    out.update({("param", m.path[0]): m.loc for m in models if m.scope == "declared"})
    out.update({("param", u.name): u.loc for u in unions})
    return out
