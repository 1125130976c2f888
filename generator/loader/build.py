"""Stage 1 of the meaning pass (protobuf's desc_init): the checked YAML mapping -> IR nodes.

Every node carries the line it was declared at (``ir.Loc``). Names are looked up through the
``Resolver`` (stage 2), which reports those that resolve to nothing; a field whose type fails is
left out of the IR. The only errors raised here are about the shape of a type expression, which
decides what to build (``type`` with ``one_of``, ``enum`` on a non-string, an array without
``items``, ...) and which the IR could not show afterwards. Every other check runs on the result
(stage 3, ``validate``), which gets from ``Built`` what the IR does not hold: which properties
failed to build.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from .. import ir
from ..yamlsrc import YList, YMap, plain
from .report import At, Report, describe
from .resolve import Resolver

Key = tuple[ir.Scope, ir.Path]  # a model's or enum's (scope, path)
BOUND_KEYS = ("minimum", "maximum", "min_length", "max_length", "min_items", "max_items")


@dataclass(frozen=True)
class Built:
    api: ir.Api
    failed: dict[Key, frozenset[str]]  # per model, the properties whose type failed (reported already)


def build(root: YMap, report: Report, resolver: Resolver) -> Built:
    return _Builder(root, report, resolver).build()


class _Builder:
    def __init__(self, root: YMap, report: Report, resolver: Resolver) -> None:
        self.root = root
        self.report = report
        self.file = report.file
        self.names = resolver
        self.enums: dict[Key, ir.Enum] = {}
        self.models: dict[Key, ir.Model] = {}
        self.value_sets: dict[str, ir.ValueSet] = {}
        self.failed: dict[Key, frozenset[str]] = {}
        auth = root["client"]["auth"]
        self._default_auth: tuple[str, ...] = (auth["option"],) if auth.get("scheme") != "none" and auth.get("option") else ()

    def loc(self, line: int) -> ir.Loc:
        return ir.Loc(self.file, line)

    def build(self) -> Built:
        root = self.root
        enums: YMap = root.get("enums") or YMap()
        for name, body in enums.items():
            self._enum("declared", (name,), body, enums.line_of(name), body["values"], bool(body.get("open")))
        models: YMap = root.get("models") or YMap()
        for name, body in models.items():
            self._model("declared", (name,), body, ("models", name), models.line_of(name))
        sets: YMap = root.get("value_sets") or YMap()
        for name, body in sets.items():
            if self.names.value_set(name, body, ("value_sets", name), self.enums):
                self.value_sets[name] = ir.ValueSet(name, body["enum"], body.get("description", ""), tuple(body["values"]))
        unions: YMap = root.get("unions") or YMap()
        union_nodes = [self._union(name, body, unions.line_of(name)) for name, body in unions.items()]
        resources: YMap = root["resources"]
        resource_nodes = [self._resource(name, body, resources.line_of(name)) for name, body in resources.items()]
        info = root["info"]
        packages: YMap = root.get("packages") or YMap()
        api = ir.Api(
            source=self.file,
            title=info["title"],
            version=info["version"],
            description=info.get("description", ""),
            client=self._client(),
            packages=tuple(sorted((lang, tuple(sorted(conf.items()))) for lang, conf in packages.items())),
            value_sets=tuple(sorted(self.value_sets.values(), key=lambda s: s.name)),
            enums=tuple(self.enums[k] for k in sorted(self.enums)),
            models=tuple(self.models[k] for k in sorted(self.models)),
            unions=tuple(sorted(union_nodes, key=lambda u: u.name)),
            resources=tuple(sorted(resource_nodes, key=lambda r: r.name)),
            package_lines=tuple(sorted((lang, packages.line_of(lang)) for lang in packages)),
            license=info.get("license", ""),
            authors=tuple(author(a) for a in info.get("authors") or ()),
            urls=tuple((label, url) for label, url in (info.get("urls") or {}).items()),
        )
        return Built(api, self.failed)

    def _client(self) -> ir.Client:
        c = self.root["client"]
        raw = c.get("headers") or YList()
        headers = tuple(ir.HeaderOption(h["option"], h["header"], h.get("env", ""), self.loc(raw.line_of(i)), h.get("default", ""))
                        for i, h in enumerate(raw))
        headers = tuple(replace(h, required=bool(raw[i].get("required"))) for i, h in enumerate(headers))
        a = c["auth"]
        scheme = a["scheme"]
        header = a.get("header", "") if scheme == "header" else "Authorization"
        if scheme == "header" and not header:
            self.report.err(("client", "auth"), "client.auth: scheme 'header' needs 'header: <name>'", "add e.g. 'header: x-api-key'")
        if scheme != "header" and "header" in a:
            self.report.err(("client", "auth", "header"), "client.auth: 'header' only applies to scheme 'header'", "remove it or set 'scheme: header'")
        for key in ("option", "env"):
            if scheme == "none" and key in a:
                self.report.err(("client", "auth", key), f"client.auth: scheme 'none' sends no credential, so '{key}' has no use", "remove it")
            if scheme != "none" and key not in a:
                self.report.err(("client", "auth"), f"client.auth: scheme '{scheme}' needs '{key}'", f"add '{key}:' (the client option / environment variable with the key)")
        prefix = {"bearer": "Bearer ", "basic": "Basic "}.get(scheme, "")
        raw_extra = c.get("extra_auth") or YList()
        extra = tuple(self._credential(e, raw_extra.line_of(i), ("client", "extra_auth", i)) for i, e in enumerate(raw_extra))
        if scheme == "none" and extra:
            self.report.err(("client", "extra_auth"), "client.extra_auth: the client's auth scheme is 'none'",
                            "move one credential to client.auth, or remove extra_auth")
        platform = c.get("platform_headers") or {}
        return ir.Client(c["name"], c["base_url"].rstrip("/"), c.get("base_url_env", ""), a.get("option", "") if scheme != "none" else "",
                         a.get("env", "") if scheme != "none" else "", headers, self.loc(c.line_of("auth")), header or "Authorization", prefix,
                         ir.ErrorShape(**dict(c.get("errors") or {})), scheme, extra,
                         tuple((k, platform[k]) for k in ir.PLATFORM_HEADERS if k in platform), c.get("validation_env", ""),
                         c.get("stream_accept", "text/event-stream"))

    def _credential(self, e: YMap, line: int, at: At) -> ir.Credential:
        scheme = e["scheme"]
        if scheme == "header" and not e.get("header"):
            self.report.err(at, "client.extra_auth: scheme 'header' needs 'header: <name>'", "add e.g. 'header: x-admin-key'")
        if scheme != "header" and "header" in e:
            self.report.err(at + ("header",), "client.extra_auth: 'header' only applies to scheme 'header'", "remove it or set 'scheme: header'")
        header = e.get("header", "") if scheme == "header" else "Authorization"
        return ir.Credential(e["option"], e.get("env", ""), scheme, header or "Authorization",
                             {"bearer": "Bearer ", "basic": "Basic "}.get(scheme, ""), self.loc(line))

    # enums, models and fields
    def _enum(self, scope: ir.Scope, path: ir.Path, body: YMap, line: int, raw: YList, is_open: bool) -> ir.EnumRef:
        values = []
        for i, item in enumerate(raw):
            if isinstance(item, dict):
                values.append(ir.EnumValue(item["value"], item.get("description", ""), _names(item), self.loc(raw.line_of(i))))
            else:
                values.append(ir.EnumValue(item, "", (), self.loc(raw.line_of(i))))
        enum = ir.Enum(scope, path, body.get("description", ""), is_open, tuple(values), self.loc(line))
        self.enums[(scope, path)] = enum
        return enum.ref

    def _model(self, scope: ir.Scope, path: ir.Path, body: YMap, at: At, line: int) -> ir.ModelRef:
        fields = []
        failed = []
        props: YMap = body.get("properties") or YMap()
        inline: ir.Scope = "params" if scope == "params" else "model"
        for pname, pdef in props.items():
            for key in ("in", "header", "style"):
                if isinstance(pdef, dict) and key in pdef:
                    self.report.err(at + ("properties", pname, key), f"{describe(at + ('properties', pname))}: '{key}' only applies to an operation's params", "remove it")
            f = self._field(pname, pdef, path + (pname,), at + ("properties", pname), props.line_of(pname), inline)
            if f is not None:
                fields.append(f)
            else:
                failed.append(pname)
        additional = None
        if "additional_properties" in body:
            additional = self._type(body["additional_properties"], inline, path + ("additional",), at + ("additional_properties",), body.line_of("additional_properties"))
        model = ir.Model(scope, path, body.get("description", ""), _sorted_fields(fields), plain(body.get("example")), self.loc(line), additional)
        self.models[(scope, path)] = model
        if failed:
            self.failed[(scope, path)] = frozenset(failed)
        return model.ref

    def _field(self, name: str, fdef: YMap, path: ir.Path, at: At, line: int, inline: ir.Scope) -> Optional[ir.Field]:
        t = self._type(fdef, inline, path, at, line)
        if t is None:
            return None
        return ir.Field(
            name=name,
            type=t,
            required=bool(fdef.get("required")),
            nullable=bool(fdef.get("nullable")),
            description=fdef.get("description", ""),
            default=plain(fdef.get("default")),
            has_default="default" in fdef,
            bounds=_bounds(fdef),
            names=_names(fdef),
            loc=self.loc(line),
            example=plain(fdef.get("example")),
            content_types=tuple(fdef.get("content_types") or ()),
            pattern=fdef.get("pattern", "") if isinstance(fdef, dict) else "",
        )

    def _type(self, expr: Any, scope: ir.Scope, path: ir.Path, at: At, line: int) -> Optional[ir.TypeRef]:
        """A type expression: a name, or a mapping (an inline enum, const, array, object or one_of)."""
        if isinstance(expr, str):
            return self.names.type_named(expr, at, at)
        err = self.report.err
        if "one_of" in expr:
            if "type" in expr:
                err(at + ("type",), f"{describe(at)}: 'type' and 'one_of' cannot be combined", "keep one of them")
                return None
            choices: YList = expr["one_of"]
            variants = [self._type(v, scope, path + (f"variant{i}",), at + ("one_of", i), choices.line_of(i)) for i, v in enumerate(choices)]
            built = tuple(v for v in variants if v is not None)
            return ir.OneOf(built) if len(built) == len(variants) else None
        tname = expr.get("type")
        if "enum" in expr or "const" in expr:
            if tname not in (None, "string"):
                err(at + ("type",), f"{describe(at)}: 'enum' and 'const' need type string, not '{tname}'", "use 'type: string'")
                return None
            if "enum" in expr and "const" in expr:
                err(at + ("const",), f"{describe(at)}: 'enum' and 'const' cannot be combined", "keep one of them")
                return None
            if "const" in expr:
                return ir.Const(expr["const"])
            return self._enum(scope, path, expr, line, expr["enum"], bool(expr.get("open")))
        if expr.get("open") is not None:
            err(at + ("open",), f"{describe(at)}: 'open' only applies to an enum", "add 'enum:' or remove 'open'")
        if tname is None:
            err(at, f"{describe(at)}: missing 'type'", "add 'type:' (string, integer, number, boolean, file, array, object or a declared type)")
            return None
        if "values" in expr and tname != "map":
            err(at + ("values",), f"{describe(at)}: 'values' only applies to type map", "remove it or use 'type: map'")
            return None
        if tname == "array":
            if "items" not in expr:
                err(at, f"{describe(at)}: an array needs 'items'", "add 'items: <type>'")
                return None
            items = self._type(expr["items"], scope, path + ("item",), at + ("items",), expr.line_of("items"))
            return ir.ArrayOf(items) if items is not None else None
        if "items" in expr:
            err(at + ("items",), f"{describe(at)}: 'items' only applies to type array", "remove it or use 'type: array'")
        if tname == "map":
            if "values" not in expr:
                err(at, f"{describe(at)}: a map needs 'values'", "add 'values: <type>' ('any' for free-form values)")
                return None
            values = self._type(expr["values"], scope, path + ("value",), at + ("values",), expr.line_of("values"))
            return ir.MapOf(values) if values is not None else None
        if "additional_properties" in expr and tname != "object":
            err(at + ("additional_properties",), f"{describe(at)}: 'additional_properties' only applies to type object", "remove it or use 'type: object'")
        if tname == "object":
            if "properties" not in expr:
                err(at, f"{describe(at)}: an object needs 'properties'", "add 'properties:' or use a declared model")
                return None
            return self._model(scope, path, expr, at, line)
        if "properties" in expr:
            err(at + ("properties",), f"{describe(at)}: 'properties' only applies to type object", "use 'type: object'")
        t = self.names.type_named(tname, at + ("type",), at)
        fmt = expr.get("format")
        if fmt is not None and t is not None:
            if not (isinstance(t, ir.Primitive) and fmt in ir.FORMATS.get(t.kind, ())):
                kind = next(k for k, v in ir.FORMATS.items() if fmt in v)
                err(at + ("format",), f"{describe(at)}: format '{fmt}' applies to type {kind}, not '{tname}'", f"use 'type: {kind}' or remove 'format'")
                return None
            return ir.Primitive(t.kind, fmt)
        return t

    # unions
    def _union(self, name: str, body: YMap, line: int) -> ir.UnionType:
        at = ("unions", name)
        variants = tuple(
            ir.Variant(value, model)
            for value, model in body["variants"].items()
            if self.names.variant(name, value, model, at + ("variants", value))
        )
        return ir.UnionType(name, body.get("description", ""), body["discriminator"], variants, self.loc(line), body.get("default", ""))

    # resources and operations
    def _resource(self, name: str, body: YMap, line: int) -> ir.Resource:
        ops: YMap = body.get("operations") or YMap()
        built = [self._operation(name, oname, obody, ops.line_of(oname)) for oname, obody in ops.items()]
        subs: YMap = body.get("resources") or YMap()
        children = [self._resource(f"{name}.{sub}", sbody, subs.line_of(sub)) for sub, sbody in subs.items()]
        return ir.Resource(name, body["singular"], body.get("description", ""), tuple(sorted(built, key=lambda o: o.name)), self.loc(line),
                           tuple(sorted(children, key=lambda r: r.name)))

    def _operation(self, resource: str, name: str, body: YMap, line: int) -> ir.Operation:
        at = resource_at(resource) + ("operations", name)
        pdefs: YMap = body.get("params") or YMap()
        # every param by name, None where its type failed: rules naming it stay quiet
        params = {p: self._field(p, pdef, (resource, name, p), at + ("params", p), pdefs.line_of(p), "params") for p, pdef in pdefs.items()}
        default_in = "body" if body["method"] in ir.BODY_METHODS else "query"
        params = {p: f and replace(f, location=pdefs[p].get("in", default_in), header=pdefs[p].get("header", ""), style=pdefs[p].get("style", ""))
                  for p, f in params.items()}
        response, array = self._response(body, name, at)
        streaming = None
        params_for_rules = params
        if "streaming" in body:
            s = body["streaming"]
            self.names.event(s["event"], name, at + ("streaming", "event"))
            flag = None
            if "param" in s:
                flag = ir.Field(s["param"], ir.Primitive("boolean"), False, False, s.get("description", ""), False, True, ir.Bounds(), (),
                                self.loc(body.line_of("streaming")), location=default_in)
                params_for_rules = {**params, s["param"]: flag}
            streaming = ir.Streaming(s.get("param", ""), s["event"], s.get("description", ""), flag, s.get("progress_param", ""),
                                     tuple(s.get("keepalive_events") or ()), s.get("error_event", ""), s.get("done", "[DONE]"))
        rdefs: YList = body.get("rules") or YList()
        rules = tuple(self._rule(rdef, at + ("rules", i), rdefs.line_of(i), params_for_rules) for i, rdef in enumerate(rdefs))
        return ir.Operation(
            resource=resource,
            name=name,
            summary=body.get("summary", ""),
            description=body.get("description", ""),
            method=body["method"],
            path=body["path"],
            body=body.get("body", "json"),
            params=_sorted_fields([p for p in params.values() if p is not None]),
            response=response,
            streaming=streaming,
            rules=rules,
            names=_names(body),
            loc=self.loc(line),
            response_format=body.get("response_format", "json"),
            response_array=array,
            pagination=self._pagination(body, response, at),
            auth=tuple(body["auth"]) if "auth" in body else self._default_auth,
        )

    def _response(self, body: YMap, op: str, at: At) -> tuple[Optional[ir.ModelRef], bool]:
        """The response model (a name, or ``{type: array, items: Model}``) and whether it is an array."""
        raw = body.get("response")
        if raw is None:
            return None, False
        if isinstance(raw, str):
            return self.names.response(raw, op, at + ("response",)), False
        items = raw.get("items")
        if raw.get("type") != "array" or not isinstance(items, str) or set(raw) - {"type", "items"}:
            self.report.err(at + ("response",), f"operation '{op}': a response is a model's name or {{type: array, items: <model>}}",
                            "name a declared model")
            return None, False
        return self.names.response(items, op, at + ("response", "items")), True

    def _pagination(self, body: YMap, response: Optional[ir.ModelRef], at: At) -> Optional[ir.Pagination]:
        """The pagination block; its item type is the response model's ``items`` field's item type
        (validate checks the fields it names)."""
        p = body.get("pagination")
        if p is None:
            return None
        item: ir.TypeRef = ir.Primitive("any")
        model = self.models.get(("declared", response.path)) if response is not None else None
        field = next((f for f in model.fields if f.name == p["items"]), None) if model is not None else None
        if field is not None and isinstance(field.type, ir.ArrayOf):
            item = field.type.items

        def cursor(key: str) -> Optional[ir.Cursor]:
            c = p.get(key)
            return None if c is None else ir.Cursor(c["param"], c.get("from", ""), c.get("item", ""))

        for key in ("after", "before", "page", "offset"):
            if key in p and key not in {"cursor": ("after", "before"), "page": ("page",), "offset": ("offset",)}[p["style"]]:
                self.report.err(at + ("pagination", key), f"operation '{at[-1]}': '{key}' does not belong to {p['style']} pagination", "remove it or change 'style'")
        counter = p.get(p["style"]) if p["style"] in ("page", "offset") else None
        return ir.Pagination(p["style"], p["items"], item, p.get("has_more", ""), cursor("after"), cursor("before"),
                             ir.Counter(counter["param"], counter.get("total", "")) if counter else None, self.loc(body.line_of("pagination")))

    def _rule(self, rdef: YMap, at: At, line: int, params: dict[str, Optional[ir.Field]]) -> ir.Rule:
        rid = rdef["id"]
        conds = []
        for pname, cond in (rdef.get("when") or {}).items():
            cat = at + ("when", pname)
            p = self.names.rule_param(rid, "when", pname, cat, params)
            if p is not None:
                key = "not_in" if "not_in" in cond else "in"
                values, set_name = self.names.rule_values(cond[key], p, cat + (key,), rid, self.enums, self.value_sets)
                conds.append(ir.Condition(pname, values, key == "not_in", set_name))
        checks = []
        for pname, cdef in rdef["then"].items():
            cat = at + ("then", pname)
            p = self.names.rule_param(rid, "then", pname, cat, params)
            if p is None:
                continue
            allowed = disallowed = None
            if "enum" in cdef:
                allowed = self.names.rule_values(cdef["enum"], p, cat + ("enum",), rid, self.enums, self.value_sets)[0]
            if "not_enum" in cdef:
                disallowed = self.names.rule_values(cdef["not_enum"], p, cat + ("not_enum",), rid, self.enums, self.value_sets)[0]
            bounds = ir.Bounds(**{k: cdef[k] for k in BOUND_KEYS if k in cdef})
            dims = None
            if "dimensions" in cdef:
                d = cdef["dimensions"]
                dims = ir.Dimensions(d.get("multiple_of"), d.get("max_aspect_ratio"), d.get("max_long_edge"), d.get("max_short_edge"))
            checks.append(ir.Check(pname, bool(cdef.get("forbidden")), allowed, disallowed, bounds, dims))
        return ir.Rule(rid, rdef.get("message", ""), tuple(conds), tuple(checks), self.loc(line))


def author(text: str) -> tuple[str, str]:
    """'Name <email>' -> (name, email); a bare name has no email."""
    name, _, email = text.partition(" <")
    return name.strip(), email.rstrip(">")


def resource_at(name: str) -> At:
    """Where a resource is in the spec, from its dotted name: ("resources", "books", "resources", "reviews")."""
    return tuple(x for part in name.split(".") for x in ("resources", part))


def _names(node: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(node, dict) and isinstance(node.get("names"), dict):
        return tuple(sorted(node["names"].items()))
    return ()


def _bounds(fdef: YMap) -> ir.Bounds:
    get = fdef.get
    b = ir.Bounds(get("minimum"), get("maximum"), get("min_length"), get("max_length"), get("min_items"), get("max_items"))
    for variant in get("one_of") or ():
        # item bounds written on the array variant of a one_of apply to the field's array form
        if isinstance(variant, dict) and variant.get("type") == "array":
            lo = b.min_items if b.min_items is not None else variant.get("min_items")
            hi = b.max_items if b.max_items is not None else variant.get("max_items")
            b = ir.Bounds(b.minimum, b.maximum, b.min_length, b.max_length, lo, hi)
    return b


def _sorted_fields(fields: list[ir.Field]) -> tuple[ir.Field, ...]:
    return tuple(sorted(fields, key=lambda f: (not f.required, f.name)))
