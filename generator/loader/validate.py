"""Stage 3 of the meaning pass (protobuf's desc_validate): checks over the built IR.

Each check reads the IR and, for what the IR does not hold, the explicit data ``Built`` carries
(which properties failed to build); the spec itself is used only to find the line of a key
inside a node (``default:`` in a field, say). Checks: names (unique type names, identifier
names at most ``MAX_NAME_CHARS`` long), enum values, bounds (which apply to a type, agree with
each other, and in rules only narrow the param's own), defaults (``defaults.py``), examples,
discriminators, operations (body kind, streaming, unique rule ids, unique method + path), rule
checks, and models no finite value satisfies (``cycles.py``).
"""

from __future__ import annotations

import re
from typing import Optional

from .. import ir
from ..semantics.checker import rule_problems
from .build import Built, resource_at
from .cycles import check_cycles
from .defaults import default_problem
from .report import MAX_NAME_CHARS, PRIMITIVES, At, Report, describe, did_you_mean, name_words, shorten

NO_BOUNDS = ir.Bounds()


def _scalar(t: ir.TypeRef) -> bool:
    """A value that fits in a URL or a header as text."""
    return isinstance(t, (ir.EnumRef, ir.Const)) or (isinstance(t, ir.Primitive) and t.kind in ("string", "integer", "number", "boolean"))
# One wording per bounds check, for fields and rule checks alike: (low key, high key, the kinds they need, message)
_APPLY = (
    ("minimum", "maximum", frozenset({"integer", "number"}), "'minimum'/'maximum' need an integer or number type"),
    ("min_length", "max_length", frozenset({"string"}), "'min_length'/'max_length' need a string type"),
    ("min_items", "max_items", frozenset({"array"}), "'min_items'/'max_items' need an array type"),
)


def validate(built: Built, report: Report) -> None:
    _Validator(built, report).run()


