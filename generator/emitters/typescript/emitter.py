"""IR + plan -> TypeScript views -> files (generated/typescript): an npm package shaped like openai-node.

Interfaces keep the wire names, so a value's TypeScript type is all a view needs (``ts_type``); a
type is a :class:`~generator.emitters.base.TypeExpr` whose imports are ``<module>#<name>``, so a
file's import lines are the union of what its types use. Each declared type lives in the module of
the one top-level resource that uses it (``resources/images.ts``, as openai-node), else in
``resources/shared.ts``. The client's settings and the validation tables are data
(``src/internal/tables.ts``) read by the hand-written runtime (``templates/typescript/runtime``).
"""

from __future__ import annotations

import base64
import json
import posixpath
import re
from functools import partial
from types import SimpleNamespace as View
from typing import Any, Iterable, Mapping, Optional
from urllib.parse import urlsplit

from ... import ir
from ...errors import SpecError
from ...escape import md_text, ts_comment, ts_str
from ...formatcache import Formatter, biome
from ...parallel import Rendered
from ...planning import Names, Plan, RepeatedText, SampleFile
from ...planning.testplan import OpTest, wire
from .. import base
from ..base import TypeExpr as T
from .style import TypeScriptStyle

NPM_NAME = r"(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*"
PACKAGE_KEYS = {
    "name": (NPM_NAME, "an npm package name (lower case; @scope/name allowed)"),
    "version": (r"[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?", "a semantic version (1.2.3)"),
}
RESULTS = {"stream": "APIPromise<Stream<{}>>", "jsonl": "APIPromise<JSONLDecoder<{}>>", "binary": "APIPromise<Response>", "text": "APIPromise<string>",
           "none": "APIPromise<void>", "array": "APIPromise<Array<{}>>", "json": "APIPromise<{}>"}  # a method's result by kind
SCALARS = {"string": "string", "integer": "number", "number": "number", "boolean": "boolean", "any": "unknown"}
CORE = "src/core/"
SHARED = "src/resources/shared"
TOOLS = {"typescript": "5.9.3", "@types/node": "20.19.43"}  # the generated package's dev dependencies (the repository pins the same)
FORMAT = biome()


def doc(text: str) -> list[str]:
    """JSDoc lines: escaped, wrapped, and no line may start a tag."""
    return ["\\" + x if x.startswith("@") else x for x in base.wrap_doc(text, ts_comment, 100)]


def jstr(value: Any) -> str:
    """JSON text as a string literal (what a test compares a value with)."""
    return ts_str(json.dumps(value, sort_keys=True))


def key(wire: str) -> str:
    """A property key: the wire name, quoted when it is not an identifier."""
    return wire if wire.isidentifier() and wire.isascii() else ts_str(wire)


