"""IR -> Go views -> files (generated/go): a stdlib-only module shaped like openai-go."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass
from typing import Any, Mapping, Optional
from urllib.parse import urlsplit

from ... import ir
from ...errors import GenerationError, SpecError
from ...escape import go_comment, go_str, go_tag_name, md_text
from ...planning import Names, Plan, RepeatedText, SampleFile
from ..base import declares_package, environment, header_lines, package_errors
from .style import GoStyle

RUNTIME_FILES = (
    "packages/param/param.go",
    "packages/ssestream/ssestream.go",
    "option/requestoption.go",
    "internal/requestconfig/requestconfig.go",
    "internal/apierror/apierror.go",
    "internal/validate/validate.go",
    "internal/apiform/apiform.go",
    "internal/testutil/testutil.go",
    "packages/ssestream/ssestream_test.go",
    "internal/requestconfig/requestconfig_test.go",
    "internal/apiform/apiform_test.go",
)
REQUIRED_PACKAGE_KEYS = ("module", "package")


q = go_str  # every spec string in Go code goes through the escaper


def doc(text: str, width: int = 96) -> list[str]:
    """A description as // comment lines (each made safe for a line comment, then wrapped)."""
    out: list[str] = []
    for para in text.strip().split("\n\n"):
        if out:
            out.append("")
        out.extend(textwrap.wrap(go_comment(" ".join(para.split())), width, break_on_hyphens=False, break_long_words=False))
    return out if text.strip() else []


@dataclass
class GoField:
    name: str
    type: str
    tag: str
    doc: list[str]


@dataclass
class GoStruct:
    name: str
    doc: list[str]
    fields: list[GoField]
    raw: bool = True  # keeps the raw JSON (responses)


@dataclass
class GoEnum:
    name: str
    doc: list[str]
    alias: bool  # `type X = string` (an open declared enum) or `type X string`
    consts: list[tuple[str, str]]


@dataclass
class GoUnion:
    name: str
    doc: list[str]
    fields: list[GoField]
    disc_field: str
    variants: list[tuple[str, str, str]]  # (accessor, value, variant type)
    iface: str


@dataclass
class GoParamUnion:
    name: str
    variants: list[tuple[str, str, str, str]]  # (field, type, disc field or "", disc value)


@dataclass
class GoOneOf:
    name: str
    variants: list[tuple[str, str, str]]  # (field, type, nil check)


@dataclass
class GoParams:
    name: str
    doc: list[str]
    fields: list[GoField]
    values: list[str]  # body of values()
    marshal: bool  # inline param objects also marshal themselves


@dataclass
class GoMethod:
    name: str
    doc: list[str]
    params_type: str
    response: str
    op_var: str
    stream: str  # "" or the union type
    stream_param: str


@dataclass
class GoService:
    name: str
    field: str
    doc: list[str]
    methods: list[GoMethod]


@dataclass
class GoOpTable:
    var: str
    body: str


@dataclass
class GoTestOp:
    test: str
    service_field: str
    method: str
    stream_method: str
    http_method: str
    path: str
    required: str
    full: str
    full_wire: list[str]
    stream: str
    events: list[tuple[str, str, str]]  # (type name, expected JSON as a Go string literal, discriminator value)
    disc_field: str
    disc_wire: str
    params_type: str
    violations: list[tuple[str, str, str]]  # (rule, param, params literal)
    single_files: list[str]  # file params the required call sends as one part
    many_files: list[tuple[str, int]]  # file params the full call sends as name[] parts, and how many
    open_enum: str  # a call giving an open enum param a value the spec does not list, or ""