class _Validator:
    def __init__(self, built: Built, report: Report) -> None:
        self.built = built
        self.api = built.api
        self.report = report
        self.err = report.err

    def run(self) -> None:
        """Walks the IR as the spec nests: inline models and enums are checked where they are declared."""
        self._type_names()
        self._client()
        for e in self.api.enums:
            if e.scope == "declared":
                self._enum(e, ("enums", e.path[0]))
        for m in self.api.models:
            if m.scope == "declared":
                self._model(m, ("models", m.path[0]))
        for u in self.api.unions:
            self._union(u)
        for r in self.api.all_resources():
            rat = resource_at(r.name)
            self._name(r.leaf, rat)
            self._name(r.singular, rat + ("singular",), f"'singular' of resource '{shorten(r.leaf)}'")
            for op in r.operations:
                self._operation(op)
        self._unique_operations()
        check_cycles(self.api, self.report)

    def _name(self, name: str, at: At, where: str = "", line: Optional[int] = None) -> None:
        """A spec name that becomes an identifier (and maybe a file name) is at most MAX_NAME_CHARS long."""
        if len(name) > MAX_NAME_CHARS:
            where = where or describe(tuple(shorten(x) if x == name else x for x in at))
            self.err(at, f"{where}: name is {len(name)} characters long; at most {MAX_NAME_CHARS}", "use a shorter name", line)

    def _type_names(self) -> None:
        seen: dict[str, tuple[str, int]] = {}
        declared = [("enums", e.path[0], e.loc.line) for e in self.api.enums if e.scope == "declared"]
        declared += [("models", m.path[0], m.loc.line) for m in self.api.models if m.scope == "declared"]
        declared += [("unions", u.name, u.loc.line) for u in self.api.unions]
        for section, name, line in declared:
            self._name(name, (section, name), line=line)
            if name in PRIMITIVES or name in ("array", "object"):
                self.err((), f"type name '{name}' is a built-in type", "rename it", line)
            elif name == self.api.client.name:
                self.err((), f"type name '{name}' is the client's name", "rename the type or client.name", line)
            elif name in seen:
                other, other_line = seen[name]
                self.err((), f"duplicate type name '{name}' (also in {other} at line {other_line})", "rename one of them", line)
            else:
                seen[name] = (section, line)

    def _client(self) -> None:
        c = self.api.client
        self._name(c.name, ("client", "name"))
        self._name(c.auth_option, ("client", "auth", "option"))
        seen = {c.auth_option} - {""}
        for i, h in enumerate(c.headers):
            self._name(h.option, ("client", "headers", i, "option"))
            if h.option in seen:
                self.err(("client", "headers", i), f"client option '{h.option}' is declared twice", "rename one of them")
            seen.add(h.option)
        for i, cred in enumerate(c.extra_auth):
            self._name(cred.option, ("client", "extra_auth", i, "option"))
            if cred.option in seen:
                self.err(("client", "extra_auth", i), f"client option '{cred.option}' is declared twice", "rename one of them")
            seen.add(cred.option)
        envs: dict[str, str] = {}
        for what, env in [("client.auth", c.auth_env), *((f"client.extra_auth {x.option}", x.env) for x in c.extra_auth),
                          *((f"client.headers {h.option}", h.env) for h in c.headers), ("client.validation_env", c.validation_env),
                          ("client.base_url_env", c.base_url_env)]:
            if env and env in envs:
                self.err(("client",), f"{what} reads the environment variable {env}, as {envs[env]} does", "give each its own variable")
            envs.setdefault(env, what)
        headers: dict[str, str] = {}
        for what, header in c.platform_headers:
            if header.lower() in headers:
                self.err(("client", "platform_headers", what), f"client.platform_headers: '{header}' is also the header of {headers[header.lower()]}",
                         "give each its own header")
            headers.setdefault(header.lower(), what)
        credentials = {x.option for x in c.credentials}
        for op in self.api.operations():
            for option in op.auth:
                if option not in credentials:
                    self.err(resource_at(op.resource) + ("operations", op.name, "auth"),
                             f"operation '{op.name}': auth '{option}' is not a credential of the client",
                             f"use one of: {', '.join(sorted(credentials)) or '(none: client.auth.scheme is none)'}")

    def _enum(self, e: ir.Enum, at: At) -> None:
        seen: dict[str, int] = {}
        by_words: dict[tuple[str, ...], str] = {}
        for v in e.values:
            value, line = v.value, v.loc.line
            if value == "":
                self.err(at, f"{describe(at)}: empty enum value", "remove it", line)
                continue
            if value in seen:
                self.err(at, f"{describe(at)}: duplicate enum value '{value}' (first at line {seen[value]})", "remove one of them", line)
                continue
            seen[value] = line
            key = name_words(value)
            if not key and not v.names:
                self.err(at, f"{describe(at)}: enum value '{value}' has no letters or digits to name a constant after", "give it 'names:' per language", line)
            elif key in by_words and not v.names:
                self.err(
                    at,
                    f"{describe(at)}: enum values '{by_words[key]}' and '{value}' have the same words ({', '.join(key)}), so they would get the same constant name",
                    "give one of them 'names:' per language",
                    line,
                )
            by_words.setdefault(key, value)

    def _model(self, m: ir.Model, at: At) -> None:
        if not m.fields and (m.scope, m.path) not in self.built.failed:
            self.err(at + ("properties",), f"{describe(at)}: has no properties", "add at least one property")
        for f in m.fields:
            self._field(f, at + ("properties", f.name))
        if m.additional is not None:
            self._inline(m.additional, at + ("additional_properties",))
        if isinstance(m.example, dict) and m.additional is None:
            names = {f.name for f in m.fields} | self.built.failed.get((m.scope, m.path), frozenset())  # a failed one was reported
            for prop in m.example:
                if prop not in names:
                    self.err(at + ("example", prop), f"{describe(at[:2])}: example has unknown property '{prop}'", did_you_mean(prop, names) or "remove it")
            for f in m.fields:
                if f.required and f.name not in m.example:
                    self.err(at + ("example",), f"{describe(at[:2])}: example lacks required property '{f.name}'", "add it")

    def _field(self, f: ir.Field, at: At) -> None:
        self._name(f.name, at, line=f.loc.line)
        if not name_words(f.name):
            self.err(at, f"{describe(at)}: the name '{f.name}' has no letters or digits to make an identifier from", "rename it", f.loc.line)
        if f.bounds != NO_BOUNDS:
            self._bounds(f.bounds, kinds(f.type), at)
        if f.pattern:
            self._pattern(f, at)
        if f.content_types and "file" not in kinds(f.type):
            self.err(at + ("content_types",), f"{describe(at)}: 'content_types' only applies to files", "remove it or use 'type: file'")
        if f.has_default:
            if f.required:
                self.err(at + ("default",), f"{describe(at)}: a required field cannot have a default", "drop 'default' or 'required'")
            problem = default_problem(f, self.api.enum)
            if problem is not None:
                self.err(at + ("default",), f"{describe(at)}: {problem[0]}", problem[1])
        if not isinstance(f.type, ir.Primitive):
            self._inline(f.type, at)

    def _inline(self, t: ir.TypeRef, at: At) -> None:
        """The models and enums declared inline in a field's type, at their place in the spec."""
        if isinstance(t, ir.ModelRef):
            if t.scope != "declared":
                self._model(self.api.model(t), at)
        elif isinstance(t, ir.EnumRef):
            if t.scope != "declared":
                self._enum(self.api.enum(t), at)
        elif isinstance(t, ir.ArrayOf):
            self._inline(t.items, at + ("items",))
        elif isinstance(t, ir.MapOf):
            self._inline(t.values, at + ("values",))
        elif isinstance(t, ir.OneOf):
            for i, v in enumerate(t.variants):
                self._inline(v, at + ("one_of", i))

    def _bounds(self, b: ir.Bounds, kinds: frozenset[str], at: At, where: str = "") -> None:
        """Bounds apply to the type (of a field, or of the param a rule checks) and agree with each other."""
        for lo, hi, need, message in _APPLY:
            lv, hv = getattr(b, lo), getattr(b, hi)
            if lv is None and hv is None:
                continue
            if not kinds & need:
                self.err(at, f"{where or describe(at)}: {message}", "remove them or change the type")
            if lv is not None and hv is not None and lv > hv:
                self.err(at + (lo,), f"{where or describe(at)}: bounds contradict: {lo} {lv} > {hi} {hv}", f"make {lo} <= {hi}")

    def _pattern(self, f: ir.Field, at: At) -> None:
        """A pattern applies to strings, compiles, stays in the subset every SDK's regex engine shares
        (Python re, Go's RE2, ECMAScript), and a required field with one has an example to send."""
        pat = at + ("pattern",)
        if "string" not in kinds(f.type):
            self.err(pat, f"{describe(at)}: 'pattern' needs a string type", "remove it or change the type")
            return
        try:
            re.compile(f.pattern)
        except re.error as exc:
            self.err(pat, f"{describe(at)}: the pattern does not compile: {exc}", "fix the regular expression")
            return
        unportable = re.search(r"\(\?[=!<]|\(\?P?<?[A-Za-z_]|\\[1-9]|\(\?[aiLmsux-]+\)|\\[AZz]", f.pattern)
        if unportable:
            self.err(pat, f"{describe(at)}: '{unportable[0]}' is not portable (lookaround, backreferences, named groups, inline flags and \\A \\Z are not in Go's RE2 or ECMAScript)",
                     "use plain groups, character classes and ^...$ anchors")
        if f.required and f.example is None:
            self.err(pat, f"{describe(at)}: a required string with a pattern needs an 'example' that matches it", "add 'example:' (the mock and the generated tests send it)")
        elif f.example is not None and isinstance(f.example, str) and not re.search(f.pattern, f.example):
            self.err(at + ("example",), f"{describe(at)}: the example does not match the pattern {f.pattern}", "fix the example or the pattern")

    def _union(self, u: ir.UnionType) -> None:
        at = ("unions", u.name)
        disc = u.discriminator
        if u.default and u.default not in {v.value for v in u.variants}:
            self.err(at + ("default",), f"union '{u.name}': default '{u.default}' is not a variant", did_you_mean(u.default, [v.value for v in u.variants]) or "name a variant's value")
        seen_models: dict[str, str] = {}
        for v in u.variants:
            vat = at + ("variants", v.value)
            self._name(v.value, vat, f"union '{u.name}': variant '{shorten(v.value)}'")
            if v.model in seen_models:
                self.err(vat, f"union '{u.name}': model '{v.model}' is listed twice (also for '{seen_models[v.model]}')", "list each model once")
                continue
            seen_models[v.model] = v.value
            model = self.api.model(ir.ModelRef("declared", (v.model,)))
            prop = next((f for f in model.fields if f.name == disc), None)
            if prop is None:
                self.err(vat, f"union '{u.name}': model '{v.model}' has no property '{disc}' (the discriminator)", f"add '{disc}: {{type: string, const: {v.value}, required: true}}' to the model")
            elif not isinstance(prop.type, ir.Const):
                self.err(vat, f"union '{u.name}': property '{disc}' of model '{v.model}' must be a const", f"declare it with 'const: {v.value}'")
            elif prop.type.value != v.value:
                self.err(vat, f"union '{u.name}': variant '{v.value}' maps to model '{v.model}' whose '{disc}' is '{prop.type.value}'", "make the key and the const agree")
            elif not prop.required:
                self.err(vat, f"union '{u.name}': the discriminator '{disc}' of model '{v.model}' must be required", "add 'required: true'")

    def _operation(self, op: ir.Operation) -> None:
        at = resource_at(op.resource) + ("operations", op.name)
        name = op.name
        self._name(name, at, line=op.loc.line)
        for f in op.params:
            self._field(f, at + ("params", f.name))
        body = [p for p in op.params if p.location == "body"]
        if op.body not in ("multipart", "binary") and any("file" in kinds(p.type) for p in body):
            self.err(at + ("body",), f"operation '{name}': file params need 'body: multipart' (or 'binary' for one file)", "set 'body: multipart'")
        if op.body == "binary" and (len(body) != 1 or body[0].type != ir.Primitive("file")):
            self.err(at + ("body",), f"operation '{name}': 'body: binary' sends one file param as the whole body", "keep exactly one body param, of type file")
        if op.body == "form" and any(not (_scalar(p.type) or (isinstance(p.type, ir.ArrayOf) and _scalar(p.type.items))) for p in body):
            self.err(at + ("body",), f"operation '{name}': a form body holds strings, numbers, booleans and enums (or lists of them)", "use 'body: json' or 'multipart'")
        if op.body == "none" and body:
            self.err(at + ("body",), f"operation '{name}': 'body: none' but it has params", "remove the params or set a body kind")
        self._locations(op, at)
        self._response(op, at)
        if op.pagination is not None:
            self._pagination(op, op.pagination, at + ("pagination",))
        s = op.streaming
        if s is not None:
            if s.param:
                self._name(s.param, at + ("streaming", "param"))
            union = self.api.union(s.event) if s.event in {u.name for u in self.api.unions} else None
            for control in (*s.keepalive, s.error_event):
                if union is not None and control in {v.value for v in union.variants}:
                    self.err(at + ("streaming",), f"operation '{name}': '{control}' is a variant of '{s.event}', so it cannot also be a keep-alive or error event", "remove it from one of them")
            if s.param and any(p.name == s.param for p in op.params):
                self.err(at + ("streaming", "param"), f"operation '{name}': streaming param '{s.param}' is also declared under params", "remove it from params")
            progress = s.progress_param
            if progress and not any(p.name == progress and p.type == ir.Primitive("integer") for p in op.params):
                self.err(at + ("streaming", "progress_param"), f"operation '{name}': progress_param '{progress}' is not an integer param", "name an integer param of this operation")
        params = {p.name: p for p in op.all_params()}  # the stream flag last: it is what rules naming it get
        seen_ids: dict[str, int] = {}
        for i, rule in enumerate(op.rules):
            rat = at + ("rules", i)
            self._name(rule.id, rat + ("id",))
            if rule.id in seen_ids:
                self.err(rat + ("id",), f"operation '{name}': duplicate rule id '{rule.id}' (first at line {seen_ids[rule.id]})", "give each rule its own id")
            seen_ids[rule.id] = rule.loc.line
            for check in rule.then:
                self._check(rule.id, params[check.param], check, rat + ("then", check.param))
        self._defaults_keep_rules(op, at)

    def _defaults_keep_rules(self, op: ir.Operation, at: At) -> None:
        """A client that sends every default (openapi-python-client does) must make a valid request:
        the spec's defaults, taken together, break none of its rules."""
        defaults = {p.name: p.default for p in op.params if p.has_default and p.default is not None}
        for problem in rule_problems(op, defaults):
            others = ", ".join(f"{k}: {v}" for k, v in sorted(defaults.items()) if k != problem.param)
            self.err(at + ("params", problem.param, "default"),
                     f"operation '{op.name}': the defaults break a rule: {problem.message} (the other defaults: {others or 'none'})",
                     "drop the default (say it in the description if the API applies it) or change the rule")

    def _response(self, op: ir.Operation, at: At) -> None:
        """The response fits its format: json and jsonl name a model (a stream may not), the others none;
        HEAD answers no body; arrays are JSON; a stream's events are JSON."""
        name, fmt, rat = op.name, op.response_format, at + ("response",)
        if fmt in ("json", "jsonl") and op.response is None and not (op.streaming and op.streaming.always):
            self.err(at, f"operation '{name}': response_format {fmt} needs 'response: <model>'", "add 'response:' (or set response_format: none, text or binary)")
        if fmt in ("binary", "text", "none") and op.response is not None:
            self.err(rat, f"operation '{name}': a {fmt} response has no model", "remove 'response' or set response_format: json")
        if op.method == "HEAD" and fmt != "none":
            self.err(at + ("method",), f"operation '{name}': a HEAD response has no body", "set 'response_format: none'")
        if op.response_array and fmt != "json":
            self.err(rat, f"operation '{name}': an array response is JSON", "set response_format: json, or name the item model for jsonl")
        if op.streaming is not None and fmt != "json":
            self.err(at + ("response_format",), f"operation '{name}': a streaming operation answers JSON (or its events)", "remove response_format")
        if op.streaming is not None and op.streaming.always and op.response is not None:
            self.err(rat, f"operation '{name}': it always streams, so it has no response model", "remove 'response' or add a stream 'param'")

    def _pagination(self, op: ir.Operation, p: ir.Pagination, at: At) -> None:
        """The fields a pagination names exist on the page (or its items) with the right types, the
        params it sets are the operation's, and its parts fit its style."""
        name = op.name
        if op.response is None or op.response_array or op.response_format != "json":
            self.err(at, f"operation '{name}': pagination needs a JSON page model as the response", "set 'response: <page model>'")
            return
        page = self.api.model(op.response)
        fields = {f.name: f for f in page.fields}
        items = fields.get(p.items)
        if items is None or not isinstance(items.type, ir.ArrayOf):
            self.err(at + ("items",), f"operation '{name}': pagination items '{p.items}' is not an array field of '{page.path[0]}'",
                     did_you_mean(p.items, [f for f, v in fields.items() if isinstance(v.type, ir.ArrayOf)]) or "name the page's array of items")
        if p.has_more and (p.has_more not in fields or fields[p.has_more].type != ir.Primitive("boolean")):
            self.err(at + ("has_more",), f"operation '{name}': has_more '{p.has_more}' is not a boolean field of '{page.path[0]}'", did_you_mean(p.has_more, fields) or "name a boolean field of the page")
        item = self.api.model(p.item) if isinstance(p.item, ir.ModelRef) else None
        params = {q.name: q for q in op.params}
        parts = {"after": p.after, "before": p.before}
        for key, c in parts.items():
            if c is None:
                continue
            cat = at + (key,)
            if c.from_field and c.from_field not in fields:
                self.err(cat + ("from",), f"operation '{name}': pagination {key}.from '{c.from_field}' is not a field of '{page.path[0]}'", did_you_mean(c.from_field, fields) or "name a field of the page")
            if c.item_field and (item is None or c.item_field not in {f.name for f in item.fields}):
                self.err(cat + ("item",), f"operation '{name}': pagination {key}.item '{c.item_field}' is not a field of the items", "name a field of the item model")
            self._paging_param(op, params, c.param, ("string", "integer"), cat + ("param",))
        if p.style == "cursor" and p.after is None and p.before is None:
            self.err(at, f"operation '{name}': cursor pagination needs 'after' (or 'before')", "add after: {param: ..., item: id}")
        if p.style in ("page", "offset"):
            if p.counter is None:
                self.err(at, f"operation '{name}': {p.style} pagination needs '{p.style}: {{param: ...}}'", f"add {p.style}: {{param: {p.style}}}")
            else:
                self._paging_param(op, params, p.counter.param, ("integer",), at + (p.style, "param"))
                if p.counter.total and (p.counter.total not in fields or fields[p.counter.total].type != ir.Primitive("integer")):
                    self.err(at + (p.style, "total"), f"operation '{name}': total '{p.counter.total}' is not an integer field of '{page.path[0]}'", did_you_mean(p.counter.total, fields) or "name an integer field of the page")

    def _paging_param(self, op: ir.Operation, params: dict[str, ir.Field], pname: str, types: tuple[str, ...], at: At) -> None:
        q = params.get(pname)
        if q is None:
            self.err(at, f"operation '{op.name}': pagination param '{pname}' is not a param of the operation", did_you_mean(pname, params) or f"add params.{pname}")
        elif not (isinstance(q.type, ir.Primitive) and q.type.kind in types) or q.required or q.location == "path":
            self.err(at, f"operation '{op.name}': pagination param '{pname}' must be an optional {' or '.join(types)} param outside the path", "fix the param")

    def _locations(self, op: ir.Operation, at: At) -> None:
        """Params outside the body: the path template and the path params agree both ways, path params
        are required, nothing goes in the body of a GET/DELETE/HEAD, headers are named, and only values
        that fit in a URL or a header (scalars, enums, lists of them) leave the body."""
        template = set(re.findall(r"{([^{}]*)}", op.path))
        in_path = {p.name: p for p in op.params if p.location == "path"}
        for missing in sorted(template - set(in_path)):
            self.err(at + ("path",), f"operation '{op.name}': the path has '{{{missing}}}' but no param '{missing}' with 'in: path'", f"add params.{missing}: {{type: string, in: path, required: true}}" if missing else "name the placeholder")
        for p in op.params:
            pat = at + ("params", p.name)
            if p.location == "path" and p.name not in template:
                self.err(pat + ("in",), f"param '{p.name}' of '{op.name}' is in the path, but the path {op.path} has no '{{{p.name}}}'", f"add '{{{p.name}}}' to the path")
            if p.location == "path" and not p.required:
                self.err(pat, f"param '{p.name}' of '{op.name}': a path param is always required", "add 'required: true'")
            if p.location == "body" and op.method not in ir.BODY_METHODS:
                self.err(pat, f"param '{p.name}' of '{op.name}': {op.method} requests have no body", "set 'in: query' (or path or header)")
            if p.location == "header" and not p.header:
                self.err(pat, f"param '{p.name}' of '{op.name}': a header param needs 'header: <name>'", f"add 'header: X-{p.name.title()}'")
            if p.header and p.location != "header":
                self.err(pat + ("header",), f"param '{p.name}' of '{op.name}': 'header' only applies with 'in: header'", "add 'in: header' or remove it")
            listed = isinstance(p.type, ir.ArrayOf) and p.location != "path"
            if p.location != "body" and not _scalar(p.type.items if listed and isinstance(p.type, ir.ArrayOf) else p.type):
                self.err(pat, f"param '{p.name}' of '{op.name}': a {p.location} param must be a string, number, boolean or enum{'' if p.location == 'path' else ' (or a list of them)'}", "send it in the body")
            if p.style and (p.location not in ("query", "header") or not isinstance(p.type, ir.ArrayOf)):
                self.err(pat + ("style",), f"param '{p.name}' of '{op.name}': 'style' only applies to lists in the query or a header", "remove it")

    def _check(self, rid: str, p: ir.Field, c: ir.Check, at: At) -> None:
        where = f"rule '{rid}' on '{p.name}'"
        if c.forbidden and (c.allowed is not None or c.disallowed is not None or c.bounds != NO_BOUNDS or c.dimensions is not None):
            self.err(at, f"rule '{rid}': 'forbidden' cannot be combined with other checks on '{p.name}'", "keep only 'forbidden: true'")
        param_kinds = kinds(p.type)
        self._bounds(c.bounds, param_kinds, at, where)
        for lo, hi, _, _ in _APPLY:  # a rule only narrows the param's own bounds
            rlo, rhi, blo, bhi = getattr(c.bounds, lo), getattr(c.bounds, hi), getattr(p.bounds, lo), getattr(p.bounds, hi)
            if rhi is not None and blo is not None and rhi < blo:
                self.err(at + (hi,), f"{where}: bounds contradict: {hi} {rhi} is below the param's {lo} {blo}", "no value could pass; fix one of them")
            if rlo is not None and bhi is not None and rlo > bhi:
                self.err(at + (lo,), f"{where}: bounds contradict: {lo} {rlo} is above the param's {hi} {bhi}", "no value could pass; fix one of them")
            if rhi is not None and bhi is not None and rhi > bhi:
                self.err(at + (hi,), f"{where}: {hi} {rhi} is looser than the param's own {hi} {bhi}", "a rule can only narrow a bound")
        d = c.dimensions
        if d is not None:
            if "string" not in param_kinds:
                self.err(at + ("dimensions",), f"{where}: 'dimensions' needs a string type", "remove it or change the type")
            if d.max_long_edge and d.max_short_edge and d.max_short_edge > d.max_long_edge:
                self.err(at + ("dimensions",), f"{where}: bounds contradict: max_short_edge > max_long_edge", "swap them")
        if c.allowed is not None and c.disallowed is not None and set(c.allowed) & set(c.disallowed):
            both = ", ".join(sorted(set(c.allowed) & set(c.disallowed)))
            self.err(at, f"{where}: values both allowed and disallowed: {both}", "remove them from one list")

    def _unique_operations(self) -> None:
        seen: dict[tuple[str, str], ir.Operation] = {}
        for op in sorted(self.api.operations(), key=lambda o: o.loc.line):
            key = (op.method, op.path)
            first = seen.setdefault(key, op)
            if first is not op:
                self.err((), f"operation '{op.name}': {op.method} {op.path} is already served by '{first.name}' (line {first.loc.line})", "give it its own path or method", op.loc.line)


_PRIMITIVE_KINDS = {kind: frozenset({kind}) for kind in PRIMITIVES}
_ARRAY, _ENUM, _STRING, _OBJECT = frozenset({"array"}), frozenset({"enum", "string"}), frozenset({"string"}), frozenset({"object"})
_MAP = frozenset({"map"})


def kinds(t: ir.TypeRef) -> frozenset[str]:
    """The kinds a type can take, for checking which bounds apply."""
    if isinstance(t, ir.Primitive):
        return _PRIMITIVE_KINDS[t.kind]
    if isinstance(t, ir.ArrayOf):
        return _ARRAY
    if isinstance(t, ir.MapOf):
        return _MAP
    if isinstance(t, ir.OneOf):
        return frozenset().union(*(kinds(v) for v in t.variants))
    if isinstance(t, ir.EnumRef):
        return _ENUM
    return _STRING if isinstance(t, ir.Const) else _OBJECT