class TypeScriptEmitter(base.EmitterBase):
    name = "typescript"
    package_keys = PACKAGE_KEYS
    formatters = ("biome",)

    def style(self, api: ir.Api) -> TypeScriptStyle:
        return TypeScriptStyle(api)

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        """Beyond the package keys: the streaming params types (``<Params>Base``/``NonStreaming``/``Streaming``) must be free."""
        taken, ops = {v for k, v in names.ids.items() if k[0] in ("type", "params", "resource_class")}, api.operations()
        clashes = [(op, p + x) for op in ops if op.streaming and op.streaming.param for p in [names.get(("params", op.resource, op.name))] if p
                   for x in ("Base", "NonStreaming", "Streaming") if p + x in taken]
        return super().check(api, names) + [SpecError(op.loc.file, op.loc.line, f"the params of '{op.name}' need the TypeScript name '{n}', which another type has",
                                                       "rename that type or give the operation a 'names: {typescript: ...}' override") for op, n in clashes]

    def formatter(self, name: str) -> Formatter:
        return FORMAT

    def emit(self, plan: Plan, names: Names) -> Mapping[str, Rendered]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        self.plan, self.api, self.n = plan, plan.api, names
        self.pkg = self.api.package("typescript")
        self.header = base.header_lines(self.api)
        self.env = base.environment("typescript")
        self.env.filters.update(s=ts_str, md=md_text, comment=ts_comment)
        self.home = self.homes()

    def render(self, template: str, **kw: Any) -> Rendered:
        return partial(self.env.get_template(template).render, header=self.header, client_name=self.api.client.name,
                       error=f"{self.api.client.name}Error", package_name=self.pkg["name"], package_version=self.pkg["version"], **kw)

    # ------------------------------------------------------------ where each type lives
    def module(self, resource: str) -> str:
        return "src/resources/" + self.n.file("resource", resource)

    def homes(self) -> dict[tuple[str, str], str]:
        """(kind, spec name) -> module of every declared type: the one top-level resource using it, else shared."""
        return {k: self.module(next(iter(tops))) if len(tops) == 1 else SHARED for k, tops in self.plan.type_users.items()}

    # ------------------------------------------------------------ types
    def ts_type(self, t: ir.TypeRef, param: bool) -> T:
        """A value's type; ``param``: in a request (files are Uploadable, open enums take any string)."""
        if isinstance(t, ir.Primitive):
            return T("Uploadable", frozenset({CORE + "uploads#Uploadable"})) if t.kind == "file" else T(SCALARS.get(t.kind, "string"))
        if isinstance(t, ir.ArrayOf):
            return self.ts_type(t.items, param).wrap("Array<{}>")
        if isinstance(t, ir.MapOf):
            return self.ts_type(t.values, param).wrap("{{ [key: string]: {} }}")
        if isinstance(t, ir.Const):
            return T(ts_str(t.value))
        if isinstance(t, ir.OneOf):
            parts = [self.ts_type(v, param) for v in t.variants]
            return T(" | ".join(p.text for p in parts), frozenset().union(*(p.imports for p in parts)))
        if isinstance(t, ir.EnumRef):
            e = self.api.enum(t)
            if e.scope == "declared":
                named = self.named(("enum", e.path[0]), self.n.type(e.scope, e.path))
                return named.wrap("(string & {{}}) | {}") if param and e.open else named
            values = " | ".join(ts_str(v.value) for v in e.values)
            return T(f"(string & {{}}) | {values}" if e.open else values)
        if isinstance(t, ir.UnionRef):
            return self.named(("union", t.name), self.n.union(t.name))
        if isinstance(t, ir.ModelRef):
            name = self.n.type(t.scope, t.path)  # an inline params model lives in its resource's module: path (resource, op, ...)
            return T(name, frozenset({self.module(t.path[0]) + "#" + name.split(".")[0]})) if t.scope == "params" else self.named(("model", t.path[0]), name)
        raise TypeError(t)

    def named(self, k: tuple[str, str], name: str) -> T:
        return T(name, frozenset({self.home[k] + "#" + name.split(".")[0]}))

    def imports(self, here: str, types: Iterable[T], *extra: str) -> list[str]:
        """Import lines for ``here`` (a module path without .ts): ``import type { A, B } from './x.js'``, sorted."""
        by_module: dict[str, set[str]] = {}
        for spec in {i for t in types for i in t.imports} | set(extra):
            module, _, name = spec.partition("#")
            if module != here:
                by_module.setdefault(module, set()).add(name)
        lines = []
        for module in sorted(by_module):
            rel = posixpath.relpath(module + ".js", posixpath.dirname(here))
            names = sorted(by_module[module], key=lambda x: x.lstrip("!"))
            values = [x[1:] for x in names if x.startswith("!")]  # "!Name": a value, not only a type
            only = [x for x in names if not x.startswith("!") and x not in values]
            what = f"{{ {', '.join(values + [f'type {x}' for x in only])} }}" if values else f"type {{ {', '.join(only)} }}"
            lines.append(f"import {what} from {ts_str(('./' if not rel.startswith('.') else '') + rel)};")
        return lines

    # ------------------------------------------------------------ views
    def prop(self, f: ir.Field, param: bool, optional_null: bool = False) -> View:
        t = self.ts_type(f.type, param)
        if f.nullable or (param and optional_null and not f.required and not isinstance(f.type, ir.Const)):
            t = t.wrap("{} | null")
        return View(key=key(f.name), type=t, optional=not f.required, doc=doc(f.description))

    def interface(self, name: str, desc: str, fields: Iterable[ir.Field], param: bool, extra: Optional[ir.TypeRef], inner: list[View]) -> View:
        props = [self.prop(f, param, optional_null=param) for f in fields]
        extra_t = self.ts_type(extra, param) if extra else None
        if extra_t and any(p.type.text != extra_t.text for p in props):  # an index signature must fit every property
            extra_t = T("unknown")
        return View(name=name.split(".")[-1], doc=doc(desc), props=props, extra=extra_t, inner=inner, iface=True)

    def model(self, m: ir.Model, param: bool) -> View:
        """A declared model's interface, and the namespace of its inline models, as openai-node nests them."""
        return self.interface(self.n.type(m.scope, m.path), m.description, m.fields, param, m.additional,
                              self.tree(self.plan.inline_models("model", m.path), param))

    def tree(self, models: list[ir.Model], param: bool) -> list[View]:
        """Inline models nested by their names (``Drawing.Layers.Item``: namespace Layers, interface Item)."""
        nodes: dict[str, View] = {}
        top: list[View] = []
        for k in sorted(models, key=lambda k: self.n.type(k.scope, k.path)):
            parts = self.n.type(k.scope, k.path).split(".")
            for i in range(2, len(parts) + 1):
                q = ".".join(parts[:i])
                if q not in nodes:
                    nodes[q] = View(name=parts[i - 1], doc=[], props=[], extra=None, inner=[], iface=False)
                    (nodes[".".join(parts[: i - 1])].inner if i > 2 else top).append(nodes[q])
            node = nodes[".".join(parts)]
            node.__dict__.update(vars(self.interface(".".join(parts), k.description, k.fields, param, k.additional, node.inner)))
        return top

    def enum(self, e: ir.Enum) -> View:
        values = [ts_str(v.value) for v in e.values]
        return View(name=self.n.type(e.scope, e.path), doc=doc(e.description), values=(["(string & {})"] if e.open else []) + values)

    def union(self, u: ir.UnionType) -> View:
        return View(name=self.n.union(u.name), doc=doc(u.description), variants=[self.n.type("declared", (v.model,)) for v in u.variants])

    def params(self, op: ir.Operation, rest: list[ir.Field]) -> list[View]:
        """The params interface(s) of an operation: with a stream flag, openai-node's Base / NonStreaming / Streaming split."""
        name = self.n.params_type(op)
        inner = self.tree(self.plan.inline_models("params", (op.resource, op.name)), True)
        s = op.streaming
        if not s or s.always or not s.field:
            return [self.interface(name, "", rest, True, None, inner)]
        flag = s.field
        fdoc = doc(flag.description)
        streaming = View(name=name + "Streaming", doc=[], iface=True, props=[View(key=key(flag.name), type=T("true"), optional=False, doc=fdoc)], extra=None, inner=[],
                         extends=name + "Base")
        non = View(name=name + "NonStreaming", doc=[], iface=True, props=[View(key=key(flag.name), type=T("false | null"), optional=True, doc=fdoc)], extra=None,
                   inner=[], extends=name + "Base")
        base_view = self.interface(name + "Base", "", rest, True, None, [])
        return [View(alias=name, variants=[non.name, streaming.name], inner=inner), base_view, non, streaming]

    def method(self, op: ir.Operation, rest: list[ir.Field]) -> View:
        kind = ("stream" if op.streaming and op.streaming.always else "page" if op.pagination else op.response_format
                if op.response_format != "json" else "array" if op.response_array else "json")
        resp = self.ts_type(op.response, False) if op.response else T("unknown")
        uses = {CORE + "request-options#RequestOptions"} | (set() if kind == "page" else {CORE + "api-promise#APIPromise"})
        if kind == "page":
            item = self.ts_type(op.pagination.item, False) if op.pagination else T("unknown")
            ret, resp, call = T(f"PagePromise<Page<{item}>, {item}>", item.imports), item, f"requestPage<{item}>"
            uses |= {CORE + "pagination#Page", CORE + "pagination#PagePromise"}
        else:
            resp, call = self.ts_type(ir.UnionRef(op.streaming.event), False) if kind == "stream" and op.streaming else resp, "request"
            ret = T(RESULTS[kind].replace("{}", resp.text), resp.imports)
            uses |= {CORE + "streaming#Stream"} if kind == "stream" else {CORE + "streaming#JSONLDecoder"} if kind == "jsonl" else set()
        required = any(p.required for p in rest)
        arg = ("body" if all(p.location == "body" for p in rest) else "query" if all(p.location == "query" for p in rest) else "params") if rest else ""
        paths = [(camel_arg, p) for p in op.path_params() for camel_arg in [self.n.param(op, p.name)]]
        ptype = self.n.params_type(op) if rest else ""
        args = [f"{a}: string" if not isinstance(p.type, ir.EnumRef) else f"{a}: {self.ts_type(p.type, True)}" for a, p in paths]
        if rest:
            args.append(f"{arg}: {ptype}" if required else f"{arg}: {ptype} | null | undefined = {{}}")
        values = ", ".join(f"{key(p.name)}: {a}" for a, p in paths)
        payload = (f"{{ ...{arg}, {values} }}" if rest else f"{{ {values} }}") if paths else arg or "undefined"
        overloads = []
        s = op.streaming
        event = self.ts_type(ir.UnionRef(s.event), False) if s else None
        if s and not s.always and s.field and rest and event is not None:
            overloads = [(f"{ptype}NonStreaming", ret.text), (f"{ptype}Streaming", f"APIPromise<Stream<{event}>>"),
                         (f"{ptype}Base", f"APIPromise<Stream<{event}> | {resp}>")]
            ret = T(f"APIPromise<{resp}> | APIPromise<Stream<{event}>>", ret.imports | event.imports)
            uses |= {CORE + "streaming#Stream"}
        return View(name=self.n.method(op), doc=doc(op.description or op.summary), args=args, lead=args[:-1] if rest else args, arg=arg, ret=ret, call=call,
                    op_key=ts_str(f"{op.resource}.{op.name}"), payload=payload, overloads=overloads, uses=uses,
                    types=[ret, *([event] if event else [])], kind=kind)

    # ------------------------------------------------------------ files
    def resource_file(self, r: ir.Resource) -> tuple[str, Rendered, list[str]]:
        """A resource's module: its class, its operations' params, and the declared types that live there."""
        here = self.module(r.name)
        blocks, methods = [], []
        for op in r.operations:
            rest = [p for p in op.params if p.location != "path"]
            blocks += self.params(op, rest) if rest else []
            methods.append(self.method(op, rest))
        types = self.home_types(here)
        subs = [View(attr=self.n[("resource", s.name)], name=self.n[("resource_class", s.name)], module=self.module(s.name)) for s in r.resources]
        all_types = [t for m in methods for t in m.types] + self.view_types(blocks + types["models"])
        extra = {CORE + "resource#!APIResource"} | {u for m in methods for u in m.uses} | {f"{s.module}#!{s.name}" for s in subs}
        extra |= {f"{s.module}#{x}" for s in subs for x in self.exported(s.module)}
        exported = [*self.exported(here)]
        name = self.n[("resource_class", r.name)]
        alias = name + "API" if any(hasattr(b, "alias") for b in blocks) else ""  # openai-node's self-import, for the params namespaces
        text = self.render("resource.ts.j2", imports=self.imports(here, all_types, *extra), name=name, self_alias=alias, self_stem=posixpath.basename(here),
                           doc=doc(r.description), methods=methods, params=blocks, subs=subs, exported=exported,
                           sub_exports=[(s, self.exported(s.module)) for s in subs], **types)
        return here + ".ts", text, exported

    def home_types(self, here: str) -> dict[str, list[View]]:
        api, home = self.api, self.home
        return {"enums": [self.enum(e) for e in api.enums if e.scope == "declared" and home[("enum", e.path[0])] == here],
                "models": [self.model(m, False) for m in api.models if m.scope == "declared" and home[("model", m.path[0])] == here],
                "unions": [self.union(u) for u in api.unions if home[("union", u.name)] == here]}

    def exported(self, here: str) -> list[str]:
        """Every type a module exports (for its namespace and the client's)."""
        out = [v.name for views in self.home_types(here).values() for v in views]
        for op in (op for r in self.api.all_resources() if self.module(r.name) == here for op in r.operations if any(p.location != "path" for p in op.params)):
            p, split = self.n.params_type(op), op.streaming and not op.streaming.always and op.streaming.field
            out += [p, p + "NonStreaming", p + "Streaming"] if split else [p]
        return sorted(set(out), key=out.index)

    def view_types(self, views: list[View]) -> list[T]:
        out: list[T] = []
        for v in views:
            out += [p.type for p in getattr(v, "props", [])] + ([v.extra] if getattr(v, "extra", None) else [])
            out += self.view_types(getattr(v, "inner", []))
        return out

    def files(self) -> dict[str, Rendered]:
        api, c, out = self.api, self.api.client, dict[str, Rendered]()
        for rel in base.runtime_files("typescript"):
            out[rel] = self.render(f"runtime/{rel}.j2")
        tops = []
        for r in api.all_resources():
            path, text, exported = self.resource_file(r)
            out[path] = text
            if not r.parent:
                tops.append(View(attr=self.n[("resource", r.name)], name=self.n[("resource_class", r.name)], module=self.module(r.name), types=exported))
        shared = self.home_types(SHARED)
        if any(shared.values()):
            out[SHARED + ".ts"] = self.render("shared.ts.j2", imports=self.imports(SHARED, self.view_types(shared["models"])), **shared)
        env = {x: f"defaults to process.env[{ts_str(x)}]" if x else "no default" for x in [x.env for x in c.credentials] + [h.env for h in c.headers]}
        creds = [View(option=self.n[("option", x.option)], env=x.env, doc=ts_comment(f"A credential ({x.option}); {env[x.env]}.")) for x in c.credentials]
        headers = [View(option=self.n[("option", h.option)], doc=ts_comment(f"Sent as the {h.header} header; {env[h.env]}.")) for h in c.headers]
        out["src/internal/tables.ts"] = self.render("tables.ts.j2", config=json.dumps(self.config(), indent=2, ensure_ascii=True),
                                                    tables=lambda: json.dumps(json.loads(self.plan.operations_json), indent=2, ensure_ascii=True))
        out["src/client.ts"] = self.render("client.ts.j2", resources=tops, credentials=creds, headers=headers, shared=self.exported(SHARED) if any(shared.values()) else [],
                                           imports=self.imports("src/client", [], *(f"{t.module}#!{t.name}" for t in tops),
                                                                *(f"{t.module}#{x}" for t in tops for x in t.types)))
        out["src/index.ts"] = self.render("index.ts.j2", resources=tops)
        out["src/version.ts"] = self.render("version.ts.j2")
        out["package.json"] = self.package_json()
        for name in ("tsconfig.json", "tsconfig.build.json", "tsconfig.cjs.json", "scripts/postbuild.mjs", "biome.json", ".gitignore"):
            out[name] = self.render(name.lstrip(".") + ".j2")
        out["README.md"] = self.render("README.md.j2", title=api.title, resources=tops, client=c, credentials=creds)
        out.update(self.tests())
        return out

    # ------------------------------------------------------------ tests
    def lit(self, v: Any, first: bool = True) -> str:
        """A sample value as a TypeScript expression (files: the PNG bytes alone, or ``toFile`` in the full call)."""
        if isinstance(v, SampleFile):
            return "PNG" if first else f"await toFile(PNG, {ts_str(v.name)})"
        if isinstance(v, RepeatedText):
            return f"'x'.repeat({v.count})"
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{key(k)}: {self.lit(x, first)}" for k, x in v.items()) + " }"
        if isinstance(v, list):
            return "[" + ", ".join(self.lit(x, first) for x in v) + "]"
        return json.dumps(v, ensure_ascii=True)

    def args(self, op: ir.Operation, sample: Mapping[str, Any], first: bool = True) -> str:
        rest = {k: v for k, v in sample.items() if k not in {p.name for p in op.path_params()}}
        has_rest = any(p.location != "path" for p in op.params)
        return ", ".join([self.lit(sample[p.name]) for p in op.path_params()] + ([self.lit(rest, first)] if has_rest else []))

    def wire(self, op: ir.Operation, sample: dict[str, Any]) -> View:
        w = wire(self.api, op, sample)
        return View(raw_path=ts_str(w.raw_path), query=jstr(w.query), headers=sorted((ts_str(k), ts_str(v)) for k, v in w.headers.items()),
                    params=jstr(w.params) if w.params is not None else "")

    def test_op(self, t: OpTest) -> View:
        op, r = t.op, t.op.resource
        chain = ".".join(self.n[("resource", ".".join(r.split(".")[: i + 1]))] for i in range(r.count(".") + 1))
        kind = self.method(op, [p for p in op.params if p.location != "path"]).kind
        res, pages = t.response, t.pages
        return View(
            title=f"{self.n[('resource_class', r)]}.{self.n.method(op)}", call=f"{chain}.{self.n.method(op)}", kind=kind, http_method=ts_str(op.method),
            path=ts_str(op.path), required=self.args(op, t.required), full=self.args(op, t.full, False), wire=self.wire(op, t.required),
            full_wire_view=self.wire(op, t.full), full_wire=json.dumps(sorted(t.full)), single_files=[ts_str(f) for f in t.single_files],
            many_files=[(ts_str(f), n) for f, n in t.many_files], open_enum=self.args(op, t.open_enum) if t.open_enum else "",
            nested=(self.args(op, t.nested_invalid[0]), t.nested_invalid[1]) if t.nested_invalid else None,
            violations=[(x.rule, x.param, self.args(op, x.params)) for x in t.violations], invalid=(self.args(op, t.invalid[0]), t.invalid[1]) if t.invalid else None,
            stream=self.args(op, {**t.stream, **({op.streaming.param: True} if op.streaming.param else {})}) if t.stream is not None and op.streaming else "", events=[(jstr(e.data), ts_str(e.value)) for e in t.events],
            disc_wire=ts_str(t.discriminator), body=jstr(res) if isinstance(res, dict) else "", lines=jstr(res) if isinstance(res, list) else "",
            text=ts_str(res) if isinstance(res, str) else "",
            pages=View(items=json.dumps([i[pages.key] for i in pages.items]), key=ts_str(pages.key), requests=json.dumps([dict(r) for r in pages.requests], sort_keys=True),
                       params=json.dumps(sorted({k for r in pages.requests for k in r}))) if pages else None)

    @staticmethod
    def test_file(render: Any, sdk_names: tuple[str, ...] = ("APIError", "ParamValidationError", "toFile")) -> str:
        """A test module with the imports its text uses (which helpers a suite needs varies with its operations)."""
        body: str = render()
        sdk, util = [[n for n in names if re.search(rf"(?<![.\w]){n.split()[-1]}\b", body)] for names in (sdk_names, ["PNG", "baseURL", "drain", "fault", "newClient", "rejection", "requests", "sameJSON", "scope", "settle", "type Received"])]
        lines = ([f"import {{ {', '.join(sdk)} }} from '../src/index.js';"] if sdk else []) + [f"import {{ {', '.join(util)} }} from './testutil.js';"]
        return body.replace("// (imports)\n", "\n".join(lines) + "\n")

    def tests(self) -> dict[str, Rendered]:
        c, plan, out = self.api.client, self.plan.tests, dict[str, Rendered]()
        for r in self.api.all_resources():
            ops = [self.test_op(t) for t in plan.of(r)]
            if ops:
                out[f"tests/{self.n.file('resource', r.name).replace('/', '-')}.test.ts"] = partial(self.test_file, self.render("tests/resource.test.ts.j2", ops=ops))
        out["tests/testutil.ts"] = self.render("tests/testutil.ts.j2", mock_url=f"http://127.0.0.1:4010{urlsplit(c.base_url).path}", credentials=[self.n[("option", x.option)] for x in c.credentials],
                                               required=[self.n[("option", h.option)] for h in c.headers if h.must_set])
        out["tsconfig.test.json"] = self.render("tsconfig.test.json.j2")
        e, mock = c.errors, {"message": "boom", "type": "mock_type", "param": "mock_param", "code": "mock_code"}
        details = {getattr(e, role): value for role, value in mock.items() if getattr(e, role)}
        main = next(iter(c.credentials), None)
        given = f"My {self.n[('option', main.option)]}" if main else ""  # what tests/testutil.ts passes
        auth = (main.prefix + (base64.b64encode(f"{given}:".encode()).decode() if main.scheme == "basic" else given)) if main else ""
        out["tests/client.test.ts"] = partial(self.test_file, sdk_names=(), render=self.render(
            "tests/client.test.ts.j2", simple=self.test_op(plan.simple), streaming=self.test_op(plan.streaming) if plan.streaming else None,
            error_body=ts_str(json.dumps({e.envelope: details} if e.envelope else details)), request_id=bool(e.request_id_header),
            error_fields=[(role, ts_str(mock[role])) for role in ("type", "param", "code") if getattr(e, role)], auth_env=ts_str(c.auth_env) if c.auth_env else "",
            retry_header=ts_str(dict(c.platform_headers).get("retry_count", "X-Retry-Count").lower()), auth_header=ts_str(main.header.lower()) if main else "",
            auth_value=ts_str(auth) if main else "", credentials=[self.n[("option", x.option)] for x in c.credentials],
            options=[View(option=self.n[("option", h.option)], header=ts_str(h.header.lower())) for h in c.headers], platform=[(w, ts_str(h.lower())) for w, h in c.platform_headers]))
        return out

    def config(self) -> dict[str, Any]:
        """The client's settings from the spec, as the runtime's ClientConfig."""
        c, e = self.api.client, self.api.client.errors
        return {
            "name": c.name, "packageVersion": self.pkg["version"], "baseURL": c.base_url, "baseURLEnv": c.base_url_env,
            "credentials": [{"key": x.option, "option": self.n[("option", x.option)], "env": x.env, "scheme": x.scheme, "header": x.header,
                             "prefix": x.prefix} for x in c.credentials],
            "headers": [{"option": self.n[("option", h.option)], "header": h.header, "env": h.env, "default": h.default, "required": h.must_set}
                        for h in c.headers],
            "errors": {"envelope": e.envelope, "message": e.message, "type": e.type, "code": e.code, "param": e.param,
                       "requestIdHeader": e.request_id_header},
            "platformHeaders": [list(p) for p in c.platform_headers], "validationEnv": c.validation_env,
            "logEnv": self.pkg.get("log_env", ""), "streamAccept": c.stream_accept,
        }

    def package_json(self) -> str:
        api, pkg = self.api, self.pkg
        def both(path: str) -> dict[str, Any]:
            return {"import": {"types": f"./dist/{path}.d.ts", "default": f"./dist/{path}.js"}, "require": {"types": f"./dist/cjs/{path}.d.ts", "default": f"./dist/cjs/{path}.js"}}
        data: dict[str, Any] = {
            "name": pkg["name"], "version": pkg["version"], "description": api.title, "license": api.license or "UNLICENSED",
            "type": "module", "main": "./dist/cjs/index.js", "module": "./dist/index.js", "types": "./dist/index.d.ts",
            "exports": {".": both("index"), "./resources/*": both("resources/*"), "./core/*": both("core/*"), "./package.json": "./package.json"},
            "files": ["dist", "src", "README.md"], "sideEffects": False, "engines": {"node": ">=18"},
            "scripts": {"build": "tsc -p tsconfig.build.json && tsc -p tsconfig.cjs.json && node scripts/postbuild.mjs",
                        "check": "tsc -p tsconfig.json --noEmit", "prepack": "npm run build"},
            "devDependencies": TOOLS,
        }
        if api.authors:
            data["author"] = ", ".join(f"{n} <{m}>" if m else n for n, m in api.authors)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
