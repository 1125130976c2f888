"""The Go Namer: every identifier of the Go output, decided before rendering.

Style (openai-go's): exported PascalCase built from the spec name's words, with initialisms
upper-cased (``b64_json`` -> ``B64JSON``, ``url`` -> ``URL``, ``gpt-image-1`` -> ``GPTImage1``)
and ``_`` between two number words (``gpt-image-1.5`` -> ``GPTImage1_5``). Inline types are named
by their owner and path (``ImagesResponse.usage`` -> ``ImagesResponseUsage``); enum constants are
the type name plus the value (``ImageModelDallE2``). An identifier that would start with a digit
gets an ``N`` prefix. Collisions: :func:`generator.naming.resolve`; the validate pass reports
clashes left (overrides) with the spec line.
"""

from __future__ import annotations

from ... import ir
from ...errors import SpecError
from ...naming import clashes, resolve, words

LANG = "go"
INITIALISMS = frozenset(
    {"api", "b64", "css", "gpt", "hd", "html", "http", "https", "id", "ip", "jpeg", "jpg", "json", "png", "sse", "sql",
     "svg", "tcp", "tls", "ttl", "ui", "uri", "url", "uuid", "xml", "gif", "dpi"}
)
SPECIAL = {"webp": "WebP", "chatgpt": "ChatGPT", "openai": "OpenAI", "dalle": "DallE"}
# Names the runtime and the generated root package define themselves
PACKAGE_NAMES = frozenset(
    {"Client", "NewClient", "DefaultClientOptions", "Int", "String", "Float", "Bool", "File", "Error",
     "ValidationError", "Opt"}
)
STRUCT_METHODS = frozenset({"RawJSON", "UnmarshalJSON", "MarshalJSON", "AsAny", "String"})


def _word(w: str) -> str:
    if w in SPECIAL:
        return SPECIAL[w]
    if w in INITIALISMS:
        return w.upper()
    if w[:1].isdigit():
        return w
    return w[:1].upper() + w[1:]


def go_suffix(name: str) -> str:
    """The words of a name joined in Go style, as the tail of a longer identifier."""
    out = ""
    for w in words(name):
        part = _word(w)
        if out[-1:].isdigit() and part[:1].isdigit():
            out += "_"
        out += part
    return out or "X"


def go_name(name: str) -> str:
    """A whole exported identifier (``N`` prefix when it would start with a digit)."""
    out = go_suffix(name)
    return "N" + out if out[0].isdigit() else out


