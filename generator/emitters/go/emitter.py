"""IR + plan -> Go views -> files (generated/go): a stdlib-only module shaped like openai-go.

Names come from the shared walk (style.py); validation tables are the plan's JSON, embedded by
the package. A Go type is a :class:`~generator.emitters.base.TypeExpr` carrying its imports, so
each file's import block is the union of what its types use. Views are plain namespaces, each
built by one method below; spec text reaches them through :mod:`generator.escape` only.
"""

from __future__ import annotations

import base64
import json
from functools import partial
from types import SimpleNamespace as View
from typing import Any, Callable, Iterable, Mapping, Optional
from urllib.parse import urlsplit

from ... import ir
from ...errors import SpecError
from ...escape import go_comment, go_str, go_tag_name, md_text
from ...formatcache import Formatter, gofmt
from ...naming import resolve
from ...parallel import Rendered
from ...planning import Names, Plan, RepeatedText, SampleFile
from ...planning.testplan import OpTest, wire
from .. import base
from ..base import TypeExpr as T
from .style import NOT_PACKAGES, GoStyle

GOFMT = gofmt("the Go target needs the Go toolchain (https://go.dev/dl)")
PACKAGE_KEYS = {  # required keys of packages.go: (pattern, what a valid value is)
    "module": (r"[A-Za-z0-9][A-Za-z0-9._~/-]*", "a Go module path (letters, digits and . _ ~ / -)"),
    "package": (rf"(?!(?:{'|'.join(sorted(NOT_PACKAGES))})$)[a-z][a-z0-9]*", "a Go package name, not a name Go or the SDK uses"),
}
SCALARS = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool", "any": "any"}
FORMATS = {"date-time": T("time.Time", frozenset({"time"})), "date": T("date.Date", frozenset({"@/packages/date"}))}
HELPERS = {"string": "String", "integer": "Int", "number": "Float", "boolean": "Bool"}  # openai.Int(2), ...
JSON = frozenset({"encoding/json"})
# a method's result by kind: (return type, the runtime call; {t} the response type, {i} a page's item type)
RESULTS = {
    "json": (T("(*{t}, error)"), "requestconfig.ExecuteValue[*{t}]"), "array": (T("([]{t}, error)"), "requestconfig.ExecuteValue[[]{t}]"),
    "text": (T("(string, error)"), "requestconfig.ExecuteText"), "none": (T("error"), "requestconfig.ExecuteNone"),
    "binary": (T("(*http.Response, error)", frozenset({"net/http"})), "requestconfig.ExecuteBinary"),
    "jsonl": (T("*jsonl.Stream[{t}]", frozenset({"@/packages/jsonl"})), "requestconfig.ExecuteJSONL[{t}]"),
    "stream": (T("*ssestream.Stream[{t}]", frozenset({"@/packages/ssestream"})), "requestconfig.ExecuteStream[{t}]"),
    "page": (T("(*pagination.Page[{i}, {t}], error)", frozenset({"@/packages/pagination"})), "pagination.List[{i}, {t}]"),
}
LAZY = "The response is read as it arrives: for stream.Next() { stream.Current() }, then stream.Err()."
NOTES = {"page": "It returns the first page; page.GetNextPage() fetches the next one, AUTO every item.", "stream": LAZY, "jsonl": LAZY,
         "binary": "The response's body is not read here: read it, then close it."}
q = go_str  # every spec string in Go code goes through the escaper
doc = partial(base.wrap_doc, escape=go_comment)


def constant_names(api: ir.Api, style: GoStyle) -> tuple[dict[str, str], list[SpecError]]:  # value -> its type in shared/constant
    values, stack = dict[str, ir.Loc](), [(f.type, f.loc) for f in [f for m in api.models for f in m.fields] + [p for op in api.operations() for p in op.all_params()]]
    while stack:  # every ir.Const, in arrays, maps and one_ofs too
        t, loc = stack.pop()
        values.setdefault(t.value, loc) if isinstance(t, ir.Const) else stack.extend((x, loc) for x in getattr(t, "variants", [getattr(t, "items", getattr(t, "values", None))]) if x)
    names = resolve([(v, style.constant(v)) for v in sorted(values)], frozenset({"Constant", "ValueOf"}))  # the collision rule: FooBar, FooBar_2
    return names, [SpecError(values[v].file, values[v].line, f"the constant {json.dumps(v)} makes no Go name ('constant.{n}')", "change the value")
                   for v, n in sorted(names.items()) if not style.valid("constant", n)]