class GoEmitter:
    name = "go"

    def wants(self, api: ir.Api) -> bool:
        return declares_package(api, self.name)

    def style(self, api: ir.Api) -> GoStyle:
        return GoStyle(api)

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        errors = package_errors(api, self.name, REQUIRED_PACKAGE_KEYS)
        pkg, line = api.package(self.name), dict(api.package_lines).get(self.name, 1)
        if not re.match(r"^[a-z][a-z0-9]*$", pkg.get("package", "x")):
            errors.append(SpecError(api.source, line, f"packages.go.package '{pkg['package']}' is not a Go package name", "use lower-case letters and digits"))
        if not re.match(r"^[A-Za-z0-9][A-Za-z0-9._~/-]*$", pkg.get("module", "x")):
            errors.append(SpecError(api.source, line, f"packages.go.module '{pkg['module']}' is not a Go module path", "use letters, digits and . _ ~ / -"))
        wires = [(f, f.loc) for m in api.models for f in m.fields] + [(p, p.loc) for op in api.operations() for p in op.params]
        for f, loc in wires:
            if go_tag_name(f.name) is None:
                errors.append(SpecError(loc.file, loc.line, f"'{f.name}' cannot be a JSON name in a Go struct tag", "use letters, digits, spaces and !#$%&()*+-./:;<=>?@[]^_{|}~"))
        return errors

    def formatter_identity(self) -> str:
        """The gofmt binary itself (path, size, mtime): a new toolchain is a new cache key."""
        path = shutil.which("gofmt")
        if path is None:
            raise GenerationError("gofmt is not installed: the Go target needs the Go toolchain (https://go.dev/dl)")
        st = os.stat(path)
        return f"gofmt {os.path.realpath(path)} {st.st_size} {st.st_mtime_ns}"

    def format(self, path: str, text: str) -> str:
        if not path.endswith(".go"):
            return text
        try:
            proc = subprocess.run(["gofmt"], input=text, capture_output=True, text=True, encoding="utf-8", check=False)
        except FileNotFoundError as exc:
            raise GenerationError("gofmt is not installed: the Go target needs the Go toolchain (https://go.dev/dl)") from exc
        if proc.returncode != 0:
            raise GenerationError(proc.stderr.strip())
        return proc.stdout

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        self.plan, self.api, self.n = plan, plan.api, names
        self.s = GoStyle(plan.api)
        self.pkg = self.api.package("go")
        self.module = self.pkg["module"]
        self.package = self.pkg["package"]
        self.header = header_lines(self.api)
        self.env = environment("go")
        self.env.filters["q"] = lambda text: go_str(text)[1:-1]  # the inside of a "..." literal
        self.env.filters["md"] = md_text

    # ------------------------------------------------------------ types
    def rtype(self, t: ir.TypeRef) -> str:
        """A response field's Go type."""
        if isinstance(t, ir.Primitive):
            return {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool", "any": "any", "file": "string"}[t.kind]
        if isinstance(t, ir.ArrayOf):
            return "[]" + self.rtype(t.items)
        if isinstance(t, (ir.EnumRef, ir.ModelRef)):
            return self.n.type(t.scope, t.path)
        if isinstance(t, ir.UnionRef):
            return self.n.union(t.name)
        if isinstance(t, ir.Const):
            return "string"
        return "json.RawMessage"

    def pitem(self, t: ir.TypeRef) -> str:
        """A param value's Go type (no optionality)."""
        if isinstance(t, ir.Primitive):
            return {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool", "any": "any", "file": "io.Reader"}[t.kind]
        if isinstance(t, ir.ArrayOf):
            return "[]" + self.pitem(t.items)
        if isinstance(t, (ir.EnumRef, ir.ModelRef)):
            return self.n.type(t.scope, t.path)
        if isinstance(t, ir.UnionRef):
            return self.n[("type", "union_param", t.name)]
        if isinstance(t, ir.Const):
            return "string"
        raise TypeError(t)

    def ptype(self, owner: str, fname: str, f: ir.Field) -> str:
        t = f.type
        if isinstance(t, ir.OneOf):
            return owner + fname + "Union"
        if isinstance(t, ir.Primitive) and t.kind in ("string", "integer", "number", "boolean") and not f.required:
            return "param.Opt[" + self.pitem(t) + "]"
        if isinstance(t, ir.ModelRef) and not f.required:
            return "*" + self.pitem(t)  # nil: omitted; &X{}: sent as {}
        return self.pitem(t)

    def oneof_variant(self, t: ir.TypeRef) -> tuple[str, str]:
        if isinstance(t, ir.Primitive):
            return ({"file": "File", "string": "String", "integer": "Int", "number": "Float", "boolean": "Bool", "any": "Any"}[t.kind], self.pitem(t))
        if isinstance(t, ir.ArrayOf):
            name, _ = self.oneof_variant(t.items)
            return (name + "Array", self.pitem(t))
        if isinstance(t, ir.ModelRef) and t.scope == "declared":
            return (self.pitem(t), "*" + self.pitem(t))
        return (self.pitem(t), self.pitem(t))

    # ------------------------------------------------------------ declarations
    def struct(self, m: ir.Model, response: bool) -> GoStruct:
        fields = []
        for f in m.fields:
            gname = self.n.field(m.scope, m.path, f.name)
            tag = f'`json:"{go_tag_name(f.name)}{"" if f.required else ",omitzero"}"`'
            fields.append(GoField(gname, self.rtype(f.type), tag, doc(f.description)))
        return GoStruct(self.n.type(m.scope, m.path), doc(m.description), fields, raw=response)

    def enum(self, e: ir.Enum) -> GoEnum:
        name = self.n.type(e.scope, e.path)
        consts = [(self.n[("const", e.scope, *e.path, "\0", v.value)], q(v.value)) for v in e.values]
        text = e.description
        if e.open:
            text = (text + " " if text else "") + "Other values are accepted too (an open enum)."
        return GoEnum(name, doc(text), e.scope == "declared" and e.open, consts)

    def union(self, u: ir.UnionType) -> GoUnion:
        name = self.n.union(u.name)
        models = [self.api.model(ir.ModelRef("declared", (v.model,))) for v in u.variants]
        by_wire: dict[str, list[tuple[ir.Model, ir.Field]]] = {}
        for m in models:
            for f in m.fields:
                by_wire.setdefault(f.name, []).append((m, f))
        fields = []
        disc_field = ""
        for wire in sorted(by_wire):
            entries = by_wire[wire]
            types = {self.rtype(f.type) for _, f in entries}
            kinds = {type(f.type) for _, f in entries}
            if len(types) == 1:
                gtype = types.pop()
            elif kinds <= {ir.EnumRef, ir.Const, ir.Primitive} and all(
                not isinstance(f.type, ir.Primitive) or f.type.kind == "string" for _, f in entries
            ):
                gtype = "string"
            else:
                gtype = "json.RawMessage"
            m0, f0 = entries[0]
            gname = self.n.field(m0.scope, m0.path, wire)
            if wire == u.discriminator:
                disc_field = gname
            fields.append(GoField(gname, gtype, f'`json:"{go_tag_name(wire)},omitzero"`', doc(f0.description)))
        variants = [(self.n[("accessor", u.name, v.value)], q(v.value), self.n.type("declared", (v.model,))) for v in u.variants]
        iface = "any" + name
        return GoUnion(name, doc(u.description), fields, disc_field, variants, iface)

    def param_union(self, u: ir.UnionType) -> GoParamUnion:
        variants = []
        for v in u.variants:
            m = self.api.model(ir.ModelRef("declared", (v.model,)))
            disc = self.n.field("declared", m.path, u.discriminator)
            tname = self.n.type("declared", m.path)
            variants.append(("Of" + tname, "*" + tname, disc, q(v.value)))
        return GoParamUnion(self.n[("type", "union_param", u.name)], variants)

    def _value_line(self, wire: str, gname: str, f: ir.Field, ptype: str) -> str:
        t = f.type
        acc = f"p.{gname}"
        if isinstance(t, ir.OneOf) or isinstance(t, ir.UnionRef):
            if f.required:
                return f'v[{q(wire)}] = {acc}.value()'
            return f'if x := {acc}.value(); x != nil {{\nv[{q(wire)}] = x\n}}'
        if isinstance(t, ir.ModelRef) and t.scope == "params":
            if f.required:
                return f'v[{q(wire)}] = {acc}.values()'
            return f'if {acc} != nil {{\nv[{q(wire)}] = {acc}.values()\n}}'
        if ptype.startswith("param.Opt["):
            return f'if {acc}.Valid() {{\nv[{q(wire)}] = {acc}.Value\n}}'
        if isinstance(t, (ir.EnumRef, ir.Const)):
            if f.required:
                return f'v[{q(wire)}] = string({acc})'
            return f'if {acc} != "" {{\nv[{q(wire)}] = string({acc})\n}}'
        if f.required:
            return f'v[{q(wire)}] = {acc}'
        return f'if {acc} != nil {{\nv[{q(wire)}] = {acc}\n}}'

    def params(self, name: str, desc: str, fields: tuple[ir.Field, ...], names: dict[str, str], marshal: bool) -> tuple[GoParams, list[GoOneOf]]:
        gfields, values, oneofs = [], [], []
        for f in fields:
            gname = names[f.name]
            ptype = self.ptype(name, gname, f)
            if isinstance(f.type, ir.OneOf):
                variants = []
                for v in f.type.variants:
                    vname, vtype = self.oneof_variant(v)
                    variants.append(("Of" + vname, vtype, "nil" if vtype.startswith(("[]", "*", "io.", "any")) or vtype == "io.Reader" else '""' if vtype == "string" else "0"))
                oneofs.append(GoOneOf(ptype, variants))
            tag = f'`json:"{go_tag_name(f.name)}{"" if f.required else ",omitzero"}"`'
            gfields.append(GoField(gname, ptype, tag, doc(f.description)))
            values.append(self._value_line(f.name, gname, f, ptype))
        return GoParams(name, doc(desc), gfields, values, marshal), oneofs

    # ------------------------------------------------------------ operations
    def op_var(self, r: ir.Resource, op: ir.Operation) -> str:
        return "op" + self.s.name(r.name) + self.s.name(op.name)

    def _spec(self, t: ir.TypeRef, b: ir.Bounds, required: bool) -> str:
        kinds: list[str] = []
        items = ""
        enum: Optional[list[str]] = None
        is_open = False
        for v in (t.variants if isinstance(t, ir.OneOf) else (t,)):
            if isinstance(v, ir.Primitive):
                kinds.append(v.kind)
            elif isinstance(v, ir.ArrayOf):
                kinds.append("array")
                items = self._spec(v.items, ir.Bounds(), False)
            elif isinstance(v, ir.EnumRef):
                e = self.api.enum(v)
                kinds.append("string")
                enum, is_open = [x.value for x in e.values], e.open
            elif isinstance(v, ir.Const):
                kinds.append("string")
                enum = [v.value]
            else:
                kinds.append("object")
        parts = ["Kinds: []string{" + ", ".join(q(k) for k in kinds) + "}"]
        if required:
            parts.append("Required: true")
        if enum is not None:
            parts.append("Enum: []string{" + ", ".join(q(x) for x in enum) + "}")
            if is_open:
                parts.append("Open: true")
        if items:
            parts.append("Items: &validate.Field" + items)
        parts += self._bounds(b)
        return "{" + ", ".join(parts) + "}"

    @staticmethod
    def _bounds(b: ir.Bounds) -> list[str]:
        out = []
        for key, go in (("minimum", "Min"), ("maximum", "Max")):
            if getattr(b, key) is not None:
                out.append(f"{go}: validate.F({float(getattr(b, key))!r})")
        for key, go in (("min_length", "MinLen"), ("max_length", "MaxLen"), ("min_items", "MinItems"), ("max_items", "MaxItems")):
            if getattr(b, key) is not None:
                out.append(f"{go}: validate.I({getattr(b, key)})")
        return out

    def op_table(self, r: ir.Resource, op: ir.Operation) -> GoOpTable:
        fields = {p.name: self._spec(p.type, p.bounds, p.required) for p in op.params}
        if op.streaming:
            fields[op.streaming.param] = '{Kinds: []string{"boolean"}}'
        rules = []
        for rule in op.rules:
            when = ", ".join(
                "{Param: " + q(c.param) + ", Values: []string{" + ", ".join(q(v) for v in c.values) + "}" + (", Negate: true" if c.negate else "") + "}"
                for c in rule.when
            )
            checks = []
            for ch in rule.then:
                parts = ["Param: " + q(ch.param)]
                if ch.forbidden:
                    parts.append("Forbidden: true")
                if ch.allowed is not None:
                    parts.append("Allowed: []string{" + ", ".join(q(v) for v in ch.allowed) + "}")
                if ch.disallowed is not None:
                    parts.append("Disallowed: []string{" + ", ".join(q(v) for v in ch.disallowed) + "}")
                parts += self._bounds(ch.bounds)
                if ch.dimensions is not None:
                    d = ch.dimensions
                    parts.append(
                        f"Dimensions: &validate.Dimensions{{MultipleOf: {d.multiple_of or 0}, MaxAspectRatio: {float(d.max_aspect_ratio or 0)!r}, "
                        f"MaxLongEdge: {d.max_long_edge or 0}, MaxShortEdge: {d.max_short_edge or 0}}}"
                    )
                checks.append("{" + ", ".join(parts) + "}")
            rules.append(
                "{ID: " + q(rule.id) + ", Message: " + q(rule.message) + ", When: []validate.Condition{" + when + "}, Then: []validate.Check{" + ", ".join(checks) + "}}"
            )
        body = (
            "validate.Operation{\n"
            f"Name: {q(r.name + '.' + op.name)}, Method: {q(op.method)}, Path: {q(op.path)}, Body: {q(op.body)}, "
            f"StreamParam: {q(op.streaming.param if op.streaming else '')},\n"
            "Order: []string{" + ", ".join(q(k) for k in sorted(fields)) + "},\n"
            "Fields: map[string]validate.Field{\n" + "".join(f"{q(k)}: {fields[k]},\n" for k in sorted(fields)) + "},\n"
            "Rules: []validate.Rule{\n" + "".join(x + ",\n" for x in rules) + "},\n}"
        )
        return GoOpTable(self.op_var(r, op), body)

    # ------------------------------------------------------------ files
    def files(self) -> dict[str, str]:
        api = self.api
        out: dict[str, str] = {}
        ctx: dict[str, Any] = dict(header=self.header, package=self.package, module=self.module)
        client = api.client
        mock_url = f"http://127.0.0.1:4010{urlsplit(client.base_url).path}"
        for rel in RUNTIME_FILES:
            out[rel] = self.env.get_template(f"runtime/{rel}.j2").render(
                **ctx, mock_url=mock_url, api_key_env=client.auth_env, api_key_option="WithAPIKey"
            )
        # declared types and the inline types of models
        enums = [self.enum(e) for e in api.enums if e.scope != "params"]
        structs = [self.struct(m, True) for m in api.models if m.scope != "params"]
        unions = [self.union(u) for u in api.unions]
        used_in_params = sorted({p.type.name for op in api.operations() for p in op.params if isinstance(p.type, ir.UnionRef)} | {
            p.type.items.name for op in api.operations() for p in op.params if isinstance(p.type, ir.ArrayOf) and isinstance(p.type.items, ir.UnionRef)})
        param_unions = [self.param_union(api.union(n)) for n in used_in_params]
        out["models.go"] = self.env.get_template("models.go.j2").render(
            **ctx, enums=enums, structs=structs, unions=unions, param_unions=param_unions,
            needs_json=bool(structs or unions or param_unions),
        )
        # indexes, so each resource and operation finds its inline types without scanning them all
        params_enums_by_resource: dict[str, list[ir.Enum]] = {}
        for e in api.enums:
            if e.scope == "params":
                params_enums_by_resource.setdefault(e.path[0], []).append(e)
        params_models_by_op: dict[tuple[str, str], list[ir.Model]] = {}
        for m in api.models:
            if m.scope == "params":
                params_models_by_op.setdefault((m.path[0], m.path[1]), []).append(m)
        services = []
        for r in api.resources:
            params_blocks: list[GoParams] = []
            oneofs: list[GoOneOf] = []
            param_enums = [self.enum(e) for e in params_enums_by_resource.get(r.name, [])]
            methods, tables = [], []
            for op in r.operations:
                names = {p.name: self.n.param(op, p.name) for p in op.params}
                pb, oo = self.params(self.n.params_type(op), "", op.params, names, False)
                params_blocks.append(pb)
                oneofs += oo
                for m in sorted(params_models_by_op.get((r.name, op.name), []), key=lambda m: m.path):
                    mnames = {f.name: self.n.field(m.scope, m.path, f.name) for f in m.fields}
                    pb2, oo2 = self.params(self.n.type(m.scope, m.path), m.description, m.fields, mnames, True)
                    params_blocks.append(pb2)
                    oneofs += oo2
                stream = self.n.union(op.streaming.event) if op.streaming else ""
                methods.append(GoMethod(
                    self.n.method(op), doc(op.description), self.n.params_type(op),
                    self.n.type("declared", op.response.path), self.op_var(r, op), stream,
                    op.streaming.param if op.streaming else "",
                ))
                tables.append(self.op_table(r, op))
            service = GoService(self.n[("resource_class", r.name)], self.n[("resource", r.name)], doc(r.description), methods)
            services.append(service)
            needs_io = any("io.Reader" in f.type for pb in params_blocks for f in pb.fields) or any("io.Reader" in v[1] for o in oneofs for v in o.variants)
            needs_param = any(f.type.startswith("param.Opt[") for pb in params_blocks for f in pb.fields)
            out[f"{self.n.file('resource', r.name)}.go"] = self.env.get_template("resource.go.j2").render(
                **ctx, service=service, params=params_blocks, oneofs=oneofs, enums=param_enums, tables=tables,
                needs_io=needs_io, needs_param=needs_param, needs_stream=any(m.stream for m in methods),
                needs_json=any(pb.marshal for pb in params_blocks),
            )
        out["client.go"] = self.env.get_template("client.go.j2").render(
            **ctx, services=services, client=client, base_url=client.base_url,
            header_options=[(self.n[("option", h.option)], h.env) for h in client.headers],
        )
        out["field.go"] = self.env.get_template("field.go.j2").render(**ctx)
        if client.headers:
            out["option/client.go"] = self.env.get_template("option_client.go.j2").render(
                **ctx, header_options=[(self.n[("option", h.option)], h.option, h.header) for h in client.headers],
            )
        out["go.mod"] = f"module {self.module}\n\ngo 1.24\n"
        out.update(self.tests(services))
        out["README.md"] = self.env.get_template("README.md.j2").render(
            **ctx, title=api.title, services=services, api_key_env=client.auth_env, spec=self.header[0],
        )
        return out

    # ------------------------------------------------------------ tests
    def lit(self, t: ir.TypeRef, value: Any, *, owner: str = "", fname: str = "", required: bool = True, param: bool = True) -> str:
        """A Go expression for a sample value."""
        p = self.package
        if isinstance(t, ir.OneOf):
            for v in t.variants:
                if (isinstance(value, SampleFile) and v == ir.Primitive("file")) or (isinstance(value, list) and isinstance(v, ir.ArrayOf)) or (
                    isinstance(value, str) and isinstance(v, (ir.Primitive, ir.EnumRef)) and getattr(v, "kind", "string") == "string"
                ) or (isinstance(value, dict) and isinstance(v, ir.ModelRef)):
                    vname, _ = self.oneof_variant(v)
                    inner = self.lit(v, value, required=True, param=param)
                    if isinstance(v, ir.ModelRef) and v.scope == "declared":
                        inner = "&" + inner
                    return f"{p}.{owner}{fname}Union{{Of{vname}: {inner}}}"
            raise ValueError(value)
        if isinstance(t, ir.Primitive):
            if t.kind == "file":
                return "bytes.NewReader(png)"
            if isinstance(value, RepeatedText):
                rep = f'strings.Repeat("x", {value.count})'
                return f"{p}.String({rep})" if param and not required else rep
            base = q(value) if isinstance(value, str) else ("true" if value is True else "false" if value is False else repr(value))
            if param and not required and t.kind in ("string", "integer", "number", "boolean"):
                helper = {"string": "String", "integer": "Int", "number": "Float", "boolean": "Bool"}[t.kind]
                return f"{p}.{helper}({base})"
            return base
        if isinstance(t, ir.Const):
            return q(value)
        if isinstance(t, ir.EnumRef):
            return f"{p}.{self.n.type(t.scope, t.path)}({q(value)})"
        if isinstance(t, ir.ArrayOf):
            item_t = self.pitem(t.items) if param else self.rtype(t.items)
            item_t = item_t if not item_t.startswith(("[]",)) else item_t
            elems = ", ".join(self.lit(t.items, v, required=True, param=param) for v in value)
            return f"[]{self._qualify(item_t)}{{{elems}}}"
        if isinstance(t, ir.UnionRef):
            u = self.api.union(t.name)
            variant = next(v for v in u.variants if v.value == value.get(u.discriminator))
            vm = self.api.model(ir.ModelRef("declared", (variant.model,)))
            return f"{p}.{self.n[('type', 'union_param', t.name)]}{{Of{self.n.type('declared', vm.path)}: &{self.lit(vm.ref, value, param=False)}}}"
        if isinstance(t, ir.ModelRef):
            m = self.api.model(t)
            tname = self.n.type(m.scope, m.path)
            parts = []
            for f in m.fields:
                if f.name in value:
                    is_param = m.scope == "params"
                    parts.append(f"{self.n.field(m.scope, m.path, f.name)}: {self.lit(f.type, value[f.name], owner=tname, fname=self.n.field(m.scope, m.path, f.name), required=f.required, param=is_param)}")
            text = f"{p}.{tname}{{{', '.join(parts)}}}"
            return text if required or not param else "&" + text
        raise TypeError(t)

    def _qualify(self, gtype: str) -> str:
        """Prefix package types in a Go type expression (for use from the _test package)."""
        prefix = ""
        while gtype.startswith(("[]", "*")):
            cut = 2 if gtype.startswith("[]") else 1
            prefix += gtype[:cut]
            gtype = gtype[cut:]
        if gtype in ("string", "int64", "float64", "bool", "any", "io.Reader", "json.RawMessage"):
            return prefix + gtype
        return prefix + f"{self.package}.{gtype}"

    def params_lit(self, r: ir.Resource, op: ir.Operation, sample: dict[str, Any]) -> str:
        ptype = self.n.params_type(op)
        parts = []
        for pf in op.params:
            if pf.name in sample:
                gname = self.n.param(op, pf.name)
                value = self.lit(pf.type, sample[pf.name], owner=ptype, fname=gname, required=pf.required)
                parts.append(f"{gname}: {value}")
        return f"{self.package}.{ptype}{{{', '.join(parts)}}}"

    def tests(self, services: list[GoService]) -> dict[str, str]:
        out: dict[str, str] = {}
        api, plan = self.api, self.plan.tests
        ctx: dict[str, Any] = dict(header=self.header, package=self.package, module=self.module)
        views: dict[int, GoTestOp] = {}
        for r, service in zip(api.resources, services, strict=True):
            ops = []
            for t in plan.of(r):
                op, method = t.op, self.n.method(t.op)
                events = [(self.n.type("declared", e.model.path), q(json.dumps(e.data, sort_keys=True)), e.value) for e in t.events]
                disc_field = self.union(api.union(op.streaming.event)).disc_field if op.streaming else ""
                views[id(t)] = view = GoTestOp(
                    f"Test{self.s.name(r.singular)}{method}", service.field, method, method + "Streaming", op.method, op.path,
                    self.params_lit(r, op, t.required), self.params_lit(r, op, t.full), sorted(t.full),
                    self.params_lit(r, op, t.stream) if t.stream is not None else "", events, disc_field, t.discriminator,
                    self.n.params_type(op), [(x.rule, x.param, self.params_lit(r, op, x.params)) for x in t.violations],
                    list(t.single_files), list(t.many_files), self.params_lit(r, op, t.open_enum) if t.open_enum else "",
                )
                ops.append(view)
            out[f"{self.n.file('resource', r.name)}_test.go"] = self.env.get_template("resource_test.go.j2").render(
                **ctx, ops=ops, needs_io=any("io.Reader{" in o.full or "io.Reader{" in o.stream for o in ops),
            )
        simple = plan.simple
        invalid = (self.params_lit(simple.resource, simple.op, simple.invalid[0]), simple.invalid[1]) if simple.invalid else None
        out["client_test.go"] = self.env.get_template("client_test.go.j2").render(
            **ctx, simple=views[id(simple)], streaming=views[id(plan.streaming)] if plan.streaming else None, invalid=invalid,
            api_key_env=self.api.client.auth_env, header_options=[(self.n[("option", h.option)], h.header) for h in self.api.client.headers],
        )
        return out