class GoNamer:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.errors: list[SpecError] = []
        self.types: dict[tuple[str, ir.Path], str] = {}  # models and enums by (scope, path)
        self.unions: dict[str, str] = {}  # response union -> XUnion
        self.union_params: dict[str, str] = {}  # union used in params -> XUnionParam
        self.methods: dict[tuple[str, str], str] = {}
        self.params_types: dict[tuple[str, str], str] = {}
        self.services: dict[str, str] = {}
        self.service_fields: dict[str, str] = {}
        self.fields: dict[tuple[str, ir.Path, str], str] = {}
        self.param_fields: dict[tuple[str, str, str], str] = {}
        self.consts: dict[tuple[str, ir.Path, str], str] = {}
        self._run()

    def _err(self, loc: ir.Loc, message: str, hint: str) -> None:
        self.errors.append(SpecError(loc.file, loc.line, message, hint))

    @staticmethod
    def _override(names: tuple[tuple[str, str], ...]) -> str | None:
        return dict(names).get(LANG)

    def _check(self, ident: str, loc: ir.Loc, what: str) -> None:
        if not (ident[:1].isupper() and ident.replace("_", "a").isalnum() and ident.isascii()):
            self._err(loc, f"{what}: go name override '{ident}' is not an exported Go identifier", "start with an upper-case letter; use letters, digits, '_'")

    def _run(self) -> None:
        api = self.api
        declared: dict[str, str] = {}
        for e in api.enums:
            if e.scope == "declared":
                declared[e.path[0]] = go_name(e.path[0])
        for m in api.models:
            if m.scope == "declared":
                declared[m.path[0]] = go_name(m.path[0])
        for u in api.unions:
            declared["@union:" + u.name] = go_name(u.name) + "Union"
        for r in api.resources:
            self.services[r.name] = go_name(r.singular) + "Service"
            self.service_fields[r.name] = go_name(r.name)
            for op in r.operations:
                method = self._override(op.names) or go_name(op.name)
                self._check(method, op.loc, f"operation '{op.name}'")
                self.methods[(r.name, op.name)] = method
                declared[f"@params:{r.name}.{op.name}"] = go_name(r.singular) + method + "Params"
        taken = PACKAGE_NAMES | frozenset(self.services.values())
        got = resolve(sorted(declared.items()), taken)
        for key, ident in got.items():
            if key.startswith("@union:"):
                self.unions[key[7:]] = ident
            elif key.startswith("@params:"):
                res_name, op_name = key[8:].split(".", 1)
                self.params_types[(res_name, op_name)] = ident
            else:
                self.types[("declared", (key,))] = ident
        # union accessors (As + the discriminator value), unique per union and apart from its fields
        self.accessors: dict[tuple[str, str], str] = {}
        for u in api.unions:
            field_names = frozenset(go_name(f.name) for v in u.variants for f in api.model(ir.ModelRef("declared", (v.model,))).fields)
            got_acc = resolve([(var.value, "As" + go_suffix(var.value)) for var in u.variants], field_names | {"AsAny", "RawJSON"})
            for var in u.variants:
                self.accessors[(u.name, var.value)] = got_acc[var.value]
        # union params (a union used as a param type)
        for u in api.unions:
            self.union_params[u.name] = self.unions[u.name][: -len("Union")] + "UnionParam"
        # inline types: owner + PascalCase path; all share the package namespace
        inline: dict[str, str] = {}
        for e in api.enums:
            if e.scope != "declared":
                inline["/".join((e.scope,) + e.path)] = self._inline_name(e.scope, e.path)
        for m in api.models:
            if m.scope != "declared":
                inline["/".join((m.scope,) + m.path)] = self._inline_name(m.scope, m.path)
        used = frozenset(got.values()) | taken | frozenset(self.union_params.values())
        got_inline = resolve(sorted(inline.items()), used)
        for e in api.enums:
            if e.scope != "declared":
                self.types[(e.scope, e.path)] = got_inline["/".join((e.scope,) + e.path)]
        for m in api.models:
            if m.scope != "declared":
                self.types[(m.scope, m.path)] = got_inline["/".join((m.scope,) + m.path)]
        for ident, a, b in clashes({**got, **got_inline}):
            self._err(api.enums[0].loc if api.enums else api.models[0].loc, f"'{a}' and '{b}' both become the Go type '{ident}'", "rename one of them")
        # enum constants: type name + value, unique across the package
        const_cands: dict[str, str] = {}
        for e in api.enums:
            tname = self.types[(e.scope, e.path)]
            for v in e.values:
                o = self._override(v.names)
                if o:
                    self._check(o, v.loc, f"enum value '{v.value}'")
                const_cands["/".join((e.scope,) + e.path + (v.value,))] = tname + (o or go_suffix(v.value))
        got_consts = resolve(sorted(const_cands.items()), used | frozenset(got_inline.values()))
        for e in api.enums:
            for v in e.values:
                self.consts[(e.scope, e.path, v.value)] = got_consts["/".join((e.scope,) + e.path + (v.value,))]
        # fields
        for m in api.models:
            self._fields(("model", m.scope, m.path), m.fields)
        for r in api.resources:
            for op in r.operations:
                cands = []
                overrides = {}
                for p in op.params:
                    o = self._override(p.names)
                    if o:
                        self._check(o, p.loc, f"param '{p.name}'")
                        overrides[p.name] = o
                    else:
                        cands.append((p.name, go_name(p.name)))
                got_fields = resolve(cands, frozenset(overrides.values()) | STRUCT_METHODS)
                got_fields.update(overrides)
                for ident, a, b in clashes(got_fields):
                    self._err(op.loc, f"operation '{op.name}': params '{a}' and '{b}' both become the Go field '{ident}'", "change a 'names: {go: ...}' override")
                for wire, ident in got_fields.items():
                    self.param_fields[(r.name, op.name, wire)] = ident
        for r in api.resources:
            ms = {op.name: self.methods[(r.name, op.name)] for op in r.operations}
            ms.update({op.name + "@stream": self.methods[(r.name, op.name)] + "Streaming" for op in r.operations if op.streaming})
            for ident, a, b in clashes(ms):
                op = next(o for o in r.operations if o.name == b.split("@")[0])
                self._err(op.loc, f"operations '{a}' and '{b}' both become the Go method '{ident}'", "give one a 'names: {go: ...}' override")

    def _fields(self, key: tuple[str, str, ir.Path], fields: tuple[ir.Field, ...]) -> None:
        cands = []
        overrides = {}
        for f in fields:
            o = self._override(f.names)
            if o:
                self._check(o, f.loc, f"property '{f.name}'")
                overrides[f.name] = o
            else:
                cands.append((f.name, go_name(f.name)))
        res = resolve(cands, frozenset(overrides.values()) | STRUCT_METHODS)
        res.update(overrides)
        for ident, a, b in clashes(res):
            loc = next(f.loc for f in fields if f.name == b)
            self._err(loc, f"properties '{a}' and '{b}' both become the Go field '{ident}'", "change a 'names: {go: ...}' override")
        for wire, ident in res.items():
            self.fields[(key[1], key[2], wire)] = ident

    def _inline_name(self, scope: str, path: ir.Path) -> str:
        if scope == "params":
            owner = self.params_types[(path[0], path[1])]
            rest = path[2:]
        else:
            owner = self.types[("declared", path[:1])]
            rest = path[1:]
        return owner + "".join(go_suffix(p) for p in rest)

    # lookups
    def type_of(self, scope: str, path: ir.Path) -> str:
        return self.types[(scope, path)]

    def field(self, scope: str, path: ir.Path, wire: str) -> str:
        return self.fields[(scope, path, wire)]