class GoEmitter(base.EmitterBase):
    name = "go"
    package_keys = PACKAGE_KEYS

    def style(self, api: ir.Api) -> GoStyle:
        return GoStyle(api)

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        hint = "use letters, digits, spaces and !#$%&()*+-./:;<=>?@[]^_{|}~"
        fields = [f for m in api.models for f in m.fields] + [p for op in api.operations() for p in op.params]
        return super().check(api, names) + [SpecError(f.loc.file, f.loc.line, f"'{f.name}' cannot be a JSON name in a Go struct tag", hint)
                                            for f in fields if go_tag_name(f.name) is None] + constant_names(api, GoStyle(api))[1]

    formatters = ("gofmt",)

    def formatter(self, name: str) -> Formatter:
        return GOFMT

    def emit(self, plan: Plan, names: Names) -> Mapping[str, Rendered]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        self.plan, self.api, self.n, self.s = plan, plan.api, names, GoStyle(plan.api)
        self.module, self.package = self.api.package("go")["module"], self.api.package("go")["package"]
        self.header = base.header_lines(self.api)
        self.consts = constant_names(self.api, self.s)[0]  # value -> its type in package shared/constant
        self.env = base.environment("go")
        self.env.filters.update(q=lambda text: go_str(text)[1:-1], md=md_text, comment=go_comment)  # q: the inside of a "..." literal
        c = self.api.client
        self.env.globals["retry_header"] = dict(c.platform_headers).get("retry_count", "X-Retry-Count").lower()
        self.env.globals["keys"] = self.keys = [View(name=self.n[("option", x.option)], option=x.option, env=x.env, scheme=x.scheme, header=x.header,
                                         prefix=x.prefix) for x in c.extra_auth]  # the credentials beside WithAPIKey's

    def render(self, template: str, **kw: Any) -> Rendered:  # rendered on every core (generator.parallel)
        return partial(self.env.get_template(template).render, header=self.header, package=self.package, module=self.module, **kw)

    def import_lines(self, types: Iterable[T], *extra: str) -> list[str]:
        """An import block: the standard library, a blank line, the module's own packages ("@/x")."""
        paths = {p for t in types for p in t.imports} | set(extra)
        std = sorted(q(p) for p in paths if not p.startswith("@/"))
        own = sorted(q(self.module + p[1:]) for p in paths if p.startswith("@/"))
        return std + ([""] if std and own else []) + own

    # ------------------------------------------------------------ types
    def go_type(self, t: ir.TypeRef, param: bool, pkg: str = "") -> T:
        """A value's Go type in a response (``param`` False) or in a params struct (no optionality); ``pkg``
        qualifies the package's own types (``"openai."`` in the external test package)."""
        if isinstance(t, ir.Primitive):
            return T("io.Reader", frozenset({"io"})) if t.kind == "file" and param else FORMATS.get(t.format) or T(SCALARS.get(t.kind, "string"))
        if isinstance(t, (ir.ArrayOf, ir.MapOf)):
            inner = t.items if isinstance(t, ir.ArrayOf) else t.values
            return self.go_type(inner, param, pkg).wrap("[]{}" if isinstance(t, ir.ArrayOf) else "map[string]{}")
        if isinstance(t, ir.ModelRef) and param and t.scope != "params":
            return T(pkg + self.n.param_type(t))
        if isinstance(t, (ir.EnumRef, ir.ModelRef)):
            return T(pkg + self.n.type(t.scope, t.path))
        if isinstance(t, ir.UnionRef):
            return T(pkg + (self.n[("type", "union_param", t.name)] if param else self.n.union(t.name)))
        if isinstance(t, ir.Const) or param:  # (an untagged one_of param has a union type of its own: param_type)
            return T("constant." + self.consts[t.value], frozenset({"@/shared/constant"})) if isinstance(t, ir.Const) else T("string")
        return T("json.RawMessage", JSON)  # an untagged one_of in a response: the generator does not guess

    def param_type(self, owner: str, fname: str, f: ir.Field) -> T:
        t = f.type
        if isinstance(t, ir.OneOf):
            return T(owner + fname + "Union")
        if isinstance(t, ir.Primitive) and t.kind in HELPERS and not f.required:
            return self.go_type(t, True).wrap("param.Opt[{}]", "@/packages/param")
        return self.go_type(t, True).wrap("*{}" if isinstance(t, ir.ModelRef) and not f.required else "{}")  # nil: omitted

    def variant(self, t: ir.TypeRef) -> tuple[str, T]:
        """A one_of variant's field name suffix and type."""
        gt = self.go_type(t, True)
        if isinstance(t, ir.Primitive):
            return {"file": "File", "any": "Any"}.get(t.kind) or HELPERS[t.kind], gt
        if isinstance(t, ir.ArrayOf):
            return self.variant(t.items)[0] + "Array", gt
        return self.n.type(t.scope, t.path) if isinstance(t, ir.ModelRef) else gt.text, gt.wrap("*{}") if isinstance(t, ir.ModelRef) else gt

    # ------------------------------------------------------------ views
    def field(self, name: str, t: T, f: ir.Field, omit: bool, **kw: Any) -> View:
        return View(name=name, type=t, tag=f'`json:"{go_tag_name(f.name)}{",omitzero" if omit else ""}"`', doc=doc(f.description), **kw)

    def response_type(self, owner: tuple[str, ...], f: ir.Field) -> T:
        """A response field's type; a pointer where the field links back to its owner (a recursive type)."""
        return self.go_type(f.type, False).wrap("*{}" if (owner, f.name) in self.plan.recursive_links else "{}")

    def struct(self, m: ir.Model) -> View:
        fields = [self.field(self.n.field(m.scope, m.path, f.name), self.response_type(("model", m.scope, *m.path), f), f, not f.required) for f in m.fields]
        extra = self.go_type(m.additional, False).wrap("map[string]{}") if m.additional else None
        return View(name=self.n.type(m.scope, m.path), doc=doc(m.description), fields=fields, extra=extra)

    def enum(self, e: ir.Enum) -> View:
        consts = [(self.n[("const", e.scope, *e.path, "\0", v.value)], q(v.value)) for v in e.values]
        return View(name=self.n.type(e.scope, e.path), doc=doc(" ".join(x for x in (e.description, "Other values are accepted too (an open enum)." if e.open else "") if x)), alias=e.scope == "declared" and e.open, consts=consts)

    def union(self, u: ir.UnionType) -> View:
        """One flattened struct with the fields of every variant; where they disagree, a string or raw JSON."""
        by_wire: dict[str, list[tuple[ir.Model, ir.Field]]] = {}
        for m in (self.api.model(ir.ModelRef("declared", (v.model,))) for v in u.variants):
            for f in m.fields:
                by_wire.setdefault(f.name, []).append((m, f))
        fields = []
        for wname, entries in sorted(by_wire.items()):
            types = {self.response_type(("union", u.name), f) for _, f in entries}
            strings = all(isinstance(f.type, (ir.EnumRef, ir.Const)) or f.type == ir.Primitive("string") for _, f in entries)
            gtype = types.pop() if len(types) == 1 else T("string") if strings else T("json.RawMessage", JSON)
            m, f = entries[0]
            fields.append(self.field(self.n.field(m.scope, m.path, wname), T("string") if wname == u.discriminator else gtype, f, True, wire=wname))
        name = self.n.union(u.name)
        variants = [(self.n[("accessor", u.name, v.value)], q(v.value), self.n.type("declared", (v.model,))) for v in u.variants]
        return View(name=name, doc=doc(u.description), fields=fields, disc_field=next(f.name for f in fields if f.wire == u.discriminator), variants=variants, iface="any" + name,  # any_of: disc_field's doc
                    default=q(u.default) if u.default else "", any_of=doc("Any of " + ", ".join(json.dumps(v.value) for v in u.variants) + "."))

    def param_union(self, u: ir.UnionType) -> View:
        variants = [("Of" + self.n[("accessor", u.name, v.value)][2:], "*" + self.n.param_type(ir.ModelRef("declared", (v.model,))), q(v.value))
                    for v in u.variants]
        return View(name=self.n[("type", "union_param", u.name)], variants=variants, disc=q(u.discriminator))

    def params(self, name: str, desc: str, fields: Iterable[ir.Field], name_of: Callable[[str], str], marshal: bool,
               extra: Optional[ir.TypeRef] = None) -> list[View]:
        """A params struct (``kind`` tells the template how values() sends each field), then its one_of helpers."""
        views, oneofs = [], []
        for f in fields:
            t, ptype = f.type, self.param_type(name, name_of(f.name), f)
            if isinstance(t, ir.OneOf):
                oneofs.append(View(name=ptype.text, variants=[("Of" + vname, vtype) for vname, vtype in map(self.variant, t.variants)], oneof=True, marshal=False))
            kind = ("const" if isinstance(t, ir.Const) else "union" if isinstance(t, (ir.OneOf, ir.UnionRef)) else "model" if isinstance(t, ir.ModelRef)
                    else "opt" if "param.Opt[" in ptype.text else "enum" if isinstance(t, ir.EnumRef) else "plain")
            views.append(self.field(name_of(f.name), ptype, f, not f.required, wire=q(f.name), kind=kind, required=f.required,
                                    value=q(t.value) if isinstance(t, ir.Const) else ""))
        extra_t = self.go_type(extra, True).wrap("map[string]{}") if extra else None
        return [View(name=name, doc=doc(desc), fields=views, marshal=marshal, oneof=False, extra=extra_t), *oneofs]

    def path_args(self, op: ir.Operation) -> list[View]:
        """The path params in the template's order: the method's arguments after ctx (the params struct has the others)."""
        args = self.s.args({p.name: self.n.param(op, p.name) for p in op.path_params()})
        return [View(name=args[p.name], type=self.go_type(p.type, True), wire=q(p.name), enum=isinstance(p.type, ir.EnumRef), param=p)
                for p in op.path_params()]

    def method(self, op: ir.Operation, rest: list[ir.Field]) -> View:
        kind = ("stream" if op.streaming and op.streaming.always else "page" if op.pagination else op.response_format
                if op.response_format != "json" else "array" if op.response_array else "json")
        t = self.n.union(op.streaming.event) if op.streaming and kind == "stream" else self.n.type("declared", op.response.path) if op.response else ""
        item = self.go_type(op.pagination.item, False).text if op.pagination else ""
        ret, call = RESULTS[kind]
        name = self.n.method(op)
        note = NOTES.get(kind, "").replace("AUTO", name + "AutoPaging")
        return View(
            name=name, doc=doc("\n\n".join(x for x in (op.description, note) if x)), params_type=self.n.params_type(op) if rest else "",
            op_key=q(f"{op.resource}.{op.name}"),
            path=self.path_args(op), arg="body" if op.method in ir.BODY_METHODS else "query", kind=kind, response=t, item=item,
            ret=T(ret.text.format(t=t, i=item), ret.imports), call=call.format(t=t, i=item), auto=name + "AutoPaging" if op.pagination else "",
            stream=self.n.union(op.streaming.event) if op.streaming and kind != "stream" else "", stream_param=q(op.streaming.param) if op.streaming else "")

    def service(self, r: ir.Resource) -> tuple[View, list[View]]:
        blocks, methods = [], []
        for op in r.operations:
            rest = [p for p in op.params if p.location != "path"]
            blocks += self.params(self.n.params_type(op), "", rest, partial(self.n.param, op), False) if rest else []
            for m in sorted(self.plan.inline_models("params", (r.name, op.name)), key=lambda m: m.path):
                blocks += self.params(self.n.type(m.scope, m.path), m.description, m.fields, partial(self.n.field, m.scope, m.path), True, m.additional)
            methods.append(self.method(op, rest))
        chain = [self.n[("resource", ".".join(r.name.split(".")[: i + 1]))] for i in range(r.name.count(".") + 1)]
        subs = [View(field=self.n[("resource", s.name)], name=self.n[("resource_class", s.name)]) for s in r.resources]
        return View(name=self.n[("resource_class", r.name)], field=chain[-1], chain=".".join(chain), doc=doc(r.description), methods=methods,
                    subs=subs), blocks

    # ------------------------------------------------------------ files
    def files(self) -> dict[str, Rendered]:
        api, client, out = self.api, self.api.client, {}
        options = [View(name=self.n[("option", h.option)], env=h.env, header=h.header, default=h.default, required=h.must_set) for h in client.headers]
        keys = self.keys
        mock_url = f"http://127.0.0.1:4010{urlsplit(client.base_url).path}"
        for rel in base.runtime_files("go"):
            out[rel] = self.render(f"runtime/{rel}.j2", mock_url=mock_url, api_key_env=client.auth_env, client=client,
                                   required=[o for o in options if o.required], platform=dict(client.platform_headers),
                                   version=api.package("go").get("version", "0.0.0"))
        structs = [self.struct(m) for m in api.models if m.scope != "params"]
        unions = [self.union(u) for u in api.unions]
        request_models = [m for m in api.models if m.scope != "params" and ("type", "param", m.scope, *m.path) in self.n.ids]
        param_models = [b for m in request_models for b in self.params(self.n.param_type(m.ref), m.description, m.fields,
                                                                       partial(self.n.field, m.scope, m.path), True, m.additional)]
        param_unions = [self.param_union(u) for u in api.unions if ("type", "union_param", u.name) in self.n.ids]
        types = [f.type for s in structs + unions for f in s.fields] + [s.extra for s in structs if s.extra] + self.block_types(param_models)
        out["models.go"] = self.render(
            "models.go.j2", imports=self.import_lines(types + ([T("", JSON)] if unions or param_models or param_unions else []),
                                                      *(["@/internal/apijson", "@/packages/respjson"] if structs or unions else [])),
            enums=[self.enum(e) for e in api.enums if e.scope != "params"], structs=structs, unions=unions,
            params=[b for b in param_models if not b.oneof], oneofs=[b for b in param_models if b.oneof], param_unions=param_unions)
        services = []
        for r in api.all_resources():
            service, blocks = self.service(r)
            services.append(service)
            extra = ["context", "slices", "@/option"] + (["encoding/json"] if any(b.marshal for b in blocks) else [])
            extra += ["@/internal/requestconfig"] if any(m.kind != "page" or m.stream for m in service.methods) else []
            extra += ["@/packages/ssestream"] if any(m.stream for m in service.methods) else []
            enums = [self.enum(e) for e in api.enums if e.scope == "params" and e.path[0] == r.name]
            out[f"{self.n.file('resource', r.name)}.go"] = self.render(
                "resource.go.j2", imports=self.import_lines(self.block_types(blocks) + [m.ret for m in service.methods], *extra), service=service,
                enums=enums, params=[b for b in blocks if not b.oneof], oneofs=[b for b in blocks if b.oneof])
        top = [s for s, r in zip(services, api.all_resources(), strict=True) if not r.parent]
        env_vars = [q(e)[1:-1] for e in (client.auth_env, *(k.env for k in keys), client.base_url_env, client.validation_env, *(h.env for h in client.headers)) if e]
        out["client.go"] = self.render("client.go.j2", services=top, client=client, base_url=client.base_url, options=options, env_vars=env_vars, api=api)
        out.update({f"{name}.go": self.render(f"{name}.go.j2") for name in ("field", "operations")})
        out["shared/constant/constants.go"] = self.render("constants.go.j2", consts=sorted((n, q(v), go_comment(json.dumps(v))) for v, n in self.consts.items()))
        out["operations.json"] = lambda: self.plan.operations_json  # rendered on every core, like the templates
        if options or keys:
            out["option/client.go"] = self.render("option_client.go.j2", options=options)
        out["go.mod"] = f"module {self.module}\n\ngo 1.24\n"
        out.update(self.tests(services, options))
        out["README.md"] = self.render("README.md.j2", title=api.title, services=services, client=client, spec=self.header[0], api=api, example=self.example)
        return out

    @staticmethod
    def block_types(blocks: list[View]) -> list[T]:
        return ([f.type for b in blocks if not b.oneof for f in b.fields] + [b.extra for b in blocks if not b.oneof and b.extra]
                + [v[1] for b in blocks if b.oneof for v in b.variants])

    # ------------------------------------------------------------ tests
    def lit(self, t: ir.TypeRef, value: Any, owner: str = "", fname: str = "", required: bool = True, param: bool = True) -> str:
        """A Go expression for a sample value, as the external _test package writes it."""
        p = self.package
        if isinstance(t, ir.OneOf):
            for v in t.variants:
                if ((isinstance(value, SampleFile) and v == ir.Primitive("file")) or (isinstance(value, list) and isinstance(v, ir.ArrayOf))
                        or (isinstance(value, dict) and isinstance(v, ir.ModelRef))
                        or (isinstance(value, str) and isinstance(v, (ir.Primitive, ir.EnumRef)) and getattr(v, "kind", "string") == "string")):
                    amp = "&" if isinstance(v, ir.ModelRef) else ""
                    return f"{p}.{owner}{fname}Union{{Of{self.variant(v)[0]}: {amp}{self.lit(v, value, param=param)}}}"
            raise ValueError(value)
        if isinstance(t, ir.Primitive):
            text = ("bytes.NewReader(png)" if t.kind == "file" else f'strings.Repeat("x", {value.count})' if isinstance(value, RepeatedText)
                    else f"{'testutil.Time' if t.format == 'date-time' else 'date.MustParse'}({q(value)})" if t.format in FORMATS
                    else q(value) if isinstance(value, str) else json.dumps(value) if isinstance(value, bool) else repr(value))
            opt = param and not required and t.kind in HELPERS
            return (f"param.NewOpt({text})" if t.format in FORMATS else f"{p}.{HELPERS[t.kind]}({text})") if opt else text
        if isinstance(t, (ir.Const, ir.EnumRef)):
            return q(value) if isinstance(t, ir.Const) else f"{p}.{self.n.type(t.scope, t.path)}({q(value)})"
        if isinstance(t, (ir.ArrayOf, ir.MapOf)):
            inner = t.items if isinstance(t, ir.ArrayOf) else t.values
            parts = [self.lit(inner, v, param=param) for v in value] if isinstance(t, ir.ArrayOf) else [
                f"{q(k)}: {self.lit(inner, v, param=param)}" for k, v in value.items()]
            return f"{self.go_type(t, param, p + '.')}{{{', '.join(parts)}}}"
        if isinstance(t, ir.UnionRef):
            u = self.api.union(t.name)
            var = next(v for v in u.variants if v.value == value.get(u.discriminator, u.default))
            return f"{p}.{self.n[('type', 'union_param', t.name)]}{{Of{self.n[('accessor', u.name, var.value)][2:]}: &{self.lit(ir.ModelRef('declared', (var.model,)), value)}}}"
        assert isinstance(t, ir.ModelRef)
        m = self.api.model(t)
        tname, parts = self.go_type(t, param).text, []
        for f in (f for f in m.fields if f.name in value and not (param and isinstance(f.type, ir.Const))):
            gname = self.n.field(m.scope, m.path, f.name)
            parts.append(f"{gname}: {self.lit(f.type, value[f.name], tname, gname, f.required, param)}")
        text = f"{p}.{tname}{{{', '.join(parts)}}}"
        return text if required or not param else "&" + text

    def params_lit(self, op: ir.Operation, sample: Mapping[str, Any]) -> str:
        """The arguments after ctx: the path values, then the params struct (when the operation has one)."""
        ptype, n, rest = self.n.params_type(op), self.n, [f for f in op.params if f.location != "path"]
        parts = [f"{n.param(op, f.name)}: {self.lit(f.type, sample[f.name], ptype, n.param(op, f.name), f.required)}"
                 for f in rest if f.name in sample]
        struct = [f"{self.package}.{ptype}{{{', '.join(parts)}}}"] if rest else []
        return ", ".join([self.lit(a.param.type, sample[a.param.name]) for a in self.path_args(op)] + struct)

    def wire(self, op: ir.Operation, sample: dict[str, Any]) -> View:
        """What the server must receive for a sample: the raw path, the query (key -> texts) and the header params."""
        w = wire(self.api, op, sample)
        return View(raw_path=q(w.raw_path), query=q(json.dumps(w.query, sort_keys=True)), headers=sorted((q(k), q(v)) for k, v in w.headers.items()),
                    params=q(json.dumps(w.params, sort_keys=True)) if w.params is not None else "")

    def checks(self, t: ir.TypeRef, value: Any, expr: str = "res") -> list[tuple[str, str]]:
        """(Go expression, JSON) pairs a parsed response must give back exactly: dates and times, maps, extra properties."""
        if isinstance(t, ir.Primitive) and t.format in FORMATS or isinstance(t, ir.MapOf):
            return [(expr, q(json.dumps(value)))]
        if not isinstance(t, ir.ModelRef) or not isinstance(value, dict) or expr.count(".") > 3:
            return []
        m, out = self.api.model(t), []
        for f in (f for f in m.fields if f.name in value):
            out += self.checks(f.type, value[f.name], f"{expr}.{self.n.field(m.scope, m.path, f.name)}")
        extra = {k: v for k, v in value.items() if k not in {f.name for f in m.fields}}
        return out + ([(f"{expr}.ExtraFields", q(json.dumps(extra)))] if m.additional and extra else [])

    def nested_invalid(self, t: OpTest) -> Optional[tuple[str, str]]:
        """The required call with one nested object out of bounds (the test plan's): (arguments, the value's path)."""
        return (self.params_lit(t.op, t.nested_invalid[0]), t.nested_invalid[1]) if t.nested_invalid else None

    def test_op(self, t: OpTest, service: View, m: View) -> View:
        """One operation's tests: ``m`` is its method's view (name, path arguments, params type)."""
        op, lit = t.op, partial(self.params_lit, t.op)
        pages, res = t.pages, t.response
        item = op.pagination.item if op.pagination else None
        return View(
            test=f"Test{self.s.name(service.name.removesuffix('Service'))}{m.name}", service_field=service.chain, method=m.name, m=m, http_method=op.method,
            path=op.path, required=lit(t.required), full=lit(t.full), full_wire=sorted(t.full), stream=lit(t.stream) if t.stream is not None else "",
            path_values=[(a.param.name, self.lit(a.param.type, t.required[a.param.name])) for a in m.path], disc_wire=t.discriminator,
            events=[(self.n.type("declared", e.model.path), q(json.dumps(e.data, sort_keys=True)), e.value) for e in t.events],
            disc_field=self.union(self.api.union(op.streaming.event)).disc_field if op.streaming else "",
            stream_call=m.name if m.kind == "stream" else m.name + "Streaming" if m.stream else "",
            err_wrap={"none": "", "stream": "testutil.Drain", "jsonl": "testutil.Drain"}.get(m.kind, "testutil.Err"),
            violations=[(x.rule, x.param, lit(x.params)) for x in t.violations], invalid=(lit(t.invalid[0]), t.invalid[1]) if t.invalid else None,
            single_files=t.single_files, many_files=t.many_files, open_enum=lit(t.open_enum) if t.open_enum else "",
            wire=self.wire(op, t.required), full_wire_view=self.wire(op, t.full), nested=self.nested_invalid(t),
            text=q(res) if isinstance(res, str) else "", lines=[q(json.dumps(x, sort_keys=True)) for x in res] if isinstance(res, list) else [],
            body=q(json.dumps(res, sort_keys=True)) if isinstance(res, dict) else "",
            checks=self.checks(op.response, res) if m.kind == "json" and op.response else [],
            pages=View(items=[q(i[pages.key]) for i in pages.items], key=self.n.field(item.scope, item.path, pages.key),
                       requests=[q(json.dumps(r, sort_keys=True)) for r in pages.requests],
                       params=[q(k) for k in sorted({k for r in pages.requests for k in r})]) if pages and isinstance(item, ir.ModelRef) else None)

    def tests(self, services: list[View], options: list[View]) -> dict[str, Rendered]:
        out, plan, views = {}, self.plan.tests, dict[int, View]()
        for r, service in zip(self.api.all_resources(), services, strict=True):
            ops = [views.setdefault(id(t), self.test_op(t, service, m)) for t, m in zip(plan.of(r), service.methods, strict=True)]
            out[f"{self.n.file('resource', r.name)}_test.go"] = self.render("resource_test.go.j2", ops=ops, client=self.api.client)
        streaming = views[id(plan.streaming)] if plan.streaming else None
        unions = [(self.union(u), self.n.type("declared", (next(v.model for v in u.variants if v.value == u.default),)))
                  for u in self.api.unions if u.default]
        c = self.api.client
        key = "user:sk-from-env" if c.auth_scheme == "basic" else "sk-from-env"
        auth = "Basic " + base64.b64encode(key.encode()).decode() if c.auth_scheme == "basic" else c.auth_prefix + key
        self.example = views[id(next((t for t in plan.ops if not t.single_files), plan.simple))]  # the README's call: the first without files
        self.example.lhs = {"none": "err", "stream": "stream", "jsonl": "stream"}.get(self.example.m.kind, "res, err")
        out["client_test.go"] = self.render("client_test.go.j2", simple=views[id(plan.simple)], streaming=streaming, options=options, client=c,
                                            key=key, auth=q(auth), auth_header=q(c.auth_header.lower()), default_unions=unions)
        return out
